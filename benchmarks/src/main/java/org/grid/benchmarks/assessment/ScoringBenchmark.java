package org.grid.benchmarks.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberClass;
import org.grid.assessment.model.PartyMemberGrading;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.ScoringEngine;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.model.SubjectId;
import org.grid.core.model.jurisdiction.VillageId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A county year of party-member points: 10,000 members in 4 classes across 500 villages, scored from a log of
 * {@code entries} evidence records by each class's rule set, then graded with the 20% quota per village. The
 * target (issue 6) is under 2 s for 1,000,000 entries, growing linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class ScoringBenchmark {

  private static final int MEMBERS = 10_000;
  private static final int VILLAGES = 500;
  private static final AssessmentPeriod YEAR = AssessmentPeriod.year(2025);
  private static final List<String> TYPES = List.of(
      "visit.paired-household", "mentoring.session", "meeting.attended", "meeting.missed", "volunteer.service",
      "duty.missed", "migrant.report-in", "pairing.held");

  @Param({"250000", "500000", "1000000"})
  int entries;

  private List<PartyMember> members;
  private Map<PartyMemberClass, RuleSet> ruleSets;
  private List<Evidence> log;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2025);
    members = new ArrayList<>();
    PartyMemberClass[] classes = PartyMemberClass.values();
    for (int i = 0; i < MEMBERS; i++) {
      members.add(new PartyMember(SubjectId.of("P" + i), VillageId.of("V" + (i % VILLAGES)),
          classes[random.nextInt(classes.length)]));
    }
    ruleSets = new EnumMap<>(PartyMemberClass.class);
    for (PartyMemberClass memberClass : classes) {
      List<ScoringRule> rules = new ArrayList<>();
      for (int r = 0; r < TYPES.size(); r++) {
        boolean deduct = TYPES.get(r).endsWith("missed");
        rules.add(ScoringRule.of("r" + r, "rule " + r, TYPES.get(r),
            r % 3 == 0 ? Map.of("kind", "月访") : Map.of(), deduct ? "2" : "0.5", r % 2 == 0 ? "12" : null,
            deduct ? Direction.DEDUCT : Direction.ADD));
      }
      ruleSets.put(memberClass, RuleSet.of(memberClass.subjectKind() + "/2025", memberClass.subjectKind(), YEAR,
          "100", rules));
    }
    log = new ArrayList<>(entries);
    for (int i = 0; i < entries; i++) {
      log.add(Evidence.of("E" + i, TYPES.get(random.nextInt(TYPES.size())), "P" + random.nextInt(MEMBERS),
          LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)),
          random.nextBoolean() ? Map.of("kind", "月访") : Map.of("kind", "季访")));
    }
  }

  /** Scores every member by their class's rule set and grades them: what the county runs once a year. */
  @Benchmark
  public List<GradedMember> scoreAndGradeCountyYear() {
    Map<SubjectId, RuleSet> ruleSetOf = new LinkedHashMap<>();
    members.forEach(member -> ruleSetOf.put(member.id(), ruleSets.get(member.memberClass())));
    Map<SubjectId, Score> scores = ScoringEngine.scoreAll(ruleSetOf, YEAR, log);
    Map<PartyMember, Score> scored = new LinkedHashMap<>();
    members.forEach(member -> scored.put(member, scores.get(member.id())));
    return PartyMemberGrading.grade(GradingPolicy.defaults(), scored);
  }
}
