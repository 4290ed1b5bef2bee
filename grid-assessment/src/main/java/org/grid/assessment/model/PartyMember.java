package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.VillageId;

/**
 * A party member (党员) as assessment sees them: who, in which village (the 20% cap on excellent grades is per
 * village), and of which class.
 *
 * @param id the member's id as a subject of scoring
 * @param village the village whose party organisation the member belongs to
 * @param memberClass the member's class, which chooses the rule set
 */
public record PartyMember(SubjectId id, VillageId village, PartyMemberClass memberClass) {

  /**
   * Checks the member.
   *
   * @param id the member's id as a subject of scoring
   * @param village the village whose party organisation the member belongs to
   * @param memberClass the member's class, which chooses the rule set
   * @throws NullPointerException if any argument is null
   */
  public PartyMember {
    requireNonNull(id, "id");
    requireNonNull(village, "village");
    requireNonNull(memberClass, "memberClass");
  }
}
