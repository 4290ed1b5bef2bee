package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;
import static org.grid.escalation.model.Checks.requirePositive;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The request policy (诉求办理规则): every number of section 5 of the rulebook, with the documented defaults of
 * {@link #defaults()}. A county changes any of them without a code change.
 *
 * @param tierLimits the step limits per tier; every tier present
 * @param overrides step limits for a tier, category and urgency that replace the tier's limits; may be empty
 * @param feedbackDays working days after resolution to tell the citizen the result (default 1)
 * @param ratingWindowDays working days the citizen has to rate before "no rating" is recorded (default 3)
 * @param maxSuspensionDays working days the clock may be paused in all per request (default 5)
 * @param onSiteLimits the on-site limit of each must-attend type in clock hours (四必到); every type present
 */
public record EscalationPolicy(
    ImmutableMap<Tier, StepLimits> tierLimits,
    ImmutableMap<LimitKey, StepLimits> overrides,
    int feedbackDays,
    int ratingWindowDays,
    int maxSuspensionDays,
    ImmutableMap<MustAttendType, Duration> onSiteLimits) {

  /**
   * Checks the policy.
   *
   * @param tierLimits the step limits per tier; every tier present
   * @param overrides step limits for a tier, category and urgency that replace the tier's limits; may be empty
   * @param feedbackDays working days after resolution to tell the citizen the result (default 1)
   * @param ratingWindowDays working days the citizen has to rate before "no rating" is recorded (default 3)
   * @param maxSuspensionDays working days the clock may be paused in all per request (default 5)
   * @param onSiteLimits the on-site limit of each must-attend type in clock hours (四必到); every type present
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a tier or must-attend type has no limit, a day count is less than 1, or
   *     an on-site limit is not positive
   */
  public EscalationPolicy {
    requireNonNull(tierLimits, "tierLimits");
    requireNonNull(overrides, "overrides");
    requireNonNull(onSiteLimits, "onSiteLimits");
    for (Tier tier : Tier.values()) {
      if (!tierLimits.containsKey(tier)) {
        throw new IllegalArgumentException("tierLimits: no limits for tier " + tier);
      }
    }
    for (MustAttendType type : MustAttendType.values()) {
      Duration limit = onSiteLimits.get(type);
      if (limit == null || limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("onSiteLimits: no positive limit for " + type);
      }
    }
    requirePositive(feedbackDays, "feedbackDays");
    requirePositive(ratingWindowDays, "ratingWindowDays");
    requirePositive(maxSuspensionDays, "maxSuspensionDays");
  }

  /**
   * Returns the defaults of the rulebook: accept 1 working day at every tier; resolve 3 (village grid), 5
   * (district grid), 7 (township office), 10 (department); reminder grace 1, and 2 at a department; feedback 1;
   * rating window 3; suspension at most 5 working days in all; on site within 2 hours (emergency), 24 hours
   * (petition, urgent hardship) or 72 hours (major construction project).
   *
   * @return the default policy
   */
  public static EscalationPolicy defaults() {
    Map<Tier, StepLimits> tiers = new EnumMap<>(Tier.class);
    tiers.put(Tier.VILLAGE_GRID, StepLimits.workingDays(1, 3, 1));
    tiers.put(Tier.DISTRICT_GRID, StepLimits.workingDays(1, 5, 1));
    tiers.put(Tier.TOWNSHIP_OFFICE, StepLimits.workingDays(1, 7, 1));
    // The county office routes and does not resolve: its resolve limit is never used (the rulebook's "—").
    tiers.put(Tier.COUNTY_OFFICE, StepLimits.workingDays(1, 1, 1));
    tiers.put(Tier.DEPARTMENT, StepLimits.workingDays(1, 10, 2));
    Map<MustAttendType, Duration> onSite = new EnumMap<>(MustAttendType.class);
    onSite.put(MustAttendType.EMERGENCY, Duration.ofHours(2));
    onSite.put(MustAttendType.PETITION, Duration.ofHours(24));
    onSite.put(MustAttendType.URGENT_HARDSHIP, Duration.ofHours(24));
    onSite.put(MustAttendType.MAJOR_CONSTRUCTION, Duration.ofHours(72));
    return new EscalationPolicy(
        Maps.immutableEnumMap(tiers), ImmutableMap.of(), 1, 3, 5, Maps.immutableEnumMap(onSite));
  }

  /**
   * Returns the step limits that apply to a request at a tier.
   *
   * @param tier the tier, not null
   * @param category the request's category, not null
   * @param urgency the request's urgency, not null
   * @return the override for the three when there is one, else the tier's limits
   */
  public StepLimits limits(Tier tier, Category category, Urgency urgency) {
    StepLimits override = overrides.isEmpty() ? null : overrides.get(new LimitKey(tier, category, urgency));
    return override != null ? override : tierLimits.get(tier);
  }

  /**
   * Returns the on-site limit of a must-attend type.
   *
   * @param type the type, not null
   * @return the limit in clock time
   */
  public Duration onSiteLimit(MustAttendType type) {
    return onSiteLimits.get(requireNonNull(type, "type"));
  }

  /**
   * Returns a copy with different step-limit overrides.
   *
   * @param newOverrides the overrides, not null
   * @return the copy
   */
  public EscalationPolicy withOverrides(Map<LimitKey, StepLimits> newOverrides) {
    return new EscalationPolicy(
        tierLimits, ImmutableMap.copyOf(newOverrides), feedbackDays, ratingWindowDays, maxSuspensionDays,
        onSiteLimits);
  }
}
