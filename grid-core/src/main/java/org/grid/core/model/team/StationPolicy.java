package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the rulebook's "each grid team runs a convenience service station" (一站) asks of a team's station (便民服务站
 *规则), as data: which levels must run one, how many members must be on duty there and on how many days a week it
 * must be open. The rulebook gives no numbers; the defaults are grid's and a county changes them with a copy.
 *
 * @param requiredAt the team levels that must run a station
 * @param minimumOnDuty the fewest members on duty at a station, at least 1
 * @param minimumOpenDaysPerWeek the fewest days a week a station is open, from 0 to 7
 */
public record StationPolicy(Set<TeamLevel> requiredAt, int minimumOnDuty, int minimumOpenDaysPerWeek) {

  /**
   * Checks the policy and freezes the levels.
   *
   * @param requiredAt the levels that must run a station
   * @param minimumOnDuty the fewest members on duty
   * @param minimumOpenDaysPerWeek the fewest open days a week
   * @throws NullPointerException if {@code requiredAt} is null
   * @throws IllegalArgumentException if {@code minimumOnDuty} is below 1 or {@code minimumOpenDaysPerWeek} is not
   *     from 0 to 7
   */
  public StationPolicy {
    requireNonNull(requiredAt, "requiredAt");
    requiredAt = Sets.immutableEnumSet(requiredAt);
    if (minimumOnDuty < 1) {
      throw new IllegalArgumentException("minimumOnDuty must be at least 1, was " + minimumOnDuty);
    }
    if (minimumOpenDaysPerWeek < 0 || minimumOpenDaysPerWeek > 7) {
      throw new IllegalArgumentException("minimumOpenDaysPerWeek must be from 0 to 7, was " + minimumOpenDaysPerWeek);
    }
  }

  /**
   * Returns grid's defaults: every village grid team runs a station (the grid team of the rulebook's 一站二卡), with at
   * least one member on duty, open at least five days a week (a working week). District and township teams are not
   * asked for one: the township's convenience service centre (便民服务中心) serves them.
   *
   * @return the defaults
   */
  public static StationPolicy defaults() {
    return new StationPolicy(EnumSet.of(TeamLevel.VILLAGE_GRID), 1, 5);
  }

  /**
   * Returns a copy with other levels required to run a station.
   *
   * @param levels the levels, not null
   * @return the copy
   */
  public StationPolicy withRequiredAt(Set<TeamLevel> levels) {
    return new StationPolicy(levels, minimumOnDuty, minimumOpenDaysPerWeek);
  }

  /**
   * Returns a copy with another weekly minimum of open days.
   *
   * @param days from 0 to 7
   * @return the copy
   */
  public StationPolicy withMinimumOpenDaysPerWeek(int days) {
    return new StationPolicy(requiredAt, minimumOnDuty, days);
  }
}
