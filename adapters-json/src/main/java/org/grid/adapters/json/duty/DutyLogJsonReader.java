package org.grid.adapters.json.duty;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.duty.DutyLogCheck;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyLogProblem;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MustAttendKind;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.TeamId;

/**
 * Reads the duty log format of {@code docs/teams.md} into a list of {@link DutyLogEntry}s.
 *
 * <p>Bad input is reported as one {@link JsonInputException} listing every problem with its JSON path: a missing
 * or mistyped field, an unknown entry type, kind or card, a time without an offset, a meeting host that is not
 * exactly one of team, village and township, a file of another township, a field the entry's type does not have, a
 * duplicate key or content after the JSON value.
 *
 * <p>A reader made with {@link #create(TownshipId, List, List, HouseholdRegister)} also checks the log against the township's duties, as the
 * other files are checked against the township ({@link DutyLogCheck}): a round or event of a grid the township does
 * not have, a visit or card to a household the register does not list, a meeting or card of a team the township
 * does not have, a meeting of a village no grid lies in or of another township, and one id used for two different
 * entries are problems at the entry's path ({@code $.entries[3].grid}, {@code $.entries[5].id}); an entry repeated
 * exactly is one entry recorded twice and is not a problem (it counts once). A visitor, arrival or attendee on no
 * roster is not a problem: such a person does no duty. A reader made with {@link #create(TownshipId)} reads the
 * format only, for a log whose township's duties are not at hand; the compliance use case checks it when it counts.
 * Immutable and thread-safe.
 */
public final class DutyLogJsonReader implements JsonReader<List<DutyLogEntry>> {

  /** The entry types of the format, as written in {@code type}. */
  private static final List<String> TYPES = List.of("round", "visit", "event", "attendance", "meeting", "card");

  private static final Set<String> ROOT = Set.of("township", "entries");
  private static final Set<String> HOST = Set.of("team", "village", "township");

  /** The fields of each entry type. */
  private static final Map<String, Set<String>> FIELDS =
      Map.of(
          "round", Set.of("type", "id", "grid", "at"),
          "visit", Set.of("type", "visitor", "household", "at", "round"),
          "event", Set.of("type", "id", "grid", "kind", "at"),
          "attendance", Set.of("type", "event", "person", "at"),
          "meeting", Set.of("type", "id", "host", "at", "attendees"),
          "card", Set.of("type", "household", "team", "kind", "at", "teamVersion"));

  private final TownshipId township;
  /** What the entries are checked against, or null to read the format only. */
  private final List<ServedGrid> grids;
  private final List<Team> teams;
  private final HouseholdRegister register;

  private DutyLogJsonReader(TownshipId township, List<ServedGrid> grids, List<Team> teams,
      HouseholdRegister register) {
    this.township = requireNonNull(township, "township");
    this.grids = grids;
    this.teams = teams;
    this.register = register;
  }

  /**
   * Returns a reader of the duty log format of a township, which does not check what the entries name.
   *
   * @param township the township, not null
   * @return the reader
   * @throws NullPointerException if {@code township} is null
   */
  public static DutyLogJsonReader create(TownshipId township) {
    return new DutyLogJsonReader(township, null, null, null);
  }

  /**
   * Returns a reader for the duty logs of a township that also checks each entry against the township's grids, teams
   * and household register ({@link DutyLogCheck}), as the other readers check their files against the township.
   *
   * @param township the township, not null
   * @param grids its responsibility grids, not null
   * @param teams its teams at all levels, not null
   * @param register its household register, not null
   * @return the reader
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the register is of another township
   */
  public static DutyLogJsonReader create(TownshipId township, List<ServedGrid> grids, List<Team> teams,
      HouseholdRegister register) {
    requireNonNull(register, "register");
    if (!register.township().equals(township)) {
      throw new IllegalArgumentException("the register is of township " + register.township() + ", not of "
          + township);
    }
    return new DutyLogJsonReader(township, List.copyOf(grids), List.copyOf(teams), register);
  }

  @Override
  public List<DutyLogEntry> read(InputStream in, String source) {
    return JsonInput.read(in, source, this::entries);
  }

  private List<DutyLogEntry> entries(JsonInput in, JsonNode root) {
    in.root(root, ROOT);
    in.township(root, township.value());
    List<DutyLogEntry> entries = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    JsonNode array = in.array(root, "entries", "$", true);
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        String path = "$.entries[" + i + "]";
        DutyLogEntry entry = entry(in, array.get(i), path);
        if (entry != null) {
          entries.add(entry);
          paths.add(path);
        }
      }
    }
    if (register != null) {
      for (DutyLogProblem problem : DutyLogCheck.check(township, grids, teams, register, entries)) {
        in.problem(paths.get(problem.position()) + "." + problem.field(), problem.message());
      }
    }
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
    if (FIELDS.containsKey(type)) {
      in.fields(node, path, FIELDS.get(type));
    }
    OffsetDateTime at = in.time(node, "at", path);
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
        EntryId round = in.optionalId(node, "round", path, EntryId::of);
        return visitor == null || household == null || at == null || (roundGiven && round == null) ? null
            : new DutyLogEntry.Visit(visitor, household, at, Optional.ofNullable(round));
      }
      case "event": {
        EntryId id = in.id(node, "id", path, EntryId::of);
        GridId grid = in.id(node, "grid", path, GridId::of);
        MustAttendKind kind = in.constant(node, "kind", path, MustAttendKind.class);
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
        List<PersonId> attendees = in.ids(node, "attendees", path, PersonId::of);
        return id == null || host == null || at == null ? null : DutyLogEntry.Meeting.of(id, host, at, attendees);
      }
      case "card": {
        HouseholdId household = in.id(node, "household", path, HouseholdId::of);
        TeamId team = in.id(node, "team", path, TeamId::of);
        CardKind kind = in.constant(node, "kind", path, CardKind.class);
        OffsetDateTime teamVersion = in.optionalTime(node, "teamVersion", path);
        return household == null || team == null || kind == null || at == null
            || node.hasNonNull("teamVersion") && teamVersion == null ? null
            : new DutyLogEntry.CardIssue(household, team, kind, at, Optional.ofNullable(teamVersion));
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
    in.fields(host, at, HOST);
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
