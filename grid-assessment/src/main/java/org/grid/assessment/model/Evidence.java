package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;

/**
 * One piece of evidence (考核依据) a rule may count: a visit done, a meeting attended, a duty missed, a request
 * resolved late. Duty logs and request histories are turned into evidence by the adapters of {@link
 * org.grid.assessment.port.out.EvidenceSource}.
 *
 * @param id the evidence's id, unique among all evidence; the same id counted twice counts once
 * @param type what happened, for example {@code visit.paired-household} or {@code request.resolved-late}; not blank
 * @param subject who or what it is evidence for
 * @param date the day it happened
 * @param attributes further facts a rule may filter on, for example {@code category=land}; may be empty
 */
public record Evidence(
    EvidenceId id, String type, SubjectId subject, LocalDate date, ImmutableMap<String, String> attributes) {

  /**
   * Checks the evidence.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code type} is blank
   */
  public Evidence {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(subject, "subject");
    requireNonNull(date, "date");
    requireNonNull(attributes, "attributes");
    if (type.isBlank()) {
      throw new IllegalArgumentException("type of evidence " + id + " must not be blank");
    }
  }

  /**
   * Returns evidence with the given attributes.
   *
   * @param id its id
   * @param type what happened
   * @param subject for whom
   * @param date when
   * @param attributes further facts, possibly empty
   * @return the evidence
   */
  public static Evidence of(
      String id, String type, String subject, LocalDate date, Map<String, String> attributes) {
    return new Evidence(EvidenceId.of(id), type, SubjectId.of(subject), date, ImmutableMap.copyOf(attributes));
  }
}
