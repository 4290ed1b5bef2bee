package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.jurisdiction.TownshipId;

/**
 * The convenience service station (便民服务站) a grid team runs: where it is, when it is open and which members are on
 * duty there. One station per team; the team is referred to by id. Whether a team has the station its level needs,
 * and whether the people on duty are members, is for {@link TeamValidation#validateStations}.
 *
 * <p>The place is an address or a building (a village committee's ground floor), not personal data.
 *
 * @param township the township of the team
 * @param team the team that runs the station
 * @param place where the station is, not blank, at most {@value #MAX_PLACE_LENGTH} characters
 * @param hours the opening periods, sorted by day and time, no two overlapping; may be empty (a station that is never
 *     open is a violation, not a malformed station)
 * @param onDuty the members on duty there, in the order the county lists them; may be empty
 */
public record ServiceStation(
    TownshipId township, TeamId team, String place, ImmutableList<OpeningHours> hours, ImmutableSet<PersonId> onDuty) {

  /** The longest place text accepted. */
  public static final int MAX_PLACE_LENGTH = 200;

  private static final Comparator<OpeningHours> ORDER =
      Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens);

  /**
   * Checks the station and sorts its opening periods.
   *
   * @param township the township of the team
   * @param team the team that runs the station
   * @param place where the station is
   * @param hours the opening periods
   * @param onDuty the members on duty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the place is blank, too long or has control characters, or two opening
   *     periods overlap (the message names the team and both periods)
   */
  public ServiceStation {
    requireNonNull(township, "township");
    requireNonNull(team, "team");
    Ids.requireName(place, "place of the service station of team " + team);
    if (place.length() > MAX_PLACE_LENGTH) {
      throw new IllegalArgumentException("place of the service station of team " + team + " has " + place.length()
          + " characters, more than " + MAX_PLACE_LENGTH);
    }
    requireNonNull(hours, "hours");
    requireNonNull(onDuty, "onDuty");
    List<OpeningHours> sorted = hours.stream().sorted(ORDER).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw new IllegalArgumentException("opening hours of the service station of team " + team + " overlap: "
            + sorted.get(i - 1) + " and " + sorted.get(i));
      }
    }
    hours = ImmutableList.copyOf(sorted);
  }

  /**
   * Returns a station.
   *
   * @param township the township of the team
   * @param team the team that runs it
   * @param place where it is
   * @param hours the opening periods, in any order
   * @param onDuty the members on duty
   * @return the station
   * @throws IllegalArgumentException as the constructor
   */
  public static ServiceStation of(TownshipId township, TeamId team, String place, Collection<OpeningHours> hours,
      Collection<PersonId> onDuty) {
    return new ServiceStation(township, team, place, ImmutableList.copyOf(hours), ImmutableSet.copyOf(onDuty));
  }

  /**
   * Returns the days of the week on which the station is open at all.
   *
   * @return the days, possibly none
   */
  public Set<DayOfWeek> openDays() {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    hours.forEach(h -> days.add(h.day()));
    return days;
  }
}
