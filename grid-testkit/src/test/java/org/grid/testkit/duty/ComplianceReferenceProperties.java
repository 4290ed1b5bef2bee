package org.grid.testkit.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.duty.Compliance;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MustAttendKind;
import org.grid.core.model.duty.TownshipDuties;
import org.grid.core.model.jurisdiction.CareTag;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;

/**
 * {@link Compliance} gives exactly the report of {@link ReferenceCompliance}, the straightforward computation it
 * replaced: the same tallies and the same missed duties in the same order, message for message. The logs here
 * reach past the period on both sides, mix offsets, name people, households, teams, villages and townships that
 * the duties do not know (which count for no duty), repeat entries exactly (which count once, as the entries
 * {@link DutyArbitraries#oneEntryPerId} keeps) and issue cards at the same instant in different offsets; the periods
 * include a partial one and one in another offset, and the policies one that asks for more than one of everything.
 */
class ComplianceReferenceProperties {

  private static final OffsetDateTime EARLIEST = OffsetDateTime.of(2024, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final int DAYS = 500;
  private static final List<ZoneOffset> OFFSETS = List.of(
      ZoneOffset.ofHours(8), ZoneOffset.UTC, ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(5, 45));
  private static final List<DutyPeriod> PERIODS = List.of(
      DutyArbitraries.YEAR_2025,
      DutyPeriod.year(2025, ZoneOffset.UTC),
      new DutyPeriod(OffsetDateTime.parse("2025-01-15T00:00:00+08:00"), OffsetDateTime.parse("2025-04-01T00:00:00+08:00")),
      new DutyPeriod(OffsetDateTime.parse("2024-12-01T00:00:00-05:00"), OffsetDateTime.parse("2026-01-01T00:00:00-05:00")));
  private static final DutyPolicy DEMANDING = new DutyPolicy(2, 2, 2,
      ImmutableSet.copyOf(EnumSet.allOf(CareTag.class)), ImmutableSet.of(Role.VILLAGE_CADRE), false, false,
      ImmutableMap.of(
          MustAttendKind.EMERGENCY, Duration.ofMinutes(30),
          MustAttendKind.PETITION, Duration.ofHours(24),
          MustAttendKind.URGENT_HARDSHIP, Duration.ofHours(48),
          MustAttendKind.CONSTRUCTION_PROJECT, Duration.ofHours(72)),
      2);

  record Case(TownshipDuties duties, List<DutyLogEntry> log, DutyPeriod period, DutyPolicy policy) {
    @Override
    public String toString() {
      return duties.grids().size() + " grids, " + duties.register().households().size() + " households, "
          + log.size() + " entries, " + period + ", " + (policy.equals(DEMANDING) ? "demanding" : "default")
          + " policy: " + log;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return DutyArbitraries.duties().flatMap(duties -> Combinators.combine(
            entries(duties).injectDuplicates(0.1).list().ofMaxSize(400)
                .withSizeDistribution(RandomDistribution.uniform())
                .map(log -> (List<DutyLogEntry>) DutyArbitraries.oneEntryPerId(log)),
            Arbitraries.of(PERIODS),
            Arbitraries.of(DutyPolicy.defaults(), DEMANDING))
        .as((log, period, policy) -> new Case(duties, log, period, policy)));
  }

  @Property(tries = 300)
  void agreesWithTheStraightforwardComputation(@ForAll("cases") Case c) {
    ComplianceReport expected = ReferenceCompliance.compute(c.duties(), c.log(), c.period(), c.policy());

    ComplianceReport actual = Compliance.compute(c.duties(), c.log(), c.period(), c.policy());

    assertThat(actual.tallies()).isEqualTo(expected.tallies());
    assertThat(actual.missed()).containsExactlyElementsOf(expected.missed());
    for (int i = 0; i < expected.missed().size(); i++) {
      assertThat(actual.missed().get(i).message()).isEqualTo(expected.missed().get(i).message());
      assertThat(actual.missed().get(i).toString()).isEqualTo(expected.missed().get(i).toString());
    }
    assertThat(actual).isEqualTo(expected);
  }

  /**
   * Each grid's report alone ({@link TownshipDuties#ofGrid}, over the township's whole log) holds exactly the
   * township's duties of that grid: for the rules owed per grid (rounds, the stationed cadre's visits, must-visit
   * households in rounds, must-attend events, the two cards) the grids' tallies add up to the township's and their
   * missed duties are the township's.
   */
  @Property(tries = 50)
  void eachGridAloneHoldsExactlyItsShareOfTheTownshipsGridDuties(@ForAll("cases") Case c) {
    Set<DutyRule> perGrid = EnumSet.of(DutyRule.COLLECTIVE_VISIT_ROUNDS, DutyRule.STATIONED_CADRE_YEARLY_VISIT,
        DutyRule.MUST_VISIT_IN_ROUND, DutyRule.MUST_ATTEND_ON_SITE, DutyRule.CONTACT_CARD, DutyRule.SUPERVISION_CARD);
    ComplianceReport township = Compliance.compute(c.duties(), c.log(), c.period(), c.policy());
    Map<DutyRule, Tally> sums = new EnumMap<>(DutyRule.class);
    List<MissedDuty> missed = new ArrayList<>();
    for (GridId grid : c.duties().grids().stream().map(ServedGrid::id).distinct().toList()) {
      ComplianceReport alone = Compliance.compute(c.duties().ofGrid(grid), c.log(), c.period(), c.policy());
      for (DutyRule rule : perGrid) {
        sums.merge(rule, alone.tally(rule), Tally::plus);
      }
      alone.missed().stream().filter(m -> perGrid.contains(m.rule())).forEach(missed::add);
    }

    for (DutyRule rule : perGrid) {
      assertThat(sums.get(rule)).as(rule.name()).isEqualTo(township.tally(rule));
    }
    assertThat(missed).containsExactlyInAnyOrderElementsOf(
        township.missed().stream().filter(m -> perGrid.contains(m.rule())).toList());
  }

  @Property(tries = 50)
  void bothRefuseOneIdForTwoDifferentEntries(@ForAll("cases") Case c) {
    List<DutyLogEntry> log = new ArrayList<>(c.log());
    ServedGrid grid = c.duties().grids().get(0);
    log.add(new DutyLogEntry.VisitRound(EntryId.of("R0"), grid.id(), EARLIEST));
    log.add(new DutyLogEntry.VisitRound(EntryId.of("R0"), grid.id(), EARLIEST.plusDays(1)));

    assertThatThrownBy(() -> ReferenceCompliance.compute(c.duties(), log, c.period(), c.policy()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Compliance.compute(c.duties(), log, c.period(), c.policy()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id R0 names two different entries");
  }

  private static Arbitrary<DutyLogEntry> entries(TownshipDuties duties) {
    Arbitrary<PersonId> people = Arbitraries.oneOf(
        Arbitraries.of(duties.roster().people().stream().map(Person::id).toList()),
        Arbitraries.just(PersonId.of("stranger")));
    List<HouseholdId> registered = duties.register().households().stream().map(Household::id).toList();
    Arbitrary<HouseholdId> households = Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.of(registered)), Tuple.of(1, Arbitraries.just(HouseholdId.of("nowhere-0"))));
    Arbitrary<GridId> grids = Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.of(duties.grids().stream().map(ServedGrid::id).toList())),
        Tuple.of(1, Arbitraries.just(GridId.of("NO-GRID"))));
    Arbitrary<TeamId> teams = Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.of(duties.teams().stream().map(Team::id).toList())),
        Tuple.of(1, Arbitraries.just(TeamId.of("NO-TEAM"))));
    Arbitrary<EntryId> rounds = Arbitraries.of("R0", "R1", "R2", "R3", "R4", "R5").map(EntryId::of);
    Arbitrary<EntryId> events = Arbitraries.of("E0", "E1", "E2", "E3").map(EntryId::of);
    // visits and cards that can do a duty: a grid team member to a household of the grid, a pairer to a paired
    // household, a card of the household's own grid team
    List<Duty> owed = owed(duties);
    Arbitrary<DutyLogEntry> visits = Arbitraries.oneOf(
        Combinators.combine(people, households, times(), rounds.injectNull(0.5)).as(DutyLogEntry.Visit::of),
        Combinators.combine(Arbitraries.of(owed), times(), rounds.injectNull(0.5))
            .as((duty, at, round) -> DutyLogEntry.Visit.of(duty.person(), duty.household(), at, round)));
    Arbitrary<DutyLogEntry> roundEntries = Combinators.combine(rounds, grids, times())
        .as(DutyLogEntry.VisitRound::new);
    Arbitrary<DutyLogEntry> eventEntries = Combinators.combine(events, grids, Arbitraries.of(MustAttendKind.class),
        times()).as(DutyLogEntry.MustAttendEvent::new);
    Arbitrary<DutyLogEntry> arrivals = Combinators.combine(events, people, times())
        .as(DutyLogEntry.Attendance::new);
    Arbitrary<MeetingHost> hosts = Arbitraries.oneOf(
        teams.map(MeetingHost.OfTeam::new),
        Arbitraries.of(duties.grids().stream().map(ServedGrid::village).toList()).map(MeetingHost.OfVillage::new),
        Arbitraries.just(new MeetingHost.OfVillage(VillageId.of("NO-VILLAGE"))),
        Arbitraries.just(new MeetingHost.OfTownship(duties.township())),
        Arbitraries.just(new MeetingHost.OfTownship(TownshipId.of("T9"))));
    Arbitrary<DutyLogEntry> meetings = Combinators.combine(
            Arbitraries.integers().between(0, 99).map(i -> EntryId.of("M" + i)), hosts, times(),
            people.set().ofMaxSize(4))
        .as(DutyLogEntry.Meeting::of);
    Arbitrary<DutyLogEntry> cards = Arbitraries.oneOf(
        Combinators.combine(households, teams, Arbitraries.of(CardKind.class), times())
            .as(DutyLogEntry.CardIssue::new),
        Combinators.combine(Arbitraries.of(owed).filter(duty -> duty.team() != null), Arbitraries.of(CardKind.class),
                times())
            .as((duty, kind, at) -> new DutyLogEntry.CardIssue(duty.household(), duty.team(), kind, at)));
    return Arbitraries.frequencyOf(
        Tuple.of(6, visits),
        Tuple.of(1, roundEntries),
        Tuple.of(1, eventEntries),
        Tuple.of(2, arrivals),
        Tuple.of(2, meetings),
        Tuple.of(3, cards));
  }

  /** A person who owes a household visits, and the grid team whose card the household holds (null for a pairer). */
  record Duty(PersonId person, HouseholdId household, TeamId team) {}

  private static List<Duty> owed(TownshipDuties duties) {
    List<Duty> owed = new ArrayList<>();
    for (ServedGrid grid : duties.grids()) {
      for (Team team : duties.teams()) {
        if (team.scope() instanceof TeamScope.VillageGrid scope && scope.grid().equals(grid.id())) {
          for (Household household : duties.register().households()) {
            if (grid.units().contains(household.unit())) {
              team.members().forEach(member -> owed.add(new Duty(member, household.id(), team.id())));
            }
          }
        }
      }
    }
    for (Pairing pairing : duties.pairings()) {
      owed.add(new Duty(pairing.pairer(), pairing.household(), null));
    }
    if (owed.isEmpty()) {
      PersonId someone = PersonId.of("stranger");
      owed.add(new Duty(someone, HouseholdId.of("nowhere-0"), null));
    }
    return owed;
  }

  /**
   * Returns times from November 2024 to March 2026 in one of four offsets, to the minute, sometimes with
   * nanoseconds; now and then one of a few instants that many entries share.
   */
  private static Arbitrary<OffsetDateTime> times() {
    Arbitrary<OffsetDateTime> any = Combinators.combine(
            Arbitraries.integers().between(0, DAYS * 24 * 60 - 1), Arbitraries.integers().between(0, 999_999_999),
            Arbitraries.of(true, false))
        .as((minutes, nanos, whole) -> EARLIEST.plusMinutes(minutes).plusNanos(whole ? 0 : nanos));
    Arbitrary<OffsetDateTime> shared = Arbitraries.of(
        OffsetDateTime.parse("2024-12-31T16:00:00Z"), OffsetDateTime.parse("2025-03-31T16:00:00Z"),
        OffsetDateTime.parse("2025-06-15T02:00:00Z"), OffsetDateTime.parse("2025-12-31T16:00:00Z"),
        OffsetDateTime.parse("2026-01-01T05:00:00Z"));
    return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(4, any), Tuple.of(1, shared)), Arbitraries.of(OFFSETS))
        .as((at, offset) -> at.withOffsetSameInstant(offset));
  }
}
