package org.grid.adapters.inmemory.assessment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.port.out.RuleSetRepository;

/** A {@link RuleSetRepository} in memory; thread-safe (each method holds the repository's lock). */
public final class InMemoryRuleSetRepository implements RuleSetRepository {

  private final TreeMap<RuleSetId, RuleSet> ruleSets = new TreeMap<>();

  /** Creates an empty repository. */
  public InMemoryRuleSetRepository() {}

  @Override
  public synchronized void save(RuleSet ruleSet) {
    requireNonNull(ruleSet, "ruleSet");
    List<RuleSet> after = new ArrayList<>(ruleSets.values());
    after.removeIf(existing -> existing.id().equals(ruleSet.id()));
    after.add(ruleSet);
    RuleSetCatalog.of(after);
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
