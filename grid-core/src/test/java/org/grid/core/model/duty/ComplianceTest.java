package org.grid.core.model.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.core.model.jurisdiction.CareTag;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.junit.jupiter.api.Test;

class ComplianceTest {

  private static final ZoneOffset CST = ZoneOffset.ofHours(8);
  private static final TownshipId T = TownshipId.of("T1");
  private static final VillageId V = VillageId.of("V1");
  private static final UnitId U = UnitId.of("V1-G1");
  private static final GridId G = GridId.of("V1-N1");
  private static final TeamId TEAM = TeamId.of("TEAM-V1-N1");
  private static final PersonId SECRETARY = PersonId.of("sec");
  private static final PersonId CADRE = PersonId.of("cadre");
  private static final PersonId VC = PersonId.of("vc");
  private static final HouseholdId PLAIN = HouseholdId.of("h-plain");
  private static final HouseholdId HARD = HouseholdId.of("h-hard");
  private static final DutyPeriod Y2025 = DutyPeriod.year(2025, CST);

  private static OffsetDateTime at(String date) {
    return OffsetDateTime.parse(date + "T10:00:00+08:00");
  }

  private static TownshipDuties duties() {
    Roster roster = Roster.of(T, List.of(
        Person.of(SECRETARY, "书记", V, PartyMembership.WITH_POST, List.of(Role.VILLAGE_PARTY_SECRETARY)),
        Person.of(CADRE, "驻村干部", V, PartyMembership.NONE, List.of(Role.VILLAGE_STATIONED_CADRE)),
        Person.of(VC, "村干部", V, PartyMembership.NONE, List.of(Role.VILLAGE_CADRE))));
    Team team = Team.of(TEAM, T, new TeamScope.VillageGrid(G, V), SECRETARY, Set.of(CADRE, VC), Set.of(), CADRE,
        Map.of(), at("2024-12-01"));
    HouseholdRegister register = HouseholdRegister.of(T, List.of(
        Household.of(PLAIN, U, List.of()), Household.of(HARD, U, List.of(CareTag.HARDSHIP))));
    return TownshipDuties.of(T, List.of(ServedGrid.of(G, V, List.of(U), DistrictId.of("D1"))), List.of(team), roster,
        register, List.of(new Pairing(HARD, VC, V), new Pairing(PLAIN, VC, V)));
  }

  /** A log in which every duty of 2025 is done. */
  private static List<DutyLogEntry> fullLog() {
    List<DutyLogEntry> log = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      EntryId round = EntryId.of("R" + q);
      OffsetDateTime start = at("2025-01-15").plusMonths(3L * q);
      log.add(new DutyLogEntry.VisitRound(round, G, start));
      log.add(DutyLogEntry.Visit.of(CADRE, HARD, start.plusDays(1), round));
    }
    log.add(DutyLogEntry.Visit.of(CADRE, PLAIN, at("2025-06-01"), null));
    for (int m = 1; m <= 12; m++) {
      OffsetDateTime day = at(String.format("2025-%02d-05", m));
      log.add(DutyLogEntry.Visit.of(VC, HARD, day, null));
      log.add(DutyLogEntry.Meeting.of(EntryId.of("TM" + m), new MeetingHost.OfTeam(TEAM), day, List.of()));
      log.add(DutyLogEntry.Meeting.of(EntryId.of("VM" + m), new MeetingHost.OfVillage(V), day, List.of()));
      log.add(DutyLogEntry.Meeting.of(EntryId.of("SM" + m), new MeetingHost.OfTownship(T), day, List.of()));
    }
    log.add(new DutyLogEntry.MustAttendEvent(EntryId.of("E1"), G, MustAttendKind.EMERGENCY, at("2025-07-01")));
    log.add(new DutyLogEntry.Attendance(EntryId.of("E1"), VC, at("2025-07-01").plusMinutes(90)));
    for (HouseholdId h : List.of(PLAIN, HARD)) {
      for (CardKind kind : CardKind.values()) {
        log.add(new DutyLogEntry.CardIssue(h, TEAM, kind, at("2024-12-02")));
      }
    }
    return log;
  }

  /**
   * A period longer than the computation counts months for is refused at once, before a month of it is listed: the
   * longest that an OffsetDateTime holds (two billion years) would otherwise be walked month by month, and its
   * month numbers would overflow an int.
   */
  @Test
  void aPeriodOfTooManyMonthsIsRefusedAtOnce() {
    assertThatThrownBy(() -> Compliance.compute(duties(), fullLog(),
        new DutyPeriod(OffsetDateTime.MIN, OffsetDateTime.MAX), DutyPolicy.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("must lie within the years -999999998 to 999999998");
    DutyPeriod farFuture = new DutyPeriod(OffsetDateTime.parse("+999990000-01-01T00:00:00+08:00"),
        OffsetDateTime.parse("+999999000-01-01T00:00:00+08:00"));

    for (DutyPeriod period : List.of(farFuture, new DutyPeriod(at("2025-01-01"), at("7525-01-01")))) {
      assertThatThrownBy(() -> Compliance.compute(duties(), fullLog(), period, DutyPolicy.defaults()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("spans more than 65536 months");
    }
  }

  /** Months are counted in longs: a short period in the year 900,000,000 is computed, not garbled by overflow. */
  @Test
  void aShortPeriodFarAwayIsComputed() {
    DutyPeriod far = DutyPeriod.year(900_000_000, CST);
    List<DutyLogEntry> log = List.of(DutyLogEntry.Meeting.of(EntryId.of("TM3"), new MeetingHost.OfTeam(TEAM),
        OffsetDateTime.of(900_000_000, 3, 5, 10, 0, 0, 0, CST), List.of()));

    ComplianceReport report = Compliance.compute(duties(), log, far, DutyPolicy.defaults());

    assertThat(report.tally(DutyRule.TEAM_MONTHLY_MEETING)).isEqualTo(new Tally(12, 1));
  }

  @Test
  void aFullLogMissesNothing() {
    ComplianceReport report = Compliance.compute(duties(), fullLog(), Y2025, DutyPolicy.defaults());

    assertThat(report.missed()).isEmpty();
    assertThat(report.tally(DutyRule.COLLECTIVE_VISIT_ROUNDS)).isEqualTo(new Tally(4, 4));
    assertThat(report.tally(DutyRule.STATIONED_CADRE_YEARLY_VISIT)).isEqualTo(new Tally(2, 2));
    assertThat(report.tally(DutyRule.PAIRED_MONTHLY_VISIT)).isEqualTo(new Tally(12, 12));
    assertThat(report.tally(DutyRule.MUST_VISIT_IN_ROUND)).isEqualTo(new Tally(4, 4));
    assertThat(report.tally(DutyRule.MUST_ATTEND_ON_SITE)).isEqualTo(new Tally(1, 1));
    assertThat(report.tally(DutyRule.TEAM_MONTHLY_MEETING)).isEqualTo(new Tally(12, 12));
    assertThat(report.tally(DutyRule.CONTACT_CARD)).isEqualTo(new Tally(2, 2));
    assertThat(report.overall().ratio()).isEqualTo(1.0);
  }

  @Test
  void eachMissedDutyIsNamed() {
    List<DutyLogEntry> log = new ArrayList<>(fullLog());
    log.removeIf(e -> e instanceof DutyLogEntry.VisitRound r && r.id().value().equals("R3"));
    log.removeIf(e -> e instanceof DutyLogEntry.Visit v && v.household().equals(HARD) && v.visitor().equals(VC)
        && v.at().getMonthValue() == 3);
    log.removeIf(e -> e instanceof DutyLogEntry.Visit v && v.household().equals(PLAIN));
    log.removeIf(e -> e instanceof DutyLogEntry.Meeting m && m.id().value().equals("VM4"));
    log.removeIf(e -> e instanceof DutyLogEntry.Attendance);
    log.add(new DutyLogEntry.Attendance(EntryId.of("E1"), VC, at("2025-07-01").plusHours(3)));

    ComplianceReport report = Compliance.compute(duties(), log, Y2025, DutyPolicy.defaults());

    assertThat(report.missed()).extracting(MissedDuty::rule).containsExactlyInAnyOrder(
        DutyRule.COLLECTIVE_VISIT_ROUNDS, DutyRule.STATIONED_CADRE_YEARLY_VISIT, DutyRule.PAIRED_MONTHLY_VISIT,
        DutyRule.MUST_ATTEND_ON_SITE, DutyRule.VILLAGE_MONTHLY_MEETING);
    assertThat(report.missed()).filteredOn(m -> m.rule() == DutyRule.PAIRED_MONTHLY_VISIT).singleElement()
        .satisfies(m -> {
          assertThat(m.who()).containsExactly(VC);
          assertThat(m.household()).contains(HARD);
          assertThat(m.period()).isEqualTo("2025-03");
        });
    assertThat(report.missed()).filteredOn(m -> m.rule() == DutyRule.STATIONED_CADRE_YEARLY_VISIT).singleElement()
        .satisfies(m -> assertThat(m.message()).contains("h-plain").contains("驻村干部").contains("2025"));
    assertThat(report.missed()).filteredOn(m -> m.rule() == DutyRule.COLLECTIVE_VISIT_ROUNDS).singleElement()
        .satisfies(m -> assertThat(m.message()).contains("held 3 of 4"));
    assertThat(report.missed()).filteredOn(m -> m.rule() == DutyRule.MUST_ATTEND_ON_SITE).singleElement()
        .satisfies(m -> assertThat(m.entry()).contains(EntryId.of("E1")));
    assertThat(report.tally(DutyRule.MUST_VISIT_IN_ROUND)).isEqualTo(new Tally(3, 3));
  }

  @Test
  void aRoundRecordedTwiceUnderItsIdCountsOnce() {
    List<DutyLogEntry> log = new ArrayList<>(fullLog());
    log.removeIf(e -> e instanceof DutyLogEntry.VisitRound r && r.id().value().equals("R3"));
    DutyLogEntry.VisitRound first = (DutyLogEntry.VisitRound) log.stream()
        .filter(e -> e instanceof DutyLogEntry.VisitRound).findFirst().orElseThrow();
    log.add(first);

    ComplianceReport report = Compliance.compute(duties(), log, Y2025, DutyPolicy.defaults());

    assertThat(report.tally(DutyRule.COLLECTIVE_VISIT_ROUNDS)).isEqualTo(new Tally(4, 3));
    assertThat(report.tally(DutyRule.MUST_VISIT_IN_ROUND)).isEqualTo(new Tally(3, 3));
  }

  @Test
  void anEventOrMeetingRecordedTwiceUnderItsIdCountsOnce() {
    List<DutyLogEntry> log = new ArrayList<>(fullLog());
    log.add(new DutyLogEntry.MustAttendEvent(EntryId.of("E1"), G, MustAttendKind.EMERGENCY, at("2025-07-01")));
    log.removeIf(e -> e instanceof DutyLogEntry.Meeting m && m.id().value().equals("TM2"));
    log.add(DutyLogEntry.Meeting.of(EntryId.of("TM1"), new MeetingHost.OfTeam(TEAM), at("2025-01-05"), List.of()));
    DutyPolicy twoMeetings = new DutyPolicy(DutyPolicy.defaults().collectiveRoundsPerYear(),
        DutyPolicy.defaults().stationedCadreVisitsPerYear(), DutyPolicy.defaults().pairedVisitsPerMonth(),
        DutyPolicy.defaults().monthlyVisitTags(), DutyPolicy.defaults().monthlyVisitRoles(),
        DutyPolicy.defaults().monthlyVisitByPartyMembers(), DutyPolicy.defaults().mustVisitEveryRound(),
        DutyPolicy.defaults().onSiteLimits(), 2);

    ComplianceReport report = Compliance.compute(duties(), log, Y2025, twoMeetings);

    assertThat(report.tally(DutyRule.MUST_ATTEND_ON_SITE)).isEqualTo(new Tally(1, 1));
    assertThat(report.missed()).filteredOn(m -> m.rule() == DutyRule.TEAM_MONTHLY_MEETING)
        .extracting(MissedDuty::period).contains("2025-01", "2025-02");
  }

  @Test
  void oneIdForTwoDifferentEntriesIsRefusedNamingTheId() {
    List<DutyLogEntry> log = new ArrayList<>(fullLog());
    log.add(new DutyLogEntry.VisitRound(EntryId.of("R0"), G, at("2025-11-20")));

    assertThatThrownBy(() -> Compliance.compute(duties(), log, Y2025, DutyPolicy.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("R0")
        .hasMessageContaining("two different entries");
  }

  @Test
  void aRoundVisitByAPersonOnNoRosterDoesNotDoTheMustVisitDuty() {
    List<DutyLogEntry> log = new ArrayList<>(fullLog());
    log.removeIf(e -> e instanceof DutyLogEntry.Visit v && v.round().equals(java.util.Optional.of(EntryId.of("R0"))));
    log.add(DutyLogEntry.Visit.of(PersonId.of("stranger"), HARD, at("2025-01-16"), EntryId.of("R0")));

    ComplianceReport report = Compliance.compute(duties(), log, Y2025, DutyPolicy.defaults());

    assertThat(report.tally(DutyRule.MUST_VISIT_IN_ROUND)).isEqualTo(new Tally(4, 3));
    assertThat(report.missed()).filteredOn(m -> m.rule() == DutyRule.MUST_VISIT_IN_ROUND).singleElement()
        .satisfies(m -> assertThat(m.entry()).contains(EntryId.of("R0")));
  }

  @Test
  void aChangeOfTeamPutsTheCardsOutOfDate() {
    TownshipDuties before = duties();
    Team team = before.teams().get(0);
    Team changed = new Team(team.id(), T, team.scope(), team.leader(), team.backbone(), team.others(),
        team.informationOfficer(), team.dutyRoles(), at("2025-03-01"));
    TownshipDuties after = TownshipDuties.of(T, before.grids(), List.of(changed), before.roster(), before.register(),
        before.pairings());

    ComplianceReport report = Compliance.compute(after, fullLog(), Y2025, DutyPolicy.defaults());

    assertThat(report.tally(DutyRule.CONTACT_CARD)).isEqualTo(new Tally(2, 0));
    assertThat(report.tally(DutyRule.SUPERVISION_CARD)).isEqualTo(new Tally(2, 0));
    assertThat(report.missed()).filteredOn(m -> m.rule() == DutyRule.CONTACT_CARD)
        .allSatisfy(m -> assertThat(m.message()).contains("predates the team's change"));
  }

  @Test
  void onlyWholeMonthsAndYearsAreDue() {
    DutyPeriod partial = new DutyPeriod(at("2025-01-15"), OffsetDateTime.of(2025, 4, 1, 0, 0, 0, 0, CST));

    assertThat(partial.wholeMonths()).extracting(Object::toString).containsExactly("2025-02", "2025-03");
    assertThat(partial.wholeYears()).isEmpty();
    assertThat(Y2025.wholeYears()).hasSize(1);
    ComplianceReport report = Compliance.compute(duties(), List.of(), partial, DutyPolicy.defaults());
    assertThat(report.tally(DutyRule.COLLECTIVE_VISIT_ROUNDS).due()).isZero();
    assertThat(report.tally(DutyRule.TEAM_MONTHLY_MEETING).due()).isEqualTo(2);
  }

  @Test
  void oneGridsDutiesCountOnlyThatGridOverTheTownshipsWholeLog() {
    GridId other = GridId.of("V1-N2");
    UnitId otherUnit = UnitId.of("V1-G2");
    TeamId otherTeam = TeamId.of("TEAM-V1-N2");
    HouseholdId otherHousehold = HouseholdId.of("h-other");
    TownshipDuties one = duties();
    Team second = Team.of(otherTeam, T, new TeamScope.VillageGrid(other, V), SECRETARY, Set.of(VC), Set.of(), VC,
        Map.of(), at("2024-12-01"));
    Team district = Team.of(TeamId.of("TEAM-D1"), T, new TeamScope.District(DistrictId.of("D1")), SECRETARY,
        Set.of(), Set.of(), null, Map.of(), at("2024-12-01"));
    List<Household> households = new ArrayList<>(one.register().households());
    households.add(Household.of(otherHousehold, otherUnit, List.of(CareTag.HARDSHIP)));
    List<Pairing> pairings = new ArrayList<>(one.pairings());
    pairings.add(new Pairing(otherHousehold, VC, V));
    TownshipDuties township = TownshipDuties.of(T, List.of(one.grids().get(0),
            ServedGrid.of(other, V, List.of(otherUnit), DistrictId.of("D1"))),
        List.of(one.teams().get(0), second, district), one.roster(), HouseholdRegister.of(T, households), pairings);
    // the other grid's round, event, meeting and visit, all missed or done, in the same log
    List<DutyLogEntry> log = new ArrayList<>(fullLog());
    log.add(new DutyLogEntry.VisitRound(EntryId.of("R-other"), other, at("2025-02-01")));
    log.add(new DutyLogEntry.MustAttendEvent(EntryId.of("E-other"), other, MustAttendKind.PETITION, at("2025-08-01")));
    log.add(DutyLogEntry.Meeting.of(EntryId.of("TM-other"), new MeetingHost.OfTeam(otherTeam), at("2025-03-05"),
        List.of()));
    log.add(DutyLogEntry.Visit.of(VC, otherHousehold, at("2025-03-06"), null));

    TownshipDuties alone = township.ofGrid(G);
    ComplianceReport report = Compliance.compute(alone, log, Y2025, DutyPolicy.defaults());

    assertThat(alone.grids()).extracting(ServedGrid::id).containsExactly(G);
    assertThat(alone.teams()).extracting(Team::id).containsExactly(TEAM);
    assertThat(alone.register().households()).extracting(Household::id).containsExactly(PLAIN, HARD);
    assertThat(alone.pairings()).hasSize(2);
    assertThat(report.tallies()).isEqualTo(
        Compliance.compute(duties(), fullLog(), Y2025, DutyPolicy.defaults()).tallies());
    assertThat(report.missed()).isEmpty();
    ComplianceReport otherReport = Compliance.compute(township.ofGrid(other), log, Y2025, DutyPolicy.defaults());
    assertThat(otherReport.tally(DutyRule.MUST_ATTEND_ON_SITE)).isEqualTo(new Tally(1, 0));
    assertThat(otherReport.tally(DutyRule.TEAM_MONTHLY_MEETING)).isEqualTo(new Tally(12, 1));
    assertThat(otherReport.tally(DutyRule.VILLAGE_MONTHLY_MEETING)).as("the village meets for both its grids")
        .isEqualTo(new Tally(12, 12));
    assertThat(otherReport.tally(DutyRule.PAIRED_MONTHLY_VISIT)).isEqualTo(new Tally(12, 1));
    assertThatThrownBy(() -> township.ofGrid(GridId.of("V9-N1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("V9-N1");
  }
}
