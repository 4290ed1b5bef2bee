package org.grid.core.model.jurisdiction;

/**
 * A care tag (关爱标签) on a household: why its grid team must visit it more often than others. The first ten
 * are the five must-visit (五必访) categories, two tags each; {@link #MODEL}, {@link #HARDSHIP} and {@link #KEY}
 * also mark the households a pairer visits monthly.
 */
public enum CareTag {
  /** Well-off household (小康户); must visit. */
  WELL_OFF,
  /** Specialised household (专业户); must visit. */
  SPECIALISED,
  /** Old cadre (老干部); must visit. */
  OLD_CADRE,
  /** Old party member (老党员); must visit. */
  OLD_PARTY_MEMBER,
  /** Petitioner (上访户); must visit. */
  PETITIONER,
  /** Complainant (意见户); must visit. */
  COMPLAINANT,
  /** Hardship household (困难户); must visit, and visited monthly by its pairer. */
  HARDSHIP,
  /** Minimum-living-allowance household (低保户); must visit. */
  MINIMUM_LIVING_ALLOWANCE,
  /** Returned entrepreneur (返乡创业户); must visit. */
  RETURNED_ENTREPRENEUR,
  /** Family of a migrant party member (流动党员家属户); must visit. */
  MIGRANT_PARTY_MEMBER_FAMILY,
  /** Model household (示范户); visited monthly by its pairer. */
  MODEL,
  /** Key household (重点户); visited monthly by its pairer. */
  KEY;

  /**
   * Tells whether a household with this tag must be visited in every collective visit round (五必访).
   *
   * @return true for the ten must-visit tags
   */
  public boolean mustVisit() {
    return this != MODEL && this != KEY;
  }
}
