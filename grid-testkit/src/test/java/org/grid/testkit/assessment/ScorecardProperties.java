package org.grid.testkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.GridMeasures;
import org.grid.assessment.model.GridScorecards;
import org.grid.assessment.model.LineItem;
import org.grid.assessment.model.Scorecard;
import org.grid.assessment.model.ScorecardMetric;
import org.grid.assessment.model.ScorecardPolicy;

/** Laws of grid scorecards: exact totals at 2 places, line items that sum to them, ranks that honour ties. */
class ScorecardProperties {

  private static final AssessmentPeriod YEAR = AssessmentArbitraries.YEAR;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
  private static final BigDecimal CENT = new BigDecimal("0.01");

  @Property(tries = 300)
  void permutingTheGridsChangesNoRankAndNoTotal(
      @ForAll("policies") ScorecardPolicy policy, @ForAll("grids") List<GridMeasures> grids, @ForAll long seed) {
    List<GridMeasures> shuffled = new ArrayList<>(grids);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(GridScorecards.rank(policy, YEAR, shuffled)).isEqualTo(GridScorecards.rank(policy, YEAR, grids));
  }

  @Property(tries = 300)
  void aRankIsOnePlusTheGridsOfTheTownshipWithAStrictlyGreaterTotalSoEqualTotalsShareIt(
      @ForAll("policies") ScorecardPolicy policy, @ForAll("grids") List<GridMeasures> grids) {
    List<Scorecard> cards = GridScorecards.rank(policy, YEAR, grids);

    assertThat(cards).hasSize(grids.size());
    for (Scorecard card : cards) {
      long greater = cards.stream()
          .filter(other -> other.measures().township().equals(card.measures().township()))
          .filter(other -> other.score().total().compareTo(card.score().total()) > 0)
          .count();
      assertThat(card.rank()).as(card.measures().grid().value()).isEqualTo(1 + greater);
      for (Scorecard other : cards) {
        if (other.measures().township().equals(card.measures().township())
            && other.score().total().equals(card.score().total())) {
          assertThat(other.rank()).isEqualTo(card.rank());
        }
      }
    }
  }

  @Property(tries = 300)
  void theTotalIsTheExactWeightedShareRoundedOnceHalfEvenAndTheLineItemsSumToIt(
      @ForAll("policies") ScorecardPolicy policy, @ForAll("grids") List<GridMeasures> grids) {
    BigDecimal weights = BigDecimal.valueOf(policy.weightTotal());
    for (Scorecard card : GridScorecards.rank(policy, YEAR, grids)) {
      BigDecimal total = card.score().total();
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal exactTimesWeights = BigDecimal.ZERO;
      for (ScorecardMetric metric : ScorecardMetric.values()) {
        LineItem line = card.score().lineItems().get(metric.ordinal());
        // the measure's exact part is partTimesWeights / weights; its line item is within a cent of it
        BigDecimal partTimesWeights = HUNDRED.multiply(card.measures().values().get(metric))
            .multiply(BigDecimal.valueOf(policy.weights().get(metric)));
        assertThat(line.points().scale()).isEqualTo(2);
        assertThat(line.points().multiply(weights).subtract(partTimesWeights).abs())
            .isLessThan(CENT.multiply(weights));
        sum = sum.add(line.points());
        exactTimesWeights = exactTimesWeights.add(partTimesWeights);
      }
      assertThat(total.scale()).isEqualTo(2);
      assertThat(sum).isEqualTo(total);
      BigDecimal error = total.multiply(weights).subtract(exactTimesWeights).abs();
      BigDecimal halfCent = HALF_CENT.multiply(weights);
      assertThat(error).isLessThanOrEqualTo(halfCent);
      if (error.compareTo(halfCent) == 0) {
        assertThat(total.unscaledValue().testBit(0)).as("a tie goes to the even cent, not %s", total).isFalse();
      }
    }
  }

  @Property(tries = 200)
  void aGridMeetingEveryMeasureFullyScoresExactlyOneHundred(@ForAll("policies") ScorecardPolicy policy) {
    Map<ScorecardMetric, BigDecimal> full = new EnumMap<>(ScorecardMetric.class);
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      full.put(metric, BigDecimal.ONE);
    }

    Scorecard card = GridScorecards.rank(policy, YEAR, List.of(GridMeasures.of("g", "T", full))).get(0);

    assertThat(card.score().total()).isEqualTo(new BigDecimal("100.00"));
  }

  @Property(tries = 100)
  void weightsThatAreNegativeOrAllZeroAreRefused(@ForAll("weights") List<Integer> weights) {
    Map<ScorecardMetric, Integer> map = new EnumMap<>(ScorecardMetric.class);
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      map.put(metric, weights.get(metric.ordinal()));
    }
    boolean valid = weights.stream().allMatch(w -> w >= 0) && weights.stream().anyMatch(w -> w > 0);

    if (valid) {
      assertThat(ScorecardPolicy.of(map).weightTotal()).isEqualTo(weights.stream().mapToLong(w -> w).sum());
    } else {
      assertThatThrownBy(() -> ScorecardPolicy.of(map)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Provide
  Arbitrary<ScorecardPolicy> policies() {
    return AssessmentArbitraries.scorecardPolicies();
  }

  @Provide
  Arbitrary<List<GridMeasures>> grids() {
    return AssessmentArbitraries.gridMeasures(12, 2);
  }

  @Provide
  Arbitrary<List<Integer>> weights() {
    return Arbitraries.integers().between(-2, 3).list().ofSize(ScorecardMetric.values().length);
  }
}
