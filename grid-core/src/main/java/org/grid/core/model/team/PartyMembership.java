package org.grid.core.model.team;

/**
 * A person's party-membership class (党员分类): party members are classed for their duties and points; everyone
 * else is {@link #NONE}.
 */
public enum PartyMembership {
  /** Not a party member (非党员). */
  NONE,
  /** Party member with a post (有职党员). */
  WITH_POST,
  /** Party member without a post (无职党员). */
  WITHOUT_POST,
  /** Migrant party member (流动党员). */
  MIGRANT,
  /** Elderly or infirm party member (年老体弱党员). */
  ELDERLY_OR_INFIRM;

  /**
   * Tells whether this class is a party member's.
   *
   * @return false only for {@link #NONE}
   */
  public boolean isMember() {
    return this != NONE;
  }
}
