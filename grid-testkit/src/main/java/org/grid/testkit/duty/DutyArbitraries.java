package org.grid.testkit.duty;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MustAttendKind;
import org.grid.core.model.duty.TownshipDuties;
import org.grid.core.model.jurisdiction.CareTag;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.pairing.Pairer;
import org.grid.core.model.pairing.PairingPlan;
import org.grid.core.model.pairing.PairingPolicy;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamPolicy;
import org.grid.core.model.team.TeamProposer;
import org.grid.testkit.team.TeamArbitraries;
import org.grid.testkit.team.TeamScenario;

/**
 * jqwik arbitraries for duties: household registers with care tags, and duty logs of visits, collective visit
 * rounds, must-attend events and arrivals, meetings at the three levels and card issues, all within 2025 (UTC+8)
 * and naming the people, households, grids and teams of a generated township (teams proposed from an ample roster,
 * households paired by {@link Pairer}); in a log, every id names one entry ({@link #oneEntryPerId}).
 */
public final class DutyArbitraries {

  /** The offset of every generated time: China Standard Time. */
  public static final ZoneOffset CST = ZoneOffset.ofHours(8);

  /** The period of every generated scenario: the calendar year 2025 in UTC+8. */
  public static final DutyPeriod YEAR_2025 = DutyPeriod.year(2025, CST);

  private static final OffsetDateTime START = YEAR_2025.from();

  private DutyArbitraries() {}

  /**
   * Returns registers for a township: each unit's household count of households with ids {@code unit-i}, each
   * carrying none, one or two care tags.
   *
   * @param township the township
   * @return the arbitrary
   */
  public static Arbitrary<HouseholdRegister> registers(Township township) {
    int total = township.households();
    return Arbitraries.of(CareTag.class).set().ofMaxSize(2)
        .injectDuplicates(0.6)
        .list().ofSize(total)
        .map(tags -> {
          List<Household> households = new ArrayList<>();
          int n = 0;
          for (Unit unit : township.units()) {
            for (int i = 0; i < unit.households(); i++) {
              households.add(Household.of(HouseholdId.of(unit.id().value() + "-" + i), unit.id(), tags.get(n++)));
            }
          }
          return HouseholdRegister.of(township.id(), households);
        });
  }

  /**
   * Returns townships' duties: grids, teams proposed from an ample roster, a register and its pairings.
   *
   * @return townships' duties
   */
  public static Arbitrary<TownshipDuties> duties() {
    return TeamArbitraries.ampleScenarios().flatMap(scenario -> registers(scenario.township())
        .map(register -> duties(scenario, register)));
  }

  private static TownshipDuties duties(TeamScenario scenario, HouseholdRegister register) {
    List<Team> teams = TeamProposer.propose(scenario.township(), scenario.grids(), scenario.roster(),
        TeamPolicy.defaults(), START.minusMonths(1)).teams();
    PairingPlan plan = Pairer.pair(scenario.township(), register, scenario.roster(), PairingPolicy.defaults());
    return TownshipDuties.of(scenario.township().id(), scenario.grids(), teams, scenario.roster(), register,
        plan.pairings());
  }

  /**
   * Returns duties with a log of up to 300 entries in 2025.
   *
   * @return duties with a log of up to 300 entries in 2025
   */
  public static Arbitrary<DutyScenario> scenarios() {
    return duties().flatMap(duties -> logs(duties, 300).map(log -> new DutyScenario(duties, log, YEAR_2025)));
  }

  /**
   * Returns duty logs of up to {@code max} entries for the given duties, every entry in 2025.
   *
   * @param duties the duties whose people, households, grids and teams the entries name
   * @param max the most entries
   * @return the arbitrary
   */
  public static Arbitrary<ImmutableList<DutyLogEntry>> logs(TownshipDuties duties, int max) {
    return entries(duties).list().ofMaxSize(max).map(DutyArbitraries::oneEntryPerId);
  }

  /**
   * Returns a log in which every id (of a round, an event or a meeting) names one entry, as {@code DutyLogCheck}
   * asks: an entry under an id that an earlier entry of the log already uses for a different entry is left out; an
   * exact repeat stays (it counts once).
   *
   * @param log the log, not null
   * @return the log without the entries that reuse an id
   */
  public static ImmutableList<DutyLogEntry> oneEntryPerId(List<? extends DutyLogEntry> log) {
    Map<EntryId, DutyLogEntry> first = new HashMap<>();
    ImmutableList.Builder<DutyLogEntry> kept = ImmutableList.builder();
    for (DutyLogEntry entry : log) {
      EntryId id = entry instanceof DutyLogEntry.VisitRound round ? round.id()
          : entry instanceof DutyLogEntry.MustAttendEvent event ? event.id()
          : entry instanceof DutyLogEntry.Meeting meeting ? meeting.id() : null;
      if (id == null || first.computeIfAbsent(id, i -> entry).equals(entry)) {
        kept.add(entry);
      }
    }
    return kept.build();
  }

  /**
   * Returns single visits of a team member (or anyone on the roster) to a household of the register in 2025,
   * sometimes in one of the rounds {@code R0} to {@code R5}.
   *
   * @param duties the duties
   * @return the arbitrary
   */
  public static Arbitrary<DutyLogEntry> visits(TownshipDuties duties) {
    List<PersonId> people = duties.roster().people().stream().map(Person::id).toList();
    List<HouseholdId> households = duties.register().households().stream().map(Household::id).toList();
    return Combinators.combine(Arbitraries.of(people), Arbitraries.of(households), times(), rounds().injectNull(0.5))
        .as((person, household, at, round) -> DutyLogEntry.Visit.of(person, household, at, round));
  }

  private static Arbitrary<DutyLogEntry> entries(TownshipDuties duties) {
    List<ServedGrid> grids = duties.grids();
    List<Team> teams = duties.teams();
    List<PersonId> people = duties.roster().people().stream().map(Person::id).toList();
    List<HouseholdId> households = duties.register().households().stream().map(Household::id).toList();
    Arbitrary<DutyLogEntry> rounds = Combinators.combine(rounds(), Arbitraries.of(grids), times())
        .as((id, grid, at) -> new DutyLogEntry.VisitRound(id, grid.id(), at));
    Arbitrary<DutyLogEntry> events = Combinators.combine(
            Arbitraries.of("E0", "E1", "E2", "E3").map(EntryId::of), Arbitraries.of(grids),
            Arbitraries.of(MustAttendKind.class), times())
        .as((id, grid, kind, at) -> new DutyLogEntry.MustAttendEvent(id, grid.id(), kind, at));
    Arbitrary<DutyLogEntry> arrivals = Combinators.combine(
            Arbitraries.of("E0", "E1", "E2", "E3").map(EntryId::of), Arbitraries.of(people), times())
        .as((id, person, at) -> new DutyLogEntry.Attendance(id, person, at));
    Arbitrary<MeetingHost> hosts = Arbitraries.oneOf(
        Arbitraries.of(teams).map(team -> new MeetingHost.OfTeam(team.id())),
        Arbitraries.of(grids).map(grid -> new MeetingHost.OfVillage(grid.village())),
        Arbitraries.just(new MeetingHost.OfTownship(duties.township())));
    Arbitrary<DutyLogEntry> meetings = Combinators.combine(
            Arbitraries.integers().between(0, 999).map(i -> EntryId.of("M" + i)), hosts, times(),
            Arbitraries.of(people).set().ofMaxSize(4))
        .as((id, host, at, attendees) -> DutyLogEntry.Meeting.of(id, host, at, attendees));
    Arbitrary<DutyLogEntry> cards = Combinators.combine(Arbitraries.of(households), Arbitraries.of(teams),
            Arbitraries.of(CardKind.class), times())
        .as((household, team, kind, at) -> new DutyLogEntry.CardIssue(household, team.id(), kind, at));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, visits(duties)),
        net.jqwik.api.Tuple.of(1, rounds),
        net.jqwik.api.Tuple.of(1, events),
        net.jqwik.api.Tuple.of(1, arrivals),
        net.jqwik.api.Tuple.of(2, meetings),
        net.jqwik.api.Tuple.of(2, cards));
  }

  private static Arbitrary<EntryId> rounds() {
    return Arbitraries.of("R0", "R1", "R2", "R3", "R4", "R5").map(EntryId::of);
  }

  /**
   * Returns times in 2025 (UTC+8), to the minute, now and then in UTC instead.
   *
   * @return times in 2025 (UTC+8), to the minute, now and then in UTC instead
   */
  public static Arbitrary<OffsetDateTime> times() {
    return Combinators.combine(Arbitraries.integers().between(0, 365 * 24 * 60 - 1), Arbitraries.of(true, false))
        .as((minutes, utc) -> {
          OffsetDateTime at = START.plusMinutes(minutes);
          return utc ? at.withOffsetSameInstant(ZoneOffset.UTC) : at;
        });
  }
}
