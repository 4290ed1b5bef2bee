package org.grid.examples.cli;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.adapters.json.assessment.PartyMembersJsonReader;
import org.grid.adapters.json.assessment.RuleSetsJsonReader;
import org.grid.adapters.json.escalation.ReplayLine;
import org.grid.adapters.json.escalation.RequestExportJsonReader;
import org.grid.adapters.json.escalation.Scenario;
import org.grid.adapters.json.escalation.ScenarioJsonReader;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.adapters.json.partition.PlanJsonReader;
import org.grid.adapters.json.team.RosterJsonReader;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.DutyEvidence;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberClass;
import org.grid.assessment.model.RequestEvidence;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.model.TwoWayAssessment;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Roster;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.TeamAppointments;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.TransitionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The example inputs of the {@code assess} command (examples/assess) fit the township example of {@code teams}
 * (examples/teams) and exercise what they are for: the request scenario replays with every step applied, on the
 * township's grids, by the people the teams would appoint, along every path the two-way assessment scores; the rule
 * sets and the party members read cleanly, count only evidence grid derives, and name the roster's party members.
 */
class AssessExampleDataTest {

  private static final Path ASSESS = Path.of("src/main/resources/examples/assess");
  private static final Path TEAMS = Path.of("src/main/resources/examples/teams");
  private static final AssessmentPeriod YEAR = AssessmentPeriod.year(2025);

  private static Township township;
  private static Plan plan;
  private static Roster roster;
  private static Scenario scenario;
  private static ScenarioReplay.Replayed replayed;
  private static Map<String, Request> requests;

  @BeforeAll
  static void replay() {
    township = TownshipJsonReader.create().read(TEAMS.resolve("township.json"));
    plan = PlanJsonReader.create().read(TEAMS.resolve("plan.json"));
    roster = RosterJsonReader.create(township).read(TEAMS.resolve("roster.json"));
    scenario = ScenarioJsonReader.create().read(ASSESS.resolve("requests-2025.json"));
    replayed = ScenarioReplay.replay(scenario);
    requests = replayed.requests().stream()
        .collect(Collectors.toMap(r -> r.id().value(), Function.identity()));
  }

  private static List<TransitionKind> kinds(String request) {
    return requests.get(request).history().stream().map(HistoryEntry::kind).toList();
  }

  /** The request's first history entry of a kind. */
  private static HistoryEntry entry(String request, TransitionKind kind) {
    return requests.get(request).history().stream().filter(e -> e.kind() == kind).findFirst()
        .orElseThrow(() -> new AssertionError(request + " has no " + kind));
  }

  @Test
  void every_command_of_the_scenario_is_applied_and_the_sweep_acts_only_where_a_path_needs_it() {
    List<ReplayLine> commands = replayed.log().stream().filter(l -> !l.outcome().equals("SWEPT")).toList();
    assertThat(commands).as("one line per command step").hasSize((int) scenario.steps().stream()
        .filter(s -> s.command() != null).count());
    assertThat(commands).allSatisfy(l -> assertThat(l.outcome()).as("step %d %s %s: %s", l.step(), l.command(),
        l.request(), l.detail()).isEqualTo("APPLIED"));

    assertThat(replayed.log().stream().filter(l -> l.outcome().equals("SWEPT")).map(ReplayLine::detail))
        .containsExactly(
            "T09-R02 ReminderIssued",                          // accept deadline missed
            "T09-R03 ReminderIssued",                          // accept deadline missed ...
            "T09-R03 RequestEscalated",                        // ... and the grace period: up to the district
            "T09-R08 RequestRated, T09-R08 RequestClosed",     // no rating in the window
            "T09-R09 ReminderIssued",                          // resolve deadline missed
            "T09-R10 ReminderIssued",                          // the department's resolve deadline missed ...
            "T09-R10 SupervisionAlerted");                     // ... and its grace period: 督办
  }

  @Test
  void the_requests_take_the_paths_they_were_written_for() {
    assertThat(requests.keySet()).hasSizeBetween(12, 20);
    assertThat(kinds("T09-R01")).containsExactly(TransitionKind.REPORTED, TransitionKind.ACCEPTED,
        TransitionKind.RESOLVED, TransitionKind.FEEDBACK_DELIVERED, TransitionKind.RATED, TransitionKind.CLOSED);
    assertThat(requests.get("T09-R01").finalRating()).contains(Rating.SATISFIED);

    // accepted late, after the sweep's accept reminder
    assertThat(kinds("T09-R02")).startsWith(TransitionKind.REPORTED, TransitionKind.REMINDED,
        TransitionKind.ACCEPTED);
    assertThat(entry("T09-R02", TransitionKind.REMINDED).form())
        .isInstanceOfSatisfying(Form.Reminder.class, r -> assertThat(r.missed()).isEqualTo(DeadlineKind.ACCEPT));

    // escalated automatically from the village grid, charged to it
    assertThat(kinds("T09-R03")).startsWith(TransitionKind.REPORTED, TransitionKind.REMINDED,
        TransitionKind.AUTO_ESCALATED, TransitionKind.ACCEPTED);
    HistoryEntry lapse = entry("T09-R03", TransitionKind.AUTO_ESCALATED);
    assertThat(lapse.chargedTo().tier()).isEqualTo(Tier.VILLAGE_GRID);
    assertThat(lapse.chargedTo().unit()).isEqualTo("T09-V02-N1");
    assertThat(requests.get("T09-R03").holder().tier()).isEqualTo(Tier.DISTRICT_GRID);

    // suspended for missing information on a report staff wrote, resumed, resolved
    assertThat(kinds("T09-R04")).contains(TransitionKind.SUSPENDED, TransitionKind.RESUMED, TransitionKind.CLOSED);
    assertThat(requests.get("T09-R04").history().get(0).actor()).isInstanceOf(Actor.Staff.class);
    assertThat(requests.get("T09-R04").suspendedDays()).isPositive();

    // passed up to the county office, routed, returned, re-routed, resolved by the second department
    assertThat(kinds("T09-R05")).containsSubsequence(TransitionKind.ESCALATED, TransitionKind.ESCALATED,
        TransitionKind.ESCALATED, TransitionKind.ROUTED, TransitionKind.RETURNED, TransitionKind.ROUTED,
        TransitionKind.ACCEPTED, TransitionKind.RESOLVED, TransitionKind.CLOSED);
    assertThat(requests.get("T09-R05").returnedBy()).extracting(d -> d.value()).containsExactly("natural-resources");
    assertThat(requests.get("T09-R05").holder().unit()).isEqualTo("water-resources");

    // a dissatisfied rating reopens it at the village grid; the second rating closes it
    assertThat(kinds("T09-R06")).containsSubsequence(TransitionKind.RATED, TransitionKind.REOPENED,
        TransitionKind.RESOLVED, TransitionKind.FEEDBACK_DELIVERED, TransitionKind.RATED, TransitionKind.CLOSED);
    assertThat(entry("T09-R06", TransitionKind.REOPENED).holder().tier()).isEqualTo(Tier.VILLAGE_GRID);

    // withdrawn by the villager
    assertThat(kinds("T09-R07")).endsWith(TransitionKind.WITHDRAWN);

    // no rating in the window: the sweep records none and closes
    assertThat(requests.get("T09-R08").finalRating()).contains(Rating.NO_RATING);
    assertThat(entry("T09-R08", TransitionKind.RATED).actor()).isEqualTo(Actor.SystemActor.SWEEP);

    // resolved after a resolve reminder
    assertThat(kinds("T09-R09")).containsSubsequence(TransitionKind.ACCEPTED, TransitionKind.REMINDED,
        TransitionKind.RESOLVED);

    // the department lapses: reminded, then supervised (督办) and charged
    assertThat(kinds("T09-R10")).containsSubsequence(TransitionKind.ROUTED, TransitionKind.ACCEPTED,
        TransitionKind.REMINDED, TransitionKind.SUPERVISED, TransitionKind.RESOLVED, TransitionKind.CLOSED);
    assertThat(entry("T09-R10", TransitionKind.SUPERVISED).chargedTo().unit()).isEqualTo("water-resources");

    // reported the day before the National Day holiday, accepted on the first working day after it: on time
    assertThat(kinds("T09-R11")).doesNotContain(TransitionKind.REMINDED).endsWith(TransitionKind.CLOSED);

    // passed up twice, resolved by the township office
    assertThat(requests.get("T09-R12").holder().tier()).isEqualTo(Tier.TOWNSHIP_OFFICE);
    assertThat(kinds("T09-R12")).doesNotContain(TransitionKind.REMINDED).endsWith(TransitionKind.CLOSED);

    // the village grid corrects the category (改类) and closes a second report of the same ditch (重复件)
    assertThat(kinds("T09-R16")).startsWith(TransitionKind.REPORTED, TransitionKind.RECATEGORIZED,
        TransitionKind.ACCEPTED).endsWith(TransitionKind.CLOSED);
    assertThat(requests.get("T09-R16").report().category().code()).isEqualTo("land");
    assertThat(requests.get("T09-R16").category().code()).isEqualTo("water");
    assertThat(kinds("T09-R17")).containsExactly(TransitionKind.REPORTED, TransitionKind.CLOSED_AS_DUPLICATE);
    assertThat(requests.get("T09-R17").duplicateOf()).hasValueSatisfying(
        original -> assertThat(original.value()).isEqualTo("T09-R16"));

    Set<TransitionKind> all = requests.values().stream().flatMap(r -> r.history().stream())
        .map(HistoryEntry::kind).collect(toSet());
    assertThat(all).contains(TransitionKind.REMINDED, TransitionKind.AUTO_ESCALATED, TransitionKind.SUSPENDED,
        TransitionKind.RESUMED, TransitionKind.ESCALATED, TransitionKind.ROUTED, TransitionKind.RETURNED,
        TransitionKind.REOPENED, TransitionKind.WITHDRAWN, TransitionKind.SUPERVISED, TransitionKind.CLOSED,
        TransitionKind.RECATEGORIZED, TransitionKind.CLOSED_AS_DUPLICATE);
    assertThat(requests.values()).allSatisfy(r -> assertThat(r.state().isOpen()).as(r.id().value()).isFalse());
  }

  @Test
  void the_requests_are_at_the_grids_of_the_teams_township_in_2025() {
    Set<Place> grids = plan.grids().stream().map(Grid::id).map(g -> Place.of(township, plan, g)).collect(toSet());
    assertThat(Set.copyOf(scenario.places())).isEqualTo(grids);
    assertThat(requests.values()).allSatisfy(r -> {
      assertThat(grids).contains(r.report().place());
      assertThat(r.history()).allSatisfy(e ->
          assertThat(e.at().atZone(replayed.zone()).getYear()).as(r.id().value()).isEqualTo(2025));
    });
  }

  @Test
  void the_staff_are_the_teams_appointments_and_county_clerks_and_every_actor_is_appointed() {
    TownshipRecords records;
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      records = TownshipRecords.read(TEAMS.resolve("township.json"), TEAMS.resolve("plan.json"),
          TEAMS.resolve("roster.json"), TEAMS.resolve("households.json"), null,
          OffsetDateTime.parse("2025-01-01T00:00:00+08:00"), InMemoryUnitOfWork.create(), validation.getValidator());
    }
    Set<List<Object>> teamLines = TeamAppointments.of(township, plan, records.proposal.teams()).stream()
        .map(AssessExampleDataTest::line).collect(toSet());
    Set<Tier> teamTiers = Set.of(Tier.VILLAGE_GRID, Tier.DISTRICT_GRID, Tier.TOWNSHIP_OFFICE);

    assertThat(scenario.staff().stream().filter(a -> teamTiers.contains(a.office().tier()))
        .map(AssessExampleDataTest::line).collect(toSet()))
        .as("the township's staff are the teams' appointments, as teams proposes them").isEqualTo(teamLines);
    assertThat(scenario.staff().stream().filter(a -> !teamTiers.contains(a.office().tier())))
        .extracting(a -> a.office().tier() + ":" + a.office().unit() + " " + a.role())
        .containsExactlyInAnyOrder("COUNTY_OFFICE:C1 county-office-staff",
            "DEPARTMENT:natural-resources department-staff", "DEPARTMENT:water-resources department-staff");
    assertThat(scenario.staff()).allSatisfy(a -> assertThat(a.office().county()).isEqualTo(township.county()));

    Set<PersonId> onRoster = roster.people().stream().map(Person::id).collect(toSet());
    Set<PersonId> teamStaff = scenario.staff().stream().filter(a -> teamTiers.contains(a.office().tier()))
        .map(Appointment::person).collect(toSet());
    assertThat(onRoster).containsAll(teamStaff);
    for (Request r : requests.values()) {
      for (HistoryEntry e : r.history()) {
        if (e.actor() instanceof Actor.Staff staff) {
          assertThat(scenario.staff()).as("%s: %s", r.id(), staff).anySatisfy(a -> {
            assertThat(a.person()).isEqualTo(staff.person());
            assertThat(a.office()).isEqualTo(staff.office());
            assertThat(a.role()).isEqualTo(staff.role());
          });
        }
      }
    }
  }

  /** An appointment without its term: who, where, as what. */
  private static List<Object> line(Appointment a) {
    return List.of(a.person(), a.office(), a.role());
  }

  @Test
  void the_histories_give_the_evidence_each_path_is_scored_by() {
    Set<String> evidence = RequestEvidence.of(replayed.requests(), replayed.zone()).stream()
        .map(e -> e.type() + " " + e.subject().value()
            + (e.attributes().containsKey("rating") ? " " + e.attributes().get("rating") : ""))
        .collect(toSet());

    assertThat(evidence).contains(
        "request.accepted-on-time VILLAGE_GRID:T09-V01-N1",
        "request.resolved-on-time T09-V01-P20",
        "request.accepted-late VILLAGE_GRID:T09-V01-N2",
        "request.escalation-caused VILLAGE_GRID:T09-V02-N1",
        "report.information-missing T09-V03-N1",
        "report.information-missing T09-V03-P10",
        "request.returned DEPARTMENT:natural-resources",
        "request.misrouted COUNTY_OFFICE:C1",
        "request.accepted-on-time COUNTY_OFFICE:C1",
        "request.reopened VILLAGE_GRID:T09-V02-N1",
        "request.rated VILLAGE_GRID:T09-V02-N1 dissatisfied",
        "request.withdrawn VILLAGE_GRID:T09-V01-N2",
        "report.withdrawn T09-V01-N2",
        "request.rated VILLAGE_GRID:T09-V03-N1 no-rating",
        "request.resolved-late VILLAGE_GRID:T09-V01-N1",
        "request.resolved-late T09-V01-P21",
        "request.supervised DEPARTMENT:water-resources",
        "request.resolved-on-time TOWNSHIP_OFFICE:T09",
        "request.rated T09-V01-P40 satisfied");
  }

  @Test
  void the_replay_output_the_assess_command_reads_gives_the_same_evidence(@TempDir Path dir) {
    Path out = dir.resolve("requests.json");
    StringWriter err = new StringWriter();
    CommandLine cli = GridCli.commandLine();
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("replay", "--scenario", ASSESS.resolve("requests-2025.json").toString(),
        "--out", out.toString());

    assertThat(exit).as(err.toString()).isEqualTo(GridCli.OK);
    List<Request> exported = RequestExportJsonReader.create().read(out);
    assertThat(exported).extracting(r -> r.id().value())
        .containsExactlyElementsOf(replayed.requests().stream().map(r -> r.id().value()).toList());
    assertThat(RequestEvidence.of(exported, replayed.zone()))
        .isEqualTo(RequestEvidence.of(replayed.requests(), replayed.zone()));
  }

  @Test
  void the_rule_sets_read_cover_2025_for_every_kind_and_count_only_evidence_grid_derives() {
    RuleSetCatalog catalog = RuleSetsJsonReader.create().read(ASSESS.resolve("rule-sets.json"));
    Set<String> kinds = new HashSet<>(Set.of(TwoWayAssessment.HANDLER, TwoWayAssessment.REPORTER));
    Arrays.stream(PartyMemberClass.values()).map(PartyMemberClass::subjectKind).forEach(kinds::add);
    Set<String> derived = Set.of(TwoWayAssessment.ACCEPTED_ON_TIME, TwoWayAssessment.ACCEPTED_LATE,
        TwoWayAssessment.RESOLVED_ON_TIME, TwoWayAssessment.RESOLVED_LATE, TwoWayAssessment.ESCALATION_CAUSED,
        TwoWayAssessment.REOPENED, TwoWayAssessment.RATED, TwoWayAssessment.REMINDED, TwoWayAssessment.SUPERVISED,
        TwoWayAssessment.ON_SITE_LAPSED, TwoWayAssessment.RETURNED, TwoWayAssessment.MISROUTED,
        TwoWayAssessment.WITHDRAWN, TwoWayAssessment.REPORT_WITHDRAWN, TwoWayAssessment.INFORMATION_MISSING,
        TwoWayAssessment.CATEGORY_CHANGED, TwoWayAssessment.DUPLICATE, DutyEvidence.DUTY_MISSED, DutyEvidence.VISIT_PAIRED_HOUSEHOLD, DutyEvidence.VISIT_OTHER_HOUSEHOLD,
        DutyEvidence.MEETING_ATTENDED, DutyEvidence.ON_SITE_ARRIVED);
    Set<String> ratings = Arrays.stream(Rating.values()).map(RequestEvidence::ratingText).collect(toSet());
    Set<String> dutyRules = Arrays.stream(DutyRule.values()).map(Enum::name).collect(toSet());

    assertThat(catalog.ruleSets()).extracting(RuleSet::subjectKind).containsExactlyInAnyOrderElementsOf(kinds);
    for (String kind : kinds) {
      RuleSet set = catalog.ruleSetFor(kind, YEAR).orElseThrow(() -> new AssertionError("no rule set for " + kind));
      assertThat(set.rules()).as(kind).isNotEmpty();
      for (ScoringRule rule : set.rules()) {
        String where = kind + " " + rule.id();
        assertThat(rule.pointsPerOccurrence().stripTrailingZeros().scale()).as(where).isLessThanOrEqualTo(2);
        rule.capPerPeriod().ifPresent(c -> assertThat(c.stripTrailingZeros().scale()).as(where).isLessThanOrEqualTo(2));
        assertThat(rule.description()).as(where).containsPattern("\\p{IsHan}").containsPattern("[a-z]{3,}");
        assertThat(derived).as(where).contains(rule.counts());
        rule.filter().forEach((key, value) -> {
          if (key.equals("rating")) {
            assertThat(ratings).as(where).contains(value);
          } else {
            assertThat(key).as(where).isEqualTo("rule");
            assertThat(dutyRules).as(where).contains(value);
          }
        });
      }
      assertThat(set.base().stripTrailingZeros().scale()).as(kind).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void the_two_way_rule_sets_score_the_scenario_s_paths() {
    RuleSetCatalog catalog = RuleSetsJsonReader.create().read(ASSESS.resolve("rule-sets.json"));
    List<Evidence> evidence = RequestEvidence.of(replayed.requests(), replayed.zone());
    Set<String> unexercised = Set.of("on-site-lapsed");
    for (String kind : List.of(TwoWayAssessment.HANDLER, TwoWayAssessment.REPORTER)) {
      for (ScoringRule rule : catalog.ruleSetFor(kind, YEAR).orElseThrow().rules()) {
        if (!unexercised.contains(rule.id().value())) {
          assertThat(evidence).as("%s %s", kind, rule.id()).anyMatch(rule::counts);
        }
      }
    }
  }

  @Test
  void the_party_members_are_the_roster_s_party_members_with_their_village_and_class() {
    List<PartyMember> members = PartyMembersJsonReader.create().read(ASSESS.resolve("party-members.json"));
    Map<String, Person> people = roster.people().stream().collect(Collectors.toMap(p -> p.id().value(),
        Function.identity()));

    assertThat(members).extracting(m -> m.id().value()).containsExactlyInAnyOrderElementsOf(
        roster.people().stream().filter(p -> p.party().isMember()).map(p -> p.id().value()).toList());
    assertThat(members).allSatisfy(m -> {
      Person person = people.get(m.id().value());
      assertThat(person).as("%s on the roster", m.id()).isNotNull();
      assertThat(m.memberClass().name()).as(m.id().value()).isEqualTo(person.party().name());
      assertThat(m.village().value()).as(m.id().value())
          .isEqualTo(person.homeVillage().map(v -> v.value()).orElse(township.id().value()));
    });
  }
}
