package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.privacy.PersonalData;
import org.grid.core.model.team.PersonId;

/**
 * The record of a request (诉求台账): every field of a {@link Request}, and the only place they are kept. A request
 * holds one record; each rule makes a new one. Storage adapters read a request's record with {@link
 * Request#snapshot()} and rebuild the request from it with {@link Request#restore(RequestRecord)}.
 *
 * <p>Fields that apply only in some states are named parts that are present exactly when they apply, not
 * parallel nullable fields: the running {@link Step} (what the step deadline is for, the deadline, whether a
 * reminder's grace period runs) while the request is open; the {@link Suspension} (what it interrupted and since
 * when) while it is suspended; the {@link OnSiteClock} of a must-attend request until its team is on site.
 *
 * @param id the id, not null
 * @param version the version, at least 1
 * @param report the report form, as the reporter gave it, not null
 * @param category the current category (事项类别): the report's, or the one a recategorization (改类) set last; the
 *     routing table and the time limits read this one, not null
 * @param state the state, not null
 * @param holder the office that holds the request (or held it last when it is closed), not null
 * @param assignee the person assigned at the current tier, or null while no one at this tier accepted it
 * @param step the running step; null exactly when the state is not open (closed, withdrawn, a duplicate)
 * @param onSite the running on-site clock of a must-attend request, or null (not must-attend, on site, lapsed,
 *     closed)
 * @param suspension the running suspension; set while the request is {@link RequestState#SUSPENDED}, and kept
 *     when a suspended request is withdrawn
 * @param suspendedDays working days the clock was paused by resumed suspensions, at least 0
 * @param returnedBy the departments that returned the request, not null
 * @param reopenedAtTier whether a dissatisfied rating reopened the request at its current tier
 * @param result the last result (resolution summary or feedback text), or null before resolution
 * @param history the append-only history, oldest first, at least the report
 * @param appliedCommands the ids of the commands applied, each with the digest of its content ({@link
 *     RuleContext#commandDigest()}; empty text when none was known), not null
 */
public record RequestRecord(
    RequestId id,
    long version,
    Form.Report report,
    Category category,
    RequestState state,
    Office holder,
    PersonId assignee,
    Step step,
    OnSiteClock onSite,
    Suspension suspension,
    int suspendedDays,
    ImmutableSet<DepartmentId> returnedBy,
    boolean reopenedAtTier,
    @PersonalData(PersonalData.Kind.FREE_TEXT) String result,
    ImmutableList<HistoryEntry> history,
    AppliedCommands appliedCommands) {

  /**
   * Checks what a request needs to keep its invariants; the message of a failure starts with the field's name.
   *
   * @param id the id, not null
   * @param version the version, at least 1
   * @param report the report form, as the reporter gave it, not null
   * @param category the current category (事项类别): the report's, or the one a recategorization (改类) set last; the
   *     routing table and the time limits read this one, not null
   * @param state the state, not null
   * @param holder the office that holds the request (or held it last when it is closed), not null
   * @param assignee the person assigned at the current tier, or null while no one at this tier accepted it
   * @param step the running step; null exactly when the state is not open (closed, withdrawn, a duplicate)
   * @param onSite the running on-site clock of a must-attend request, or null (not must-attend, on site, lapsed,
   *     closed)
   * @param suspension the running suspension; set while the request is {@link RequestState#SUSPENDED}, and kept
   *     when a suspended request is withdrawn
   * @param suspendedDays working days the clock was paused by resumed suspensions, at least 0
   * @param returnedBy the departments that returned the request, not null
   * @param reopenedAtTier whether a dissatisfied rating reopened the request at its current tier
   * @param result the last result (resolution summary or feedback text), or null before resolution
   * @param history the append-only history, oldest first, at least the report
   * @param appliedCommands the ids of the commands applied, each with the digest of its content ({@link
   *     RuleContext#commandDigest()}; empty text when none was known), not null
   * @throws NullPointerException if a required field is null
   * @throws IllegalArgumentException if the fields contradict each other
   */
  public RequestRecord {
    requireNonNull(id, "id");
    requireNonNull(report, "report");
    requireNonNull(category, "category");
    requireNonNull(state, "state");
    requireNonNull(holder, "holder");
    requireNonNull(returnedBy, "returnedBy");
    requireNonNull(history, "history");
    requireNonNull(appliedCommands, "appliedCommands");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
    if (suspendedDays < 0) {
      throw new IllegalArgumentException("suspendedDays must not be negative, was " + suspendedDays);
    }
    if (history.isEmpty()) {
      throw new IllegalArgumentException("history must hold at least the report");
    }
    if (state.isOpen() != (step != null)) {
      throw new IllegalArgumentException(
          "step must be set exactly while the request is open; state " + state + ", step " + step);
    }
    if (state == RequestState.SUSPENDED && suspension == null) {
      throw new IllegalArgumentException("suspension must be set while the request is suspended");
    }
  }

  /**
   * Returns the record in short, its result masked ({@link Masking#text}) and its history counted.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "RequestRecord[" + id + " v" + version + " " + state + " at " + holder + ", category " + category
        + ", result=" + Masking.text(result) + ", " + history.size() + " history entries]";
  }

  /**
   * Returns the next deadline: the earlier of the step deadline and a running on-site deadline.
   *
   * @return the deadline, or null when the request is not open
   */
  public Instant nextDeadline() {
    if (step == null) {
      return null;
    }
    if (onSite != null && onSite.deadline().isBefore(step.deadline())) {
      return onSite.deadline();
    }
    return step.deadline();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Changes: each returns a new record with the fields named changed (the history and command ids are set once,
  // when a rule is done, by withLog).

  /**
   * Returns this record in another state with another running step.
   *
   * @param newState the state, not null
   * @param newStep the step, null exactly when {@code newState} is not open
   * @return the new record
   */
  public RequestRecord with(RequestState newState, Step newStep) {
    return new RequestRecord(id, version, report, category, newState, holder, assignee, newStep, onSite, suspension,
        suspendedDays, returnedBy, reopenedAtTier, result, history, appliedCommands);
  }

  /**
   * Returns this record with another running step (a reminder, a fresh deadline).
   *
   * @param newStep the step, not null while the request is open
   * @return the new record
   */
  public RequestRecord withStep(Step newStep) {
    return with(state, newStep);
  }

  /**
   * Returns this record at a new holder (another tier or department): nobody assigned there yet, and no
   * dissatisfied rating reopened it there.
   *
   * @param newHolder the office, not null
   * @return the new record
   */
  public RequestRecord heldBy(Office newHolder) {
    return new RequestRecord(id, version, report, category, state, newHolder, null, step, onSite, suspension,
        suspendedDays, returnedBy, false, result, history, appliedCommands);
  }

  /**
   * Returns this record with another assignee at the current tier.
   *
   * @param newAssignee the person, or null
   * @return the new record
   */
  public RequestRecord withAssignee(PersonId newAssignee) {
    return new RequestRecord(id, version, report, category, state, holder, newAssignee, step, onSite, suspension,
        suspendedDays, returnedBy, reopenedAtTier, result, history, appliedCommands);
  }

  /**
   * Returns this record with the on-site clock running or stopped.
   *
   * @param clock the clock, or null once stopped
   * @return the new record
   */
  public RequestRecord withOnSite(OnSiteClock clock) {
    return new RequestRecord(id, version, report, category, state, holder, assignee, step, clock, suspension,
        suspendedDays, returnedBy, reopenedAtTier, result, history, appliedCommands);
  }

  /**
   * Returns this record with a suspension begun or ended.
   *
   * @param newSuspension the suspension, or null when it ended
   * @param newSuspendedDays the working days paused by resumed suspensions
   * @return the new record
   */
  public RequestRecord withSuspension(Suspension newSuspension, int newSuspendedDays) {
    return new RequestRecord(id, version, report, category, state, holder, assignee, step, onSite, newSuspension,
        newSuspendedDays, returnedBy, reopenedAtTier, result, history, appliedCommands);
  }

  /**
   * Returns this record with another set of departments that returned it.
   *
   * @param departments the departments, not null
   * @return the new record
   */
  public RequestRecord withReturnedBy(ImmutableSet<DepartmentId> departments) {
    return new RequestRecord(id, version, report, category, state, holder, assignee, step, onSite, suspension,
        suspendedDays, departments, reopenedAtTier, result, history, appliedCommands);
  }

  /**
   * Returns this record with the mark of a dissatisfied rating at the current tier set or cleared.
   *
   * @param reopened whether a dissatisfied rating reopened it at the current tier
   * @return the new record
   */
  public RequestRecord withReopenedAtTier(boolean reopened) {
    return new RequestRecord(id, version, report, category, state, holder, assignee, step, onSite, suspension,
        suspendedDays, returnedBy, reopened, result, history, appliedCommands);
  }

  /**
   * Returns this record with another current category (改类); the report form stays as it was.
   *
   * @param newCategory the category, not null
   * @return the new record
   */
  public RequestRecord withCategory(Category newCategory) {
    return new RequestRecord(id, version, report, newCategory, state, holder, assignee, step, onSite, suspension,
        suspendedDays, returnedBy, reopenedAtTier, result, history, appliedCommands);
  }

  /**
   * Returns this record with another result.
   *
   * @param newResult the result, or null
   * @return the new record
   */
  public RequestRecord withResult(String newResult) {
    return new RequestRecord(id, version, report, category, state, holder, assignee, step, onSite, suspension,
        suspendedDays, returnedBy, reopenedAtTier, newResult, history, appliedCommands);
  }

  /**
   * Returns this record at a new version with its history and command ids: what a rule does last.
   *
   * @param newVersion the version
   * @param newHistory the history, oldest first
   * @param commands the ids of the commands applied
   * @return the new record
   */
  public RequestRecord withLog(long newVersion, ImmutableList<HistoryEntry> newHistory,
      AppliedCommands commands) {
    return new RequestRecord(id, newVersion, report, category, state, holder, assignee, step, onSite, suspension,
        suspendedDays, returnedBy, reopenedAtTier, result, newHistory, commands);
  }

  /**
   * Returns this record with every free text replaced by a marker (个人信息删除): the report's description, the
   * result, every history entry's reason and every feedback form's result. The digests of the applied commands go
   * too (each becomes the empty digest): a digest is a hash of its command's content, the free text included, and
   * would confirm a guess of the erased text; the command ids stay, so a retry is still answered as a duplicate. Ids,
   * times, states, holders, ratings and the history's length stay, so that an erased request still counts for
   * assessment. Texts that are the marker already stay as they are.
   *
   * @param marker the text that stands for erased text, not blank
   * @return the record, the same instance when it held no other free text
   * @throws IllegalArgumentException if {@code marker} is blank
   */
  public RequestRecord withFreeTextErased(String marker) {
    Checks.requireText(marker, "marker");
    Form.Report erasedReport = new Form.Report(report.reporter(), report.place(), report.category(), marker,
        report.urgency(), report.mustAttend(), report.complaintAgainst());
    ImmutableList.Builder<HistoryEntry> entries = ImmutableList.builderWithExpectedSize(history.size());
    for (HistoryEntry e : history) {
      Form form = e.form();
      if (form instanceof Form.Report) {
        form = erasedReport;
      } else if (form instanceof Form.Feedback f) {
        form = new Form.Feedback(marker, f.rating());
      }
      String reason = e.reason() == null ? null : marker;
      entries.add(new HistoryEntry(e.at(), e.actor(), e.kind(), e.state(), e.holder(), form, reason, e.chargedTo(),
          e.category(), e.duplicateOf()));
    }
    RequestRecord erased = new RequestRecord(id, version, erasedReport, category, state, holder, assignee, step,
        onSite, suspension, suspendedDays, returnedBy, reopenedAtTier, result == null ? null : marker, entries.build(),
        withoutDigests(appliedCommands));
    return erased.equals(this) ? this : erased;
  }

  /** The same command ids in the same order, each with the empty digest. */
  private static AppliedCommands withoutDigests(AppliedCommands commands) {
    Map<CommandId, String> blank = new LinkedHashMap<>();
    commands.forEach((command, digest) -> blank.put(command, ""));
    return AppliedCommands.copyOf(blank);
  }

  // ---------------------------------------------------------------------------------------------------------
  // The named parts

  /**
   * The running step (当前环节) of an open request: what its step deadline (时限) is for, the deadline, and whether
   * a reminder (催办) was issued for it so that its grace period is running.
   *
   * @param kind what the deadline is for, not null
   * @param deadline the deadline, not null
   * @param reminded true while the grace period of a reminder runs
   */
  public record Step(DeadlineKind kind, Instant deadline, boolean reminded) {

    /**
     * Checks the step.
     *
     * @param kind what the deadline is for, not null
     * @param deadline the deadline, not null
     * @param reminded true while the grace period of a reminder runs
     * @throws NullPointerException if {@code kind} or {@code deadline} is null
     */
    public Step {
      requireNonNull(kind, "kind");
      requireNonNull(deadline, "deadline");
    }

    /**
     * Returns a fresh step, no reminder issued yet.
     *
     * @param kind what the deadline is for, not null
     * @param deadline the deadline, not null
     * @return the step
     */
    public static Step of(DeadlineKind kind, Instant deadline) {
      return new Step(kind, deadline, false);
    }

    /**
     * Returns this step after its reminder: the grace period runs until {@code graceUntil}.
     *
     * @param graceUntil the end of the grace period, not null
     * @return the step
     */
    public Step afterReminder(Instant graceUntil) {
      return new Step(kind, graceUntil, true);
    }
  }

  /**
   * A suspension (暂停计时) of an accepted request: the state and step it interrupted, and when it began.
   *
   * @param pausedState the state the suspension interrupted, not null
   * @param pausedStep the step the suspension interrupted, with its deadline and reminder, not null
   * @param since when the suspension began, not null
   */
  public record Suspension(RequestState pausedState, Step pausedStep, Instant since) {

    /**
     * Checks the suspension.
     *
     * @param pausedState the state the suspension interrupted, not null
     * @param pausedStep the step the suspension interrupted, with its deadline and reminder, not null
     * @param since when the suspension began, not null
     * @throws NullPointerException if an argument is null
     */
    public Suspension {
      requireNonNull(pausedState, "pausedState");
      requireNonNull(pausedStep, "pausedStep");
      requireNonNull(since, "since");
    }
  }

  /**
   * The on-site clock (到场时限) of a must-attend request (四必到): it runs from the report until the team is on
   * site or the limit lapses, in clock hours.
   *
   * @param deadline when the team must be on site, not null
   */
  public record OnSiteClock(Instant deadline) {

    /**
     * Checks the clock.
     *
     * @param deadline when the team must be on site, not null
     * @throws NullPointerException if {@code deadline} is null
     */
    public OnSiteClock {
      requireNonNull(deadline, "deadline");
    }
  }
}
