package org.grid.adapters.inmemory.assessment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.port.out.EvidenceSource;

/**
 * An {@link EvidenceSource} in memory, indexed by date so that a period's evidence is found without scanning the
 * rest. Evidence ids are unique: adding evidence equal to what is stored under its id changes nothing, and different
 * evidence under a stored id is refused (see {@link #add}). Thread-safe (each method holds the source's lock).
 */
public final class InMemoryEvidenceSource implements EvidenceSource {

  private final Map<EvidenceId, Evidence> byId = new HashMap<>();
  private final NavigableMap<LocalDate, List<Evidence>> byDate = new TreeMap<>();

  /** Creates an empty source. */
  public InMemoryEvidenceSource() {}

  /**
   * Adds evidence, all of it or none. Evidence equal to evidence stored, or given earlier in {@code evidence}, under
   * its id is kept once, so adding what was derived again from the same records is harmless; this is how the
   * scoring engine treats ids too.
   *
   * @param evidence the evidence, none null; may be empty
   * @return this source
   * @throws NullPointerException if {@code evidence} or an element is null; nothing is added
   * @throws IllegalArgumentException if an id is stored, or given earlier in {@code evidence}, with different
   *     content; nothing is added
   */
  public synchronized InMemoryEvidenceSource add(Collection<Evidence> evidence) {
    requireNonNull(evidence, "evidence");
    Map<EvidenceId, Evidence> fresh = new LinkedHashMap<>();
    for (Evidence item : evidence) {
      requireNonNull(item, "evidence");
      Evidence earlier = byId.containsKey(item.id()) ? byId.get(item.id()) : fresh.putIfAbsent(item.id(), item);
      if (earlier != null && !earlier.equals(item)) {
        // Which parts differ, never their values: an attribute may hold free text.
        throw new IllegalArgumentException("evidence " + item.id() + " is "
            + (byId.containsKey(item.id()) ? "stored" : "given twice") + " with different content ("
            + item.differencesFrom(earlier) + ")");
      }
    }
    for (Evidence item : fresh.values()) {
      byId.put(item.id(), item);
      byDate.computeIfAbsent(item.date(), d -> new ArrayList<>()).add(item);
    }
    return this;
  }

  @Override
  public synchronized List<Evidence> evidence(AssessmentPeriod period) {
    requireNonNull(period, "period");
    List<Evidence> found = new ArrayList<>();
    byDate.subMap(period.start(), true, period.end(), false).values().forEach(found::addAll);
    return found;
  }
}
