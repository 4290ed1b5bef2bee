package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MustAttendKind;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.TeamId;
import org.grid.core.port.out.DutyLogRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DutyLogRepository}. An adapter proves itself by a test class that extends this one and
 * returns a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class AbstractDutyLogRepositoryContractTest {

  private static final TownshipId T1 = TownshipId.of("T1");
  private static final PersonId P1 = PersonId.of("P1");
  private static final GridId GRID = GridId.of("N1");

  private DutyLogRepository repository;

  /**
   * For the subclass that JUnit runs, which supplies the duty log repository under test through {@link
   * #newRepository()}.
   */
  protected AbstractDutyLogRepositoryContractTest() {}

  /**
   * Returns a new repository with an empty log; called before every test.
   *
   * @return the repository under test
   */
  protected abstract DutyLogRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  private static OffsetDateTime at(String text) {
    return OffsetDateTime.parse(text);
  }

  @Test
  void everyKindOfEntryComesBackEqualInTimeOrder() {
    List<DutyLogEntry> entries = List.of(
        new DutyLogEntry.VisitRound(EntryId.of("R1"), GRID, at("2025-03-01T09:00:00+08:00")),
        DutyLogEntry.Visit.of(P1, HouseholdId.of("H1"), at("2025-03-01T10:00:00+08:00"), EntryId.of("R1")),
        new DutyLogEntry.MustAttendEvent(EntryId.of("E1"), GRID, MustAttendKind.PETITION, at("2025-02-01T09:00:00+08:00")),
        new DutyLogEntry.Attendance(EntryId.of("E1"), P1, at("2025-02-01T10:00:00+08:00")),
        DutyLogEntry.Meeting.of(EntryId.of("M1"), new MeetingHost.OfTeam(TeamId.of("TEAM-N1")),
            at("2025-01-05T09:00:00+08:00"), List.of(P1)),
        new DutyLogEntry.CardIssue(HouseholdId.of("H1"), TeamId.of("TEAM-N1"), CardKind.SUPERVISION,
            at("2025-01-02T09:00:00+08:00")));
    entries.forEach(entry -> repository.append(T1, entry));

    assertThat(repository.findByTownship(T1, at("2025-01-01T00:00:00+08:00"), at("2026-01-01T00:00:00+08:00")))
        .containsExactly(entries.get(5), entries.get(4), entries.get(2), entries.get(3), entries.get(0), entries.get(1));
  }

  @Test
  void aCardIssueKeepsTheTeamVersionItShowsWithItsOffsetAndAnIssueWithoutOneHasNone() {
    DutyLogEntry shown = new DutyLogEntry.CardIssue(HouseholdId.of("H1"), TeamId.of("TEAM-N1"), CardKind.CONTACT,
        at("2025-01-02T09:00:00+08:00"), java.util.Optional.of(at("2024-12-31T16:00:00.123456789Z")));
    DutyLogEntry unknown = new DutyLogEntry.CardIssue(HouseholdId.of("H2"), TeamId.of("TEAM-N1"), CardKind.CONTACT,
        at("2025-01-02T09:00:00+08:00"));
    repository.append(T1, shown);
    repository.append(T1, unknown);

    assertThat(repository.findByTownship(T1, at("2025-01-01T00:00:00+08:00"), at("2026-01-01T00:00:00+08:00")))
        .containsExactly(shown, unknown);
  }

  @Test
  void theRangeIncludesItsStartExcludesItsEndAndComparesInstants() {
    DutyLogEntry atStart = DutyLogEntry.Visit.of(P1, HouseholdId.of("H1"), at("2025-01-01T00:00:00+08:00"), null);
    DutyLogEntry atEndInUtc = DutyLogEntry.Visit.of(P1, HouseholdId.of("H2"), at("2025-01-31T16:00:00Z"), null);
    repository.append(T1, atStart);
    repository.append(T1, atEndInUtc);

    assertThat(repository.findByTownship(T1, at("2025-01-01T00:00:00+08:00"), at("2025-02-01T00:00:00+08:00")))
        .containsExactly(atStart);
    assertThat(repository.findByTownship(TownshipId.of("T2"), at("2025-01-01T00:00:00+08:00"),
        at("2026-01-01T00:00:00+08:00"))).isEmpty();
  }

  @Test
  void entriesAtTheSameInstantKeepTheOrderAppended() {
    OffsetDateTime same = at("2025-05-01T09:00:00+08:00");
    DutyLogEntry first = DutyLogEntry.Visit.of(P1, HouseholdId.of("H9"), same, null);
    DutyLogEntry second = DutyLogEntry.Visit.of(P1, HouseholdId.of("H1"), same.withOffsetSameInstant(
        java.time.ZoneOffset.UTC), null);
    repository.append(T1, first);
    repository.append(T1, second);

    assertThat(repository.findByTownship(T1, same.minusDays(1), same.plusDays(1))).containsExactly(first, second);
  }

  @Test
  void aPersonsEntriesAreTheirVisitsAttendancesAndMeetings() {
    PersonId other = PersonId.of("P2");
    DutyLogEntry visit = DutyLogEntry.Visit.of(P1, HouseholdId.of("H1"), at("2025-03-01T10:00:00+08:00"), null);
    DutyLogEntry othersVisit = DutyLogEntry.Visit.of(other, HouseholdId.of("H1"), at("2025-03-02T10:00:00+08:00"), null);
    DutyLogEntry meeting = DutyLogEntry.Meeting.of(EntryId.of("M1"), new MeetingHost.OfTownship(T1),
        at("2025-03-03T10:00:00+08:00"), List.of(other, P1));
    DutyLogEntry attendance = new DutyLogEntry.Attendance(EntryId.of("E1"), P1, at("2025-03-04T10:00:00+08:00"));
    List.of(visit, othersVisit, meeting, attendance).forEach(e -> repository.append(T1, e));

    assertThat(repository.findByPerson(T1, P1, at("2025-01-01T00:00:00+08:00"), at("2026-01-01T00:00:00+08:00")))
        .containsExactly(visit, meeting, attendance);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> repository.append(T1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findByTownship(T1, at("2025-02-01T00:00:00+08:00"),
        at("2025-01-01T00:00:00+08:00"))).isInstanceOf(IllegalArgumentException.class);
  }
}
