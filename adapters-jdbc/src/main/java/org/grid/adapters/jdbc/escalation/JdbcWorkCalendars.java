package org.grid.adapters.jdbc.escalation;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.RowReader;
import org.grid.adapters.jdbc.Sql;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.escalation.model.WorkCalendar;
import org.grid.escalation.port.out.WorkCalendars;

/**
 * The townships' {@link WorkCalendars} in the tables {@code grid_work_calendar} (zone, end of the working day,
 * weekly rest days) and {@code grid_work_calendar_day} (holidays and make-up working days), filled by {@link
 * #put}. Within one transaction of the unit of work each township's calendar is read once, and on PostgreSQL the
 * {@link JdbcRequestRepository} reads the calendar of a request's township in the same round trip as the request,
 * and the {@link JdbcPlaceDirectory} that of a place's township with the place (a command needs both), so that a
 * command does not ask for it again. A value the model refuses gives a {@link
 * org.grid.adapters.jdbc.RowMappingException}. Thread-safe.
 */
public final class JdbcWorkCalendars implements WorkCalendars {

  /** The key of the calendars read in a transaction: shared by every instance over the unit of work's database. */
  private static final Object READ = new Object();

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the calendars on a unit of work.
   *
   * @param unitOfWork the unit of work, not null
   */
  public JdbcWorkCalendars(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the calendars on a database.
   *
   * @param dataSource the database, migrated; not null
   */
  public JdbcWorkCalendars(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  /**
   * Sets the calendar of a township, replacing any earlier one.
   *
   * @param township the township, not null
   * @param calendar its calendar, not null
   * @return these calendars
   * @throws NullPointerException if an argument is null
   */
  public JdbcWorkCalendars put(TownshipId township, WorkCalendar calendar) {
    requireNonNull(township, "township");
    requireNonNull(calendar, "calendar");
    unitOfWork.run("storing the calendar of " + township, connection -> {
      Map<TownshipId, Optional<WorkCalendar>> read = unitOfWork.transactionScoped(READ, () -> null);
      if (read != null) {
        read.remove(township);
      }
      for (String sql : List.of("DELETE FROM grid_work_calendar_day WHERE township_id = ?",
          "DELETE FROM grid_work_calendar WHERE township_id = ?")) {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
          delete.setString(1, township.value());
          delete.executeUpdate();
        }
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO grid_work_calendar (township_id, zone, end_of_working_day, rest_days) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, township.value());
        insert.setString(2, calendar.zone().getId());
        insert.setString(3, calendar.endOfWorkingDay().toString());
        insert.setString(4, calendar.restDays().stream().map(DayOfWeek::name).collect(Collectors.joining(",")));
        insert.executeUpdate();
      }
      try (PreparedStatement days = connection.prepareStatement(
          "INSERT INTO grid_work_calendar_day (township_id, calendar_day, kind) VALUES (?, ?, ?)")) {
        for (LocalDate day : calendar.holidays()) {
          days.setString(1, township.value());
          days.setString(2, day.toString());
          days.setString(3, "HOLIDAY");
          days.addBatch();
        }
        for (LocalDate day : calendar.makeUpWorkingDays()) {
          days.setString(1, township.value());
          days.setString(2, day.toString());
          days.setString(3, "MAKE_UP");
          days.addBatch();
        }
        days.executeBatch();
      }
      return null;
    });
    return this;
  }

  @Override
  public Optional<WorkCalendar> forTownship(TownshipId township) {
    requireNonNull(township, "township");
    // Within one transaction of the unit of work (a sweep asks once per due request) each calendar is read once.
    Map<TownshipId, Optional<WorkCalendar>> read = unitOfWork.transactionScoped(READ, HashMap::new);
    if (read == null) {
      return load(township);
    }
    Optional<WorkCalendar> calendar = read.get(township);
    if (calendar == null) {
      calendar = load(township);
      read.put(township, calendar);
    }
    return calendar;
  }

  /** The calendar and its days, without the condition on the township. */
  private static final String SELECT = "SELECT c.zone, c.end_of_working_day, c.rest_days, d.calendar_day, d.kind "
      + "FROM grid_work_calendar c LEFT JOIN grid_work_calendar_day d ON d.township_id = c.township_id ";

  /** The calendar and its days in one query (one round trip): one row per day, or one row of nulls for none. */
  static final String LOAD = SELECT + "WHERE c.township_id = ?";

  /** The calendar of a request's township, for its id; no rows when there is no such request or calendar. */
  static final String OF_REQUEST =
      SELECT + "WHERE c.township_id = (SELECT township_id FROM " + RequestRowCodec.TABLE + " WHERE id = ?)";

  /**
   * Remembers a township's calendar, read with a request ({@link #OF_REQUEST}) or a place ({@link #LOAD}), for the
   * rest of the calling thread's transaction; nothing outside a unit of work.
   *
   * @param unitOfWork the unit of work
   * @param township the township
   * @param rows the rows of {@link #OF_REQUEST} or {@link #LOAD}
   */
  static void remember(JdbcUnitOfWork unitOfWork, TownshipId township, ResultSet rows) throws SQLException {
    Optional<WorkCalendar> calendar;
    try {
      calendar = read(township, rows);
    } catch (RowMappingException e) {
      return; // not remembered: forTownship reads it again and fails there, where it failed before
    }
    Map<TownshipId, Optional<WorkCalendar>> read = unitOfWork.transactionScoped(READ, HashMap::new);
    if (read != null) {
      read.put(township, calendar);
    }
  }

  private Optional<WorkCalendar> load(TownshipId township) {
    return unitOfWork.run("reading the calendar of " + township, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(LOAD)) {
        statement.setString(1, township.value());
        try (ResultSet rows = statement.executeQuery()) {
          return read(township, rows);
        }
      }
    });
  }

  /**
   * The calendars made lately, by the text of their rows: a command reads its township's calendar with its request,
   * and parsing thirty-odd holidays into a calendar every time took about 6% of a REST request thread's samples.
   * Keyed by the whole text, so a calendar changed by any node (or another database with the same township id) is
   * a new key and is parsed afresh; only the parsing is saved, not the reading.
   */
  private static final Cache<String, WorkCalendar> PARSED = CacheBuilder.newBuilder().maximumSize(1_000).build();

  /** Reads the rows of {@link #LOAD} or {@link #OF_REQUEST}. */
  private static Optional<WorkCalendar> read(TownshipId township, ResultSet rows) throws SQLException {
    String zone = null;
    String end = null;
    String rest = null;
    List<String> days = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    boolean any = false;
    while (rows.next()) {
      if (!any) {
        any = true;
        zone = rows.getString(1);
        end = rows.getString(2);
        rest = rows.getString(3);
        key(key, zone);
        key(key, end);
        key(key, rest);
      }
      String day = rows.getString(4);
      if (day == null) {
        continue; // the calendar has no days
      }
      String kind = rows.getString(5);
      days.add(day);
      days.add(kind);
      key(key, day);
      key(key, kind);
    }
    if (!any) {
      return Optional.empty();
    }
    String text = key.toString();
    WorkCalendar known = PARSED.getIfPresent(text);
    if (known != null) {
      return Optional.of(known);
    }
    WorkCalendar parsed = parse(township, zone, end, rest, days);
    PARSED.put(text, parsed);
    return Optional.of(parsed);
  }

  /** Adds a value to a key of {@link #PARSED}: its length and itself, so that no two rows' texts make one key. */
  private static void key(StringBuilder key, String value) {
    if (value == null) {
      key.append("-1;");
    } else {
      key.append(value.length()).append(':').append(value);
    }
  }

  /** Makes the calendar of the texts {@link #read} collected, each refusal naming its table, row and column. */
  private static WorkCalendar parse(TownshipId township, String zoneText, String endText, String restText,
      List<String> days) {
    String calendarTable = "grid_work_calendar";
    RowReader c = new RowReader(null, calendarTable).row(township.value());
    ZoneId zone = Sql.mapped(calendarTable, township.value(), "zone", zoneText, ZoneId::of);
    LocalTime end = Sql.mapped(calendarTable, township.value(), "end_of_working_day", endText, LocalTime::parse);
    if (restText == null) {
      throw c.error("rest_days", "is null");
    }
    List<DayOfWeek> rest = new ArrayList<>();
    if (!restText.isEmpty()) {
      for (String day : restText.split(",", -1)) {
        rest.add(c.check("rest_days", () -> DayOfWeek.valueOf(day)));
      }
    }
    List<LocalDate> holidays = new ArrayList<>();
    List<LocalDate> makeUp = new ArrayList<>();
    for (int i = 0; i < days.size(); i += 2) {
      String row = township.value() + "/" + days.get(i);
      LocalDate day = Sql.mapped("grid_work_calendar_day", row, "calendar_day", days.get(i), LocalDate::parse);
      RowReader d = new RowReader(null, "grid_work_calendar_day").row(row);
      String kind = days.get(i + 1);
      if (kind == null) {
        throw d.error("kind", "is null");
      }
      switch (kind) {
        case "HOLIDAY" -> holidays.add(day);
        case "MAKE_UP" -> makeUp.add(day);
        default -> throw d.error("kind", "'" + kind + "' is not HOLIDAY or MAKE_UP");
      }
    }
    return c.check("rest_days", () -> WorkCalendar.of(zone, end, rest, holidays, makeUp));
  }
}
