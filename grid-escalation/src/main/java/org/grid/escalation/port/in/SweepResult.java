package org.grid.escalation.port.in;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.grid.escalation.model.RequestEvent;

/**
 * What one deadline sweep did.
 *
 * @param changed how many requests changed
 * @param events the events published, in order
 * @param skippedStale how many due requests were changed concurrently and left for the next sweep
 * @param skippedNoCalendar how many due requests were skipped because their township has no work calendar
 */
public record SweepResult(
    int changed, ImmutableList<RequestEvent> events, int skippedStale, int skippedNoCalendar) {

  /**
   * Checks the result.
   *
   * @throws NullPointerException if {@code events} is null
   */
  public SweepResult {
    requireNonNull(events, "events");
  }
}
