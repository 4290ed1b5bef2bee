package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores and ranks grids (网格考核排名).
 *
 * <p><b>Score.</b> A grid's total is {@code 100 x sum(share x weight) / sum(weights)} over the six measures,
 * computed exactly and rounded once to {@link LineItem#SCALE} (2) places, half even. Its line items, one per measure
 * in {@link ScorecardMetric} order, are the measures' exact parts {@code 100 x share x weight / sum(weights)}, each
 * cut to 2 places and then raised by 0.01, largest remainder first (ties to the earlier measure), as many times as
 * it takes for them to sum exactly to the rounded total (the largest remainder method). A grid meeting every
 * measure fully therefore scores exactly 100.00, and a score is the sum of its line items.
 *
 * <p><b>Rank.</b> Within its township a grid's rank is 1 plus the number of grids with a strictly greater total
 * (the rounded total, the one people see): equal totals share a rank, and the next rank skips as many (1, 2, 2,
 * 4). Neither ranks nor totals depend on the order of the input.
 */
public final class GridScorecards {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal CENT = BigDecimal.ONE.movePointLeft(LineItem.SCALE);

  private GridScorecards() {}

  /**
   * Scores and ranks grids.
   *
   * @param policy the weights
   * @param period the period the measures are for
   * @param grids the grids' measures, each grid once
   * @return the scorecards ordered by township, then rank, then grid id (the grid id only orders equal ranks for
   *     display)
   * @throws IllegalArgumentException if a grid appears twice
   * @throws NullPointerException if an argument or a grid's measures is null
   */
  public static ImmutableList<Scorecard> rank(
      ScorecardPolicy policy, AssessmentPeriod period, Collection<GridMeasures> grids) {
    requireNonNull(policy, "policy");
    requireNonNull(period, "period");
    List<Scorecard> scored = new ArrayList<>();
    Set<SubjectId> seen = new HashSet<>();
    for (GridMeasures measures : grids) {
      if (!seen.add(measures.grid())) {
        throw new IllegalArgumentException("grid " + measures.grid() + " appears twice");
      }
      // rank 1 for now; ranked below once every grid of the township is scored
      scored.add(new Scorecard(measures, score(policy, period, measures), 1));
    }
    scored.sort(Comparator.comparing((Scorecard card) -> card.measures().township())
        .thenComparing((Scorecard card) -> card.score().total(), Comparator.reverseOrder())
        .thenComparing(card -> card.measures().grid()));
    List<Scorecard> ranked = new ArrayList<>(scored.size());
    int townshipStart = 0;
    for (int i = 0; i < scored.size(); i++) {
      Scorecard card = scored.get(i);
      String township = card.measures().township();
      if (i > 0 && !scored.get(i - 1).measures().township().equals(township)) {
        townshipStart = i;
      }
      // Sorted by descending total, so the grids of the township before the first one of an equal total are
      // exactly those with a strictly greater total.
      Scorecard previous = i > townshipStart ? ranked.get(i - 1) : null;
      int rank = previous != null && previous.score().total().compareTo(card.score().total()) == 0
          ? previous.rank()
          : i - townshipStart + 1;
      ranked.add(new Scorecard(card.measures(), card.score(), rank));
    }
    return ImmutableList.copyOf(ranked);
  }

  private static Score score(ScorecardPolicy policy, AssessmentPeriod period, GridMeasures measures) {
    ScorecardMetric[] metrics = ScorecardMetric.values();
    BigDecimal weightTotal = BigDecimal.valueOf(policy.weightTotal());
    // Each measure's part is numerator / weightTotal, exactly; only the divisions below round.
    BigDecimal[] numerators = new BigDecimal[metrics.length];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < metrics.length; i++) {
      numerators[i] = HUNDRED.multiply(measures.values().get(metrics[i]))
          .multiply(BigDecimal.valueOf(policy.weights().get(metrics[i])));
      sum = sum.add(numerators[i]);
    }
    BigDecimal total = sum.divide(weightTotal, LineItem.SCALE, Points.ROUNDING);
    BigDecimal[] points = largestRemainders(numerators, weightTotal, total);
    ImmutableList.Builder<LineItem> lines = ImmutableList.builder();
    for (int i = 0; i < metrics.length; i++) {
      ScorecardMetric metric = metrics[i];
      String basis = measures.basis().get(metric);
      lines.add(new LineItem(RuleId.of(metric.name().toLowerCase(Locale.ROOT).replace('_', '-')),
          metric + " " + measures.values().get(metric).toPlainString() + (basis == null ? "" : " (" + basis + ")")
              + " x weight " + policy.weights().get(metric) + "/" + weightTotal + " x 100",
          ImmutableList.of(), points[i], false));
    }
    return new Score(measures.grid(), period, RuleSetId.of("grid-scorecard"), lines.build());
  }

  /**
   * Returns the parts {@code numerators[i] / denominator}, each at 2 places, summing exactly to {@code total}: each
   * cut to 2 places, then the missing cents go one each to the largest remainders, ties to the lower index. The
   * numerators are not negative and {@code total} is their exact sum over {@code denominator} rounded to 2 places,
   * so between 0 and (the number of parts with a remainder) cents are missing.
   */
  private static BigDecimal[] largestRemainders(BigDecimal[] numerators, BigDecimal denominator, BigDecimal total) {
    int n = numerators.length;
    BigDecimal[] parts = new BigDecimal[n];
    BigDecimal[] remainders = new BigDecimal[n];
    BigDecimal cut = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      parts[i] = numerators[i].divide(denominator, LineItem.SCALE, RoundingMode.DOWN);
      // over the same denominator, so comparable as they are
      remainders[i] = numerators[i].subtract(parts[i].multiply(denominator));
      cut = cut.add(parts[i]);
    }
    int missing = total.subtract(cut).divide(CENT).intValueExact();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders[i], Comparator.reverseOrder())
        .thenComparing(i -> i));
    for (int k = 0; k < missing; k++) {
      int i = order.get(k);
      parts[i] = parts[i].add(CENT);
    }
    return parts;
  }
}
