package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.privacy.PersonalData;

/**
 * One piece of evidence (考核依据) a rule may count: a visit done, a meeting attended, a duty missed, a request
 * resolved late. Duty logs and request histories are turned into evidence by the adapters of {@link
 * org.grid.assessment.port.out.EvidenceSource}.
 *
 * @param id the evidence's id, unique among all evidence; the same id counted twice counts once
 * @param type what happened, for example {@code visit.paired-household} or {@code request.resolved-late}; not blank
 * @param subject who or what it is evidence for
 * @param date the day it happened
 * @param attributes further facts a rule may filter on, for example {@code category=land}; may be empty. Their
 *     values are free text that may hold personal data ({@link PersonalData.Kind#FREE_TEXT}): {@link #toString()}
 *     masks every national ID number and mobile phone number in them
 */
public record Evidence(
    EvidenceId id, String type, SubjectId subject, LocalDate date,
    @PersonalData(PersonalData.Kind.FREE_TEXT) ImmutableMap<String, String> attributes) {

  /**
   * Checks the evidence.
   *
   * @param id the evidence's id, unique among all evidence; the same id counted twice counts once
   * @param type what happened, for example {@code visit.paired-household} or {@code request.resolved-late}; not blank
   * @param subject who or what it is evidence for
   * @param date the day it happened
   * @param attributes further facts a rule may filter on, for example {@code category=land}; may be empty. Their
   *     values are free text that may hold personal data ({@link PersonalData.Kind#FREE_TEXT}): {@link #toString()}
   *     masks every national ID number and mobile phone number in them
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

  /**
   * Names the parts in which other evidence of the same id differs from this, without their values, for a message
   * that must not carry the attributes' free text.
   *
   * @param other the other evidence, not null
   * @return for example {@code "differs in date and attributes category, note"}; {@code "no difference"} when equal
   */
  public String differencesFrom(Evidence other) {
    List<String> parts = new ArrayList<>();
    if (!type.equals(other.type)) {
      parts.add("type");
    }
    if (!subject.equals(other.subject)) {
      parts.add("subject");
    }
    if (!date.equals(other.date)) {
      parts.add("date");
    }
    List<String> keys = new ArrayList<>();
    for (String key : Sets.union(attributes.keySet(), other.attributes.keySet())) {
      if (!Objects.equals(attributes.get(key), other.attributes.get(key))) {
        keys.add(Masking.text(key));
      }
    }
    if (!keys.isEmpty()) {
      parts.add("attributes " + String.join(", ", keys));
    }
    return parts.isEmpty() ? "no difference" : "differs in " + String.join(" and ", parts);
  }

  /** Returns the evidence with every national ID number and mobile phone number in its attributes masked. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Evidence[id=").append(id).append(", type=").append(type)
        .append(", subject=").append(subject).append(", date=").append(date).append(", attributes={");
    String separator = "";
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      out.append(separator).append(Masking.text(attribute.getKey())).append('=')
          .append(Masking.text(attribute.getValue()));
      separator = ", ";
    }
    return out.append("}]").toString();
  }
}
