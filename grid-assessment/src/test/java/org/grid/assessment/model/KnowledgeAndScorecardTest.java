package org.grid.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeAndScorecardTest {

  private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);

  @Test
  void knowledgeChecksCombineWithTheDefaultWeights() {
    KnowledgeCheckRecord record = new KnowledgeCheckRecord(SubjectId.of("p1"), 250, 225,
        ImmutableList.of(new CheckResult(EvidenceId.of("w1"), new BigDecimal("80")),
            new CheckResult(EvidenceId.of("w2"), new BigDecimal("90"))),
        ImmutableList.of(new CheckResult(EvidenceId.of("m1"), new BigDecimal("70"))));

    Score score = KnowledgeCheckScoring.yearly(KnowledgeCheckPolicy.defaults(), Y2025, record);

    // 0.2 x 90 + 0.3 x 85 + 0.5 x 70 = 18 + 25.5 + 35
    assertThat(score.lineItems()).extracting(LineItem::points)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("18"), new BigDecimal("25.5"), new BigDecimal("35"));
    assertThat(score.total()).isEqualByComparingTo("78.5");
    assertThat(score.lineItems().get(1).evidence()).containsExactly(EvidenceId.of("w1"), EvidenceId.of("w2"));
  }

  @Test
  void weightsMustSumToOne() {
    assertThatThrownBy(() -> new KnowledgeCheckPolicy(new BigDecimal("0.2"), new BigDecimal("0.3"), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must sum to 1");
  }

  private static GridMeasures grid(String id, String township, String share) {
    Map<ScorecardMetric, BigDecimal> values = new EnumMap<>(ScorecardMetric.class);
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      values.put(metric, new BigDecimal(share));
    }
    return GridMeasures.of(id, township, values);
  }

  @Test
  void gridsAreRankedInTheirTownshipWithSharedRanksForEqualScores() {
    List<Scorecard> cards = GridScorecards.rank(ScorecardPolicy.defaults(), Y2025, List.of(
        grid("g3", "T1", "0.5"), grid("g1", "T1", "0.9"), grid("g2", "T1", "0.5"), grid("g4", "T1", "0.1"),
        grid("h1", "T2", "0.2")));

    assertThat(cards).extracting(card -> card.measures().grid().value() + ":" + card.rank())
        .containsExactly("g1:1", "g2:2", "g3:2", "g4:4", "h1:1");
    assertThat(cards.get(0).score().total()).isEqualByComparingTo("90");
    assertThat(cards.get(0).score().lineItems()).hasSize(ScorecardMetric.values().length);
  }

  @Test
  void aFullGridScoresOneHundred() {
    Scorecard card = GridScorecards.rank(ScorecardPolicy.defaults(), Y2025, List.of(grid("g", "T", "1"))).get(0);

    assertThat(card.score().total()).isEqualByComparingTo("100");
  }
}
