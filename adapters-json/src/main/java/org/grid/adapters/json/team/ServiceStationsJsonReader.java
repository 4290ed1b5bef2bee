package org.grid.adapters.json.team;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonReader;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.OpeningHours;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.ServiceStation;
import org.grid.core.model.team.TeamId;

/**
 * Reads the service-station format of {@code docs/formats.md} (便民服务站) into the {@link ServiceStation}s of a
 * township.
 *
 * <p>Bad input is reported as one {@link org.grid.adapters.json.JsonInputException} listing every problem with its
 * JSON path: a missing or mistyped field, a team listed twice, a day that is not a day of the week, a time that is
 * not {@code HH:mm}, a period that closes before it opens, two periods of a station that overlap, a person listed
 * twice on duty, a file of another township, or a field the format does not have. Whether the teams exist and the
 * people on duty are their members is for {@link org.grid.core.model.team.TeamValidation#validateStations}.
 * Immutable and thread-safe.
 */
public final class ServiceStationsJsonReader implements JsonReader<List<ServiceStation>> {

  private static final Set<String> ROOT = Set.of("township", "stations");
  private static final Set<String> STATION = Set.of("team", "place", "hours", "onDuty");
  private static final Set<String> HOURS = Set.of("days", "opens", "closes");

  private final TownshipId township;

  private ServiceStationsJsonReader(TownshipId township) {
    this.township = requireNonNull(township, "township");
  }

  /**
   * Returns a reader for the stations of a township.
   *
   * @param township the township's id, not null
   * @return the reader
   * @throws NullPointerException if {@code township} is null
   */
  public static ServiceStationsJsonReader create(TownshipId township) {
    return new ServiceStationsJsonReader(township);
  }

  @Override
  public List<ServiceStation> read(InputStream in, String source) {
    return JsonInput.read(in, source, this::stations);
  }

  private List<ServiceStation> stations(JsonInput in, JsonNode root) {
    in.root(root, ROOT);
    in.township(root, township.value());
    List<ServiceStation> stations = new ArrayList<>();
    Map<TeamId, String> paths = new HashMap<>();
    JsonNode array = in.array(root, "stations", "$", true);
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        ServiceStation station = station(in, array.get(i), "$.stations[" + i + "]", paths);
        if (station != null) {
          stations.add(station);
        }
      }
    }
    in.throwIfProblems();
    return List.copyOf(stations);
  }

  private ServiceStation station(JsonInput in, JsonNode node, String path, Map<TeamId, String> paths) {
    if (in.object(node, path) == null) {
      return null;
    }
    int before = in.problemCount();
    in.fields(node, path, STATION);
    TeamId team = in.id(node, "team", path, TeamId::of);
    if (team != null) {
      String first = paths.putIfAbsent(team, path);
      if (first != null) {
        in.problem(path + ".team", "team " + team + " has a station already (at " + first + ")");
      }
    }
    String place = in.name(node, "place", path);
    if (place != null && place.length() > ServiceStation.MAX_PLACE_LENGTH) {
      in.problem(path + ".place", "has " + place.length() + " characters, more than "
          + ServiceStation.MAX_PLACE_LENGTH);
    }
    List<OpeningHours> hours = new ArrayList<>();
    JsonNode periods = in.array(node, "hours", path, true);
    if (periods != null) {
      for (int i = 0; i < periods.size(); i++) {
        hours(in, periods.get(i), path + ".hours[" + i + "]", hours);
      }
    }
    List<PersonId> onDuty = in.ids(node, "onDuty", path, PersonId::of);
    if (onDuty.size() != Set.copyOf(onDuty).size()) {
      in.problem(path + ".onDuty", "lists a person twice");
    }
    if (in.problemCount() > before || team == null || place == null) {
      return null;
    }
    try {
      return ServiceStation.of(township, team, place, hours, onDuty);
    } catch (IllegalArgumentException e) {
      in.problem(path + ".hours", e.getMessage());
      return null;
    }
  }

  private static void hours(JsonInput in, JsonNode node, String path, List<OpeningHours> into) {
    if (in.object(node, path) == null) {
      return;
    }
    in.fields(node, path, HOURS);
    List<DayOfWeek> days = in.values(node, "days", path, true, "a day of the week such as MONDAY", DayOfWeek::valueOf);
    LocalTime opens = in.value(node, "opens", path, "a time such as 08:30", LocalTime::parse);
    LocalTime closes = in.value(node, "closes", path, "a time such as 17:30", LocalTime::parse);
    if (opens == null || closes == null) {
      return;
    }
    if (!closes.isAfter(opens)) {
      in.problem(path + ".closes", "closes at " + closes + ", not after it opens at " + opens);
      return;
    }
    if (days.isEmpty() && node.has("days")) {
      in.problem(path + ".days", "names no day");
    }
    days.forEach(day -> into.add(new OpeningHours(day, opens, closes)));
  }
}
