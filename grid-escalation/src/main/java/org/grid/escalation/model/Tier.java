package org.grid.escalation.model;

import java.util.Optional;

/**
 * A tier (层级) of the request chain, lowest first (逐级审核联动解决): village grid (村网格), district grid (片区网格),
 * township grid office (乡网格办), county grid office (县网格办), county functional department (县职能部门).
 */
public enum Tier {
  /** The village (responsibility) grid and its team (村网格). */
  VILLAGE_GRID,
  /** The district grid and its team (片区网格). */
  DISTRICT_GRID,
  /** The township grid office (乡网格办). */
  TOWNSHIP_OFFICE,
  /** The county grid office (县网格办): routes requests to departments by category and supervises them (督办). */
  COUNTY_OFFICE,
  /** A county functional department (县职能部门): the top tier; nothing is higher. */
  DEPARTMENT;

  /**
   * Returns the next tier up.
   *
   * @return the tier above this one, or empty for {@link #DEPARTMENT}
   */
  public Optional<Tier> next() {
    return this == DEPARTMENT ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }

  /**
   * Tells whether this tier is a grid team's tier (village, district or township), the teams a complaint through
   * the supervision card (监督卡) may concern.
   *
   * @return true for the three team tiers
   */
  public boolean hasServiceTeam() {
    return this == VILLAGE_GRID || this == DISTRICT_GRID || this == TOWNSHIP_OFFICE;
  }
}
