package org.grid.adapters.jdbc.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.Sql;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
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
import org.grid.core.port.out.DutyLogRepository;

/**
 * A {@link DutyLogRepository} over the tables {@code grid_duty_log} and {@code grid_duty_log_person} (migration V4)
 * of a database migrated by {@link org.grid.adapters.jdbc.GridSchema}: the duty log (工作台账), append-only. An entry
 * is one {@code grid_duty_log} row, numbered by an auto-numbered {@code seq} in the order appended, plus one {@code
 * grid_duty_log_person} row for each person it names (a visit's visitor, an attendance's person, a meeting's
 * attendees in order), written in one transaction. Times are stored as the instant and the offset, so that ranges
 * compare instants on every database and an entry reads back equal, offset included; entries at the same instant
 * come back in the order appended. {@code findByTownship} reads the index (township, at, seq), {@code findByPerson}
 * the index (township, person, at, seq). Every row read back is checked against the model; one that does not map
 * gives a {@link RowMappingException} naming table, id and column. Thread-safe.
 */
public final class JdbcDutyLogRepository implements DutyLogRepository {

  private static final String LOG = "grid_duty_log";
  private static final String PERSONS = "grid_duty_log_person";

  /** What an entry is; the kind column holds the name. */
  private enum Kind { VISIT_ROUND, VISIT, MUST_ATTEND_EVENT, ATTENDANCE, MEETING, CARD_ISSUE }

  /** Who holds a meeting; the host_kind column holds the name. */
  private enum HostKind { TEAM, VILLAGE, TOWNSHIP }

  /** The columns of grid_duty_log that some kinds of entry use and the others leave null, in insert order. */
  private static final List<String> OPTIONAL = List.of("entry_id", "grid_id", "household_id", "round_id",
      "event_id", "must_attend_kind", "host_kind", "host_id", "team_id", "card_kind", "team_version");

  private static final String INSERT = "INSERT INTO grid_duty_log (township_id, kind, at, at_offset, "
      + String.join(", ", OPTIONAL) + ") VALUES (?, ?, ?, ?" + ", ?".repeat(OPTIONAL.size()) + ")";

  private static final String COLUMNS = "e.seq, e.township_id, e.kind, e.at, e.at_offset, e."
      + String.join(", e.", OPTIONAL) + ", p.ord, p.township_id AS p_township_id, p.person_id, p.at AS p_at";

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the repository over a migrated database.
   *
   * @param unitOfWork the database's unit of work, whose transaction the adapter joins; not null
   * @throws NullPointerException if the data source is null
   */
  public JdbcDutyLogRepository(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the repository over a migrated database.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null.
   *     The adapter joins the unit of work of any {@link JdbcUnitOfWork} over the same data source object
   * @throws NullPointerException if the data source is null
   */
  public JdbcDutyLogRepository(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the entry's time is outside the years 1677 to 2262, which the database does
   *     not store; nothing is written
   */
  @Override
  public void append(TownshipId township, DutyLogEntry entry) {
    requireNonNull(township, "township");
    requireNonNull(entry, "entry");
    long at = Sql.epochNanos(entry.at().toInstant(), "at of the " + kind(entry) + " entry");
    Map<String, String> values = new LinkedHashMap<>();
    List<PersonId> persons = columns(entry, values);
    Object[] parameters = new Object[4 + OPTIONAL.size()];
    parameters[0] = township.value();
    parameters[1] = kind(entry).name();
    parameters[2] = at;
    parameters[3] = Sql.offsetSeconds(entry.at());
    for (int i = 0; i < OPTIONAL.size(); i++) {
      parameters[4 + i] = Sql.textOrNull(values.get(OPTIONAL.get(i)));
    }
    String what = "appending a " + kind(entry) + " entry to the log of township " + township;
    unitOfWork.run(what, connection -> {
      long seq = Sql.insertReturningKey(connection, INSERT, "seq", parameters);
      try (PreparedStatement named = connection.prepareStatement(
          "INSERT INTO grid_duty_log_person (entry_seq, ord, township_id, person_id, at) VALUES (?, ?, ?, ?, ?)")) {
        int ord = 0;
        for (PersonId person : persons) {
          Sql.bind(named, seq, ord++, township.value(), person.value(), at);
          named.addBatch();
        }
        named.executeBatch();
      }
      return null;
    });
  }

  @Override
  public List<DutyLogEntry> findByTownship(TownshipId township, OffsetDateTime from, OffsetDateTime to) {
    requireNonNull(township, "township");
    checkRange(from, to);
    return unitOfWork.run("reading the log of township " + township, connection -> load(
        connection,
        "SELECT " + COLUMNS + " FROM grid_duty_log e LEFT JOIN grid_duty_log_person p ON p.entry_seq = e.seq "
            + "WHERE e.township_id = ? AND e.at >= ? AND e.at < ? ORDER BY e.at, e.seq, p.ord",
        township.value(), Sql.epochNanosBound(from.toInstant()), Sql.epochNanosBound(to.toInstant())));
  }

  @Override
  public List<DutyLogEntry> findByPerson(TownshipId township, PersonId person, OffsetDateTime from,
      OffsetDateTime to) {
    requireNonNull(township, "township");
    requireNonNull(person, "person");
    checkRange(from, to);
    return unitOfWork.run("reading the log of " + person + " in township " + township,
        connection -> load(connection,
            "SELECT " + COLUMNS + " FROM grid_duty_log_person n JOIN grid_duty_log e ON e.seq = n.entry_seq "
                + "LEFT JOIN grid_duty_log_person p ON p.entry_seq = e.seq "
                + "WHERE n.township_id = ? AND n.person_id = ? AND n.at >= ? AND n.at < ? "
                + "ORDER BY n.at, n.entry_seq, p.ord",
            township.value(), person.value(), Sql.epochNanosBound(from.toInstant()),
            Sql.epochNanosBound(to.toInstant())));
  }

  private static void checkRange(OffsetDateTime from, OffsetDateTime to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
  }

  private static Kind kind(DutyLogEntry entry) {
    if (entry instanceof DutyLogEntry.VisitRound) {
      return Kind.VISIT_ROUND;
    } else if (entry instanceof DutyLogEntry.Visit) {
      return Kind.VISIT;
    } else if (entry instanceof DutyLogEntry.MustAttendEvent) {
      return Kind.MUST_ATTEND_EVENT;
    } else if (entry instanceof DutyLogEntry.Attendance) {
      return Kind.ATTENDANCE;
    } else if (entry instanceof DutyLogEntry.Meeting) {
      return Kind.MEETING;
    } else if (entry instanceof DutyLogEntry.CardIssue) {
      return Kind.CARD_ISSUE;
    }
    throw new IllegalArgumentException("unknown kind of duty log entry: " + entry.getClass().getName());
  }

  /** Puts the entry's optional columns into {@code values} and returns the persons it names, in order. */
  private static List<PersonId> columns(DutyLogEntry entry, Map<String, String> values) {
    if (entry instanceof DutyLogEntry.VisitRound round) {
      values.put("entry_id", round.id().value());
      values.put("grid_id", round.grid().value());
      return List.of();
    } else if (entry instanceof DutyLogEntry.Visit visit) {
      values.put("household_id", visit.household().value());
      visit.round().ifPresent(round -> values.put("round_id", round.value()));
      return List.of(visit.visitor());
    } else if (entry instanceof DutyLogEntry.MustAttendEvent event) {
      values.put("entry_id", event.id().value());
      values.put("grid_id", event.grid().value());
      values.put("must_attend_kind", event.kind().name());
      return List.of();
    } else if (entry instanceof DutyLogEntry.Attendance attendance) {
      values.put("event_id", attendance.event().value());
      return List.of(attendance.person());
    } else if (entry instanceof DutyLogEntry.Meeting meeting) {
      values.put("entry_id", meeting.id().value());
      MeetingHost host = meeting.host();
      if (host instanceof MeetingHost.OfTeam team) {
        values.put("host_kind", HostKind.TEAM.name());
        values.put("host_id", team.team().value());
      } else if (host instanceof MeetingHost.OfVillage village) {
        values.put("host_kind", HostKind.VILLAGE.name());
        values.put("host_id", village.village().value());
      } else if (host instanceof MeetingHost.OfTownship township) {
        values.put("host_kind", HostKind.TOWNSHIP.name());
        values.put("host_id", township.township().value());
      } else {
        throw new IllegalArgumentException("unknown meeting host: " + host);
      }
      return List.copyOf(meeting.attendees());
    } else if (entry instanceof DutyLogEntry.CardIssue card) {
      values.put("household_id", card.household().value());
      values.put("team_id", card.team().value());
      values.put("card_kind", card.kind().name());
      card.teamVersion().ifPresent(version -> values.put("team_version", version.toString()));
      return List.of();
    }
    throw new IllegalArgumentException("unknown kind of duty log entry: " + entry.getClass().getName());
  }

  /** One grid_duty_log row and the grid_duty_log_person rows joined to it, read before it is mapped. */
  private static final class Stored {
    final long seq;
    final String row;
    final String township;
    final String kind;
    final long at;
    final OffsetDateTime time;
    final Map<String, String> values = new LinkedHashMap<>();
    final List<PersonId> persons = new ArrayList<>();
    final List<Integer> ords = new ArrayList<>();

    Stored(ResultSet rows) throws SQLException {
      seq = rows.getLong("seq");
      row = String.valueOf(seq);
      township = rows.getString("township_id");
      kind = rows.getString("kind");
      at = rows.getLong("at");
      time = Sql.offsetDateTime(rows, "at", "at_offset", LOG, row);
      for (String column : OPTIONAL) {
        values.put(column, rows.getString(column));
      }
    }

    /** Adds the person of a joined grid_duty_log_person row; it must repeat the entry's township and time. */
    void addPerson(ResultSet rows) throws SQLException {
      int ord = rows.getInt("ord");
      if (rows.wasNull()) {
        return;
      }
      String personRow = seq + "/" + ord;
      if (!township.equals(rows.getString("p_township_id"))) {
        throw new RowMappingException(PERSONS, personRow, "township_id",
            "'" + rows.getString("p_township_id") + "' differs from the entry's township '" + township + "'");
      }
      if (rows.getLong("p_at") != at) {
        throw new RowMappingException(PERSONS, personRow, "at",
            rows.getLong("p_at") + " differs from the entry's at " + at);
      }
      persons.add(Sql.mapped(PERSONS, personRow, "person_id", rows.getString("person_id"), PersonId::of));
      ords.add(ord);
    }
  }

  private static List<DutyLogEntry> load(Connection connection, String sql, Object... parameters)
      throws SQLException {
    List<Stored> stored = new ArrayList<>();
    Sql.query(connection, sql, rows -> {
      long seq = rows.getLong("seq");
      Stored last = stored.isEmpty() ? null : stored.get(stored.size() - 1);
      if (last == null || last.seq != seq) {
        last = new Stored(rows);
        stored.add(last);
      }
      last.addPerson(rows);
    }, parameters);
    List<DutyLogEntry> entries = new ArrayList<>(stored.size());
    for (Stored entry : stored) {
      entries.add(map(entry));
    }
    return entries;
  }

  private static DutyLogEntry map(Stored s) {
    Kind kind = Sql.enumValue(LOG, s.row, "kind", s.kind, Kind.class);
    DutyLogEntry entry = switch (kind) {
      case VISIT_ROUND -> new DutyLogEntry.VisitRound(
          used(s, "entry_id", EntryId::of), used(s, "grid_id", GridId::of), s.time);
      case VISIT -> new DutyLogEntry.Visit(onePerson(s, kind), used(s, "household_id", HouseholdId::of), s.time,
          s.values.get("round_id") == null ? Optional.empty() : Optional.of(used(s, "round_id", EntryId::of)));
      case MUST_ATTEND_EVENT -> new DutyLogEntry.MustAttendEvent(used(s, "entry_id", EntryId::of),
          used(s, "grid_id", GridId::of),
          Sql.enumValue(LOG, s.row, "must_attend_kind", used(s, "must_attend_kind"), MustAttendKind.class), s.time);
      case ATTENDANCE -> new DutyLogEntry.Attendance(used(s, "event_id", EntryId::of), onePerson(s, kind), s.time);
      case MEETING -> new DutyLogEntry.Meeting(used(s, "entry_id", EntryId::of), host(s), s.time,
          ImmutableSet.copyOf(s.persons));
      case CARD_ISSUE -> new DutyLogEntry.CardIssue(used(s, "household_id", HouseholdId::of),
          used(s, "team_id", TeamId::of),
          Sql.enumValue(LOG, s.row, "card_kind", used(s, "card_kind"), CardKind.class), s.time,
          s.values.get("team_version") == null ? Optional.empty()
              : Optional.of(used(s, "team_version", JdbcDutyLogRepository::teamVersion)));
    };
    // Every column this kind does not use must be empty, and only visits, attendances and meetings name persons.
    for (String column : OPTIONAL) {
      if (s.values.get(column) != null) {
        throw new RowMappingException(LOG, s.row, column,
            "is set for an entry of kind " + kind + ", which does not use it");
      }
    }
    if (!s.persons.isEmpty() && kind != Kind.VISIT && kind != Kind.ATTENDANCE && kind != Kind.MEETING) {
      throw new RowMappingException(PERSONS, s.seq + "/" + s.ords.get(0), "entry_seq",
          "names a person for an entry of kind " + kind + ", which names none");
    }
    return entry;
  }

  /** Takes a column the entry's kind uses out of the row's values: it must be set. */
  private static String used(Stored s, String column) {
    String value = s.values.remove(column);
    if (value == null) {
      throw new RowMappingException(LOG, s.row, column, "is null for an entry of kind " + s.kind);
    }
    return value;
  }

  /** Reads a stored team version (V17), turning a text that is not one into the model's refusal. */
  private static OffsetDateTime teamVersion(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO 8601 date and time with an offset");
    }
  }

  private static <T> T used(Stored s, String column, Function<String, T> factory) {
    return Sql.mapped(LOG, s.row, column, used(s, column), factory);
  }

  private static PersonId onePerson(Stored s, Kind kind) {
    if (s.persons.isEmpty()) {
      throw new RowMappingException(LOG, s.row, "seq",
          "an entry of kind " + kind + " names one person in " + PERSONS + ", there is none");
    }
    if (s.persons.size() > 1) {
      throw new RowMappingException(PERSONS, s.seq + "/" + s.ords.get(1), "entry_seq",
          "names a second person for an entry of kind " + kind + ", which names one");
    }
    return s.persons.get(0);
  }

  private static MeetingHost host(Stored s) {
    HostKind hostKind = Sql.enumValue(LOG, s.row, "host_kind", used(s, "host_kind"), HostKind.class);
    return switch (hostKind) {
      case TEAM -> new MeetingHost.OfTeam(used(s, "host_id", TeamId::of));
      case VILLAGE -> new MeetingHost.OfVillage(used(s, "host_id", VillageId::of));
      case TOWNSHIP -> new MeetingHost.OfTownship(used(s, "host_id", TownshipId::of));
    };
  }
}
