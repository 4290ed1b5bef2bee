package org.grid.adapters.json.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.DepartmentId;
import org.grid.core.model.partition.GridId;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.model.WorkCalendar;
import org.grid.escalation.port.in.RequestCommand;

/**
 * Reads a request scenario file (the replay format of {@code docs/escalation.md}): a start, a work calendar, a
 * routing table and dated steps of commands ({@code report}, {@code accept} or {@code assign}, {@code route},
 * {@code escalate}, {@code return}, {@code suspend}, {@code resume}, {@code resolve}, {@code feedback},
 * {@code rate}, {@code withdraw}, {@code onSite}) and clock advances ({@code advance}, or {@code remind}, which
 * is the same: the sweep issues reminders when the clock passes a deadline).
 */
public final class ScenarioJson {

  private static final List<String> COMMANDS =
      List.of("report", "accept", "assign", "route", "escalate", "return", "suspend", "resume", "resolve",
          "feedback", "rate", "withdraw", "onSite");

  private ScenarioJson() {}

  /**
   * Reads a scenario file.
   *
   * @param file the file, not null
   * @return the scenario
   * @throws EscalationJsonException if the file cannot be read or is malformed
   */
  public static Scenario read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new EscalationJsonException(file.toString(), "$", "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a scenario from a stream.
   *
   * @param source the name of the file or resource, for messages, not null
   * @param in the JSON, not null; not closed
   * @return the scenario
   * @throws EscalationJsonException if the JSON is malformed
   */
  public static Scenario read(String source, InputStream in) {
    Json json = new Json(source);
    JsonNode root = json.object(json.parse(in), "$");
    String description = root.path("description").asText("");
    Instant start = json.convert(root, "start", "$", "a date-time with offset such as 2026-03-02T08:00+08:00",
        Json::instant);
    WorkCalendar calendar = WorkCalendarJson.fromNode(json, json.required(root, "calendar", "$"), "$.calendar");
    List<Route> routes = RoutingTableJson.routes(json, root, "$");
    JsonNode stepNodes = json.required(root, "steps", "$");
    if (!stepNodes.isArray()) {
      throw json.fail("$.steps", "must be an array");
    }
    List<Scenario.Step> steps = new ArrayList<>();
    Instant previous = start;
    for (int i = 0; i < stepNodes.size(); i++) {
      String p = "$.steps[" + i + "]";
      Scenario.Step step = step(json, json.object(stepNodes.get(i), p), p, i);
      if (step.at().isBefore(previous)) {
        throw json.fail(p + ".at", "goes back in time: " + step.at() + " is before " + previous);
      }
      previous = step.at();
      steps.add(step);
    }
    return new Scenario(description, start, calendar, routes, steps);
  }

  private static Scenario.Step step(Json json, JsonNode s, String p, int index) {
    Instant at = json.convert(s, "at", p, "a date-time with offset", Json::instant);
    String name = json.text(s, "command", p);
    if (name.equals("advance") || name.equals("remind")) {
      return new Scenario.Step(index, at, name, null, null);
    }
    if (!COMMANDS.contains(name)) {
      throw json.fail(p + ".command", "unknown command '" + name + "'; expected one of " + COMMANDS
          + ", advance, remind");
    }
    CommandId commandId =
        s.hasNonNull("id") ? json.convert(s, "id", p, "a command id", CommandId::of) : CommandId.of("step-" + index);
    RequestId request = json.convert(s, "request", p, "a request id", RequestId::of);
    Actor actor = actor(json, json.required(s, "actor", p), p + ".actor");
    Long version = null;
    if (s.hasNonNull("expectedVersion")) {
      JsonNode v = s.get("expectedVersion");
      if (!v.canConvertToLong() || v.asLong() < 0) {
        throw json.fail(p + ".expectedVersion", "must be a whole number, at least 0");
      }
      version = v.asLong();
    }
    return switch (name) {
      case "report" -> {
        PersonId reporter =
            s.hasNonNull("reporter")
                ? json.convert(s, "reporter", p, "a person id", PersonId::of)
                : actor instanceof Actor.Citizen c ? c.person() : null;
        if (reporter == null) {
          throw json.fail(p + ".reporter", "is missing (needed when staff report for a citizen)");
        }
        Place place = place(json, json.required(s, "place", p), p + ".place");
        Category category = json.convert(s, "category", p, "a category", Category::of);
        String description = json.text(s, "description", p);
        Urgency urgency =
            s.hasNonNull("urgency")
                ? json.convert(s, "urgency", p, "NORMAL or URGENT", t -> Urgency.valueOf(t.toUpperCase(Locale.ROOT)))
                : Urgency.NORMAL;
        MustAttendType must = json.optionalConvert(s, "mustAttend", p,
            "EMERGENCY, MAJOR_CONSTRUCTION, PETITION or URGENT_HARDSHIP",
            t -> MustAttendType.valueOf(t.toUpperCase(Locale.ROOT)));
        Office complaint = s.hasNonNull("complaintAgainst")
            ? office(json, s.get("complaintAgainst"), p + ".complaintAgainst") : null;
        yield new Scenario.Step(index, at, name, version, v -> new RequestCommand.Report(
            commandId, request, actor, reporter, place, category, description, urgency, must, complaint));
      }
      case "accept", "assign" -> {
        PersonId assignee = json.convert(s, "assignee", p, "a person id", PersonId::of);
        yield new Scenario.Step(index, at, name, version,
            v -> new RequestCommand.Accept(commandId, request, v, actor, assignee));
      }
      case "route" -> {
        DepartmentId department = json.optionalConvert(s, "department", p, "a department id", DepartmentId::of);
        yield new Scenario.Step(index, at, name, version,
            v -> new RequestCommand.Route(commandId, request, v, actor, department));
      }
      case "escalate" -> {
        String reason = json.text(s, "reason", p);
        yield new Scenario.Step(index, at, name, version,
            v -> new RequestCommand.Escalate(commandId, request, v, actor, reason));
      }
      case "return" -> {
        String reason = json.text(s, "reason", p);
        yield new Scenario.Step(index, at, name, version,
            v -> new RequestCommand.Return(commandId, request, v, actor, reason));
      }
      case "suspend" -> {
        String reason = json.text(s, "reason", p);
        yield new Scenario.Step(index, at, name, version,
            v -> new RequestCommand.Suspend(commandId, request, v, actor, reason));
      }
      case "resume" -> new Scenario.Step(index, at, name, version,
          v -> new RequestCommand.Resume(commandId, request, v, actor));
      case "resolve" -> {
        String summary = json.text(s, "summary", p);
        yield new Scenario.Step(index, at, name, version,
            v -> new RequestCommand.Resolve(commandId, request, v, actor, summary));
      }
      case "feedback" -> {
        String result = json.text(s, "result", p);
        yield new Scenario.Step(index, at, name, version,
            v -> new RequestCommand.Feedback(commandId, request, v, actor, result));
      }
      case "rate" -> {
        Rating rating = json.convert(s, "rating", p, "SATISFIED, BASICALLY_SATISFIED or DISSATISFIED",
            t -> {
              Rating r = Rating.valueOf(t.toUpperCase(Locale.ROOT));
              if (r == Rating.NO_RATING) {
                throw new IllegalArgumentException("NO_RATING is recorded when the window lapses");
              }
              return r;
            });
        yield new Scenario.Step(index, at, name, version,
            v -> new RequestCommand.Rate(commandId, request, v, actor, rating));
      }
      case "withdraw" -> {
        String reason = json.text(s, "reason", p);
        yield new Scenario.Step(index, at, name, version,
            v -> new RequestCommand.Withdraw(commandId, request, v, actor, reason));
      }
      case "onSite" -> new Scenario.Step(index, at, name, version,
          v -> new RequestCommand.OnSite(commandId, request, v, actor));
      default -> throw new IllegalStateException("command list and switch disagree on " + name);
    };
  }

  private static Actor actor(Json json, JsonNode a, String p) {
    json.object(a, p);
    if (a.hasNonNull("citizen")) {
      return Actor.citizen(json.convert(a, "citizen", p, "a person id", PersonId::of));
    }
    PersonId person = json.convert(a, "person", p, "a person id", PersonId::of);
    String role = json.text(a, "role", p);
    return Actor.staff(person, role, office(json, a, p));
  }

  private static Office office(Json json, JsonNode o, String p) {
    json.object(o, p);
    Tier tier = json.convert(o, "tier", p,
        "a tier: VILLAGE_GRID, DISTRICT_GRID, TOWNSHIP_OFFICE, COUNTY_OFFICE or DEPARTMENT",
        t -> Tier.valueOf(t.toUpperCase(Locale.ROOT)));
    String unit = json.text(o, "unit", p);
    try {
      return new Office(tier, unit);
    } catch (IllegalArgumentException e) {
      throw json.fail(p + ".unit", e.getMessage());
    }
  }

  private static Place place(Json json, JsonNode n, String p) {
    json.object(n, p);
    return new Place(
        json.convert(n, "county", p, "a county id", CountyId::of),
        json.convert(n, "township", p, "a township id", TownshipId::of),
        json.convert(n, "district", p, "a district id", DistrictId::of),
        json.convert(n, "village", p, "a village id", VillageId::of),
        json.convert(n, "grid", p, "a grid id", GridId::of));
  }
}
