package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.pairing.PairingCoverage;
import org.grid.core.model.partition.GridId;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.TransitionKind;

/**
 * Computes a grid's measures (网格考核指标) for its scorecard from what the other modules produce: its duty
 * compliance report, its pairing coverage and its requests. Pure; each measure comes with its basis text.
 *
 * <ul>
 *   <li>{@link ScorecardMetric#VISIT_COMPLIANCE}: done over due, summed over the policy's visit rules ("46 of 49
 *       visits").
 *   <li>{@link ScorecardMetric#PAIRING_COVERAGE}: households paired over households ("47 of 50 households
 *       paired").
 *   <li>{@link ScorecardMetric#MEETING_COMPLIANCE}: done over due, summed over the policy's meeting rules.
 *   <li>{@link ScorecardMetric#ON_TIME_RESOLUTION}: among the grid's requests that were resolved or charged a
 *       lapse (an escalation caused, in {@link RequestEvidence}'s sense), those resolved with every resolution on
 *       time and no lapse. A request still open whose deadline passed is counted once it lapses or is resolved.
 *   <li>{@link ScorecardMetric#SATISFACTION}: among the ratings given (every rating of every request, so a
 *       dissatisfied rating that reopened a request still counts; "no rating" is not a rating), those satisfied
 *       or basically satisfied.
 *   <li>{@link ScorecardMetric#RESOLVED_AT_VILLAGE_TIER}: among the requests resolved, those whose last
 *       resolution was at the village grid tier.
 * </ul>
 *
 * <p>A measure with nothing due (no visit due, no household, no request resolved, no rating) is 1: nothing was
 * missed, and a grid is not ranked down for having had no requests. Its basis says so ("nothing due: 0 of 0
 * ratings"). The compliance report must be the grid's own (computed from a {@code TownshipDuties} holding only
 * the grid, its team, households and pairings); requests of other grids are ignored. Which requests count (for
 * example, those reported in the period) is the caller's choice.
 */
public final class GridMeasuresCalculator {

  private GridMeasuresCalculator() {}

  /**
   * Computes a grid's measures.
   *
   * @param policy which duty rules count and the scale of a share, not null
   * @param grid the grid, not null
   * @param township the township it is ranked in, not null
   * @param compliance the grid's compliance report for the period, not null
   * @param pairing the grid's pairing coverage, not null
   * @param requests the requests to count, not null; those whose place is another grid are ignored
   * @return the measures, each with its basis
   * @throws NullPointerException if an argument or a request is null
   */
  public static GridMeasures measure(GridMeasuresPolicy policy, GridId grid, String township,
      ComplianceReport compliance, PairingCoverage pairing, Iterable<Request> requests) {
    requireNonNull(policy, "policy");
    requireNonNull(grid, "grid");
    requireNonNull(township, "township");
    requireNonNull(compliance, "compliance");
    requireNonNull(pairing, "pairing");
    requireNonNull(requests, "requests");
    Map<ScorecardMetric, BigDecimal> values = new EnumMap<>(ScorecardMetric.class);
    Map<ScorecardMetric, String> basis = new EnumMap<>(ScorecardMetric.class);

    Tally visits = sum(compliance, policy.visitRules());
    put(values, basis, policy, ScorecardMetric.VISIT_COMPLIANCE, visits.done(), visits.due(), "visits");
    put(values, basis, policy, ScorecardMetric.PAIRING_COVERAGE, pairing.paired(), pairing.households(),
        "households paired");
    Tally meetings = sum(compliance, policy.meetingRules());
    put(values, basis, policy, ScorecardMetric.MEETING_COMPLIANCE, meetings.done(), meetings.due(), "meetings");

    int counted = 0;
    int onTime = 0;
    int ratings = 0;
    int satisfied = 0;
    int resolved = 0;
    int atVillage = 0;
    for (Request request : requests) {
      requireNonNull(request, "request");
      if (!request.report().place().grid().equals(grid)) {
        continue;
      }
      // Only the types matter here, not the dates: any zone gives the same types.
      Set<String> types = RequestEvidence.of(request, ZoneOffset.UTC).stream()
          .map(Evidence::type).collect(Collectors.toSet());
      boolean lapsed = types.contains(TwoWayAssessment.ESCALATION_CAUSED);
      boolean wasResolved =
          types.contains(TwoWayAssessment.RESOLVED_ON_TIME) || types.contains(TwoWayAssessment.RESOLVED_LATE);
      if (wasResolved || lapsed) {
        counted++;
        if (wasResolved && !lapsed && !types.contains(TwoWayAssessment.RESOLVED_LATE)) {
          onTime++;
        }
      }
      HistoryEntry lastResolution = null;
      for (HistoryEntry entry : request.history()) {
        if (entry.kind() == TransitionKind.RESOLVED) {
          lastResolution = entry;
        } else if (entry.kind() == TransitionKind.RATED
            && entry.form() instanceof Form.Feedback feedback
            && feedback.rating() != null) {
          switch (feedback.rating()) {
            case SATISFIED, BASICALLY_SATISFIED -> {
              ratings++;
              satisfied++;
            }
            case DISSATISFIED -> ratings++;
            case NO_RATING -> {
              // not a rating
            }
          }
        }
      }
      if (lastResolution != null) {
        resolved++;
        if (lastResolution.holder().tier() == Tier.VILLAGE_GRID) {
          atVillage++;
        }
      }
    }
    put(values, basis, policy, ScorecardMetric.ON_TIME_RESOLUTION, onTime, counted, "requests resolved on time");
    put(values, basis, policy, ScorecardMetric.SATISFACTION, satisfied, ratings,
        "ratings satisfied or basically satisfied");
    put(values, basis, policy, ScorecardMetric.RESOLVED_AT_VILLAGE_TIER, atVillage, resolved,
        "resolved requests resolved at the village tier");
    return new GridMeasures(SubjectId.of(grid.value()), township, ImmutableMap.copyOf(values),
        ImmutableMap.copyOf(basis));
  }

  private static Tally sum(ComplianceReport report, Set<DutyRule> rules) {
    Tally sum = new Tally(0, 0);
    for (DutyRule rule : rules) {
      sum = sum.plus(report.tally(rule));
    }
    return sum;
  }

  private static void put(Map<ScorecardMetric, BigDecimal> values, Map<ScorecardMetric, String> basis,
      GridMeasuresPolicy policy, ScorecardMetric metric, int done, int due, String what) {
    if (due == 0) {
      values.put(metric, BigDecimal.ONE);
      basis.put(metric, "nothing due: 0 of 0 " + what);
      return;
    }
    values.put(metric, BigDecimal.valueOf(done).divide(BigDecimal.valueOf(due), policy.scale(), RoundingMode.HALF_EVEN));
    basis.put(metric, done + " of " + due + " " + what);
  }
}
