package org.grid.adapters.json.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * <p>A malformed file is rejected with an {@link EscalationJsonException} naming the file, the JSON path and the
 * problem (a bad date, an unknown zone, a day both holiday and make-up day, a repeated day, ...).
 */
public final class WorkCalendarJson {

  private WorkCalendarJson() {}

  /**
   * Reads a calendar file.
   *
   * @param file the file, not null
   * @return the calendar
   * @throws EscalationJsonException if the file cannot be read or is malformed
   */
  public static WorkCalendar read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new EscalationJsonException(file.toString(), "$", "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a calendar from a stream.
   *
   * @param source the name of the file or resource, for messages, not null
   * @param in the JSON, not null; not closed
   * @return the calendar
   * @throws EscalationJsonException if the JSON is malformed
   */
  public static WorkCalendar read(String source, InputStream in) {
    Json json = new Json(source);
    return fromNode(json, json.parse(in), "$");
  }

  static WorkCalendar fromNode(Json json, JsonNode node, String path) {
    json.object(node, path);
    JsonNode example = node.get("example");
    if (example != null && !example.isBoolean()) {
      throw json.fail(path + ".example", "must be true or false");
    }
    ZoneId zone = json.convert(node, "zone", path, "a time zone id such as Asia/Shanghai", ZoneId::of);
    LocalTime end = json.convert(node, "endOfWorkingDay", path, "a time such as 17:30", Json::time);
    List<DayOfWeek> rest =
        json.list(node, "restDays", path, true, "a day of the week such as SATURDAY",
            s -> DayOfWeek.valueOf(s.toUpperCase(Locale.ROOT)));
    List<LocalDate> holidays = json.list(node, "holidays", path, false, "a date such as 2026-10-01", Json::date);
    List<LocalDate> makeUp =
        json.list(node, "makeUpWorkingDays", path, false, "a date such as 2026-10-10", Json::date);
    requireDistinct(json, holidays, path + ".holidays");
    requireDistinct(json, makeUp, path + ".makeUpWorkingDays");
    for (int i = 0; i < makeUp.size(); i++) {
      if (holidays.contains(makeUp.get(i))) {
        throw json.fail(path + ".makeUpWorkingDays[" + i + "]",
            makeUp.get(i) + " is also listed as a holiday; a day is one or the other");
      }
    }
    try {
      return WorkCalendar.of(zone, end, rest, holidays, makeUp);
    } catch (IllegalArgumentException e) {
      throw json.fail(path, e.getMessage());
    }
  }

  private static <T> void requireDistinct(Json json, List<T> items, String path) {
    Set<T> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      if (!seen.add(items.get(i))) {
        throw json.fail(path + "[" + i + "]", items.get(i) + " is listed twice");
      }
    }
  }
}
