package org.grid.adapters.inmemory.assessment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.port.out.RuleSetRepository;

/** A {@link RuleSetRepository} in memory; thread-safe (each method holds the repository's lock). */
public final class InMemoryRuleSetRepository implements RuleSetRepository {

  private final TreeMap<RuleSetId, RuleSet> ruleSets = new TreeMap<>();
  /**
   * Each kind's rule sets by the first day of their validity: they do not overlap, so their ends rise with their
   * starts, and a new rule set overlaps one of them exactly when it overlaps the last that starts before it ends.
   */
  private final Map<String, TreeMap<LocalDate, RuleSet>> byKind = new HashMap<>();

  /** Creates an empty repository. */
  public InMemoryRuleSetRepository() {}

  /**
   * {@inheritDoc}
   *
   * <p>In memory this looks at one stored rule set, whatever the number stored (a file of thousands of rule sets is
   * saved one by one).
   */
  @Override
  public synchronized void save(RuleSet ruleSet) {
    requireNonNull(ruleSet, "ruleSet");
    RuleSet replaced = ruleSets.get(ruleSet.id());
    TreeMap<LocalDate, RuleSet> kind = byKind.getOrDefault(ruleSet.subjectKind(), new TreeMap<>());
    for (RuleSet before : kind.headMap(ruleSet.validity().end(), false).descendingMap().values()) {
      if (before != replaced) {
        RuleSetCatalog.requireJoinable(List.of(before), ruleSet);
        break;
      }
    }
    if (replaced != null) {
      byKind.get(replaced.subjectKind()).remove(replaced.validity().start());
    }
    byKind.computeIfAbsent(ruleSet.subjectKind(), k -> new TreeMap<>()).put(ruleSet.validity().start(), ruleSet);
    ruleSets.put(ruleSet.id(), ruleSet);
  }

  @Override
  public synchronized Optional<RuleSet> findById(RuleSetId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(ruleSets.get(id));
  }

  @Override
  public synchronized List<RuleSet> findAll() {
    return List.copyOf(ruleSets.values());
  }
}
