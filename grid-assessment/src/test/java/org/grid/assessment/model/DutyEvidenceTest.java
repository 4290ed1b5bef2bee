package org.grid.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.TeamId;
import org.junit.jupiter.api.Test;

class DutyEvidenceTest {

  static final ZoneOffset CST = ZoneOffset.ofHours(8);
  static final DutyPeriod Y2025 = DutyPeriod.year(2025, CST);
  static final PersonId P1 = PersonId.of("P001");
  static final PersonId P2 = PersonId.of("P002");
  static final HouseholdId H1 = HouseholdId.of("T01-V04-N1-H01");
  static final HouseholdId H2 = HouseholdId.of("T01-V04-N1-H02");

  static ComplianceReport report(List<MissedDuty> missed) {
    Map<DutyRule, Tally> tallies = new EnumMap<>(DutyRule.class);
    for (DutyRule rule : DutyRule.values()) {
      tallies.put(rule, new Tally(0, 0));
    }
    return new ComplianceReport(Y2025, ImmutableMap.copyOf(tallies), ImmutableList.copyOf(missed));
  }

  static MissedDuty pairedVisitMissed(PersonId who, HouseholdId household, String month) {
    return new MissedDuty(DutyRule.PAIRED_MONTHLY_VISIT, ImmutableList.of(who), Optional.empty(),
        Optional.of(household), Optional.empty(), month, who + " made 0 of 1 visits in " + month);
  }

  @Test
  void eachMissedDutyIsEvidenceForEveryoneWhoOwedItDatedTheLastDayOfItsPeriod() {
    MissedDuty meeting = new MissedDuty(DutyRule.TEAM_MONTHLY_MEETING, ImmutableList.of(P2),
        Optional.of(TeamId.of("TEAM-1")), Optional.empty(), Optional.empty(), "2025-02", "held 0 of 1");
    MissedDuty village = new MissedDuty(DutyRule.VILLAGE_MONTHLY_MEETING, ImmutableList.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), "2025-02", "village held 0 of 1");

    List<Evidence> evidence =
        DutyEvidence.missed(report(List.of(pairedVisitMissed(P1, H1, "2025-03"), meeting, village)));

    assertThat(evidence).extracting(e -> e.subject().value())
        .containsExactly("P001", "HOUSEHOLD:" + H1.value(), "P002", "TEAM:TEAM-1");
    assertThat(evidence).allSatisfy(e -> assertThat(e.type()).isEqualTo(DutyEvidence.DUTY_MISSED));
    assertThat(evidence.get(0).attributes()).containsEntry("rule", "PAIRED_MONTHLY_VISIT")
        .containsEntry("household", H1.value()).containsEntry("period", "2025-03");
    assertThat(evidence.get(0).date()).isEqualTo(LocalDate.parse("2025-03-31"));
    assertThat(evidence.get(2).date()).isEqualTo(LocalDate.parse("2025-02-28"));
    assertThat(evidence.get(1).id().value())
        .isEqualTo("duty.missed.household/PAIRED_MONTHLY_VISIT/2025-03/-/T01-V04-N1-H01/-");
    assertThat(evidence.get(3).id().value()).isEqualTo("duty.missed.team/TEAM_MONTHLY_MEETING/2025-02/TEAM-1/-/-");
    assertThat(evidence.get(3).attributes()).containsEntry("team", "TEAM-1");
    assertThat(evidence.get(0).id().value())
        .isEqualTo("duty.missed/PAIRED_MONTHLY_VISIT/2025-03/-/T01-V04-N1-H01/-/P001");
  }

  @Test
  void missedDutyIdsDependOnTheDutyNotOnTheOrderOfTheReport() {
    MissedDuty a = pairedVisitMissed(P1, H1, "2025-03");
    MissedDuty b = pairedVisitMissed(P1, H2, "2025-03");

    List<EvidenceId> forward = DutyEvidence.missed(report(List.of(a, b))).stream().map(Evidence::id).toList();
    List<EvidenceId> backward = DutyEvidence.missed(report(List.of(b, a))).stream().map(Evidence::id).toList();

    assertThat(forward).doesNotHaveDuplicates().hasSize(4).containsExactlyInAnyOrderElementsOf(backward);
  }

  @Test
  void aPartyMemberRuleSetCountsMissedDutiesByRule() {
    RuleSet rules = RuleSet.of("pm/2025", "party-member/with-post", AssessmentPeriod.year(2025), "100",
        List.of(ScoringRule.of("paired-visit-missed", "未走访联系户 -2", DutyEvidence.DUTY_MISSED,
            Map.of("rule", "PAIRED_MONTHLY_VISIT"), "2", null, Direction.DEDUCT)));
    List<Evidence> evidence = DutyEvidence.missed(report(List.of(
        pairedVisitMissed(P1, H1, "2025-03"), pairedVisitMissed(P1, H1, "2025-04"))));

    Score score = ScoringEngine.score(rules, SubjectId.of("P001"), AssessmentPeriod.year(2025), evidence);

    assertThat(score.total()).isEqualByComparingTo("96");
  }

  @Test
  void visitsToPairedHouseholdsAreToldFromOtherVisitsAndMeetingsCountForEachAttendee() {
    OffsetDateTime march = OffsetDateTime.of(2025, 3, 10, 23, 30, 0, 0, CST);
    List<DutyLogEntry> log = new ArrayList<>();
    log.add(DutyLogEntry.Visit.of(P1, H1, march, null));
    log.add(DutyLogEntry.Visit.of(P1, H2, march, null));
    log.add(DutyLogEntry.Visit.of(P1, H1, march, null)); // repeated exactly: the same evidence, counted once
    log.add(DutyLogEntry.Meeting.of(EntryId.of("M1"), new MeetingHost.OfVillage(VillageId.of("T01-V04")), march,
        List.of(P1, P2)));
    log.add(new DutyLogEntry.Attendance(EntryId.of("EV1"), P2, march));
    List<Pairing> pairings = List.of(new Pairing(H1, P1, VillageId.of("T01-V04")));

    List<Evidence> evidence = DutyEvidence.done(log, pairings);

    assertThat(evidence).extracting(Evidence::type).containsExactly(DutyEvidence.VISIT_PAIRED_HOUSEHOLD,
        DutyEvidence.VISIT_OTHER_HOUSEHOLD, DutyEvidence.VISIT_PAIRED_HOUSEHOLD, DutyEvidence.MEETING_ATTENDED,
        DutyEvidence.MEETING_ATTENDED, DutyEvidence.ON_SITE_ARRIVED);
    assertThat(evidence.get(2)).isEqualTo(evidence.get(0));
    assertThat(evidence.stream().map(Evidence::id).distinct()).hasSize(5);
    RuleSet visits = RuleSet.of("pm/2025", "party-member/with-post", AssessmentPeriod.year(2025), "0",
        List.of(ScoringRule.of("paired-visit", "走访联系户 +1", DutyEvidence.VISIT_PAIRED_HOUSEHOLD, Map.of(), "1",
            null, Direction.ADD)));
    assertThat(ScoringEngine.score(visits, SubjectId.of("P001"), AssessmentPeriod.year(2025), evidence).total())
        .isEqualByComparingTo("1");
    assertThat(DutyEvidence.done(log, pairings, DutyEvidence.MEETING_ATTENDED::equals))
        .containsExactly(evidence.get(3), evidence.get(4));
    assertThat(evidence.get(0).date()).isEqualTo(LocalDate.parse("2025-03-10"));
    assertThat(evidence.get(0).id().value()).isEqualTo("visit/P001/T01-V04-N1-H01/2025-03-10T15:30:00Z");
    assertThat(evidence.get(3).attributes()).containsEntry("host", "village").containsEntry("host-id", "T01-V04");
  }

  @Test
  void aVisitIsPairedExactlyWhenItsVisitorAndHouseholdArePairedWhateverElseIsPaired() {
    PersonId p3 = PersonId.of("P003");
    HouseholdId h3 = HouseholdId.of("T01-V04-N1-H03");
    VillageId village = VillageId.of("T01-V04");
    // H1 is paired with P1 and P2 (given twice with P1), H2 with P2 only, H3 with nobody; P3 pairs nobody
    List<Pairing> pairings = List.of(new Pairing(H1, P1, village), new Pairing(H1, P1, village),
        new Pairing(H1, P2, village), new Pairing(H2, P2, village));
    Set<List<Object>> pairs = new HashSet<>();
    pairings.forEach(pairing -> pairs.add(List.of(pairing.pairer(), pairing.household())));
    OffsetDateTime at = OffsetDateTime.of(2025, 5, 6, 9, 0, 0, 0, CST);
    List<DutyLogEntry> log = new ArrayList<>();
    for (PersonId visitor : List.of(P1, P2, p3)) {
      for (HouseholdId household : List.of(H1, H2, h3)) {
        log.add(DutyLogEntry.Visit.of(visitor, household, at, null));
      }
    }

    List<Evidence> all = DutyEvidence.done(log, pairings);
    List<Evidence> pairedOnly = DutyEvidence.done(log, pairings, DutyEvidence.VISIT_PAIRED_HOUSEHOLD::equals);
    List<Evidence> othersOnly = DutyEvidence.done(log, pairings, DutyEvidence.VISIT_OTHER_HOUSEHOLD::equals);

    assertThat(all).hasSize(9);
    for (int i = 0; i < 9; i++) {
      DutyLogEntry.Visit visit = (DutyLogEntry.Visit) log.get(i);
      boolean paired = pairs.contains(List.of(visit.visitor(), visit.household()));
      assertThat(all.get(i).type()).as("%s visits %s", visit.visitor(), visit.household())
          .isEqualTo(paired ? DutyEvidence.VISIT_PAIRED_HOUSEHOLD : DutyEvidence.VISIT_OTHER_HOUSEHOLD);
      assertThat(all.get(i).subject()).isEqualTo(SubjectId.of(visit.visitor().value()));
    }
    assertThat(pairedOnly).hasSize(3).allMatch(piece -> piece.type().equals(DutyEvidence.VISIT_PAIRED_HOUSEHOLD));
    assertThat(othersOnly).hasSize(6).allMatch(piece -> piece.type().equals(DutyEvidence.VISIT_OTHER_HOUSEHOLD));
    assertThat(DutyEvidence.done(log, pairings, DutyEvidence.MEETING_ATTENDED::equals)).isEmpty();
  }

  @Test
  void instantsInIdsAreWrittenExactlyAsIsoInstantWrites() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(13);
    List<OffsetDateTime> instants = new ArrayList<>(List.of(
        OffsetDateTime.parse("2025-01-01T00:00:00Z"), OffsetDateTime.parse("2025-01-01T00:00:00.5+08:00"),
        OffsetDateTime.parse("0999-12-31T23:59:59Z"), OffsetDateTime.parse("1000-01-01T00:00:00Z"),
        OffsetDateTime.parse("9999-12-31T23:59:59.000001Z"), OffsetDateTime.parse("+10000-01-01T00:00:00Z"),
        OffsetDateTime.parse("-0001-06-01T12:00:00.000000001-05:00")));
    int[] nanos = {0, 0, 0, 1, 1_000, 1_000_000, 120_000_000, 999_999_999};
    for (int i = 0; i < 100_000; i++) {
      long second = random.nextLong(-70_000_000_000L, 260_000_000_000L);
      int offset = random.nextInt(-18 * 3600, 18 * 3600 + 1);
      instants.add(OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(random.nextBoolean()
          ? second - Math.floorMod(second, 60) : second, nanos[random.nextInt(nanos.length)]),
          ZoneOffset.ofTotalSeconds(offset)));
    }
    for (OffsetDateTime at : instants) {
      assertThat(DutyEvidence.utc(at)).as("%s", at)
          .isEqualTo(java.time.format.DateTimeFormatter.ISO_INSTANT.format(at));
    }
  }
}
