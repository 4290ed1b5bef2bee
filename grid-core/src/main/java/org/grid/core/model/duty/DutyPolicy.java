package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Duration;
import java.util.EnumSet;
import org.grid.core.model.jurisdiction.CareTag;
import org.grid.core.model.team.Role;

/**
 * The duty policy (走访与会议规则): every number of section 4 of the rulebook, with its default in {@link
 * #defaults()}.
 *
 * @param collectiveRoundsPerYear collective visit rounds each village grid team holds a year; default 4
 * @param stationedCadreVisitsPerYear visits each village-stationed cadre pays each household of their grids a year;
 *     default 1
 * @param pairedVisitsPerMonth visits a pairer pays each paired household tagged {@code monthlyVisitTags} a month;
 *     default 1
 * @param monthlyVisitTags the care tags that make a paired household due for monthly visits: model, hardship, key
 * @param monthlyVisitRoles roles whose holders owe the monthly visits; default village cadre and village party
 *     secretary
 * @param monthlyVisitByPartyMembers whether party members owe the monthly visits too; default true
 * @param mustVisitEveryRound whether must-visit (五必访) households are due in every collective visit round;
 *     default true
 * @param onSiteLimits the on-site limit of each must-attend kind, in clock hours: emergency 2, petition and urgent
 *     hardship 24, construction project 72
 * @param meetingsPerMonth meetings each team, village and the township hold a month; default 1
 */
public record DutyPolicy(
    int collectiveRoundsPerYear,
    int stationedCadreVisitsPerYear,
    int pairedVisitsPerMonth,
    ImmutableSet<CareTag> monthlyVisitTags,
    ImmutableSet<Role> monthlyVisitRoles,
    boolean monthlyVisitByPartyMembers,
    boolean mustVisitEveryRound,
    ImmutableMap<MustAttendKind, Duration> onSiteLimits,
    int meetingsPerMonth) {

  /**
   * Checks the policy.
   *
   * @param collectiveRoundsPerYear collective visit rounds each village grid team holds a year; default 4
   * @param stationedCadreVisitsPerYear visits each village-stationed cadre pays each household of their grids a year;
   *     default 1
   * @param pairedVisitsPerMonth visits a pairer pays each paired household tagged {@code monthlyVisitTags} a month;
   *     default 1
   * @param monthlyVisitTags the care tags that make a paired household due for monthly visits: model, hardship, key
   * @param monthlyVisitRoles roles whose holders owe the monthly visits; default village cadre and village party
   *     secretary
   * @param monthlyVisitByPartyMembers whether party members owe the monthly visits too; default true
   * @param mustVisitEveryRound whether must-visit (五必访) households are due in every collective visit round;
   *     default true
   * @param onSiteLimits the on-site limit of each must-attend kind, in clock hours: emergency 2, petition and urgent
   *     hardship 24, construction project 72
   * @param meetingsPerMonth meetings each team, village and the township hold a month; default 1
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a count is negative, or a must-attend kind has no positive limit
   */
  public DutyPolicy {
    requireNonNull(monthlyVisitTags, "monthlyVisitTags");
    requireNonNull(monthlyVisitRoles, "monthlyVisitRoles");
    requireNonNull(onSiteLimits, "onSiteLimits");
    if (collectiveRoundsPerYear < 0 || stationedCadreVisitsPerYear < 0 || pairedVisitsPerMonth < 0
        || meetingsPerMonth < 0) {
      throw new IllegalArgumentException("duty counts must not be negative");
    }
    for (MustAttendKind kind : MustAttendKind.values()) {
      Duration limit = onSiteLimits.get(kind);
      if (limit == null || limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("onSiteLimits of " + kind + " must be positive, was " + limit);
      }
    }
  }

  /**
   * Returns the policy with the rulebook's defaults.
   *
   * @return the policy with the rulebook's defaults
   */
  public static DutyPolicy defaults() {
    return new DutyPolicy(
        4,
        1,
        1,
        Sets.immutableEnumSet(EnumSet.of(CareTag.MODEL, CareTag.HARDSHIP, CareTag.KEY)),
        Sets.immutableEnumSet(EnumSet.of(Role.VILLAGE_CADRE, Role.VILLAGE_PARTY_SECRETARY)),
        true,
        true,
        ImmutableMap.of(
            MustAttendKind.EMERGENCY, Duration.ofHours(2),
            MustAttendKind.PETITION, Duration.ofHours(24),
            MustAttendKind.URGENT_HARDSHIP, Duration.ofHours(24),
            MustAttendKind.CONSTRUCTION_PROJECT, Duration.ofHours(72)),
        1);
  }
}
