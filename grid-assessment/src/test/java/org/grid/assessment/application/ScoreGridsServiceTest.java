package org.grid.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.GridMeasures;
import org.grid.assessment.model.Scorecard;
import org.grid.assessment.model.ScorecardMetric;
import org.grid.assessment.model.ScorecardPolicy;
import org.grid.assessment.port.in.ScoreGridsCommand;
import org.grid.assessment.port.in.ScoreGridsUseCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ScoreGridsServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);
  private static final ScorecardMetric FIRST = ScorecardMetric.values()[0];

  private final ScoreGridsUseCase service = new ScoreGridsService(VALIDATION.getValidator());

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  /** A grid meeting the first measure by {@code first} and every other measure by {@code others}. */
  private static GridMeasures grid(String id, String township, String first, String others) {
    Map<ScorecardMetric, BigDecimal> values = new EnumMap<>(ScorecardMetric.class);
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      values.put(metric, new BigDecimal(metric == FIRST ? first : others));
    }
    return GridMeasures.of(id, township, values);
  }

  private static List<String> ranks(List<Scorecard> cards) {
    return cards.stream().map(card -> card.measures().grid().value() + ":" + card.rank()).toList();
  }

  @Test
  void gridsAreScoredWithTheDefaultWeightsAndRankedInTheirTownship() {
    List<Scorecard> cards = service.score(ScoreGridsCommand.withDefaults(Y2025, List.of(
        grid("g3", "T1", "0.5", "0.5"), grid("g1", "T1", "1", "1"), grid("g2", "T1", "0.5", "0.5"),
        grid("h1", "T2", "0.2", "0.2"))));

    assertThat(ranks(cards)).containsExactly("g1:1", "g2:2", "g3:2", "h1:1");
    assertThat(cards.get(0).score().total()).isEqualTo(new BigDecimal("100.00"));
    assertThat(cards.get(0).score().lineItems()).hasSize(ScorecardMetric.values().length);
  }

  @Test
  void theCommandsWeightsDecideTheScores() {
    Map<ScorecardMetric, Integer> weights = new EnumMap<>(ScorecardMetric.class);
    Arrays.stream(ScorecardMetric.values()).forEach(metric -> weights.put(metric, 0));
    weights.put(FIRST, 3);
    List<GridMeasures> grids = List.of(grid("a", "T1", "1", "0"), grid("b", "T1", "0", "1"));

    List<Scorecard> onlyFirst =
        service.score(new ScoreGridsCommand(new ScorecardPolicy(ImmutableMap.copyOf(weights)), Y2025, grids));
    List<Scorecard> equal = service.score(ScoreGridsCommand.withDefaults(Y2025, grids));

    assertThat(ranks(onlyFirst)).containsExactly("a:1", "b:2");
    assertThat(onlyFirst.get(0).score().total()).isEqualTo(new BigDecimal("100.00"));
    assertThat(onlyFirst.get(1).score().total()).isEqualTo(new BigDecimal("0.00"));
    assertThat(ranks(equal)).containsExactly("b:1", "a:2");
  }

  @Test
  void noGridsRankNothing() {
    assertThat(service.score(ScoreGridsCommand.withDefaults(Y2025, List.of()))).isEmpty();
  }

  @Test
  void anInvalidCommandNamesEachField() {
    assertThatThrownBy(() -> service.score(new ScoreGridsCommand(null, null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid ScoreGridsCommand: ")
        .hasMessageContaining("grids must not be null")
        .hasMessageContaining("period must not be null")
        .hasMessageContaining("policy must not be null");
    assertThatThrownBy(() -> service.score(ScoreGridsCommand.withDefaults(Y2025, Arrays.asList(
            grid("a", "T1", "1", "1"), null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grids[1].<list element> must not be null");
  }

  @Test
  void aGridNamedTwiceIsRefused() {
    assertThatThrownBy(() -> service.score(ScoreGridsCommand.withDefaults(Y2025, List.of(
            grid("a", "T1", "1", "1"), grid("a", "T1", "0", "0")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grid a appears twice");
  }
}
