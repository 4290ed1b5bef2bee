package org.grid.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridScorecardsTest {

  private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);

  /** A grid whose measures are the given shares, in {@link ScorecardMetric} order. */
  private static GridMeasures grid(String id, String township, String... shares) {
    Map<ScorecardMetric, BigDecimal> values = new EnumMap<>(ScorecardMetric.class);
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      values.put(metric, new BigDecimal(shares.length == 1 ? shares[0] : shares[metric.ordinal()]));
    }
    return GridMeasures.of(id, township, values);
  }

  private static Map<ScorecardMetric, Integer> weights(int... weights) {
    Map<ScorecardMetric, Integer> map = new EnumMap<>(ScorecardMetric.class);
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      map.put(metric, weights[metric.ordinal()]);
    }
    return map;
  }

  private static List<BigDecimal> points(Scorecard card) {
    return card.score().lineItems().stream().map(LineItem::points).toList();
  }

  private static List<BigDecimal> decimals(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void theDefaultWeighsEveryMeasureOnePartAndAFullGridScoresExactlyOneHundred() {
    Scorecard card = GridScorecards.rank(ScorecardPolicy.defaults(), Y2025, List.of(grid("g", "T", "1"))).get(0);

    assertThat(ScorecardPolicy.defaults().weights()).containsOnlyKeys(ScorecardMetric.values())
        .allSatisfy((metric, weight) -> assertThat(weight).isEqualTo(1));
    assertThat(card.score().total()).isEqualTo(new BigDecimal("100.00"));
    // 100/6 = 16.666...: cut to 16.66 each, the four missing cents go to the first four measures (equal remainders)
    assertThat(points(card)).isEqualTo(decimals("16.67", "16.67", "16.67", "16.67", "16.66", "16.66"));
  }

  @Test
  void equalSharesInDifferentMeasuresScoreTheSameAndShareARank() {
    List<Scorecard> cards = GridScorecards.rank(ScorecardPolicy.defaults(), Y2025, List.of(
        grid("N2", "T01", "0.95", "0.97", "0.91", "0.98", "0.92", "0.94"),
        grid("N1", "T01", "0.94", "0.92", "0.98", "0.91", "0.97", "0.95"),
        grid("N3", "T01", "0.5")));

    assertThat(cards).extracting(card -> card.measures().grid().value() + ":" + card.rank() + ":"
        + card.score().total()).containsExactly("N1:1:94.50", "N2:1:94.50", "N3:3:50.00");
  }

  @Test
  void theTotalIsRoundedOnceHalfEvenAndTheLineItemsSumToItByTheLargestRemainders() {
    // 100 x (5 x 0.5 + 0.5075) / 6 = 50.125 exactly: half even gives 50.12 (half up would give 50.13)
    Scorecard card = GridScorecards.rank(ScorecardPolicy.defaults(), Y2025,
        List.of(grid("g", "T", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5075"))).get(0);

    assertThat(card.score().total()).isEqualTo(new BigDecimal("50.12"));
    // parts 8.3333... x 5 and 8.458333...: cut to 8.33 x 5 + 8.45 = 50.10; two cents to the largest remainders,
    // the last measure's (0.0083...) and then the first of the equal ones
    assertThat(points(card)).isEqualTo(decimals("8.34", "8.33", "8.33", "8.33", "8.33", "8.46"));
  }

  @Test
  void percentWeightsScoreEachMeasureByItsPercent() {
    ScorecardPolicy percents = ScorecardPolicy.of(weights(20, 20, 20, 15, 15, 10));
    Scorecard card = GridScorecards.rank(percents, Y2025,
        List.of(grid("g", "T", "1", "0.9", "0.5", "0", "1", "0.25"))).get(0);

    assertThat(percents.weightTotal()).isEqualTo(100);
    assertThat(points(card)).isEqualTo(decimals("20.00", "18.00", "10.00", "0.00", "15.00", "2.50"));
    assertThat(card.score().total()).isEqualTo(new BigDecimal("65.50"));
    assertThat(card.score().lineItems().get(5).description())
        .isEqualTo("RESOLVED_AT_VILLAGE_TIER 0.25 x weight 10/100 x 100");
  }

  @Test
  void gridsAreRankedInTheirTownshipByTheRoundedTotalEqualTotalsSharingARank() {
    List<Scorecard> cards = GridScorecards.rank(ScorecardPolicy.defaults(), Y2025, List.of(
        grid("g3", "T1", "0.5"),
        grid("g1", "T1", "0.9"),
        // exactly 50.0016666...: rounds to 50.00, the same total as g3's, so the same rank
        grid("g2", "T1", "0.5001", "0.5", "0.5", "0.5", "0.5", "0.5"),
        grid("g4", "T1", "0.1"),
        grid("h1", "T2", "0.2")));

    assertThat(cards).extracting(card -> card.measures().grid().value() + ":" + card.rank())
        .containsExactly("g1:1", "g2:2", "g3:2", "g4:4", "h1:1");
    assertThat(cards.get(0).score().total()).isEqualTo(new BigDecimal("90.00"));
  }

  @Test
  void aMeasureOfWeightZeroGivesNothingButKeepsItsLine() {
    Scorecard card = GridScorecards.rank(ScorecardPolicy.of(weights(1, 0, 0, 0, 0, 0)), Y2025,
        List.of(grid("g", "T", "0.333", "1", "1", "1", "1", "1"))).get(0);

    assertThat(points(card)).isEqualTo(decimals("33.30", "0.00", "0.00", "0.00", "0.00", "0.00"));
  }

  @Test
  void weightsMustBeWholePartsNotNegativeNotAllZeroAndCoverEveryMeasure() {
    assertThatThrownBy(() -> ScorecardPolicy.of(weights(0, 0, 0, 0, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("scorecard weights must not all be zero");
    assertThatThrownBy(() -> ScorecardPolicy.of(weights(1, 1, -1, 1, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scorecard weight of MEETING_COMPLIANCE must not be negative, was -1");
    Map<ScorecardMetric, Integer> missing = weights(1, 1, 1, 1, 1, 1);
    missing.remove(ScorecardMetric.SATISFACTION);
    assertThatThrownBy(() -> ScorecardPolicy.of(missing))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("scorecard weight of SATISFACTION is missing");
  }

  @Test
  void aGridNamedTwiceIsRefused() {
    assertThatThrownBy(() -> GridScorecards.rank(ScorecardPolicy.defaults(), Y2025,
        List.of(grid("a", "T", "1"), grid("a", "T", "0"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("grid a appears twice");
  }
}
