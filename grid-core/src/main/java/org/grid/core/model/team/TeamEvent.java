package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.jurisdiction.CountyId;

/**
 * An event of a service team (网格服务团队事件): the team was formed, or its membership changed. Each carries the
 * team as stored (ids of its people and roles only, see {@link Team}) and the version the store gave it, so a
 * consumer needs no call back.
 */
public sealed interface TeamEvent extends DomainEvent {

  /**
   * Returns the team as stored after the change.
   *
   * @return the team, with the ids of its people and roles only; never null
   */
  Team team();

  /**
   * Returns the team's stored version after the change.
   *
   * @return the version: 1 for a newly formed team, higher after each change
   */
  long version();

  /**
   * A team was formed (组建): stored for the first time.
   *
   * @param county the township's county, not null
   * @param team the team as stored, not null
   * @param version its version after the save, at least 1
   * @param at when the team was stored, not null
   */
  record TeamFormed(CountyId county, Team team, long version, Instant at) implements TeamEvent {
    /**
     * Checks the event.
     *
     * @param county the township's county, not null
     * @param team the team as stored, not null
     * @param version its version after the save, at least 1
     * @param at when the team was stored, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code version} is below 1
     */
    public TeamFormed {
      check(county, team, version, at);
    }
  }

  /**
   * A team changed (调整): its leader, members, information officer, duty roles or scope differ from the team stored
   * before.
   *
   * @param county the township's county, not null
   * @param team the team as stored after the change, not null
   * @param version its version after the save, at least 2
   * @param at when the change was stored, not null
   */
  record TeamChanged(CountyId county, Team team, long version, Instant at) implements TeamEvent {
    /**
     * Checks the event.
     *
     * @param county the township's county, not null
     * @param team the team as stored after the change, not null
     * @param version its version after the save: at least 2, as the team was stored before (only a version below 1
     *     is refused here)
     * @param at when the change was stored, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code version} is below 1
     */
    public TeamChanged {
      check(county, team, version, at);
    }
  }

  private static void check(CountyId county, Team team, long version, Instant at) {
    requireNonNull(county, "county");
    requireNonNull(team, "team");
    requireNonNull(at, "at");
    if (version < 1) {
      throw new IllegalArgumentException("version of a team event must be at least 1, was " + version);
    }
  }

  /**
   * Tells whether two teams differ in what a team event reports (scope, leader, members, information officer, duty
   * roles), ignoring when they were composed.
   *
   * @param before the stored team, not null
   * @param after the new team, not null
   * @return true when they differ
   */
  static boolean changed(Team before, Team after) {
    return !before.scope().equals(after.scope()) || !before.leader().equals(after.leader())
        || !before.backbone().equals(after.backbone()) || !before.others().equals(after.others())
        || !before.informationOfficer().equals(after.informationOfficer())
        || !before.dutyRoles().equals(after.dutyRoles());
  }
}
