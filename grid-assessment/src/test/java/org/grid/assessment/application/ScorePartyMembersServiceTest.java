package org.grid.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.util.function.Supplier;
import org.grid.core.port.out.UnitOfWork;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.Grade;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberClass;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.port.in.ScorePartyMembersUseCase.Graded;
import org.grid.assessment.port.in.ScorePartyMembersUseCase.MissingRuleSets;
import org.grid.assessment.port.in.ScorePartyMembersUseCase.Outcome;
import org.grid.assessment.port.in.ScorePartyMembersCommand;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.assessment.port.out.ScoreRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.grid.assessment.model.ScoreEvent;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.VillageId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ScorePartyMembersServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);

  private final List<RuleSet> ruleSets = new ArrayList<>();
  private final List<Score> saved = new ArrayList<>();
  private final List<Evidence> evidence = new ArrayList<>();

  private final RuleSetRepository ruleSetRepository = new RuleSetRepository() {
    @Override
    public void save(RuleSet ruleSet) {
      ruleSets.add(ruleSet);
    }

    @Override
    public Optional<RuleSet> findById(RuleSetId id) {
      return ruleSets.stream().filter(set -> set.id().equals(id)).findFirst();
    }

    @Override
    public List<RuleSet> findAll() {
      return List.copyOf(ruleSets);
    }
  };

  private final ScoreRepository scoreRepository = new ScoreRepository() {
    @Override
    public void save(Score score) {
      assertThat(inUnit).as("a score is saved inside the use case's unit of work").isTrue();
      saved.add(score);
    }

    @Override
    public Optional<Score> find(SubjectId subject, AssessmentPeriod period, RuleSetId ruleSet) {
      return Optional.empty();
    }

    @Override
    public List<Score> findByPeriod(AssessmentPeriod period) {
      return List.copyOf(saved);
    }
  };

  /** Counts the units of work the service runs; the scores must be saved inside one. */
  private final List<String> units = new ArrayList<>();
  private boolean inUnit;
  private final UnitOfWork unitOfWork = new UnitOfWork() {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      units.add("unit");
      inUnit = true;
      try {
        return work.get();
      } finally {
        inUnit = false;
      }
    }
  };

  private final ScorePartyMembersService service = new ScorePartyMembersService(
      ruleSetRepository, period -> List.copyOf(evidence), scoreRepository, unitOfWork, GradingPolicy.defaults(),
      VALIDATION.getValidator());

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  private static PartyMember member(String id, PartyMemberClass memberClass) {
    return new PartyMember(SubjectId.of(id), VillageId.of("V1"), memberClass);
  }

  @Test
  void eachClassIsScoredByItsOwnRuleSetGradedAndStored() {
    ruleSets.add(RuleSet.of("with-post/2025", "party-member/with-post", Y2025, "80", List.of(
        ScoringRule.of("visit", "走访 +5", "visit.paired-household", Map.of(), "5", null, Direction.ADD))));
    ruleSets.add(RuleSet.of("migrant/2025", "party-member/migrant", Y2025, "85", List.of()));
    evidence.add(Evidence.of("v1", "visit.paired-household", "a", LocalDate.of(2025, 5, 1), Map.of()));
    evidence.add(Evidence.of("v2", "visit.paired-household", "a", LocalDate.of(2025, 6, 1), Map.of()));

    Outcome outcome = service.score(new ScorePartyMembersCommand("c1", Y2025,
        List.of(member("a", PartyMemberClass.WITH_POST), member("b", PartyMemberClass.MIGRANT))));

    assertThat(outcome).isInstanceOfSatisfying(Graded.class, graded -> {
      assertThat(graded.results()).extracting(r -> r.member().id().value() + ":" + r.grade())
          .containsExactly("a:" + Grade.QUALIFIED, "b:" + Grade.QUALIFIED);
      assertThat(graded.results().get(0).score().total()).isEqualByComparingTo("90");
      assertThat(graded.results().get(0).cutByExcellentCap()).isTrue();
    });
    assertThat(saved).extracting(Score::ruleSet)
        .containsExactly(RuleSetId.of("with-post/2025"), RuleSetId.of("migrant/2025"));
    assertThat(units).as("one scoring, one unit of work").hasSize(1);
  }

  @Test
  void everyStoredScoreIsPublishedGradedInTheUnitOfWorkAfterItWasSaved() {
    Instant now = Instant.parse("2026-01-05T02:00:00Z");
    List<DomainEvent> published = new ArrayList<>();
    ScorePartyMembersService publishing = new ScorePartyMembersService(ruleSetRepository,
        period -> List.copyOf(evidence), scoreRepository, unitOfWork, GradingPolicy.defaults(),
        VALIDATION.getValidator(), events -> {
          assertThat(inUnit).as("events are published inside the use case's unit of work").isTrue();
          assertThat(saved).as("after the scores were saved").hasSize(2);
          published.addAll(events);
        }, CountyId.of("C1"), Clock.fixed(now, ZoneOffset.UTC));
    ruleSets.add(RuleSet.of("with-post/2025", "party-member/with-post", Y2025, "80", List.of(
        ScoringRule.of("visit", "走访 +5", "visit.paired-household", Map.of(), "5", null, Direction.ADD))));
    evidence.add(Evidence.of("v1", "visit.paired-household", "b", LocalDate.of(2025, 5, 1), Map.of()));

    publishing.score(new ScorePartyMembersCommand("c1", Y2025,
        List.of(member("b", PartyMemberClass.WITH_POST), member("a", PartyMemberClass.WITH_POST))));

    assertThat(published).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOfSatisfying(
        ScoreEvent.ScoreGraded.class, graded -> {
          assertThat(graded.county()).isEqualTo(CountyId.of("C1"));
          assertThat(graded.commandId()).isEqualTo("c1");
          assertThat(graded.at()).isEqualTo(now);
          assertThat(graded.grade()).isPresent();
          assertThat(saved).contains(graded.score());
        }));
    assertThat(published).extracting(e -> ((ScoreEvent) e).score().subject().value())
        .as("in the order the scores are stored").containsExactly("a", "b");
    assertThat(((ScoreEvent) published.get(1)).score().total()).isEqualByComparingTo("85");
  }

  @Test
  void aClassWithoutARuleSetForThePeriodIsNamedAndNothingIsStored() {
    ruleSets.add(RuleSet.of("with-post/2024", "party-member/with-post", AssessmentPeriod.year(2024), "100", List.of()));

    Outcome outcome = service.score(new ScorePartyMembersCommand("c1", Y2025,
        List.of(member("a", PartyMemberClass.WITH_POST), member("b", PartyMemberClass.ELDERLY_OR_INFIRM))));

    assertThat(outcome).isEqualTo(new MissingRuleSets(
        Set.of("party-member/elderly-or-infirm", "party-member/with-post")));
    assertThat(saved).isEmpty();
  }

  @Test
  void anInvalidCommandNamesEachField() {
    assertThatThrownBy(() -> service.score(new ScorePartyMembersCommand(null, null, List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid ScorePartyMembersCommand: ")
        .hasMessageContaining("commandId")
        .hasMessageContaining("period")
        .hasMessageContaining("members");
  }
}
