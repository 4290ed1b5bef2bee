package org.grid.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

  private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);

  private static final RuleSet RULES = RuleSet.of("pm/with-post/2025", "party-member/with-post", Y2025, "100", List.of(
      ScoringRule.of("visit", "走访联系户 +1 each, at most 5", "visit.paired-household", Map.of(), "1", "5",
          Direction.ADD),
      ScoringRule.of("meeting-missed", "缺席三会一课 -2 each", "meeting.missed", Map.of("kind", "三会一课"), "2", null,
          Direction.DEDUCT)));

  private static Evidence visit(String id, String member, LocalDate day) {
    return Evidence.of(id, "visit.paired-household", member, day, Map.of());
  }

  @Test
  void theScoreIsTheBasePlusEachRulesLineAndExplainsItsEvidence() {
    List<Evidence> log = List.of(
        visit("v2", "m1", LocalDate.of(2025, 3, 1)),
        visit("v1", "m1", LocalDate.of(2025, 2, 1)),
        Evidence.of("mt1", "meeting.missed", "m1", LocalDate.of(2025, 4, 1), Map.of("kind", "三会一课")));

    Score score = ScoringEngine.score(RULES, SubjectId.of("m1"), Y2025, log);

    assertThat(score.lineItems()).extracting(LineItem::rule)
        .containsExactly(LineItem.BASE, RuleId.of("visit"), RuleId.of("meeting-missed"));
    assertThat(score.lineItems().get(1).evidence()).containsExactly(EvidenceId.of("v1"), EvidenceId.of("v2"));
    assertThat(score.lineItems().get(1).points()).isEqualByComparingTo("2");
    assertThat(score.lineItems().get(2).points()).isEqualByComparingTo("-2");
    assertThat(score.total()).isEqualByComparingTo("100");
    assertThat(score.deducted()).isEqualByComparingTo("2");
  }

  @Test
  void manySubjectsWithTheLargestRuleSetAndFewPiecesAreScoredAsFewWould() {
    // 200 rules x 30,000 subjects: 6,000,000 groups, more than the engine counts into an array by group.
    List<ScoringRule> rules = new java.util.ArrayList<>();
    for (int r = 0; r < RuleSet.MAX_RULES; r++) {
      rules.add(ScoringRule.of("visit-" + r, "visit " + r, "visit.type-" + r, Map.of(), "1", null, Direction.ADD));
    }
    RuleSet large = RuleSet.of("pm/large/2025", "party-member/with-post", Y2025, "100", rules);
    Map<SubjectId, RuleSet> subjects = new java.util.LinkedHashMap<>();
    for (int m = 0; m < 30_000; m++) {
      subjects.put(SubjectId.of(String.format("m%05d", m)), large);
    }
    List<Evidence> log = List.of(
        Evidence.of("a", "visit.type-199", "m29999", LocalDate.of(2025, 5, 1), Map.of()),
        Evidence.of("b", "visit.type-0", "m00000", LocalDate.of(2025, 5, 1), Map.of()),
        Evidence.of("c", "visit.type-199", "m29999", LocalDate.of(2025, 5, 2), Map.of()),
        Evidence.of("d", "visit.type-7", "m12345", LocalDate.of(2025, 5, 2), Map.of()));

    Map<SubjectId, Score> scores = ScoringEngine.scoreAll(subjects, Y2025, log);

    assertThat(scores).hasSize(30_000);
    assertThat(scores.get(SubjectId.of("m29999")).lineItems())
        .extracting(l -> l.rule().value() + " " + l.evidence().stream().map(EvidenceId::value).toList())
        .containsExactly("base []", "visit-199 [a, c]");
    assertThat(scores.get(SubjectId.of("m00000")).total()).isEqualByComparingTo("101");
    assertThat(scores.get(SubjectId.of("m12345")).lineItems().get(1).rule()).isEqualTo(RuleId.of("visit-7"));
    assertThat(scores.get(SubjectId.of("m00001")).lineItems()).hasSize(1);
  }

  @Test
  void aRuleSetOfMoreRulesThanAllowedIsRefused() {
    List<ScoringRule> rules = new java.util.ArrayList<>();
    for (int r = 0; r <= RuleSet.MAX_RULES; r++) {
      rules.add(ScoringRule.of("r" + r, "rule " + r, "visit.paired-household", Map.of(), "1", null, Direction.ADD));
    }
    assertThatThrownBy(() -> RuleSet.of("pm/too-many/2025", "party-member/with-post", Y2025, "100", rules))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule set pm/too-many/2025 has 201 rules, more than the 200 a rule set may have");
  }

  @Test
  void aCapCutsTheLineAndSaysSo() {
    List<Evidence> log = List.of(
        visit("v1", "m1", LocalDate.of(2025, 1, 2)), visit("v2", "m1", LocalDate.of(2025, 1, 3)),
        visit("v3", "m1", LocalDate.of(2025, 1, 4)), visit("v4", "m1", LocalDate.of(2025, 1, 5)),
        visit("v5", "m1", LocalDate.of(2025, 1, 6)), visit("v6", "m1", LocalDate.of(2025, 1, 7)),
        visit("v7", "m1", LocalDate.of(2025, 1, 8)));

    LineItem line = ScoringEngine.score(RULES, SubjectId.of("m1"), Y2025, log).lineItems().get(1);

    assertThat(line.points()).isEqualByComparingTo("5");
    assertThat(line.capped()).isTrue();
    assertThat(line.evidence()).hasSize(7);
  }

  @Test
  void onlyTheSubjectsEvidenceInThePeriodMatchingTheFilterCountsAndOnceById() {
    List<Evidence> log = List.of(
        visit("v1", "m1", LocalDate.of(2025, 12, 31)),
        visit("v1", "m1", LocalDate.of(2025, 12, 31)),
        visit("v2", "m1", LocalDate.of(2026, 1, 1)),
        visit("v3", "m2", LocalDate.of(2025, 6, 1)),
        Evidence.of("mt1", "meeting.missed", "m1", LocalDate.of(2025, 4, 1), Map.of("kind", "other")));

    Score score = ScoringEngine.score(RULES, SubjectId.of("m1"), Y2025, log);

    assertThat(score.lineItems()).hasSize(2);
    assertThat(score.lineItems().get(1).evidence()).containsExactly(EvidenceId.of("v1"));
    assertThat(score.total()).isEqualByComparingTo(new BigDecimal("101"));
  }

  @Test
  void aRuleSetScoresOnlyPeriodsItCovers() {
    assertThatThrownBy(() -> ScoringEngine.score(RULES, SubjectId.of("m1"), AssessmentPeriod.year(2024), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not for the whole period 2024-01-01..2025-01-01");
  }

  @Test
  void theCatalogChoosesEachPeriodsOwnRuleSetAndRefusesOverlaps() {
    RuleSet older = RuleSet.of("pm/2024", "party-member/with-post", AssessmentPeriod.year(2024), "100", List.of());
    RuleSetCatalog catalog = RuleSetCatalog.of(List.of(RULES, older));

    assertThat(catalog.ruleSetFor("party-member/with-post", AssessmentPeriod.year(2024))).contains(older);
    assertThat(catalog.ruleSetFor("party-member/with-post", Y2025)).contains(RULES);
    assertThat(catalog.ruleSetFor("party-member/migrant", Y2025)).isEmpty();
    RuleSet overlapping = RuleSet.of("pm/x", "party-member/with-post",
        new AssessmentPeriod(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1)), "100", List.of());
    assertThatThrownBy(() -> RuleSetCatalog.of(List.of(RULES, overlapping)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both score party-member/with-post");
  }

  @Test
  void oneEvidenceIdWithTwoContentsIsRefused() {
    List<Evidence> log = List.of(
        visit("v1", "m1", LocalDate.of(2025, 2, 1)), visit("v1", "m2", LocalDate.of(2025, 2, 1)));

    assertThatThrownBy(() -> ScoringEngine.score(RULES, SubjectId.of("m1"), Y2025, log))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence v1 is given twice with different content (differs in subject)");
  }

  @Test
  void evidencePrintsItsAttributesMaskedAndAConflictNamesNoValue() {
    Evidence first = Evidence.of("v9", "visit", "m1", LocalDate.of(2025, 2, 1),
        java.util.Map.of("note", "王小明 13812341234 110101199003077774"));
    Evidence second = Evidence.of("v9", "visit", "m1", LocalDate.of(2025, 2, 1), java.util.Map.of("note", "other"));

    assertThat(first.toString()).contains("note=王小明 138****1234 1101**********7774")
        .doesNotContain("13812341234").doesNotContain("110101199003077774");
    assertThatThrownBy(() -> ScoringEngine.score(RULES, SubjectId.of("m1"), Y2025, List.of(first, second)))
        .hasMessage("evidence v9 is given twice with different content (differs in attributes)");
  }

  @Test
  void pointsWhoseDigitCountOverflowsAnIntAreRefusedNamingTheField() {
    // 1E+2147483647 has 2^31 digits before the point: counted in an int, that number wrapped to a negative one, the
    // value passed as fitting and setScale threw an ArithmeticException that named nothing.
    assertThatThrownBy(() -> RuleSet.of("pm/2025", "party-member/with-post", Y2025, "1E+2147483647", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("base of rule set pm/2025 must have at most 18 digits before the decimal point, "
            + "was 1E+2147483647");
    assertThatThrownBy(() -> ScoringRule.of("visit", "走访", "visit", Map.of(), "1", "1E+2147483647", Direction.ADD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capPerPeriod of rule visit must have at most 18 digits before the decimal point, "
            + "was 1E+2147483647");
    assertThatThrownBy(() -> new ScoringRule(RuleId.of("visit"), "走访", "visit", com.google.common.collect.ImmutableMap.of(),
        new BigDecimal(java.math.BigInteger.ONE, Integer.MIN_VALUE), java.util.Optional.empty(), Direction.ADD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pointsPerOccurrence of rule visit must have at most 18 digits before the decimal point");
  }

  @Test
  void pointsCapsAndBasesHaveAtMostTwoDecimalPlacesSoTotalsAreExactAtTwo() {
    assertThatThrownBy(() -> ScoringRule.of("visit", "走访 +0.125", "visit", Map.of(), "0.125", null, Direction.ADD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pointsPerOccurrence of rule visit must have at most 2 decimal places, was 0.125");
    assertThatThrownBy(() -> ScoringRule.of("visit", "走访 +1", "visit", Map.of(), "1", "12.505", Direction.ADD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capPerPeriod of rule visit must have at most 2 decimal places, was 12.505");
    assertThatThrownBy(() -> RuleSet.of("pm/2025", "party-member/with-post", Y2025, "99.999", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("base of rule set pm/2025 must have at most 2 decimal places, was 99.999");
    assertThatThrownBy(() -> ScoringRule.of("visit", "走访", "visit", Map.of(), "1E+30", null, Direction.ADD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pointsPerOccurrence of rule visit must have at most 18 digits before the decimal point, "
            + "was 1E+30");
    // the same points written with more zeros are the same rule, kept at scale 2
    assertThat(ScoringRule.of("visit", "走访", "visit", Map.of(), "1.500", "12", Direction.ADD))
        .isEqualTo(ScoringRule.of("visit", "走访", "visit", Map.of(), "1.5", "12.00", Direction.ADD))
        .extracting(ScoringRule::pointsPerOccurrence).isEqualTo(new BigDecimal("1.50"));

    RuleSet halves = RuleSet.of("pm/2025", "party-member/with-post", Y2025, "99.5", List.of(
        ScoringRule.of("visit", "走访 +0.25", "visit.paired-household", Map.of(), "0.25", null, Direction.ADD)));
    Score score = ScoringEngine.score(halves, SubjectId.of("m1"), Y2025, List.of(
        visit("v1", "m1", LocalDate.of(2025, 2, 1)), visit("v2", "m1", LocalDate.of(2025, 2, 2)),
        visit("v3", "m1", LocalDate.of(2025, 2, 3))));
    assertThat(score.total()).isEqualTo(new BigDecimal("100.25"));
  }

  @Test
  void aScoringFedPieceByPieceGivesWhatScoreAllGivesOverTheWholeCollection() {
    List<Evidence> log = List.of(
        visit("v2", "m1", LocalDate.of(2025, 3, 1)), visit("v1", "m1", LocalDate.of(2025, 2, 1)),
        visit("v1", "m1", LocalDate.of(2025, 2, 1)), visit("v3", "m2", LocalDate.of(2025, 5, 1)),
        visit("v4", "m3", LocalDate.of(2025, 5, 1)),
        Evidence.of("mt1", "meeting.missed", "m1", LocalDate.of(2025, 4, 1), Map.of("kind", "三会一课")));
    Map<SubjectId, RuleSet> ruleSets = new java.util.LinkedHashMap<>();
    ruleSets.put(SubjectId.of("m2"), RULES);
    ruleSets.put(SubjectId.of("m1"), RULES);

    ScoringEngine.Scoring scoring = ScoringEngine.scoring(ruleSets, Y2025);
    log.forEach(scoring);

    Map<SubjectId, Score> scores = scoring.scores();
    assertThat(scores).isEqualTo(ScoringEngine.scoreAll(ruleSets, Y2025, log));
    assertThat(scores.keySet()).containsExactly(SubjectId.of("m2"), SubjectId.of("m1"));
  }

  @Test
  void anEnrollingScoringScoresEverySubjectItWasToldToEnrolAndCountsTheirEarlierPiecesToo() {
    ScoringEngine.Scoring scoring = ScoringEngine.scoringEnrolling(RULES, List.of(SubjectId.of("named")), Y2025);

    // a piece of no side for m1 arrives before m1 is enrolled by a piece of its own: it still counts
    scoring.accept(visit("v1", "m1", LocalDate.of(2025, 2, 1)));
    scoring.acceptAndEnrol(visit("v2", "m1", LocalDate.of(2025, 3, 1)));
    scoring.accept(visit("v3", "stranger", LocalDate.of(2025, 3, 1)));
    Map<SubjectId, Score> scores = scoring.scores();

    assertThat(scores.keySet()).containsExactly(SubjectId.of("m1"), SubjectId.of("named"));
    assertThat(scores.get(SubjectId.of("m1")).lineItems().get(1).evidence())
        .containsExactly(EvidenceId.of("v1"), EvidenceId.of("v2"));
    assertThat(scores.get(SubjectId.of("named")).total()).isEqualByComparingTo("100");
  }

  @Test
  void aScoringRefusesOneIdWithTwoContentsWhicheverSubjectsTheyName() {
    ScoringEngine.Scoring scoring = ScoringEngine.scoring(Map.of(SubjectId.of("m1"), RULES), Y2025);
    scoring.accept(visit("v1", "m1", LocalDate.of(2025, 2, 1)));

    assertThatThrownBy(() -> scoring.accept(visit("v1", "m9", LocalDate.of(2025, 2, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence v1 is given twice with different content (differs in subject)");
  }

  @Test
  void aScoringGivesItsScoresOnceAndTakesNothingAfter() {
    ScoringEngine.Scoring fixed = ScoringEngine.scoring(Map.of(SubjectId.of("m1"), RULES), Y2025);
    fixed.scores();

    assertThatThrownBy(fixed::scores).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> fixed.accept(visit("v1", "m1", LocalDate.of(2025, 2, 1))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> fixed.acceptAndEnrol(visit("v1", "m1", LocalDate.of(2025, 2, 1))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("fixed set of subjects");
    assertThatThrownBy(() -> ScoringEngine.scoring(Map.of(SubjectId.of("m1"), RULES), AssessmentPeriod.year(2024)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTableOfIdsSeenGrowsPastItsFirstSizeAndStillFindsEveryRepeat() {
    List<Evidence> log = new java.util.ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      log.add(visit("v" + i, "m" + (i % 7), LocalDate.of(2025, 1 + i % 12, 1)));
    }
    Map<SubjectId, RuleSet> ruleSets = new java.util.LinkedHashMap<>();
    for (int m = 0; m < 7; m++) {
      ruleSets.put(SubjectId.of("m" + m), RULES);
    }
    ScoringEngine.Scoring scoring = ScoringEngine.scoring(ruleSets, Y2025);
    log.forEach(scoring);
    log.forEach(scoring); // everything again: each repeat counts once

    assertThat(scoring.scores().values()).allSatisfy(score ->
        assertThat(score.lineItems().get(1).evidence()).hasSizeBetween(714, 715));
  }

  /**
   * The table of ids seen keeps only a fragment of each hash code in its slots: ids that all share one hash code
   * ("Aa" and "BB" blocks in every combination), past several doublings of the table, are still told apart by their
   * texts and each repeat is still found.
   */
  @Test
  void idsOfOneHashCodeAreToldApartAndTheirRepeatsFoundAfterTheTableGrows() {
    List<String> ids = new java.util.ArrayList<>(List.of(""));
    for (int block = 0; block < 11; block++) {
      List<String> longer = new java.util.ArrayList<>();
      for (String id : ids) {
        longer.add(id + "Aa");
        longer.add(id + "BB");
      }
      ids = longer;
    }
    assertThat(ids).hasSize(2_048).extracting(String::hashCode).containsOnly(ids.get(0).hashCode());
    List<Evidence> log = new java.util.ArrayList<>();
    for (String id : ids) {
      log.add(visit(id, "m1", LocalDate.of(2025, 5, 1)));
    }
    RuleSet unlimited = RuleSet.of("pm/2025", "party-member", Y2025, "0", List.of(
        ScoringRule.of("visit", "visits +1 each", "visit.paired-household", Map.of(), "1", null, Direction.ADD)));
    ScoringEngine.Scoring scoring = ScoringEngine.scoring(Map.of(SubjectId.of("m1"), unlimited), Y2025);
    log.forEach(scoring);
    log.forEach(scoring); // each again: counts once
    Evidence late = visit(ids.get(2_000), "m1", LocalDate.of(2025, 6, 1)); // a late position, another day
    assertThatThrownBy(() -> scoring.accept(late))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differs in date)");

    Score score = scoring.scores().get(SubjectId.of("m1"));

    assertThat(score.lineItems().get(1).evidence())
        .containsExactlyElementsOf(ids.stream().sorted().map(EvidenceId::of).toList());
    assertThat(score.total()).isEqualByComparingTo("2048");
  }

  /**
   * The scoring keeps the ids it has seen as characters, one byte or two a character, and makes them again for the
   * score: every kind of text comes back exactly, however long, and ids of one length and hash code that differ ("Aa", "BB") are not repeats.
   */
  @Test
  void idsOfAnyCharactersComeBackExactlyInTheScore() {
    String longWide = "走访".repeat(1_100_000); // more characters than a chunk of the id texts holds
    List<String> ids = List.of("v1", "v2", "Aa", "BB", "café/é", "走访/户1", "走访/户2", "\uD83D\uDE00/emoji", longWide, "x".repeat(300));
    List<Evidence> log = new java.util.ArrayList<>();
    for (String id : ids) {
      log.add(visit(id, "m1", LocalDate.of(2025, 5, 1)));
    }
    RuleSet unlimited = RuleSet.of("pm/2025", "party-member", Y2025, "0", List.of(
        ScoringRule.of("visit", "走访 +1 each", "visit.paired-household", Map.of(), "1", null, Direction.ADD)));
    ScoringEngine.Scoring scoring = ScoringEngine.scoring(Map.of(SubjectId.of("m1"), unlimited), Y2025);
    log.forEach(scoring);
    log.forEach(scoring); // each again: counts once

    Score score = scoring.scores().get(SubjectId.of("m1"));

    assertThat(score.lineItems().get(1).evidence())
        .containsExactlyElementsOf(ids.stream().sorted().map(EvidenceId::of).toList());
    assertThat(score.total()).isEqualByComparingTo(String.valueOf(ids.size()));
  }
}
