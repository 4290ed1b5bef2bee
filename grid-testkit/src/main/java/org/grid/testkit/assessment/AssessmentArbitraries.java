package org.grid.testkit.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberClass;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.model.SubjectId;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * jqwik arbitraries for assessment: evidence logs, rule sets over the same evidence vocabulary, and party members
 * of a few villages. A county that changes its rule sets proves them with these, for example that its caps hold.
 */
public final class AssessmentArbitraries {

  /** The evidence types the generated logs and rule sets share. */
  public static final List<String> TYPES =
      List.of("visit.paired-household", "visit.round", "meeting.attended", "meeting.missed", "volunteer.service");

  /** The period generated logs mostly fall in. */
  public static final AssessmentPeriod YEAR = AssessmentPeriod.year(2025);

  private AssessmentArbitraries() {}

  /**
   * Returns subject ids {@code m1} to {@code m<count>}.
   *
   * @param count how many, at least 1
   * @return the ids
   */
  public static List<SubjectId> subjects(int count) {
    List<SubjectId> subjects = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      subjects.add(SubjectId.of("m" + i));
    }
    return subjects;
  }

  /**
   * Returns evidence logs for subjects {@code m1} to {@code m<subjects>}, mostly dated in {@link #YEAR}, some just
   * outside, some entries repeated exactly (as a retried import would repeat them).
   *
   * @param subjects how many subjects, at least 1
   * @return the arbitrary
   */
  public static Arbitrary<List<Evidence>> evidenceLogs(int subjects) {
    Arbitrary<Evidence> evidence = Combinators.combine(
            Arbitraries.of(TYPES),
            Arbitraries.integers().between(1, subjects),
            Arbitraries.integers().between(-5, 370),
            Arbitraries.of("月访", "季访", "other"))
        .as((type, subject, day, kind) -> Evidence.of("e", type, "m" + subject,
            YEAR.start().plusDays(day), Map.of("kind", kind)));
    return Combinators.combine(evidence.list().ofMaxSize(200), Arbitraries.integers().between(0, 10))
        .as((entries, repeats) -> {
          List<Evidence> log = new ArrayList<>();
          for (int i = 0; i < entries.size(); i++) {
            Evidence e = entries.get(i);
            log.add(new Evidence(EvidenceId.of("e" + (i + 1)), e.type(), e.subject(), e.date(), e.attributes()));
          }
          for (int i = 0; i < Math.min(repeats, log.size()); i++) {
            log.add(log.get(i * 7 % log.size()));
          }
          return log;
        });
  }

  /** Returns scoring rules over {@link #TYPES}, with or without a filter and a cap, adding or deducting. */
  public static Arbitrary<ScoringRule> rules() {
    return Combinators.combine(
            Arbitraries.of(TYPES),
            Arbitraries.of(Map.<String, String>of(), Map.of("kind", "月访")),
            Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("10")).ofScale(1),
            Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("30")).ofScale(1).injectNull(0.4),
            Arbitraries.of(Direction.class))
        .as((type, filter, points, cap, direction) ->
            ScoringRule.of("r", "rule on " + type, type, filter, points.toPlainString(),
                cap == null ? null : cap.toPlainString(), direction));
  }

  /**
   * Returns rule sets of 0 to 6 rules valid for a period.
   *
   * @param validity the period the rule sets are valid for
   * @return the arbitrary
   */
  public static Arbitrary<RuleSet> ruleSets(AssessmentPeriod validity) {
    return rules().list().ofMaxSize(6).map(rules -> {
      List<ScoringRule> named = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        ScoringRule rule = rules.get(i);
        named.add(ScoringRule.of("r" + (i + 1), rule.description(), rule.counts(), rule.filter(),
            rule.pointsPerOccurrence().toPlainString(), rule.capPerPeriod().map(BigDecimal::toPlainString).orElse(null),
            rule.direction()));
      }
      return RuleSet.of("generated/" + validity.start().getYear(), "party-member/with-post", validity, "100", named);
    });
  }

  /**
   * Returns the members {@code m1} to {@code m<count>} spread over up to three villages.
   *
   * @param count how many members
   * @return the arbitrary
   */
  public static Arbitrary<List<PartyMember>> members(int count) {
    return Arbitraries.integers().between(1, 3).list().ofSize(count).map(villages -> {
      List<PartyMember> members = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        members.add(new PartyMember(SubjectId.of("m" + (i + 1)), VillageId.of("V" + villages.get(i)),
            PartyMemberClass.WITH_POST));
      }
      return members;
    });
  }

  /**
   * Returns a day inside {@link #YEAR}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalDate> daysOfYear() {
    return Arbitraries.integers().between(0, 364).map(day -> YEAR.start().plusDays(day));
  }
}
