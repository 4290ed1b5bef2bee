package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;

/**
 * Checks a duty log (工作台账) against the duties of its township (台账校验), as every other input is checked: an
 * entry that names what the township does not have would otherwise be counted for no duty and turn into a false
 * missed duty, and one id used for two different entries into a false missed duty or a false "done". A log with a
 * problem is refused, not counted.
 *
 * <p>The checks, one function each:
 *
 * <ul>
 *   <li>a collective visit round or a must-attend event names one of the township's grids;
 *   <li>a visit or a card issue names a household of the register;
 *   <li>a card issue names one of the township's teams;
 *   <li>a meeting's host is one of the township's teams, a village of one of its grids, or the township itself;
 *   <li>an id (of a round, an event or a meeting: one name space) names one entry: the same entry repeated exactly
 *       (same kind, same fields, times in the same offset) is one entry recorded twice and counts once; a different
 *       entry under an id already used is refused.
 * </ul>
 *
 * <p>Not refused: a visitor, an arrival or a meeting attendee who is on no roster (such a person does no duty, see
 * {@link Compliance}), a visit naming a round or an arrival naming an event that the log does not hold (the log
 * given may be a time range of a longer one).
 *
 * <p>Stateless and thread-safe; the time grows linearly with the log.
 */
public final class DutyLogCheck {

  private DutyLogCheck() {}

  /**
   * Checks a log.
   *
   * @param duties the township's duties (grids, teams, register), not null
   * @param log the log, in any order, not null
   * @return every problem, in log order; empty when the log may be counted
   * @throws NullPointerException if an argument or a log entry is null
   */
  public static ImmutableList<DutyLogProblem> check(TownshipDuties duties, Iterable<? extends DutyLogEntry> log) {
    requireNonNull(duties, "duties");
    return check(duties.township(), duties.grids(), duties.teams(), duties.register(), log);
  }

  /**
   * Checks a log against the parts of a township's duties it names: for a reader that has the grids, the teams and
   * the register at hand but not the roster and the pairings.
   *
   * @param township the township, not null
   * @param grids its responsibility grids, not null
   * @param teams its teams at all levels, not null
   * @param register its households, not null
   * @param log the log, in any order, not null
   * @return every problem, in log order; empty when the log may be counted
   * @throws NullPointerException if an argument, a grid, a team or a log entry is null
   */
  public static ImmutableList<DutyLogProblem> check(TownshipId township, Collection<ServedGrid> grids,
      Collection<Team> teams, HouseholdRegister register, Iterable<? extends DutyLogEntry> log) {
    requireNonNull(township, "township");
    requireNonNull(grids, "grids");
    requireNonNull(teams, "teams");
    requireNonNull(register, "register");
    requireNonNull(log, "log");
    return new Run(township, grids, teams, register).check(log);
  }

  /**
   * Checks a log and refuses it when it has a problem.
   *
   * @param duties the township's duties, not null
   * @param log the log, not null
   * @throws NullPointerException if an argument or a log entry is null
   * @throws IllegalArgumentException if the log has a problem; the message names the township and lists every
   *     problem (position, field, entry and what is wrong)
   */
  public static void requireValid(TownshipDuties duties, Iterable<? extends DutyLogEntry> log) {
    ImmutableList<DutyLogProblem> problems = check(duties, log);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("the duty log of township " + duties.township() + " is refused: "
          + String.join("; ", problems.stream().map(DutyLogProblem::toString).toList()));
    }
  }

  /**
   * Describes an entry by its id, or by its kind, time and subject, with ids only (no personal data), for messages.
   *
   * @param entry the entry, not null
   * @return the description, for example {@code round R1 of grid G1 at 2025-01-15T10:00+08:00}
   */
  public static String describe(DutyLogEntry entry) {
    requireNonNull(entry, "entry");
    if (entry instanceof DutyLogEntry.VisitRound round) {
      return "round " + round.id() + " of grid " + round.grid() + " at " + round.at();
    } else if (entry instanceof DutyLogEntry.Visit visit) {
      return "visit of " + visit.visitor() + " to household " + visit.household() + " at " + visit.at()
          + visit.round().map(round -> " in round " + round).orElse("");
    } else if (entry instanceof DutyLogEntry.MustAttendEvent event) {
      return "must-attend event " + event.id() + " (" + event.kind() + ") in grid " + event.grid() + " at "
          + event.at();
    } else if (entry instanceof DutyLogEntry.Attendance attendance) {
      return "arrival of " + attendance.person() + " at event " + attendance.event() + " at " + attendance.at();
    } else if (entry instanceof DutyLogEntry.Meeting meeting) {
      return "meeting " + meeting.id() + " of " + host(meeting.host()) + " at " + meeting.at();
    } else {
      DutyLogEntry.CardIssue card = (DutyLogEntry.CardIssue) entry;
      return card.kind() + " card of team " + card.team() + " to household " + card.household() + " at "
          + card.at();
    }
  }

  /**
   * Returns the id of a round, event or meeting.
   *
   * @param entry the entry, not null
   * @return its id, or null for an entry without one (a visit, an arrival, a card issue)
   */
  static EntryId idOf(DutyLogEntry entry) {
    if (entry instanceof DutyLogEntry.VisitRound round) {
      return round.id();
    } else if (entry instanceof DutyLogEntry.MustAttendEvent event) {
      return event.id();
    } else if (entry instanceof DutyLogEntry.Meeting meeting) {
      return meeting.id();
    }
    return null;
  }

  /**
   * Returns the message for an id used for two different entries.
   *
   * @param first the entry that took the id first
   * @param firstPosition its position
   * @param again the different entry under the same id
   * @return the message
   */
  static String idReused(DutyLogEntry first, int firstPosition, DutyLogEntry again) {
    return "id " + idOf(again) + " names two different entries: " + describe(again) + ", and at entry "
        + firstPosition + " " + describe(first) + " (an entry recorded twice must be repeated exactly)";
  }

  private static String host(MeetingHost host) {
    if (host instanceof MeetingHost.OfTeam team) {
      return "team " + team.team();
    } else if (host instanceof MeetingHost.OfVillage village) {
      return "village " + village.village();
    }
    return "township " + ((MeetingHost.OfTownship) host).township();
  }

  /** One check of one log. */
  private static final class Run {
    private final TownshipId township;
    private final Set<GridId> grids = new HashSet<>();
    private final Set<VillageId> villages = new HashSet<>();
    private final Set<TeamId> teams = new HashSet<>();
    private final Set<HouseholdId> households = new HashSet<>();
    private final Map<EntryId, Integer> firstOfId = new HashMap<>();
    private final Map<Integer, DutyLogEntry> identified = new HashMap<>();
    private final ImmutableList.Builder<DutyLogProblem> problems = ImmutableList.builder();

    Run(TownshipId township, Collection<ServedGrid> grids, Collection<Team> teams, HouseholdRegister register) {
      this.township = township;
      for (ServedGrid grid : grids) {
        this.grids.add(grid.id());
        villages.add(grid.village());
      }
      for (Team team : teams) {
        this.teams.add(team.id());
      }
      for (Household household : register.households()) {
        households.add(household.id());
      }
    }

    ImmutableList<DutyLogProblem> check(Iterable<? extends DutyLogEntry> log) {
      int position = 0;
      for (DutyLogEntry entry : log) {
        requireNonNull(entry, "log entry");
        check(position++, entry);
      }
      return problems.build();
    }

    private void check(int position, DutyLogEntry entry) {
      if (entry instanceof DutyLogEntry.VisitRound round) {
        grid(position, entry, round.grid());
      } else if (entry instanceof DutyLogEntry.MustAttendEvent event) {
        grid(position, entry, event.grid());
      } else if (entry instanceof DutyLogEntry.Visit visit) {
        household(position, entry, visit.household());
      } else if (entry instanceof DutyLogEntry.CardIssue card) {
        household(position, entry, card.household());
        team(position, entry, "team", card.team());
      } else if (entry instanceof DutyLogEntry.Meeting meeting) {
        host(position, entry, meeting.host());
      }
      id(position, entry);
    }

    private void grid(int position, DutyLogEntry entry, GridId grid) {
      if (!grids.contains(grid)) {
        problem(position, "grid", describe(entry) + " names grid " + grid + ", which township " + township
            + " does not have");
      }
    }

    private void household(int position, DutyLogEntry entry, HouseholdId household) {
      if (!households.contains(household)) {
        problem(position, "household", describe(entry) + " names household " + household
            + ", which the household register of township " + township + " does not list");
      }
    }

    private void team(int position, DutyLogEntry entry, String field, TeamId team) {
      if (!teams.contains(team)) {
        problem(position, field, describe(entry) + " names team " + team + ", which township " + township
            + " does not have");
      }
    }

    private void host(int position, DutyLogEntry entry, MeetingHost host) {
      if (host instanceof MeetingHost.OfTeam team) {
        team(position, entry, "host", team.team());
      } else if (host instanceof MeetingHost.OfVillage village) {
        if (!villages.contains(village.village())) {
          problem(position, "host", describe(entry) + " names village " + village.village()
              + ", which no grid of township " + township + " lies in");
        }
      } else if (!((MeetingHost.OfTownship) host).township().equals(township)) {
        problem(position, "host", describe(entry) + " is of another township than " + township);
      }
    }

    private void id(int position, DutyLogEntry entry) {
      EntryId id = idOf(entry);
      if (id == null) {
        return;
      }
      Integer first = firstOfId.putIfAbsent(id, position);
      if (first == null) {
        identified.put(position, entry);
      } else if (!identified.get(first).equals(entry)) {
        problem(position, "id", idReused(identified.get(first), first, entry));
      }
    }

    private void problem(int position, String field, String message) {
      problems.add(new DutyLogProblem(position, field, message));
    }
  }
}
