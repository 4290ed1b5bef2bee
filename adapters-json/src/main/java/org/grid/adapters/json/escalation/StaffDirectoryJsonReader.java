package org.grid.adapters.json.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.Office;

/**
 * Reads a staff directory (人员任职名录) file: the appointments a county feeds its {@code StaffDirectory} with (for
 * example {@code InMemoryStaffDirectory.saveAll}), the format documented in {@code docs/escalation.md}. The file is
 * an object with one array, {@code staff}, as the {@code staff} of a scenario:
 *
 * <pre>{@code
 * {"example": true,
 *  "staff": [{"person": "li-district-head", "role": "leader",
 *             "office": {"tier": "DISTRICT_GRID", "county": "C1", "township": "T01", "unit": "T01-D1"},
 *             "from": "2026-01-01T00:00+08:00", "until": "2027-01-01T00:00+08:00"}]}
 * }</pre>
 *
 * <p>An office names exactly the path parts its tier needs; {@code from} and the optional {@code until} are ISO 8601
 * date-times with an offset, {@code until} after {@code from}. Bad input is one {@link JsonInputException} listing
 * every problem with its JSON path: a missing or surplus office part, a bad id, tier or time, the same appointment
 * (person, office, role and start) listed twice (naming both rows), a field the format does not have, a duplicate
 * key or content after the JSON value. Immutable and thread-safe.
 */
public final class StaffDirectoryJsonReader implements JsonReader<List<Appointment>> {

  private static final Set<String> APPOINTMENT = Set.of("person", "role", "office", "from", "until");
  private static final String INSTANT = "a date-time with offset such as 2026-03-02T08:00+08:00";

  private StaffDirectoryJsonReader() {}

  /**
   * Returns a reader.
   *
   * @return a reader
   */
  public static StaffDirectoryJsonReader create() {
    return new StaffDirectoryJsonReader();
  }

  /**
   * Reads a staff directory from a stream (UTF-8) to its end; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name or URL), not null
   * @return the appointments in file order
   * @throws JsonInputException if the stream cannot be read or breaks the format
   */
  @Override
  public List<Appointment> read(InputStream in, String source) {
    return JsonInput.read(in, source, (input, root) -> {
      input.root(root, Set.of("staff"));
      if (!root.hasNonNull("staff")) {
        input.problem("$.staff", "is missing, expected an array");
      }
      return staff(input, root, "$");
    });
  }

  /** Reads the optional {@code staff} of {@code parent}; bad appointments are problems and left out. */
  static List<Appointment> staff(JsonInput in, JsonNode parent, String path) {
    List<Appointment> staff = new ArrayList<>();
    JsonNode nodes = in.array(parent, "staff", path, false);
    if (nodes == null) {
      return staff;
    }
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      String p = path + ".staff[" + i + "]";
      JsonNode a = in.object(nodes.get(i), p);
      if (a == null) {
        continue;
      }
      int before = in.problemCount();
      in.fields(a, p, APPOINTMENT);
      PersonId person = in.value(a, "person", p, "a person id", PersonId::of);
      String role = in.text(a, "role", p);
      Office office = OfficeJson.office(in, a.get("office"), p + ".office");
      Instant from = in.value(a, "from", p, INSTANT, StaffDirectoryJsonReader::instant);
      Instant until = in.optionalValue(a, "until", p, INSTANT, StaffDirectoryJsonReader::instant);
      if (in.problemCount() > before) {
        continue;
      }
      Appointment appointment;
      try {
        appointment = new Appointment(person, office, role, from, until);
      } catch (IllegalArgumentException e) {
        in.problem(p + (e.getMessage().startsWith("until") ? ".until" : ".role"), e.getMessage());
        continue;
      }
      Integer earlier = seen.putIfAbsent(List.of(person, office, role, from), i);
      if (earlier != null) {
        in.problem(p, "the same appointment (person, office, role and from) is listed already at "
            + path + ".staff[" + earlier + "]");
        continue;
      }
      staff.add(appointment);
    }
    return staff;
  }

  /** Parses an ISO 8601 date-time with an offset. */
  static Instant instant(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }
}
