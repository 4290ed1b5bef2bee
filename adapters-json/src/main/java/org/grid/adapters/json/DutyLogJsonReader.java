package org.grid.adapters.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MustAttendKind;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.TeamId;

/**
 * Reads the duty log format of {@code docs/teams.md} into a list of {@link DutyLogEntry}s.
 *
 * <p>Bad input is reported as one {@link JsonInputException} listing every problem with its JSON path: a missing
 * or mistyped field, an unknown entry type, kind or card, a time without an offset, a meeting host that is not
 * exactly one of team, village and township, or a file of another township. Whether the ids name real people,
 * households and grids is for compliance to judge (an unknown visitor simply does not count). Stateless and
 * thread-safe.
 */
public final class DutyLogJsonReader {

  /** The entry types of the format, as written in {@code type}. */
  private static final List<String> TYPES = List.of("round", "visit", "event", "attendance", "meeting", "card");

  private DutyLogJsonReader() {}

  /** Returns a reader. */
  public static DutyLogJsonReader create() {
    return new DutyLogJsonReader();
  }

  /**
   * Reads a duty log file (UTF-8).
   *
   * @param file the file, not null
   * @param township the township the log belongs to, not null
   * @return the entries in the order of the file
   * @throws JsonInputException if the file cannot be read or breaks the format
   */
  public List<DutyLogEntry> read(Path file, TownshipId township) {
    return read(JsonInput.parse(file), file.toString(), township);
  }

  /**
   * Reads a duty log from JSON text.
   *
   * @param json the text, not null
   * @param source what the text is, for messages, not null
   * @param township the township the log belongs to, not null
   * @return the entries in the order of the text
   * @throws JsonInputException if the text breaks the format
   */
  public List<DutyLogEntry> read(String json, String source, TownshipId township) {
    return read(JsonInput.parse(json.getBytes(StandardCharsets.UTF_8), source), source, township);
  }

  private List<DutyLogEntry> read(JsonNode root, String source, TownshipId township) {
    requireNonNull(township, "township");
    JsonInput in = new JsonInput(source);
    JsonValues.root(in, root);
    JsonValues.township(in, root, township.value());
    List<DutyLogEntry> entries = new ArrayList<>();
    JsonNode array = in.array(root, "entries", "$", true);
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        DutyLogEntry entry = entry(in, array.get(i), "$.entries[" + i + "]");
        if (entry != null) {
          entries.add(entry);
        }
      }
    }
    in.throwIfProblems();
    return entries;
  }

  private static DutyLogEntry entry(JsonInput in, JsonNode node, String path) {
    if (in.object(node, path) == null) {
      return null;
    }
    String type = in.text(node, "type", path);
    if (type == null) {
      return null;
    }
    OffsetDateTime at = JsonValues.time(in, node, "at", path);
    switch (type) {
      case "round": {
        EntryId id = in.id(node, "id", path, EntryId::of);
        GridId grid = in.id(node, "grid", path, GridId::of);
        return id == null || grid == null || at == null ? null : new DutyLogEntry.VisitRound(id, grid, at);
      }
      case "visit": {
        PersonId visitor = in.id(node, "visitor", path, PersonId::of);
        HouseholdId household = in.id(node, "household", path, HouseholdId::of);
        boolean roundGiven = node.hasNonNull("round");
        EntryId round = JsonValues.optionalId(in, node, "round", path, EntryId::of);
        return visitor == null || household == null || at == null || (roundGiven && round == null) ? null
            : new DutyLogEntry.Visit(visitor, household, at, Optional.ofNullable(round));
      }
      case "event": {
        EntryId id = in.id(node, "id", path, EntryId::of);
        GridId grid = in.id(node, "grid", path, GridId::of);
        MustAttendKind kind = JsonValues.constant(in, node, "kind", path, MustAttendKind.class);
        return id == null || grid == null || kind == null || at == null ? null
            : new DutyLogEntry.MustAttendEvent(id, grid, kind, at);
      }
      case "attendance": {
        EntryId event = in.id(node, "event", path, EntryId::of);
        PersonId person = in.id(node, "person", path, PersonId::of);
        return event == null || person == null || at == null ? null : new DutyLogEntry.Attendance(event, person, at);
      }
      case "meeting": {
        EntryId id = in.id(node, "id", path, EntryId::of);
        MeetingHost host = host(in, node, path);
        List<PersonId> attendees = JsonValues.ids(in, node, "attendees", path, PersonId::of);
        return id == null || host == null || at == null ? null : DutyLogEntry.Meeting.of(id, host, at, attendees);
      }
      case "card": {
        HouseholdId household = in.id(node, "household", path, HouseholdId::of);
        TeamId team = in.id(node, "team", path, TeamId::of);
        CardKind kind = JsonValues.constant(in, node, "kind", path, CardKind.class);
        return household == null || team == null || kind == null || at == null ? null
            : new DutyLogEntry.CardIssue(household, team, kind, at);
      }
      default:
        in.problem(path + ".type", "must be one of " + TYPES + ", was \"" + type + "\"");
        return null;
    }
  }

  private static MeetingHost host(JsonInput in, JsonNode node, String path) {
    JsonNode host = in.object(node.path("host"), path + ".host");
    if (host == null) {
      return null;
    }
    String at = path + ".host";
    int given = (host.has("team") ? 1 : 0) + (host.has("village") ? 1 : 0) + (host.has("township") ? 1 : 0);
    if (given != 1) {
      in.problem(at, "must name exactly one of team, village and township");
      return null;
    }
    if (host.has("team")) {
      TeamId team = in.id(host, "team", at, TeamId::of);
      return team == null ? null : new MeetingHost.OfTeam(team);
    }
    if (host.has("village")) {
      VillageId village = in.id(host, "village", at, VillageId::of);
      return village == null ? null : new MeetingHost.OfVillage(village);
    }
    TownshipId township = in.id(host, "township", at, TownshipId::of);
    return township == null ? null : new MeetingHost.OfTownship(township);
  }
}
