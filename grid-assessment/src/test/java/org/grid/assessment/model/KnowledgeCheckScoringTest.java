package org.grid.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeCheckScoringTest {

  private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);
  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  private static CheckResult check(String id, String score) {
    return new CheckResult(EvidenceId.of(id), DAY, new BigDecimal(score));
  }

  private static KnowledgeCheckRecord record(int due, int made, List<CheckResult> weekly, List<CheckResult> monthly) {
    return new KnowledgeCheckRecord(SubjectId.of("p1"), due, made, ImmutableList.copyOf(weekly),
        ImmutableList.copyOf(monthly));
  }

  private static List<BigDecimal> points(Score score) {
    return score.lineItems().stream().map(LineItem::points).toList();
  }

  @Test
  void knowledgeChecksCombineWithTheDefaultWeightsAtTwoPlaces() {
    KnowledgeCheckRecord record = record(250, 225, List.of(check("w2", "90"), check("w1", "80")),
        List.of(check("m1", "70")));

    Score score = KnowledgeCheckScoring.yearly(KnowledgeCheckPolicy.defaults(), Y2025, record);

    // 0.2 x 90 + 0.3 x 85 + 0.5 x 70 = 18 + 25.5 + 35
    assertThat(points(score)).containsExactly(
        new BigDecimal("18.00"), new BigDecimal("25.50"), new BigDecimal("35.00"));
    assertThat(score.total()).isEqualTo(new BigDecimal("78.50"));
    assertThat(score.lineItems().get(1).evidence()).containsExactly(EvidenceId.of("w1"), EvidenceId.of("w2"));
    assertThat(score.lineItems().get(0).description()).isEqualTo("daily reports made 225 of 250 (90%) x weight 0.2");
  }

  @Test
  void eachLineItemIsRoundedOnceHalfEven() {
    KnowledgeCheckRecord record = record(3, 2, List.of(check("w1", "80"), check("w2", "85"), check("w3", "90.01")),
        List.of(check("m1", "90.25")));

    Score score = KnowledgeCheckScoring.yearly(KnowledgeCheckPolicy.defaults(), Y2025, record);

    // 0.2 x 100 x 2/3 = 13.333...; 0.3 x 255.01 / 3 = 25.501 (not 0.3 x 85.00, the mean rounded first);
    // 0.5 x 90.25 = 45.125, a tie, to the even 45.12
    assertThat(points(score)).containsExactly(
        new BigDecimal("13.33"), new BigDecimal("25.50"), new BigDecimal("45.12"));
    assertThat(score.total()).isEqualTo(new BigDecimal("83.95"));
    // the descriptions show a quotient exactly when it has at most 4 places, else marked as rounded
    assertThat(score.lineItems()).extracting(LineItem::description).containsExactly(
        "daily reports made 2 of 3 (≈66.67%) x weight 0.2",
        "weekly spot checks: 3 held, mean ≈85 x weight 0.3",
        "monthly assessments: 1 held, mean 90.25 x weight 0.5");
  }

  @Test
  void aMemberMeetingEveryPartFullyScoresExactlyOneHundred() {
    KnowledgeCheckPolicy thirds = new KnowledgeCheckPolicy(
        new BigDecimal("0.33"), new BigDecimal("0.33"), new BigDecimal("0.34"));
    KnowledgeCheckRecord full = record(7, 7, List.of(check("w1", "100")), List.of(check("m1", "100.00")));

    assertThat(KnowledgeCheckScoring.yearly(KnowledgeCheckPolicy.defaults(), Y2025, full).total())
        .isEqualTo(new BigDecimal("100.00"));
    assertThat(KnowledgeCheckScoring.yearly(thirds, Y2025, full).total()).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void aPartWithNothingDueOrNoCheckHeldCountsZeroAndSaysSo() {
    Score score = KnowledgeCheckScoring.yearly(KnowledgeCheckPolicy.defaults(), Y2025, record(0, 0, List.of(),
        List.of()));

    assertThat(score.lineItems()).extracting(LineItem::description).containsExactly(
        "no daily reports due: counts 0", "no weekly spot checks held: counts 0",
        "no monthly assessments held: counts 0");
    assertThat(score.total()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void weightsMustSumToExactlyOne() {
    assertThatThrownBy(() -> new KnowledgeCheckPolicy(new BigDecimal("0.2"), new BigDecimal("0.3"), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("knowledge check weights must sum to exactly 1, were 0.2 + 0.3 + 1 = 1.5");
    BigDecimal third = new BigDecimal("0.3333333333");
    assertThatThrownBy(() -> new KnowledgeCheckPolicy(third, third, third))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("= 0.9999999999");
    assertThatThrownBy(() -> new KnowledgeCheckPolicy(new BigDecimal("-0.5"), BigDecimal.ONE, new BigDecimal("0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dailyReportWeight must not be negative, was -0.5");
  }

  @Test
  void aCheckOutsideThePeriodIsRefused() {
    KnowledgeCheckRecord record = record(1, 1, List.of(
        new CheckResult(EvidenceId.of("w0"), LocalDate.of(2024, 12, 30), BigDecimal.TEN)), List.of());

    assertThatThrownBy(() -> KnowledgeCheckScoring.yearly(KnowledgeCheckPolicy.defaults(), Y2025, record))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check w0 of p1 is dated 2024-12-30, outside the period 2025-01-01..2026-01-01");
  }

  @Test
  void aCheckScoreHasAtMostTwoDecimalPlacesAndACheckIdAppearsOnce() {
    assertThatThrownBy(() -> check("w1", "90.125"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score of check w1 must have at most 2 decimal places, was 90.125");
    assertThat(check("w1", "90.1000").score()).isEqualTo(new BigDecimal("90.10"));
    assertThatThrownBy(() -> record(1, 1, List.of(check("c1", "90")), List.of(check("c1", "80"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check c1 of p1 appears twice");
  }
}
