package org.grid.adapters.inmemory.assessment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.port.out.EvidenceSource;

/**
 * An {@link EvidenceSource} in memory, indexed by date so that a period's evidence is found without scanning the
 * rest. Thread-safe (each method holds the source's lock).
 */
public final class InMemoryEvidenceSource implements EvidenceSource {

  private final NavigableMap<LocalDate, List<Evidence>> byDate = new TreeMap<>();

  /** Creates an empty source. */
  public InMemoryEvidenceSource() {}

  /**
   * Adds evidence.
   *
   * @param evidence the evidence, none null
   * @return this source
   */
  public synchronized InMemoryEvidenceSource add(Collection<Evidence> evidence) {
    for (Evidence item : evidence) {
      byDate.computeIfAbsent(requireNonNull(item, "evidence").date(), d -> new ArrayList<>()).add(item);
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
