package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores and ranks grids (网格考核排名): each grid's score is the sum over the measures of share x weight x 100,
 * computed exactly (no rounding, so a grid meeting every measure fully scores exactly 100); grids are ranked within
 * their township by score, equal scores sharing a rank.
 */
public final class GridScorecards {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private GridScorecards() {}

  /**
   * Scores and ranks grids.
   *
   * @param policy the weights
   * @param period the period the measures are for
   * @param grids the grids' measures, each grid once
   * @return the scorecards ordered by township, then rank, then grid id
   * @throws IllegalArgumentException if a grid appears twice
   */
  public static ImmutableList<Scorecard> rank(
      ScorecardPolicy policy, AssessmentPeriod period, Collection<GridMeasures> grids) {
    requireNonNull(policy, "policy");
    List<Scored> scored = new ArrayList<>();
    Set<SubjectId> seen = new HashSet<>();
    for (GridMeasures measures : grids) {
      if (!seen.add(measures.grid())) {
        throw new IllegalArgumentException("grid " + measures.grid() + " appears twice");
      }
      scored.add(new Scored(measures, score(policy, period, measures)));
    }
    scored.sort(Comparator.comparing((Scored s) -> s.measures().township())
        .thenComparing((Scored s) -> s.score().total(), Comparator.reverseOrder())
        .thenComparing(s -> s.measures().grid()));
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Scored current = scored.get(i);
      int rank = 1;
      if (i > 0 && cards.get(i - 1).measures().township().equals(current.measures().township())) {
        Scorecard previous = cards.get(i - 1);
        rank = previous.score().total().compareTo(current.score().total()) == 0
            ? previous.rank()
            : positionInTownship(cards, i, current.measures().township()) + 1;
      }
      cards.add(new Scorecard(current.measures(), current.score(), rank));
    }
    return ImmutableList.copyOf(cards);
  }

  private static int positionInTownship(List<Scorecard> cards, int index, String township) {
    int position = 0;
    for (int j = index - 1; j >= 0 && cards.get(j).measures().township().equals(township); j--) {
      position++;
    }
    return position;
  }

  private static Score score(ScorecardPolicy policy, AssessmentPeriod period, GridMeasures measures) {
    ImmutableList.Builder<LineItem> lines = ImmutableList.builder();
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      BigDecimal share = measures.values().get(metric);
      BigDecimal weight = policy.weights().get(metric);
      BigDecimal points = share.multiply(weight).multiply(HUNDRED);
      String basis = measures.basis().get(metric);
      lines.add(new LineItem(RuleId.of(metric.name().toLowerCase(Locale.ROOT).replace('_', '-')),
          metric + " " + share + (basis == null ? "" : " (" + basis + ")") + " x weight " + weight + " x 100",
          ImmutableList.of(), points, false));
    }
    return new Score(measures.grid(), period, RuleSetId.of("grid-scorecard"), lines.build());
  }

  private record Scored(GridMeasures measures, Score score) {}
}
