package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.TeamId;

/**
 * One entry of a township's duty log (工作台账): what was done, by whom, when. Compliance is computed from these.
 * Every entry has a time with its offset.
 */
public sealed interface DutyLogEntry {

  /**
   * Returns when the entry happened.
   *
   * @return when the entry happened
   */
  OffsetDateTime at();

  /**
   * A collective visit round (集中走访) of a grid team, starting at {@code at}; visits made in it name it.
   *
   * @param id the round's id, unique in the township
   * @param grid the grid whose team holds it
   * @param at when it starts
   */
  record VisitRound(EntryId id, GridId grid, OffsetDateTime at) implements DutyLogEntry {
    /**
     * Checks the entry.
     *
     * @param id the round's id, unique in the township
     * @param grid the grid whose team holds it
     * @param at when it starts
     * @throws NullPointerException if an argument is null
     */
    public VisitRound {
      requireNonNull(id, "id");
      requireNonNull(grid, "grid");
      requireNonNull(at, "at");
    }
  }

  /**
   * A visit (走访) of a person to a household.
   *
   * @param visitor who visited
   * @param household the household visited
   * @param at when
   * @param round the collective visit round the visit belongs to; empty for a visit of its own
   */
  record Visit(PersonId visitor, HouseholdId household, OffsetDateTime at, Optional<EntryId> round)
      implements DutyLogEntry {
    /**
     * Checks the entry.
     *
     * @param visitor who visited
     * @param household the household visited
     * @param at when
     * @param round the collective visit round the visit belongs to; empty for a visit of its own
     * @throws NullPointerException if an argument is null
     */
    public Visit {
      requireNonNull(visitor, "visitor");
      requireNonNull(household, "household");
      requireNonNull(at, "at");
      requireNonNull(round, "round");
    }

    /**
     * Returns a visit.
     *
     * @param visitor who visited
     * @param household the household
     * @param at when
     * @param round the round, or null for a visit of its own
     * @return the visit
     */
    public static Visit of(PersonId visitor, HouseholdId household, OffsetDateTime at, EntryId round) {
      return new Visit(visitor, household, at, Optional.ofNullable(round));
    }
  }

  /**
   * A must-attend event (四必到) in a grid, as reported.
   *
   * @param id the event's id, unique in the township
   * @param grid the grid it happened in
   * @param kind its kind, which sets the on-site limit
   * @param at when it was reported
   */
  record MustAttendEvent(EntryId id, GridId grid, MustAttendKind kind, OffsetDateTime at)
      implements DutyLogEntry {
    /**
     * Checks the entry.
     *
     * @param id the event's id, unique in the township
     * @param grid the grid it happened in
     * @param kind its kind, which sets the on-site limit
     * @param at when it was reported
     * @throws NullPointerException if an argument is null
     */
    public MustAttendEvent {
      requireNonNull(id, "id");
      requireNonNull(grid, "grid");
      requireNonNull(kind, "kind");
      requireNonNull(at, "at");
    }
  }

  /**
   * An on-site attendance (到场): a person arriving at a must-attend event.
   *
   * @param event the event
   * @param person who arrived
   * @param at when they arrived
   */
  record Attendance(EntryId event, PersonId person, OffsetDateTime at) implements DutyLogEntry {
    /**
     * Checks the entry.
     *
     * @param event the event
     * @param person who arrived
     * @param at when they arrived
     * @throws NullPointerException if an argument is null
     */
    public Attendance {
      requireNonNull(event, "event");
      requireNonNull(person, "person");
      requireNonNull(at, "at");
    }
  }

  /**
   * A meeting (会议) held.
   *
   * @param id the meeting's id, unique in the township
   * @param host who held it
   * @param at when
   * @param attendees who attended; may be empty when not recorded
   */
  record Meeting(EntryId id, MeetingHost host, OffsetDateTime at, ImmutableSet<PersonId> attendees)
      implements DutyLogEntry {
    /**
     * Checks the entry.
     *
     * @param id the meeting's id, unique in the township
     * @param host who held it
     * @param at when
     * @param attendees who attended; may be empty when not recorded
     * @throws NullPointerException if an argument is null
     */
    public Meeting {
      requireNonNull(id, "id");
      requireNonNull(host, "host");
      requireNonNull(at, "at");
      requireNonNull(attendees, "attendees");
    }

    /**
     * Returns a meeting.
     *
     * @param id the meeting's id
     * @param host who held it
     * @param at when
     * @param attendees who attended
     * @return the meeting
     */
    public static Meeting of(EntryId id, MeetingHost host, OffsetDateTime at, Collection<PersonId> attendees) {
      return new Meeting(id, host, at, ImmutableSet.copyOf(attendees));
    }
  }

  /**
   * A card (联系卡 or 监督卡) issued to a household by a grid team.
   *
   * @param household the household
   * @param team the team whose members the card shows
   * @param kind which card
   * @param at when it was issued
   * @param teamVersion the team version the card shows: the team's {@link
   *     org.grid.core.model.team.Team#composedAt()} when it was printed; empty when the issue did not record it (then
   *     a card issued at or after the team's composition counts as showing it)
   */
  record CardIssue(HouseholdId household, TeamId team, CardKind kind, OffsetDateTime at,
      Optional<OffsetDateTime> teamVersion) implements DutyLogEntry {
    /**
     * Checks the entry.
     *
     * @param household the household
     * @param team the team whose members the card shows
     * @param kind which card
     * @param at when it was issued
     * @param teamVersion the team version the card shows, or empty
     * @throws NullPointerException if an argument is null
     */
    public CardIssue {
      requireNonNull(household, "household");
      requireNonNull(team, "team");
      requireNonNull(kind, "kind");
      requireNonNull(at, "at");
      requireNonNull(teamVersion, "teamVersion");
    }

    /**
     * Returns an issue that did not record the team version it shows.
     *
     * @param household the household
     * @param team the team whose members the card shows
     * @param kind which card
     * @param at when it was issued
     * @throws NullPointerException if an argument is null
     */
    public CardIssue(HouseholdId household, TeamId team, CardKind kind, OffsetDateTime at) {
      this(household, team, kind, at, Optional.empty());
    }
  }
}
