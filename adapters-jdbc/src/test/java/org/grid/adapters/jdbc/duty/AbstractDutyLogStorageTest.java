package org.grid.adapters.jdbc.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.grid.adapters.jdbc.AbstractDatabaseTest;
import org.grid.adapters.jdbc.NastyText;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MustAttendKind;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.TeamId;
import org.grid.testkit.duty.DutyArbitraries;
import org.grid.testkit.duty.DutyScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC duty log adds to the port's contract, on each database: every kind of entry round-trips with its
 * ids, its offset and its nanoseconds; ranges compare instants across offsets; generated logs come back as a stable
 * sort by instant, per township and per person; a time the database cannot hold is refused; rows that do not map
 * are named.
 */
abstract class AbstractDutyLogStorageTest extends AbstractDatabaseTest {

  private static final TownshipId T1 = TownshipId.of("T1");
  private static final PersonId P1 = PersonId.of("P1");
  private static final OffsetDateTime ALL_FROM = OffsetDateTime.MIN;
  private static final OffsetDateTime ALL_TO = OffsetDateTime.MAX;


  private JdbcDutyLogRepository log;

  @BeforeEach
  void emptyLog() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    log = new JdbcDutyLogRepository(database.dataSource());
  }

  private static long seqOf(String kind) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT seq FROM grid_duty_log WHERE kind = '" + kind + "'")) {
      assertThat(rows.next()).as("a " + kind + " row").isTrue();
      return rows.getLong(1);
    }
  }

  private static OffsetDateTime at(String text) {
    return OffsetDateTime.parse(text);
  }

  /** One entry of every kind, an hour apart from {@code start}, with ids made of {@code id}. */
  private static List<DutyLogEntry> everyKind(String id, String longId, OffsetDateTime start) {
    PersonId person = PersonId.of(id);
    return List.of(
        new DutyLogEntry.VisitRound(EntryId.of(id), GridId.of(longId), start),
        DutyLogEntry.Visit.of(person, HouseholdId.of(id), start.plusHours(1), EntryId.of(id)),
        DutyLogEntry.Visit.of(person, HouseholdId.of(id), start.plusHours(2), null),
        new DutyLogEntry.MustAttendEvent(EntryId.of(id), GridId.of(longId), MustAttendKind.URGENT_HARDSHIP,
            start.plusHours(3)),
        new DutyLogEntry.Attendance(EntryId.of(id), person, start.plusHours(4)),
        DutyLogEntry.Meeting.of(EntryId.of(id), new MeetingHost.OfTeam(TeamId.of(longId)), start.plusHours(5),
            List.of(PersonId.of("Z-" + id.substring(0, Math.min(id.length(), 60))), person)),
        DutyLogEntry.Meeting.of(EntryId.of(id), new MeetingHost.OfVillage(VillageId.of(id)), start.plusHours(6),
            List.of()),
        DutyLogEntry.Meeting.of(EntryId.of(id), new MeetingHost.OfTownship(TownshipId.of(id)), start.plusHours(7),
            List.of(person)),
        new DutyLogEntry.CardIssue(HouseholdId.of(id), TeamId.of(longId), CardKind.CONTACT, start.plusHours(8)));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Round trips

  @Test
  void everyKindOfEntryRoundTripsWithEveryIdUnchanged() {
    List<String> texts = NastyText.TEXTS;
    for (int i = 0; i < texts.size(); i++) {
      String id = NastyText.id("", texts.get(i), i);
      TownshipId township = TownshipId.of("T-" + id);
      List<DutyLogEntry> entries = everyKind(id, "G-" + id, at("2025-03-01T08:00:00+08:00"));
      entries.forEach(entry -> log.append(township, entry));

      assertThat(log.findByTownship(township, ALL_FROM, ALL_TO)).as(id).containsExactlyElementsOf(entries);
      assertThat(log.findByPerson(township, PersonId.of(id), ALL_FROM, ALL_TO)).as(id)
          .containsExactly(entries.get(1), entries.get(2), entries.get(4), entries.get(5), entries.get(7));
    }
  }

  @Test
  void idsOfTheGreatestLengthRoundTrip() {
    for (int i = 0; i < NastyText.LONGEST_64.size(); i++) {
      String id = NastyText.LONGEST_64.get(i);
      TownshipId township = TownshipId.of(id);
      List<DutyLogEntry> entries = everyKind(id, NastyText.LONGEST_80.get(i), at("2025-03-01T08:00:00+08:00"));
      entries.forEach(entry -> log.append(township, entry));

      assertThat(log.findByTownship(township, ALL_FROM, ALL_TO)).containsExactlyElementsOf(entries);
    }
  }

  @Test
  void offsetsAndNanosecondsRoundTripAndRangesCompareInstants() {
    List<String> times = List.of("2025-01-01T08:00:00.123456789+05:45", "2025-01-01T02:15:00.123456789Z",
        "2025-01-01T00:00:00-18:00", "2025-01-01T00:00:00+18:00", "2025-01-01T00:00:00+14:00",
        "2024-12-31T13:30:00-09:30", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
        "1677-09-21T00:12:44Z", "2262-04-11T23:47:16.854775806Z", "2025-01-01T08:00:00.123456790+05:45");
    List<DutyLogEntry> appended = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      appended.add(DutyLogEntry.Visit.of(P1, HouseholdId.of("H" + i), at(times.get(i)), null));
    }
    appended.forEach(entry -> log.append(T1, entry));
    List<DutyLogEntry> byInstant = sortedByInstant(appended);

    List<DutyLogEntry> stored = log.findByTownship(T1, ALL_FROM, ALL_TO);
    assertThat(stored).containsExactlyElementsOf(byInstant);
    for (int i = 0; i < stored.size(); i++) {
      assertThat(stored.get(i).at().getOffset()).isEqualTo(byInstant.get(i).at().getOffset());
    }
    // The same instant written in two offsets is inside a range given in a third, and the end is excluded.
    OffsetDateTime from = at("2025-01-01T02:15:00.123456789Z").withOffsetSameInstant(ZoneOffset.ofHours(-3));
    assertThat(log.findByTownship(T1, from, from.plusNanos(1)))
        .containsExactly(appended.get(0), appended.get(1));
    assertThat(log.findByTownship(T1, from, from)).isEmpty();
    assertThat(log.findByPerson(T1, P1, from.plusNanos(1), from.plusNanos(2))).containsExactly(appended.get(10));
    // Bounds are exact next to the ends of what the database holds, and saturate beyond them.
    assertThat(log.findByTownship(T1, at("1677-09-21T00:12:44.000000001Z"), at("1970-01-01T00:00:00Z")))
        .containsExactly(appended.get(7));
    assertThat(log.findByTownship(T1, at("2262-04-11T23:47:16.854775806Z"), at("2262-04-11T23:47:16.854775807Z")))
        .containsExactly(appended.get(9));
    assertThat(log.findByTownship(T1, at("-999999999-01-01T00:00:00Z"), at("1677-09-21T00:12:44.000000001Z")))
        .containsExactly(appended.get(8));
  }

  @Test
  void aTimeTheDatabaseCannotHoldIsRefusedBeforeAnythingIsWritten() {
    DutyLogEntry tooLate = DutyLogEntry.Meeting.of(EntryId.of("M1"), new MeetingHost.OfTownship(T1),
        at("2262-04-11T23:47:16.854775807Z"), List.of(P1));

    assertThatThrownBy(() -> log.append(T1, tooLate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at of the MEETING entry")
        .hasMessageContaining("1677-2262");
    assertThat(log.findByTownship(T1, ALL_FROM, ALL_TO)).isEmpty();
    assertThat(log.findByPerson(T1, P1, ALL_FROM, ALL_TO)).isEmpty();
  }

  @Test
  void generatedLogsComeBackAsAStableSortByInstantPerTownshipAndPerPerson() {
    Random random = new Random(20250301);
    DutyArbitraries.scenarios().sampleStream().limit(4).forEach(scenario -> {
      database.deleteAll(TestDatabase.TEAM_TABLES);
      TownshipId township = scenario.duties().township();
      List<DutyLogEntry> appended = shuffledWithTies(scenario, random);
      appended.forEach(entry -> log.append(township, entry));

      OffsetDateTime from = scenario.period().from();
      OffsetDateTime to = scenario.period().to();
      assertThat(log.findByTownship(township, from, to)).containsExactlyElementsOf(inRange(appended, from, to));
      OffsetDateTime spring = at("2025-03-01T00:00:00+08:00");
      OffsetDateTime summer = at("2025-06-01T00:00:00Z");
      assertThat(log.findByTownship(township, spring, summer))
          .containsExactlyElementsOf(inRange(appended, spring, summer));
      for (PersonId person : named(appended)) {
        List<DutyLogEntry> theirs = appended.stream().filter(entry -> names(entry, person)).toList();
        assertThat(log.findByPerson(township, person, from, to)).as(person.value())
            .containsExactlyElementsOf(inRange(theirs, from, to));
        assertThat(log.findByPerson(township, person, spring, summer)).as(person.value())
            .containsExactlyElementsOf(inRange(theirs, spring, summer));
      }
    });
  }

  /** The scenario's log shuffled, with some entries repeated at the same instant in another offset. */
  private static List<DutyLogEntry> shuffledWithTies(DutyScenario scenario, Random random) {
    List<DutyLogEntry> entries = new ArrayList<>(scenario.log());
    Collections.shuffle(entries, random);
    List<DutyLogEntry> withTies = new ArrayList<>();
    for (DutyLogEntry entry : entries) {
      withTies.add(entry);
      if (random.nextInt(5) == 0 && entry instanceof DutyLogEntry.Visit visit) {
        withTies.add(new DutyLogEntry.Visit(visit.visitor(), visit.household(),
            visit.at().withOffsetSameInstant(ZoneOffset.UTC), visit.round()));
      }
    }
    return withTies;
  }

  private static List<DutyLogEntry> sortedByInstant(List<DutyLogEntry> entries) {
    // List.sort is stable: entries at the same instant stay in the order appended.
    List<DutyLogEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(DutyLogEntry::at, OffsetDateTime.timeLineOrder()));
    return sorted;
  }

  private static List<DutyLogEntry> inRange(List<DutyLogEntry> entries, OffsetDateTime from, OffsetDateTime to) {
    return sortedByInstant(entries).stream()
        .filter(entry -> !entry.at().isBefore(from) && entry.at().isBefore(to))
        .toList();
  }

  private static Set<PersonId> named(List<DutyLogEntry> entries) {
    Set<PersonId> persons = new LinkedHashSet<>();
    for (DutyLogEntry entry : entries) {
      if (entry instanceof DutyLogEntry.Visit visit) {
        persons.add(visit.visitor());
      } else if (entry instanceof DutyLogEntry.Attendance attendance) {
        persons.add(attendance.person());
      } else if (entry instanceof DutyLogEntry.Meeting meeting) {
        persons.addAll(meeting.attendees());
      }
    }
    return persons;
  }

  private static boolean names(DutyLogEntry entry, PersonId person) {
    if (entry instanceof DutyLogEntry.Visit visit) {
      return visit.visitor().equals(person);
    } else if (entry instanceof DutyLogEntry.Attendance attendance) {
      return attendance.person().equals(person);
    } else if (entry instanceof DutyLogEntry.Meeting meeting) {
      return meeting.attendees().contains(person);
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rows that do not map

  private static Consumer<RowMappingException> named(String table, String rowId, String column) {
    return e -> {
      assertThat(e.table()).isEqualTo(table);
      assertThat(e.rowId()).isEqualTo(rowId);
      assertThat(e.column()).isEqualTo(column);
    };
  }

  /** Empties the log and appends one entry of every kind for T1 and person P1. */
  private void appendEveryKind() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    everyKind("P1", "G1", at("2025-03-01T08:00:00+08:00")).forEach(entry -> log.append(T1, entry));
  }

  private void assertNamed(String table, String rowId, String column, String problem) {
    assertThatThrownBy(() -> log.findByTownship(T1, ALL_FROM, ALL_TO))
        .isInstanceOfSatisfying(RowMappingException.class, named(table, rowId, column))
        .hasMessageContaining(problem);
  }

  @Test
  void aHandEditedLogRowIsNamedWithTableIdAndColumn() throws SQLException {
    appendEveryKind();
    long round = seqOf("VISIT_ROUND");
    execute("UPDATE grid_duty_log SET kind = 'PARTY' WHERE seq = " + round);
    assertNamed("grid_duty_log", String.valueOf(round), "kind", "'PARTY' is not a Kind");

    appendEveryKind();
    long card = seqOf("CARD_ISSUE");
    execute("UPDATE grid_duty_log SET card_kind = 'GOLD' WHERE seq = " + card);
    assertNamed("grid_duty_log", String.valueOf(card), "card_kind", "'GOLD' is not a CardKind");

    appendEveryKind();
    long event = seqOf("MUST_ATTEND_EVENT");
    execute("UPDATE grid_duty_log SET must_attend_kind = NULL WHERE seq = " + event);
    assertNamed("grid_duty_log", String.valueOf(event), "must_attend_kind",
        "is null for an entry of kind MUST_ATTEND_EVENT");

    appendEveryKind();
    long attendance = seqOf("ATTENDANCE");
    execute("UPDATE grid_duty_log SET grid_id = 'N1' WHERE seq = " + attendance);
    assertNamed("grid_duty_log", String.valueOf(attendance), "grid_id", "is set for an entry of kind ATTENDANCE");

    appendEveryKind();
    round = seqOf("VISIT_ROUND");
    execute("UPDATE grid_duty_log SET at_offset = 64801 WHERE seq = " + round);
    assertNamed("grid_duty_log", String.valueOf(round), "at_offset", "64801 seconds is not an offset");

    appendEveryKind();
    round = seqOf("VISIT_ROUND");
    execute("UPDATE grid_duty_log SET grid_id = ' N1' WHERE seq = " + round);
    assertNamed("grid_duty_log", String.valueOf(round), "grid_id", "gridId must not start or end with whitespace");

    appendEveryKind();
    execute("UPDATE grid_duty_log SET host_kind = 'COUNTY' WHERE host_kind = 'TEAM'");
    assertThatThrownBy(() -> log.findByPerson(T1, P1, ALL_FROM, ALL_TO))
        .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("host_kind"))
        .hasMessageContaining("'COUNTY' is not a HostKind");
  }

  @Test
  void aHandEditedPersonRowIsNamedWithTableIdAndColumn() throws SQLException {
    appendEveryKind();
    long attendance = seqOf("ATTENDANCE");
    execute("UPDATE grid_duty_log_person SET person_id = ' ' WHERE entry_seq = " + attendance);
    assertNamed("grid_duty_log_person", attendance + "/0", "person_id", "personId must not be blank");

    appendEveryKind();
    attendance = seqOf("ATTENDANCE");
    execute("UPDATE grid_duty_log_person SET at = at + 1 WHERE entry_seq = " + attendance);
    assertNamed("grid_duty_log_person", attendance + "/0", "at", "differs from the entry's at");

    appendEveryKind();
    attendance = seqOf("ATTENDANCE");
    execute("UPDATE grid_duty_log_person SET township_id = 'T2' WHERE entry_seq = " + attendance);
    assertNamed("grid_duty_log_person", attendance + "/0", "township_id", "differs from the entry's township");
    // The edited row now puts the entry in T2's index for P1; reading it there is refused too.
    assertThatThrownBy(() -> log.findByPerson(TownshipId.of("T2"), P1, ALL_FROM, ALL_TO))
        .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("township_id"));

    appendEveryKind();
    attendance = seqOf("ATTENDANCE");
    execute("DELETE FROM grid_duty_log_person WHERE entry_seq = " + attendance);
    assertNamed("grid_duty_log", String.valueOf(attendance), "seq", "names one person");

    appendEveryKind();
    long card = seqOf("CARD_ISSUE");
    execute("INSERT INTO grid_duty_log_person (entry_seq, ord, township_id, person_id, at) "
        + "SELECT seq, 0, township_id, 'P9', at FROM grid_duty_log WHERE seq = " + card);
    assertNamed("grid_duty_log_person", card + "/0", "entry_seq", "names a person for an entry of kind CARD_ISSUE");

    appendEveryKind();
    attendance = seqOf("ATTENDANCE");
    execute("INSERT INTO grid_duty_log_person (entry_seq, ord, township_id, person_id, at) "
        + "SELECT seq, 1, township_id, 'P9', at FROM grid_duty_log WHERE seq = " + attendance);
    assertNamed("grid_duty_log_person", attendance + "/1", "entry_seq", "names a second person");
  }
}
