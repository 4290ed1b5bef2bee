package org.grid.assessment.model;

/**
 * The class of a party member for points assessment (党员分类积分量化考评); each class is scored by a rule set of
 * its own, whose subject kind is {@link #subjectKind()}.
 */
public enum PartyMemberClass {
  /** With a post (有职党员): holds an office in the village. */
  WITH_POST("party-member/with-post"),
  /** Without a post (无职党员). */
  WITHOUT_POST("party-member/without-post"),
  /** Migrant (流动党员): works away from the village. */
  MIGRANT("party-member/migrant"),
  /** Elderly or infirm (年老体弱党员). */
  ELDERLY_OR_INFIRM("party-member/elderly-or-infirm");

  private final String subjectKind;

  PartyMemberClass(String subjectKind) {
    this.subjectKind = subjectKind;
  }

  /**
   * Returns the subject kind of the rule sets that score this class, for example {@code party-member/migrant}.
   *
   * @return the subject kind of the rule sets that score this class, for example {@code party-member/migrant}
   */
  public String subjectKind() {
    return subjectKind;
  }
}
