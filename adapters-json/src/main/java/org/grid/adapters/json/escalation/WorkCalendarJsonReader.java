package org.grid.adapters.json.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;
import org.grid.escalation.model.WorkCalendar;

/**
 * Reads a work calendar (工作日历) file, the format documented in {@code docs/escalation.md}:
 *
 * <pre>{@code
 * {"example": true, "zone": "Asia/Shanghai", "endOfWorkingDay": "17:30",
 *  "restDays": ["SATURDAY", "SUNDAY"],
 *  "holidays": ["2026-10-01"], "makeUpWorkingDays": ["2026-10-10"]}
 * }</pre>
 *
 * <p>Bad input is one {@link JsonInputException} listing every problem with its JSON path: a bad date, an unknown
 * zone, a day both holiday and make-up day, a repeated day, a field the format does not have, a duplicate key or
 * content after the JSON value. Immutable and thread-safe.
 */
public final class WorkCalendarJsonReader implements JsonReader<WorkCalendar> {

  private static final Set<String> FIELDS =
      Set.of("example", "note", "zone", "endOfWorkingDay", "restDays", "holidays", "makeUpWorkingDays");

  private WorkCalendarJsonReader() {}

  /**
   * Returns a reader.
   *
   * @return a reader
   */
  public static WorkCalendarJsonReader create() {
    return new WorkCalendarJsonReader();
  }

  /**
   * Reads a calendar from a stream (UTF-8) to its end; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name or URL), not null
   * @return the calendar
   * @throws JsonInputException if the stream cannot be read or breaks the format
   */
  @Override
  public WorkCalendar read(InputStream in, String source) {
    return JsonInput.read(in, source, (input, root) -> calendar(input, root, "$"));
  }

  /** Reads the calendar at {@code path}, or returns null after recording its problems. */
  static WorkCalendar calendar(JsonInput in, JsonNode node, String path) {
    if (in.object(node, path) == null) {
      return null;
    }
    int before = in.problemCount();
    in.fields(node, path, FIELDS);
    JsonNode example = node.get("example");
    if (example != null && !example.isBoolean()) {
      in.problem(path + ".example", "must be true or false, was " + JsonInput.describe(example));
    }
    if (node.has("note")) {
      in.text(node, "note", path);
    }
    ZoneId zone = in.value(node, "zone", path, "a time zone id such as Asia/Shanghai", ZoneId::of);
    LocalTime end = in.value(node, "endOfWorkingDay", path, "a time such as 17:30", LocalTime::parse);
    List<DayOfWeek> rest = in.values(node, "restDays", path, true, "a day of the week such as SATURDAY",
        s -> DayOfWeek.valueOf(s.toUpperCase(Locale.ROOT)));
    List<LocalDate> holidays = in.values(node, "holidays", path, false, "a date such as 2026-10-01",
        LocalDate::parse);
    List<LocalDate> makeUp = in.values(node, "makeUpWorkingDays", path, false, "a date such as 2026-10-10",
        LocalDate::parse);
    // Indexes name array elements only while no element was left out as bad.
    boolean holidaysWhole = holidays.size() == node.path("holidays").size();
    boolean makeUpWhole = makeUp.size() == node.path("makeUpWorkingDays").size();
    if (holidaysWhole) {
      requireDistinct(in, holidays, path + ".holidays");
    }
    if (makeUpWhole) {
      requireDistinct(in, makeUp, path + ".makeUpWorkingDays");
      // A set, not the list: a calendar may list a hundred thousand days of each within the input limits.
      Set<LocalDate> holidaySet = new HashSet<>(holidays);
      for (int i = 0; i < makeUp.size(); i++) {
        if (holidaySet.contains(makeUp.get(i))) {
          in.problem(path + ".makeUpWorkingDays[" + i + "]",
              makeUp.get(i) + " is also listed as a holiday; a day is one or the other");
        }
      }
    }
    if (in.problemCount() > before) {
      return null;
    }
    try {
      return WorkCalendar.of(zone, end, rest, holidays, makeUp);
    } catch (IllegalArgumentException e) {
      in.problem(path, e.getMessage());
      return null;
    }
  }

  private static <T> void requireDistinct(JsonInput in, List<T> items, String path) {
    Set<T> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      if (!seen.add(items.get(i))) {
        in.problem(path + "[" + i + "]", items.get(i) + " is listed twice");
      }
    }
  }
}
