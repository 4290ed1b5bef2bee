package org.grid.escalation.model;

import java.time.Instant;
import org.grid.core.model.privacy.MaskedRecords;
import org.grid.core.model.privacy.PersonalData;
import org.grid.core.model.team.PersonId;

/**
 * A domain event of a request (诉求事件): something that happened, in the past tense, published through the event
 * publisher port after the change is stored. Every event matches one history entry of the request; {@link
 * #version()} is the request's version after the change, so consumers can order and deduplicate.
 */
public sealed interface RequestEvent {

  /**
   * Returns the request concerned.
   *
   * @return the request id, never null
   */
  RequestId requestId();

  /**
   * Returns the request's version after the change.
   *
   * @return the version, at least 1
   */
  long version();

  /**
   * Returns when it happened.
   *
   * @return the instant, never null
   */
  Instant at();

  /**
   * Returns the request as this event leaves it: category, place, holder, state, deadlines and assignee, so that
   * a consumer of the event needs not ask grid for them.
   *
   * @return the facts, never null
   */
  RequestFacts facts();

  /**
   * A request was reported and entered at its first holder.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param holder the office it entered at
   * @param complaint true for a complaint about a team member (entered at the tier above that team)
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestReported(RequestId requestId, long version, Instant at, Office holder, boolean complaint,
      RequestFacts facts)
      implements RequestEvent {}

  /**
   * A request was accepted with an assignment.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param holder the accepting office
   * @param assignee who must handle it
   * @param dueBy the resolve deadline
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestAccepted(
      RequestId requestId, long version, Instant at, Office holder, PersonId assignee, Instant dueBy,
      RequestFacts facts)
      implements RequestEvent {}

  /**
   * The county office routed a request to a department.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param department the department
   * @param dueBy the department's accept deadline
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestRouted(RequestId requestId, long version, Instant at, DepartmentId department, Instant dueBy,
      RequestFacts facts)
      implements RequestEvent {}

  /**
   * A request was passed up a tier.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param from the office that held it
   * @param to the office that holds it now
   * @param reason why, with national ID and phone numbers masked ({@code Masking.text}): events leave grid
   * @param chargedTo for an automatic escalation the office charged with the lapse; null when voluntary
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestEscalated(
      RequestId requestId, long version, Instant at, Office from, Office to,
      @PersonalData(PersonalData.Kind.FREE_TEXT) String reason, Office chargedTo, RequestFacts facts)
      implements RequestEvent {
    /**
     * Returns the event with its reason masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }

    /**
     * Tells whether the escalation was automatic (a lapse) rather than voluntary.
     *
     * @return true when a lapse was charged
     */
    public boolean automatic() {
      return chargedTo != null;
    }
  }

  /**
   * A reminder form was issued for a passed deadline.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param office the office chased
   * @param missed what the deadline was for
   * @param graceUntil when it escalates if still not handled
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record ReminderIssued(
      RequestId requestId, long version, Instant at, Office office, DeadlineKind missed, Instant graceUntil,
      RequestFacts facts)
      implements RequestEvent {}

  /**
   * At the top tier a lapse alerted the county office to supervise (督办); the lapse is charged to the department
   * and a fresh deadline runs.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param chargedTo the department office charged
   * @param supervisor the county office alerted
   * @param dueBy the fresh deadline
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record SupervisionAlerted(
      RequestId requestId, long version, Instant at, Office chargedTo, Office supervisor, Instant dueBy,
      RequestFacts facts)
      implements RequestEvent {}

  /**
   * A department returned a misrouted request to the county office; it can never be routed there again.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param department the returning department
   * @param reason why, with national ID and phone numbers masked ({@code Masking.text}): events leave grid
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestReturned(RequestId requestId, long version, Instant at, DepartmentId department,
      @PersonalData(PersonalData.Kind.FREE_TEXT) String reason, RequestFacts facts) implements RequestEvent {
    /**
     * Returns the event with its reason masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }

  /**
   * The clock was paused while waiting on the citizen.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param reason why, with national ID and phone numbers masked ({@code Masking.text}): events leave grid
   * @param resumesBy when it resumes by itself at the latest
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestSuspended(RequestId requestId, long version, Instant at,
      @PersonalData(PersonalData.Kind.FREE_TEXT) String reason, Instant resumesBy,
      RequestFacts facts) implements RequestEvent {
    /**
     * Returns the event with its reason masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }

  /**
   * The clock runs again.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param automatic true when the suspension allowance ran out
   * @param dueBy the step deadline, moved by the working days paused
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestResumed(RequestId requestId, long version, Instant at, boolean automatic, Instant dueBy,
      RequestFacts facts)
      implements RequestEvent {}

  /**
   * The handler resolved the request.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param feedbackDueBy when the citizen must have been told the result
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestResolved(RequestId requestId, long version, Instant at, Instant feedbackDueBy, RequestFacts facts)
      implements RequestEvent {}

  /**
   * The result was told to the citizen with a feedback form.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param ratingWindowEnds when "no rating" is recorded if the citizen has not rated
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record FeedbackDelivered(RequestId requestId, long version, Instant at, Instant ratingWindowEnds, RequestFacts facts)
      implements RequestEvent {}

  /**
   * The citizen rated, or the rating window lapsed ({@link Rating#NO_RATING}).
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param holder the office that handled it (rated by the two-way assessment, 双向考核)
   * @param rating the rating
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestRated(RequestId requestId, long version, Instant at, Office holder, Rating rating, RequestFacts facts)
      implements RequestEvent {}

  /**
   * A dissatisfied rating reopened the request at the same tier.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param holder the office that must resolve it again
   * @param dueBy the fresh resolve deadline
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestReopened(RequestId requestId, long version, Instant at, Office holder, Instant dueBy,
      RequestFacts facts)
      implements RequestEvent {}

  /**
   * The request was closed.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param rating the closing rating
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestClosed(RequestId requestId, long version, Instant at, Rating rating,
      RequestFacts facts) implements RequestEvent {}

  /**
   * The citizen withdrew the request.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param reason why, with national ID and phone numbers masked ({@code Masking.text}): events leave grid
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestWithdrawn(RequestId requestId, long version, Instant at,
      @PersonalData(PersonalData.Kind.FREE_TEXT) String reason, RequestFacts facts) implements RequestEvent {
    /**
     * Returns the event with its reason masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }

  /**
   * The team of a must-attend request arrived on site: within the on-site limit, or late after an {@link
   * OnSiteLapsed} (the history entry's kind, {@link TransitionKind#ON_SITE_ARRIVED} or {@link
   * TransitionKind#ON_SITE_ARRIVED_LATE}, tells which).
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param holder the office whose team arrived
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record OnSiteArrived(RequestId requestId, long version, Instant at, Office holder,
      RequestFacts facts) implements RequestEvent {}

  /**
   * A must-attend request's on-site limit passed without arrival; a reminder was issued and the lapse charged.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param chargedTo the office charged
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record OnSiteLapsed(RequestId requestId, long version, Instant at, Office chargedTo,
      RequestFacts facts) implements RequestEvent {}

  /**
   * The holding office corrected the request's category (改类); from now on the routing table and the time limits
   * read the new one. The report form keeps the category the reporter gave.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param holder the office that corrected it
   * @param previous the category before
   * @param category the category now
   * @param reason why, with national ID and phone numbers masked ({@code Masking.text}): events leave grid
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestRecategorized(RequestId requestId, long version, Instant at, Office holder, Category previous,
      Category category, @PersonalData(PersonalData.Kind.FREE_TEXT) String reason,
      RequestFacts facts) implements RequestEvent {
    /**
     * Returns the event with its reason masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }

  /**
   * The holding office closed the request as a duplicate of another request of the county (重复件); it has no
   * deadline any more.
   *
   * @param requestId the request
   * @param version its version
   * @param at when
   * @param holder the office that closed it
   * @param original the request it duplicates
   * @param reason why, with national ID and phone numbers masked ({@code Masking.text}): events leave grid
   * @param facts the request as this event leaves it, for consumers that must not call back
   */
  record RequestClosedAsDuplicate(RequestId requestId, long version, Instant at, Office holder, RequestId original,
      @PersonalData(PersonalData.Kind.FREE_TEXT) String reason, RequestFacts facts) implements RequestEvent {
    /**
     * Returns the event with its reason masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }
}
