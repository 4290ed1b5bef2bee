package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.LAND;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.ZONE;
import static org.grid.testkit.escalation.EscalationSamples.appliedRequest;
import static org.grid.testkit.escalation.EscalationSamples.reported;
import static org.grid.testkit.escalation.EscalationSamples.staff;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.DutyEvidence;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.RequestEvidence;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.model.TwoWayAssessment;
import org.grid.assessment.port.out.EvidenceSource;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.TeamId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Tier;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link EvidenceSource}, the port through which the assessment reads its evidence (考核依据): what
 * a county's adapter must satisfy. An adapter proves itself by a test class that extends this one, returns a fresh,
 * empty source from {@link #newSource()} and adds evidence to it in {@link #add} the way the adapter is filled:
 *
 * <pre>{@code
 * class MyEvidenceSourceTest extends AbstractEvidenceSourceContractTest<MyEvidenceSource> {
 *   protected MyEvidenceSource newSource() { return new MyEvidenceSource(dataSource); }
 *   protected void add(MyEvidenceSource source, Collection<Evidence> evidence) { source.add(evidence); }
 * }
 * }</pre>
 *
 * <p>Why a hook and not a write method on the port: the assessment only reads evidence (it counts what the duty log
 * and the request history recorded), so {@code EvidenceSource} has no write method and gets none for the tests'
 * sake; how evidence gets in is each adapter's business (a list in memory, a table a nightly job fills, a view over
 * the county's own records). The hook takes that adapter-specific way in. It is a method called any number of times
 * rather than a factory taking the evidence to preload, because adding in several calls is part of the contract:
 * evidence derived again from the same records (which {@link RequestEvidence} and {@link DutyEvidence} give the same
 * ids) must be accepted again without being doubled.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li>A period holds the evidence dated from its start, inclusive, to its end, exclusive ({@link
 *       AssessmentPeriod#contains}); each piece once, in any order. A period with nothing in it, and an empty source,
 *       give an empty list. Periods reaching beyond any stored day ({@code LocalDate.MIN} to {@code LocalDate.MAX})
 *       work.
 *   <li>Every field of every kind of evidence comes back equal: what {@link RequestEvidence} derives from a request's
 *       history, what {@link DutyEvidence} derives from missed duties and from the duty log, and hand-made evidence
 *       with Chinese, emoji, quotes, SQL, backslashes, line breaks, empty attribute values and ids as long as the
 *       derivations make them (over 300 characters). Days from 0001-01-01 to 9999-12-31 round-trip, the switch to
 *       the Gregorian calendar in October 1582 included. The order of the attributes is not part of the contract
 *       (evidence equality ignores it).
 *   <li>Ids, as the scoring engine treats them: evidence equal to evidence already stored under its id (in the same
 *       call or an earlier one) is stored once, so adding it again is harmless; evidence whose id is stored, or
 *       given earlier in the same call, with different content is refused with an {@link IllegalArgumentException},
 *       whose message names what differs but never an attribute's value (an attribute may hold free text, which is
 *       personal data), and then nothing of that call is stored. A source therefore never holds two contents under
 *       one id, which {@code ScoringEngine} would refuse when scoring.
 *   <li>Two threads adding the same evidence at once both succeed, and it is stored once.
 *   <li>Null is refused with a {@link NullPointerException} and stores nothing.
 * </ul>
 *
 * @param <S> the adapter's type
 */
public abstract class AbstractEvidenceSourceContractTest<S extends EvidenceSource> {

  private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);
  private static final AssessmentPeriod ALL_TIME = new AssessmentPeriod(LocalDate.MIN, LocalDate.MAX);
  private static final ZoneOffset CST = ZoneOffset.ofHours(8);

  private S source;

  /**
   * For the subclass that JUnit runs, which supplies the evidence source under test through {@link #newSource()} and
   * records evidence in it through {@link #add(EvidenceSource, Collection)}.
   */
  protected AbstractEvidenceSourceContractTest() {}

  /**
   * Returns a new source holding no evidence; called before every test.
   *
   * @return the source under test
   */
  protected abstract S newSource();

  /**
   * Adds evidence to a source the way the adapter is filled, for example {@code source.add(evidence)}.
   *
   * @param source a source from {@link #newSource()}
   * @param evidence the evidence, in the order given; may repeat evidence or be empty
   * @throws IllegalArgumentException (expected of the adapter) if an id is stored or given with different content;
   *     nothing of the call is stored then
   * @throws NullPointerException (expected of the adapter) if the collection or an element is null
   */
  protected abstract void add(S source, Collection<Evidence> evidence);

  @BeforeEach
  void createSource() {
    source = newSource();
  }

  private void add(Evidence... evidence) {
    add(source, Arrays.asList(evidence));
  }

  private static Evidence evidence(String id, String subject, LocalDate date) {
    return Evidence.of(id, "visit.paired-household", subject, date, Map.of("household", "H1"));
  }

  @Test
  void anEmptySourceHasNoEvidenceInAnyPeriod() {
    assertThat(source.evidence(Y2025)).isEmpty();
    assertThat(source.evidence(ALL_TIME)).isEmpty();
  }

  @Test
  void aPeriodHoldsItsFirstDayAndItsLastButNotTheDaysAround() {
    Evidence before = evidence("before", "P1", LocalDate.of(2024, 12, 31));
    Evidence first = evidence("first", "P1", LocalDate.of(2025, 1, 1));
    Evidence last = evidence("last", "P2", LocalDate.of(2025, 12, 31));
    Evidence after = evidence("after", "P2", LocalDate.of(2026, 1, 1));
    add(after, last, first, before);

    assertThat(source.evidence(Y2025)).containsExactlyInAnyOrder(first, last);
    assertThat(source.evidence(AssessmentPeriod.year(2024))).containsExactly(before);
    assertThat(source.evidence(new AssessmentPeriod(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1))))
        .containsExactly(last);
    assertThat(source.evidence(new AssessmentPeriod(LocalDate.of(2024, 12, 31), LocalDate.of(2026, 1, 2))))
        .containsExactlyInAnyOrder(before, first, last, after);
  }

  @Test
  void aPeriodWithoutEvidenceIsEmptyBetweenPeriodsWithEvidence() {
    Evidence january = evidence("jan", "P1", LocalDate.of(2025, 1, 31));
    Evidence march = evidence("mar", "P1", LocalDate.of(2025, 3, 1));
    add(january, march);

    assertThat(source.evidence(new AssessmentPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)))).isEmpty();
    assertThat(source.evidence(new AssessmentPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 2))))
        .containsExactly(march);
  }

  @Test
  void everyDayFromYearOneToYear9999RoundTripsAndBoundsBeyondThemWork() {
    List<LocalDate> days = List.of(LocalDate.of(1, 1, 1), LocalDate.of(999, 12, 31), LocalDate.of(1582, 10, 4),
        LocalDate.of(1582, 10, 10), LocalDate.of(1582, 10, 15), LocalDate.of(1899, 12, 31), LocalDate.of(1970, 1, 1),
        LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31));
    List<Evidence> dated = new ArrayList<>();
    for (LocalDate day : days) {
      dated.add(evidence("on-" + day, "P1", day));
    }
    add(source, dated);

    assertThat(source.evidence(ALL_TIME)).containsExactlyInAnyOrderElementsOf(dated);
    for (Evidence item : dated) {
      assertThat(source.evidence(new AssessmentPeriod(item.date(), item.date().plusDays(1))))
          .as("the day %s", item.date()).containsExactly(item);
    }
    assertThat(source.evidence(new AssessmentPeriod(LocalDate.MIN, LocalDate.of(1, 1, 1)))).isEmpty();
    assertThat(source.evidence(new AssessmentPeriod(LocalDate.of(10000, 1, 1), LocalDate.MAX))).isEmpty();
    assertThat(source.evidence(new AssessmentPeriod(LocalDate.of(9999, 12, 31), LocalDate.MAX)))
        .containsExactly(dated.get(dated.size() - 1));
  }

  @Test
  void everyFieldOfEveryKindOfEvidenceRoundTrips() {
    List<Evidence> all = new ArrayList<>();
    all.addAll(requestEvidence());
    all.addAll(missedDutyEvidence());
    all.addAll(dutyLogEvidence());
    all.addAll(handMadeEvidence());
    assertThat(all).extracting(Evidence::type).contains(
        TwoWayAssessment.ACCEPTED_ON_TIME, TwoWayAssessment.ACCEPTED_LATE, TwoWayAssessment.RESOLVED_ON_TIME,
        TwoWayAssessment.RESOLVED_LATE, TwoWayAssessment.ESCALATION_CAUSED, TwoWayAssessment.REOPENED,
        TwoWayAssessment.RATED, TwoWayAssessment.INFORMATION_MISSING, DutyEvidence.DUTY_MISSED,
        DutyEvidence.VISIT_PAIRED_HOUSEHOLD, DutyEvidence.VISIT_OTHER_HOUSEHOLD, DutyEvidence.MEETING_ATTENDED,
        DutyEvidence.ON_SITE_ARRIVED);
    assertThat(all).extracting(Evidence::id).doesNotHaveDuplicates();
    List<Evidence> shuffled = new ArrayList<>(all);
    Collections.reverse(shuffled);

    add(source, shuffled);

    assertThat(source.evidence(ALL_TIME)).containsExactlyInAnyOrderElementsOf(all);
    for (int year = 2024; year <= 2026; year++) {
      AssessmentPeriod period = AssessmentPeriod.year(year);
      assertThat(source.evidence(period)).as("%s", period)
          .containsExactlyInAnyOrderElementsOf(all.stream().filter(e -> period.contains(e.date())).toList());
    }
    assertThat(source.evidence(AssessmentPeriod.year(2026))).isNotEmpty();
    assertThat(source.evidence(AssessmentPeriod.year(2025))).isNotEmpty();
  }

  @Test
  void addingWhatIsStoredAgainChangesNothing() {
    List<Evidence> nightly = new ArrayList<>(requestEvidence());
    add(source, nightly);
    List<Evidence> again = new ArrayList<>(nightly);
    Collections.reverse(again);
    Evidence first = again.get(again.size() - 1);
    // The same evidence with its attributes listed in another order is the same evidence.
    Map<String, String> reordered = new LinkedHashMap<>();
    List<Map.Entry<String, String>> entries = new ArrayList<>(first.attributes().entrySet());
    Collections.reverse(entries);
    entries.forEach(entry -> reordered.put(entry.getKey(), entry.getValue()));
    again.set(again.size() - 1,
        new Evidence(first.id(), first.type(), first.subject(), first.date(), ImmutableMap.copyOf(reordered)));
    Evidence later = evidence("later", "P9", LocalDate.of(2026, 6, 1));
    again.add(later);

    add(source, again);

    List<Evidence> expected = new ArrayList<>(nightly);
    expected.add(later);
    assertThat(source.evidence(ALL_TIME)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void evidenceRepeatedExactlyInOneCallIsStoredOnce() {
    Evidence visit = evidence("v1", "P1", LocalDate.of(2025, 3, 1));
    Evidence other = evidence("v2", "P1", LocalDate.of(2025, 3, 1));

    add(visit, other, visit, visit);

    assertThat(source.evidence(Y2025)).containsExactlyInAnyOrder(visit, other);
  }

  @Test
  void anIdStoredWithOtherContentIsRefusedAndNothingOfThatCallIsStored() {
    Evidence stored = Evidence.of("E1", "visit.paired-household", "P1", LocalDate.of(2025, 3, 1),
        Map.of("household", "H1", "round", "R1"));
    add(stored);
    Evidence fresh = evidence("E2", "P1", LocalDate.of(2025, 3, 2));
    List<Evidence> conflicts = List.of(
        Evidence.of("E1", "visit.other-household", "P1", stored.date(), stored.attributes()),
        Evidence.of("E1", stored.type(), "P2", stored.date(), stored.attributes()),
        Evidence.of("E1", stored.type(), "P1", stored.date().plusDays(1), stored.attributes()),
        Evidence.of("E1", stored.type(), "P1", stored.date(), Map.of("household", "H1")),
        Evidence.of("E1", stored.type(), "P1", stored.date(), Map.of("household", "H1", "round", "R2")),
        Evidence.of("E1", stored.type(), "P1", stored.date(), Map.of("household", "H1", "round", "R1", "x", "")));

    for (Evidence conflict : conflicts) {
      assertThatThrownBy(() -> add(fresh, conflict)).as("%s", conflict)
          .isInstanceOf(IllegalArgumentException.class);
    }

    assertThat(source.evidence(ALL_TIME)).containsExactly(stored);
  }

  @Test
  void aRefusedConflictNamesWhatDiffersButNoAttributesValue() {
    Evidence stored = Evidence.of("E1", "visit.household", "P1", LocalDate.of(2025, 3, 1),
        Map.of("note", "王小明家门口漏水"));
    add(stored);
    Evidence changed = Evidence.of("E1", "visit.household", "P1", LocalDate.of(2025, 3, 1),
        Map.of("note", "李秀英 独居老人"));
    Evidence twice = Evidence.of("E2", "visit.household", "P1", LocalDate.of(2025, 3, 1),
        Map.of("note", "张伟 残疾"));
    Evidence twiceChanged = Evidence.of("E2", "visit.household", "P1", LocalDate.of(2025, 3, 1),
        Map.of("note", "张伟 精神障碍"));

    assertThatThrownBy(() -> add(changed)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("note")
        .hasMessageNotContainingAny("王小明", "李秀英", "漏水", "独居");
    assertThatThrownBy(() -> add(twice, twiceChanged)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("note")
        .hasMessageNotContainingAny("张伟", "残疾", "精神障碍");
    assertThat(source.evidence(ALL_TIME)).containsExactly(stored);
  }

  @Test
  void anIdGivenTwiceWithDifferentContentInOneCallIsRefusedAndNothingIsStored() {
    Evidence visit = evidence("v1", "P1", LocalDate.of(2025, 3, 1));
    Evidence other = evidence("v2", "P1", LocalDate.of(2025, 3, 1));
    Evidence changed = evidence("v1", "P2", LocalDate.of(2025, 3, 1));

    assertThatThrownBy(() -> add(visit, other, changed)).isInstanceOf(IllegalArgumentException.class);

    assertThat(source.evidence(ALL_TIME)).isEmpty();
  }

  @Test
  void twoThreadsAddingTheSameEvidenceAtOnceBothSucceedAndItIsStoredOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Evidence> expected = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        List<Evidence> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          batch.add(evidence("race-" + round + "-" + i, "P" + i, LocalDate.of(2025, 1 + i % 12, 1 + round)));
        }
        List<Evidence> reversed = new ArrayList<>(batch);
        Collections.reverse(reversed);

        Race.run(threads, List.<Callable<Boolean>>of(
            () -> {
              add(source, batch);
              return true;
            },
            () -> {
              add(source, reversed);
              return true;
            }));

        expected.addAll(batch);
        assertThat(source.evidence(Y2025)).as("round %d", round).containsExactlyInAnyOrderElementsOf(expected);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void nullIsRefusedAndStoresNothing() {
    Evidence visit = evidence("v1", "P1", LocalDate.of(2025, 3, 1));

    assertThatThrownBy(() -> source.evidence(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> add(source, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> add(source, Arrays.asList(visit, null))).isInstanceOf(NullPointerException.class);

    assertThat(source.evidence(ALL_TIME)).isEmpty();
  }

  /**
   * Evidence of both sides of the two-way assessment from three requests' histories. R1: escalated by the sweep
   * after a reminder (charged to the village grid), accepted by the district, suspended for missing information,
   * resolved, rated dissatisfied (reopened), resolved again and rated satisfied. R2: accepted and resolved on time.
   * R3: accepted after a reminder and resolved after its due day.
   */
  private static List<Evidence> requestEvidence() {
    int[] commands = {0};
    Supplier<CommandId> next = () -> CommandId.of("c-" + (++commands[0]));
    Function<String, RuleContext> at = time -> new RuleContext(EscalationSamples.at(time),
        EscalationSamples.CALENDAR, EscalationPolicy.defaults());
    Actor village = staff(Tier.VILLAGE_GRID, PLACE_A);
    Actor district = staff(Tier.DISTRICT_GRID, PLACE_A);
    Actor citizen = Actor.citizen(CITIZEN);

    Request r1 = reported("R1", PLACE_A, EscalationSamples.at("2026-03-02T09:00"));
    r1 = r1.onDeadlines(at.apply("2026-03-04T09:00"), LAND).orElseThrow().request(); // accept reminder
    r1 = r1.onDeadlines(at.apply("2026-03-06T09:00"), LAND).orElseThrow().request(); // auto-escalated
    r1 = appliedRequest(r1.accept(next.get(), district, PersonId.of("d-handler"), at.apply("2026-03-06T10:00")));
    r1 = appliedRequest(r1.suspend(next.get(), district, "证件缺失 'certificate' missing\nline two",
        at.apply("2026-03-09T10:00")));
    r1 = appliedRequest(r1.resume(next.get(), district, at.apply("2026-03-10T10:00")));
    r1 = appliedRequest(r1.resolve(next.get(), district, "done", at.apply("2026-03-11T10:00")));
    r1 = appliedRequest(r1.deliverFeedback(next.get(), district, "told", at.apply("2026-03-11T11:00")));
    r1 = appliedRequest(r1.rate(next.get(), citizen, Rating.DISSATISFIED, at.apply("2026-03-11T12:00")));
    r1 = appliedRequest(r1.resolve(next.get(), district, "done again", at.apply("2026-03-12T10:00")));
    r1 = appliedRequest(r1.deliverFeedback(next.get(), district, "told again", at.apply("2026-03-12T11:00")));
    r1 = appliedRequest(r1.rate(next.get(), citizen, Rating.SATISFIED, at.apply("2026-03-12T12:00")));

    Request r2 = reported("R2", PLACE_A, EscalationSamples.at("2026-03-02T09:00"));
    r2 = appliedRequest(r2.accept(next.get(), village, PersonId.of("handler"), at.apply("2026-03-02T10:00")));
    r2 = appliedRequest(r2.resolve(next.get(), village, "done", at.apply("2026-03-03T10:00")));

    Request r3 = reported("R3", PLACE_A, EscalationSamples.at("2026-03-02T09:00"));
    r3 = r3.onDeadlines(at.apply("2026-03-04T09:00"), LAND).orElseThrow().request(); // accept reminder
    r3 = appliedRequest(r3.accept(next.get(), village, PersonId.of("handler"), at.apply("2026-03-04T10:00")));
    r3 = appliedRequest(r3.resolve(next.get(), village, "done", at.apply("2026-03-20T10:00")));

    return RequestEvidence.of(List.of(r1, r2, r3), ZONE);
  }

  /** Missed duties naming a team, a household, an entry or nothing, with ids as long as the ids in them allow. */
  private static List<Evidence> missedDutyEvidence() {
    String longest = Strings.repeat("长", 61) + "-id"; // 64 characters, the most an id of grid-core has
    Map<DutyRule, Tally> tallies = new EnumMap<>(DutyRule.class);
    for (DutyRule rule : DutyRule.values()) {
      tallies.put(rule, new Tally(0, 0));
    }
    List<MissedDuty> missed = List.of(
        new MissedDuty(DutyRule.PAIRED_MONTHLY_VISIT, ImmutableList.of(PersonId.of("P001")), Optional.empty(),
            Optional.of(HouseholdId.of("T01-V04-N1-H01")), Optional.empty(), "2025-03", "0 of 1 visits"),
        new MissedDuty(DutyRule.TEAM_MONTHLY_MEETING, ImmutableList.of(PersonId.of("P001"), PersonId.of("P002")),
            Optional.of(TeamId.of("TEAM-N1")), Optional.empty(), Optional.empty(), "2025-02", "held 0 of 1"),
        new MissedDuty(DutyRule.STATIONED_CADRE_YEARLY_VISIT, ImmutableList.of(PersonId.of("P003")),
            Optional.empty(), Optional.empty(), Optional.empty(), "2025", "0 of 1"),
        new MissedDuty(DutyRule.DISTRICT_LEADER_AT_TOWNSHIP_MEETING, ImmutableList.of(PersonId.of(longest)),
            Optional.of(TeamId.of(longest)), Optional.of(HouseholdId.of(longest)), Optional.of(EntryId.of(longest)),
            "2025-11", "the longest id"));
    List<Evidence> evidence = DutyEvidence.missed(new ComplianceReport(
        DutyPeriod.year(2025, CST), ImmutableMap.copyOf(tallies), ImmutableList.copyOf(missed)));
    assertThat(evidence).anySatisfy(e -> assertThat(e.id().value()).hasSizeGreaterThan(300));
    return evidence;
  }

  /** Visits (paired, other, in a round), meetings of a team, a village and the township, and an on-site arrival. */
  private static List<Evidence> dutyLogEvidence() {
    PersonId p1 = PersonId.of("P001");
    PersonId p2 = PersonId.of("P002");
    HouseholdId h1 = HouseholdId.of("T01-V04-N1-H01");
    HouseholdId h2 = HouseholdId.of("T01-V04-N1-H02");
    OffsetDateTime lateEvening = OffsetDateTime.of(2025, 12, 31, 23, 30, 0, 0, CST);
    OffsetDateTime march = OffsetDateTime.of(2025, 3, 10, 9, 0, 0, 123_456_789, CST);
    List<DutyLogEntry> log = List.of(
        DutyLogEntry.Visit.of(p1, h1, lateEvening, null),
        DutyLogEntry.Visit.of(p1, h2, march, EntryId.of("ROUND-3")),
        DutyLogEntry.Meeting.of(EntryId.of("M1"), new MeetingHost.OfTeam(TeamId.of("TEAM-N1")), march, List.of(p1, p2)),
        DutyLogEntry.Meeting.of(EntryId.of("M2"), new MeetingHost.OfVillage(VillageId.of("T01-V04")), march,
            List.of(p2)),
        DutyLogEntry.Meeting.of(EntryId.of("M3"), new MeetingHost.OfTownship(TownshipId.of("T01")), march,
            List.of(p1)),
        new DutyLogEntry.Attendance(EntryId.of("EV1"), p2, march));
    return DutyEvidence.done(log, List.of(new Pairing(h1, p1, VillageId.of("T01-V04"))));
  }

  /** Evidence written by hand, with every kind of text a county's records hold. */
  private static List<Evidence> handMadeEvidence() {
    List<String> texts = List.of("O'Brien", "\"quoted\"", "五都村", "🌾🏔️ emoji", "'; DROP TABLE grid_evidence; --",
        "back\\slash", "%_wild%", "tab\tand\nnewline\r\n", "null", " leading and trailing ", "key=value\nother=1", "");
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      attributes.put("attribute " + i + " 属性 " + texts.get(i), texts.get(i));
    }
    attributes.put("", "an empty name");
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.of("hand/1", "type with 'quote' 和中文", "成员-P001 🌾", LocalDate.of(2025, 6, 1),
        attributes));
    evidence.add(Evidence.of("hand/2 \"quoted\" 和中文", "meeting.missed", "P001", LocalDate.of(2025, 6, 2),
        Map.of("kind", "三会一课")));
    evidence.add(Evidence.of("hand/3", "meeting.missed", "P002", LocalDate.of(2025, 6, 3), Map.of()));
    evidence.add(new Evidence(EvidenceId.of("hand/4"), "visit.round", SubjectId.of("P003"), LocalDate.of(2025, 6, 4),
        ImmutableMap.of("value", "first", "VALUE", "second")));
    return evidence;
  }
}
