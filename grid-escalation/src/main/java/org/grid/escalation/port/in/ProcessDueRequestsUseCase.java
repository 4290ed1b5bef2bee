package org.grid.escalation.port.in;

import java.time.Instant;

/** Use case: the deadline sweep (到期巡检) that issues reminders and automatic escalations. */
public interface ProcessDueRequestsUseCase {

  /**
   * Handles every deadline passed before {@code now}: reminders, automatic escalations charged to the lapsed
   * tier, supervision at the top tier, "no rating" closures, automatic resumption after a suspension, on-site
   * lapses. Idempotent: a second call with the same instant changes nothing. Its cost grows with the number of
   * requests due, not the number open.
   *
   * @param now the instant to sweep at, not null; within the days java.time counts ({@link
   *     java.time.LocalDate#MIN} to {@link java.time.LocalDate#MAX}, a year inside either end), on which deadlines
   *     are reckoned in working days
   * @return what the sweep did
   * @throws NullPointerException if {@code now} is null
   * @throws IllegalArgumentException if {@code now} lies outside those days ({@link Instant#MAX}, say)
   */
  SweepResult processDue(Instant now);
}
