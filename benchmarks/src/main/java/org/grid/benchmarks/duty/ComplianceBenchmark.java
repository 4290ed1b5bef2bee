package org.grid.benchmarks.duty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.duty.Compliance;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.duty.TownshipDuties;
import org.grid.benchmarks.HouseholdRegisters;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.pairing.Pairer;
import org.grid.core.model.pairing.PairingPolicy;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamPolicy;
import org.grid.core.model.team.TeamProposer;
import org.grid.testkit.partition.TownshipGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Duty compliance of a county-sized year (issue 4): about 100,000 households in one register, 5,000 people on the
 * roster, teams proposed for every grid of a generated township planned by the partition planner, households
 * paired, and a log of {@code entries} entries in 2025: six collective visit rounds per grid, then visits (a third
 * of them in a round), team meetings and card issues at random. The target is under 2 s for 2,000,000 entries, growing linearly with the log.
 * The township, roster, register and log are built once per trial ({@link #setUp()}), so only the computation is
 * timed. The visitors and households of the log are drawn at random, so few visits count for any duty and about
 * 309,000 duties are missed at 2,000,000 entries: a worst case for the missed-duty list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ComplianceBenchmark {

  private static final ZoneOffset CST = ZoneOffset.ofHours(8);
  private static final DutyPeriod YEAR = DutyPeriod.year(2025, CST);
  private static final int PEOPLE = 5_000;

  @Param({"500000", "1000000", "2000000"})
  int entries;

  private TownshipDuties duties;
  private List<DutyLogEntry> log;

  @Setup(Level.Trial)
  public void setUp() {
    Township township = TownshipGenerator.generate(150, 20_251_128L);
    Plan plan = PartitionPlanner.create().plan(township, PartitionPolicy.defaults()).plan();
    List<ServedGrid> grids = new ArrayList<>();
    for (District district : plan.districts()) {
      for (GridId id : district.grids()) {
        Grid grid = plan.grids().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
        grids.add(ServedGrid.of(grid.id(), grid.village(), grid.units(), district.id()));
      }
    }
    SplittableRandom random = new SplittableRandom(2025);
    Roster roster = roster(township, grids, random);
    OffsetDateTime start = YEAR.from();
    List<Team> teams = TeamProposer.propose(township, grids, roster, TeamPolicy.defaults(), start.minusMonths(1))
        .teams();
    HouseholdRegister register = HouseholdRegisters.generate(township, random);
    duties = TownshipDuties.of(township.id(), grids, teams, roster,
        register, Pairer.pair(township, register, roster, PairingPolicy.defaults()).pairings());
    log = log(register, roster, grids, teams, random, start);
  }

  /** Computes the year's compliance from the whole log; missed duties' messages are left unbuilt. */
  @Benchmark
  public ComplianceReport countyYear() {
    return Compliance.compute(duties, log, YEAR, DutyPolicy.defaults());
  }

  /**
   * Computes the year's compliance and reads every missed duty's message, as a report printed in full would: the
   * messages are built on first use, so {@link #countyYear()} alone does not pay for them.
   *
   * @return the total length of the messages
   */
  @Benchmark
  public long countyYearWithMessages() {
    long length = 0;
    for (MissedDuty missed : Compliance.compute(duties, log, YEAR, DutyPolicy.defaults()).missed()) {
      length += missed.message().length();
    }
    return length;
  }

  private static Roster roster(Township township, List<ServedGrid> grids, SplittableRandom random) {
    List<Person> people = new ArrayList<>();
    for (Village village : township.villages()) {
      long villageGrids = grids.stream().filter(g -> g.village().equals(village.id())).count();
      add(people, village.id(), Role.VILLAGE_PARTY_SECRETARY, 1, PartyMembership.WITH_POST);
      add(people, village.id(), Role.VILLAGE_STATIONED_CADRE, (int) villageGrids, PartyMembership.WITH_POST);
      add(people, village.id(), Role.VILLAGE_CADRE, (int) villageGrids * 4, PartyMembership.WITHOUT_POST);
      add(people, village.id(), Role.VILLAGER_REPRESENTATIVE, (int) villageGrids, PartyMembership.NONE);
    }
    long districts = grids.stream().map(ServedGrid::district).distinct().count();
    add(people, null, Role.TOWNSHIP_LEADERSHIP_MEMBER, (int) districts, PartyMembership.WITH_POST);
    add(people, null, Role.RESPONSIBLE_POLICE_OFFICER, (int) districts * 4, PartyMembership.NONE);
    add(people, null, Role.TOWNSHIP_CENTRE_HEAD, 1, PartyMembership.WITH_POST);
    add(people, null, Role.CONVENIENCE_SERVICE_CENTRE_STAFF, 4, PartyMembership.NONE);
    List<Village> villages = township.villages();
    while (people.size() < PEOPLE) {
      Village village = villages.get(random.nextInt(villages.size()));
      add(people, village.id(), Role.RURAL_PARTY_MEMBER, 1, PartyMembership.WITHOUT_POST);
    }
    return Roster.of(township.id(), people);
  }

  private static void add(List<Person> people, VillageId village, Role role, int count, PartyMembership party) {
    for (int i = 0; i < count; i++) {
      String id = "P" + people.size();
      people.add(Person.of(PersonId.of(id), "人" + id, village, party, List.of(role)));
    }
  }

  private List<DutyLogEntry> log(HouseholdRegister register, Roster roster, List<ServedGrid> grids, List<Team> teams,
      SplittableRandom random, OffsetDateTime start) {
    List<Household> households = register.households();
    List<Person> people = roster.people();
    List<DutyLogEntry> entries = new ArrayList<>(this.entries);
    int minutes = 365 * 24 * 60;
    // Each grid holds six collective visit rounds a year, as a real log would record them: once each.
    List<EntryId> rounds = new ArrayList<>();
    for (ServedGrid grid : grids) {
      for (int r = 0; r < 6; r++) {
        EntryId round = EntryId.of(grid.id().value() + "-R" + r);
        rounds.add(round);
        entries.add(new DutyLogEntry.VisitRound(round, grid.id(), start.plusDays(30 + r * 55L)));
      }
    }
    for (int i = entries.size(); i < this.entries; i++) {
      OffsetDateTime at = start.plusMinutes(random.nextInt(minutes));
      int kind = random.nextInt(100);
      if (kind < 80) {
        EntryId round = random.nextInt(3) == 0 ? rounds.get(random.nextInt(rounds.size())) : null;
        entries.add(DutyLogEntry.Visit.of(people.get(random.nextInt(people.size())).id(),
            households.get(random.nextInt(households.size())).id(), at, round));
      } else if (kind < 90) {
        Team team = teams.get(random.nextInt(teams.size()));
        entries.add(DutyLogEntry.Meeting.of(EntryId.of("M" + i), new MeetingHost.OfTeam(team.id()), at,
            List.of(people.get(random.nextInt(people.size())).id())));
      } else {
        Team team = teams.get(random.nextInt(teams.size()));
        entries.add(new DutyLogEntry.CardIssue(households.get(random.nextInt(households.size())).id(), team.id(),
            random.nextBoolean() ? CardKind.CONTACT : CardKind.SUPERVISION, at));
      }
    }
    return entries;
  }
}
