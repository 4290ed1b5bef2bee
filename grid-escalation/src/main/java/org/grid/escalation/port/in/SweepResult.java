package org.grid.escalation.port.in;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.grid.escalation.model.RequestEvent;

/**
 * What one deadline sweep (到期巡检) did, returned by {@link ProcessDueRequestsUseCase#processDue}: the requests it
 * changed and the events it published for them, and the due requests it left for the next sweep. A second sweep at
 * the same instant returns zero changes and no events.
 *
 * @param changed how many requests the sweep changed and stored, each counted once however many of its deadlines had
 *     passed (reminders, automatic escalations, supervision, "no rating" closures, resumptions after a suspension,
 *     on-site lapses); at least 0
 * @param events the events published for those changes, in the order they were published; empty when nothing
 *     changed; not null
 * @param skippedStale how many due requests were changed concurrently (by a command or another sweep) between being
 *     read and saved, and were left for the next sweep; at least 0
 * @param skippedNoCalendar how many due requests were skipped because their township has no work calendar (工作日历),
 *     without which no deadline can be computed; at least 0
 */
public record SweepResult(
    int changed, ImmutableList<RequestEvent> events, int skippedStale, int skippedNoCalendar) {

  /**
   * Checks the result.
   *
   * @param changed how many requests the sweep changed and stored
   * @param events the events published for those changes, in order; not null
   * @param skippedStale how many due requests were left because they were changed concurrently
   * @param skippedNoCalendar how many due requests were skipped because their township has no work calendar
   * @throws NullPointerException if {@code events} is null
   */
  public SweepResult {
    requireNonNull(events, "events");
  }
}
