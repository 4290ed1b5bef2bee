package org.grid.adapters.json.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;
import org.grid.core.model.jurisdiction.Ids;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.StaffCommand;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.model.WorkCalendar;
import org.grid.escalation.port.in.RequestCommand;

/**
 * Reads a request scenario file (诉求场景, the replay format of {@code docs/escalation.md}): a start, a work calendar,
 * a routing table and dated steps of commands ({@code report}, {@code accept} or {@code assign}, {@code route},
 * {@code escalate}, {@code return}, {@code suspend}, {@code resume}, {@code resolve}, {@code feedback},
 * {@code rate}, {@code withdraw}, {@code onSite}, {@code recategorize}, {@code closeAsDuplicate}) and clock
 * advances ({@code advance}, or {@code remind}, which is the same: the sweep issues reminders when the clock passes a
 * deadline), with the trust boundary the replay authorizes them through: the staff directory ({@code staff}, as
 * {@link StaffDirectoryJsonReader} reads it), the places of the townships' plans ({@code places}) and, optionally,
 * the permission table ({@code permissions}, role → commands, and {@code staffMayHandleOwnReport}; else {@link
 * AuthorizationPolicy#defaults()}).
 *
 * <p>A staff actor is {@code {"person", "role", "tier", "county", "township"?, "district"?, "village"?, "unit"}}
 * and a {@code complaintAgainst} office the same without person and role: exactly the path parts the tier needs
 * (a village grid office names township, district and village; a district office its township; the other tiers
 * only the county). A citizen is {@code {"citizen"}}.
 *
 * <p>Bad input is one {@link JsonInputException} listing every problem with its JSON path: an unknown command, a
 * step that goes back in time, a missing or bad value, an office part missing or surplus for its tier, a grid or
 * an appointment listed twice, a field the step's command does not have (a misspelled {@code urgency}, say), a
 * duplicate key or content after the JSON value. Immutable and thread-safe.
 */
public final class ScenarioJsonReader implements JsonReader<Scenario> {

  private static final List<String> COMMANDS =
      List.of("report", "accept", "assign", "route", "escalate", "return", "suspend", "resume", "resolve",
          "feedback", "rate", "withdraw", "onSite", "recategorize", "closeAsDuplicate");

  private static final Set<String> ROOT = Set.of("description", "start", "calendar", "routes", "staff", "places",
      "permissions", "staffMayHandleOwnReport", "steps");
  private static final List<String> STEP = List.of("at", "command", "id", "request", "actor", "expectedVersion");
  private static final Map<String, List<String>> COMMAND_FIELDS =
      Map.ofEntries(
          Map.entry("report",
              List.of("reporter", "place", "category", "description", "urgency", "mustAttend", "complaintAgainst")),
          Map.entry("accept", List.of("assignee")),
          Map.entry("assign", List.of("assignee")),
          Map.entry("route", List.of("department")),
          Map.entry("escalate", List.of("reason")),
          Map.entry("return", List.of("reason")),
          Map.entry("suspend", List.of("reason")),
          Map.entry("resume", List.of()),
          Map.entry("resolve", List.of("summary")),
          Map.entry("feedback", List.of("result")),
          Map.entry("rate", List.of("rating")),
          Map.entry("withdraw", List.of("reason")),
          Map.entry("onSite", List.of()),
          Map.entry("recategorize", List.of("category", "reason")),
          Map.entry("closeAsDuplicate", List.of("original", "reason")));
  private static final Set<String> ADVANCE = Set.of("at", "command");

  private static final String INSTANT = "a date-time with offset such as 2026-03-02T08:00+08:00";

  private ScenarioJsonReader() {}

  /**
   * Returns a reader.
   *
   * @return a reader
   */
  public static ScenarioJsonReader create() {
    return new ScenarioJsonReader();
  }

  /**
   * Reads a scenario from a stream (UTF-8) to its end; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name or URL), not null
   * @return the scenario
   * @throws JsonInputException if the stream cannot be read or breaks the format
   */
  @Override
  public Scenario read(InputStream in, String source) {
    return JsonInput.read(in, source, ScenarioJsonReader::scenario);
  }

  private static Scenario scenario(JsonInput in, JsonNode root) {
    in.root(root, ROOT);
    String description = "";
    if (root.hasNonNull("description")) {
      description = in.text(root, "description", "$");
    }
    Instant start = in.value(root, "start", "$", INSTANT, ScenarioJsonReader::instant);
    WorkCalendar calendar = WorkCalendarJsonReader.calendar(in, root.path("calendar"), "$.calendar");
    List<Route> routes = RoutingTableJsonReader.routes(in, root, "$");
    List<Appointment> staff = StaffDirectoryJsonReader.staff(in, root, "$");
    List<Place> places = places(in, root, "$");
    AuthorizationPolicy authorization = authorization(in, root, "$");
    List<Scenario.Step> steps = new ArrayList<>();
    JsonNode stepNodes = in.array(root, "steps", "$", true);
    if (stepNodes != null) {
      Instant previous = start;
      for (int i = 0; i < stepNodes.size(); i++) {
        String p = "$.steps[" + i + "]";
        JsonNode node = in.object(stepNodes.get(i), p);
        Scenario.Step step = node == null ? null : step(in, node, p, i);
        if (step == null) {
          continue;
        }
        if (previous != null && step.at().isBefore(previous)) {
          in.problem(p + ".at", "goes back in time: " + step.at() + " is before " + previous);
        }
        previous = step.at();
        steps.add(step);
      }
    }
    if (in.hasProblems()) {
      return null;
    }
    return new Scenario(description, start, calendar, routes, steps, staff, places, authorization);
  }

  private static Scenario.Step step(JsonInput in, JsonNode s, String p, int index) {
    int before = in.problemCount();
    Instant at = in.value(s, "at", p, INSTANT, ScenarioJsonReader::instant);
    String name = in.text(s, "command", p);
    if (name == null) {
      return null;
    }
    if (name.equals("advance") || name.equals("remind")) {
      in.fields(s, p, ADVANCE);
      return at == null ? null : new Scenario.Step(index, at, name, null, null);
    }
    if (!COMMANDS.contains(name)) {
      in.problem(p + ".command", "unknown command \"" + name + "\"; expected one of " + COMMANDS
          + ", advance, remind");
      return null;
    }
    Set<String> known = new HashSet<>(STEP);
    known.addAll(COMMAND_FIELDS.get(name));
    in.fields(s, p, known);
    CommandId commandId = s.hasNonNull("id")
        ? in.value(s, "id", p, "a command id", CommandId::of)
        : CommandId.of("step-" + index);
    RequestId request = in.value(s, "request", p, "a request id", RequestId::of);
    Actor actor = ActorJson.read(in, s.path("actor"), p + ".actor", false);
    Long version = null;
    if (s.hasNonNull("expectedVersion")) {
      JsonNode v = s.get("expectedVersion");
      if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
        in.problem(p + ".expectedVersion", "must be a whole number, at least 0, was " + JsonInput.describe(v));
      } else {
        version = v.asLong();
      }
    }
    LongFunction<RequestCommand> command = command(in, s, p, name, commandId, request, actor);
    if (in.problemCount() > before || at == null || command == null) {
      return null;
    }
    return new Scenario.Step(index, at, name, version, command);
  }

  private static LongFunction<RequestCommand> command(
      JsonInput in, JsonNode s, String p, String name, CommandId commandId, RequestId request, Actor actor) {
    return switch (name) {
      case "report" -> {
        PersonId reporter;
        if (s.hasNonNull("reporter")) {
          reporter = in.value(s, "reporter", p, "a person id", PersonId::of);
        } else if (actor instanceof Actor.Citizen c) {
          reporter = c.person();
        } else {
          reporter = null;
          if (actor != null) {
            in.problem(p + ".reporter", "is missing (needed when staff report for a citizen)");
          }
        }
        Place place = OfficeJson.place(in, s.path("place"), p + ".place");
        Category category = in.value(s, "category", p, "a category", Category::of);
        String description = in.text(s, "description", p);
        Urgency urgency = s.hasNonNull("urgency")
            ? in.value(s, "urgency", p, "NORMAL or URGENT", t -> Urgency.valueOf(t.toUpperCase(Locale.ROOT)))
            : Urgency.NORMAL;
        MustAttendType must = in.optionalValue(s, "mustAttend", p,
            "EMERGENCY, MAJOR_CONSTRUCTION, PETITION or URGENT_HARDSHIP",
            t -> MustAttendType.valueOf(t.toUpperCase(Locale.ROOT)));
        Office complaint = s.hasNonNull("complaintAgainst")
            ? OfficeJson.office(in, s.get("complaintAgainst"), p + ".complaintAgainst") : null;
        yield v -> new RequestCommand.Report(
            commandId, request, actor, reporter, place, category, description, urgency, must, complaint);
      }
      case "accept", "assign" -> {
        PersonId assignee = in.value(s, "assignee", p, "a person id", PersonId::of);
        yield v -> new RequestCommand.Accept(commandId, request, v, actor, assignee);
      }
      case "route" -> {
        DepartmentId department = in.optionalValue(s, "department", p, "a department id", DepartmentId::of);
        yield v -> new RequestCommand.Route(commandId, request, v, actor, department);
      }
      case "escalate" -> {
        String reason = in.text(s, "reason", p);
        yield v -> new RequestCommand.Escalate(commandId, request, v, actor, reason);
      }
      case "return" -> {
        String reason = in.text(s, "reason", p);
        yield v -> new RequestCommand.Return(commandId, request, v, actor, reason);
      }
      case "suspend" -> {
        String reason = in.text(s, "reason", p);
        yield v -> new RequestCommand.Suspend(commandId, request, v, actor, reason);
      }
      case "resume" -> v -> new RequestCommand.Resume(commandId, request, v, actor);
      case "resolve" -> {
        String summary = in.text(s, "summary", p);
        yield v -> new RequestCommand.Resolve(commandId, request, v, actor, summary);
      }
      case "feedback" -> {
        String result = in.text(s, "result", p);
        yield v -> new RequestCommand.Feedback(commandId, request, v, actor, result);
      }
      case "rate" -> {
        Rating rating = in.value(s, "rating", p, "SATISFIED, BASICALLY_SATISFIED or DISSATISFIED",
            t -> {
              Rating r = Rating.valueOf(t.toUpperCase(Locale.ROOT));
              if (r == Rating.NO_RATING) {
                throw new IllegalArgumentException("NO_RATING is recorded when the window lapses");
              }
              return r;
            });
        yield v -> new RequestCommand.Rate(commandId, request, v, actor, rating);
      }
      case "withdraw" -> {
        String reason = in.text(s, "reason", p);
        yield v -> new RequestCommand.Withdraw(commandId, request, v, actor, reason);
      }
      case "onSite" -> v -> new RequestCommand.OnSite(commandId, request, v, actor);
      case "recategorize" -> {
        Category category = in.value(s, "category", p, "a category", Category::of);
        String reason = in.text(s, "reason", p);
        yield v -> new RequestCommand.Recategorize(commandId, request, v, actor, category, reason);
      }
      case "closeAsDuplicate" -> {
        RequestId original = in.value(s, "original", p, "a request id", RequestId::of);
        String reason = in.text(s, "reason", p);
        yield v -> new RequestCommand.CloseAsDuplicate(commandId, request, v, actor, original, reason);
      }
      default -> throw new IllegalStateException("command list and switch disagree on " + name);
    };
  }

  /**
   * Reads the optional {@code places}: each a place of a township's current plan; a grid of a township listed twice
   * (the same or with another district or village) is a problem naming both rows.
   */
  private static List<Place> places(JsonInput in, JsonNode root, String path) {
    List<Place> places = new ArrayList<>();
    JsonNode nodes = in.array(root, "places", path, false);
    if (nodes == null) {
      return places;
    }
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      String p = path + ".places[" + i + "]";
      Place place = OfficeJson.place(in, nodes.get(i), p);
      if (place == null) {
        continue;
      }
      Integer earlier = seen.putIfAbsent(List.of(place.county(), place.township(), place.grid()), i);
      if (earlier != null) {
        in.problem(p + ".grid", "grid " + place.grid() + " of township " + place.township() + " of county "
            + place.county() + " is listed already at " + path + ".places[" + earlier + "]");
        continue;
      }
      places.add(place);
    }
    return places;
  }

  /**
   * Reads the optional {@code permissions} (role → commands, the whole table) and {@code staffMayHandleOwnReport};
   * without them, {@link AuthorizationPolicy#defaults()}.
   */
  private static AuthorizationPolicy authorization(JsonInput in, JsonNode root, String path) {
    AuthorizationPolicy defaults = AuthorizationPolicy.defaults();
    boolean ownReport = defaults.staffMayHandleOwnReport();
    JsonNode own = root.get("staffMayHandleOwnReport");
    if (own != null && !own.isNull()) {
      if (own.isBoolean()) {
        ownReport = own.booleanValue();
      } else {
        in.problem(path + ".staffMayHandleOwnReport", "must be true or false, was " + JsonInput.describe(own));
      }
    }
    Map<String, Set<StaffCommand>> table = new LinkedHashMap<>(defaults.permissions());
    JsonNode permissions = root.get("permissions");
    if (permissions != null && !permissions.isNull()) {
      String p = path + ".permissions";
      table.clear();
      if (in.object(permissions, p) != null) {
        Iterator<String> roles = permissions.fieldNames();
        while (roles.hasNext()) {
          String role = roles.next();
          String at = JsonInput.member(p, role);
          try {
            Ids.requireValidId(role, "role");
          } catch (IllegalArgumentException e) {
            in.problem(at, e.getMessage());
            continue;
          }
          if (!permissions.get(role).isArray()) {
            in.problem(at, "must be an array of commands " + List.of(StaffCommand.values()) + ", was "
                + JsonInput.describe(permissions.get(role)));
            continue;
          }
          table.put(role, in.constants(permissions, role, p, StaffCommand.class));
        }
      }
    }
    return AuthorizationPolicy.of(table, ownReport);
  }

  private static Instant instant(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }
}
