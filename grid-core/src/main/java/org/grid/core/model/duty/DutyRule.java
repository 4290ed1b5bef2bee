package org.grid.core.model.duty;

/** A duty (履职规则) of section 4 of the rulebook that can be missed. The constant names are stable codes. */
public enum DutyRule {
  /** Each village grid team holds {@link DutyPolicy#collectiveRoundsPerYear()} collective visit rounds a year. */
  COLLECTIVE_VISIT_ROUNDS,
  /** Each village-stationed cadre of a grid team visits every household of the grid once a year. */
  STATIONED_CADRE_YEARLY_VISIT,
  /** A village cadre or party member visits each paired model, hardship or key household every month. */
  PAIRED_MONTHLY_VISIT,
  /** Every must-visit (五必访) household of a grid is visited in each collective visit round. */
  MUST_VISIT_IN_ROUND,
  /** A member of the grid team reaches each must-attend (四必到) event within its on-site limit. */
  MUST_ATTEND_ON_SITE,
  /** Each grid team (at every level) meets every month. */
  TEAM_MONTHLY_MEETING,
  /** Each village holds a grid meeting every month. */
  VILLAGE_MONTHLY_MEETING,
  /** The township meets with the district team leaders every month. */
  TOWNSHIP_MONTHLY_MEETING,
  /** Every district team leader attends the township's monthly meeting. */
  DISTRICT_LEADER_AT_TOWNSHIP_MEETING,
  /** Every household of a grid holds a current contact card (联系卡) of its team. */
  CONTACT_CARD,
  /** Every household of a grid holds a current supervision card (监督卡) of its team. */
  SUPERVISION_CARD
}
