package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.RequestRecord.Step;

/**
 * What a request is as an event leaves it (诉求要素), carried by every {@link RequestEvent} so that a consumer of the
 * events (a dashboard, a county system, a broker's subscriber) needs not call grid back: the current category, the
 * place, the holding office and its tier, the state, the running deadline and the on-site deadline, the assignee.
 * Nothing of the reporter, no description, no reason: no personal data beyond the assignee's id.
 *
 * @param category the current category (after any recategorization), not null
 * @param place the grid and jurisdictions the request concerns, not null
 * @param holder the office that holds the request (or held it last), not null; its tier is the request's tier
 * @param state the state, not null
 * @param urgency the report's urgency, not null
 * @param mustAttend the must-attend type (四必到), or null when the request is not must-attend
 * @param assignee the person assigned at the current tier, or null while no one at this tier accepted it
 * @param step the running step (what the deadline is for, when, whether a reminder's grace period runs), or null
 *     when the request is no longer open
 * @param onSiteBy the on-site deadline of a must-attend request whose team is not on site yet, or null
 */
public record RequestFacts(Category category, Place place, Office holder, RequestState state, Urgency urgency,
    MustAttendType mustAttend, PersonId assignee, Step step, Instant onSiteBy) {

  /**
   * Checks the facts.
   *
   * @param category the current category (after any recategorization), not null
   * @param place the grid and jurisdictions the request concerns, not null
   * @param holder the office that holds the request (or held it last), not null; its tier is the request's tier
   * @param state the state, not null
   * @param urgency the report's urgency, not null
   * @param mustAttend the must-attend type (四必到), or null when the request is not must-attend
   * @param assignee the person assigned at the current tier, or null while no one at this tier accepted it
   * @param step the running step (what the deadline is for, when, whether a reminder's grace period runs), or null
   *     when the request is no longer open
   * @param onSiteBy the on-site deadline of a must-attend request whose team is not on site yet, or null
   * @throws NullPointerException if a required argument is null
   */
  public RequestFacts {
    requireNonNull(category, "category");
    requireNonNull(place, "place");
    requireNonNull(holder, "holder");
    requireNonNull(state, "state");
    requireNonNull(urgency, "urgency");
  }

  /**
   * Returns the facts of a request record.
   *
   * @param record the record, not null
   * @return the facts
   * @throws NullPointerException if {@code record} is null
   */
  public static RequestFacts of(RequestRecord record) {
    requireNonNull(record, "record");
    return new RequestFacts(record.category(), record.report().place(), record.holder(), record.state(),
        record.report().urgency(), record.report().mustAttend(), record.assignee(), record.step(),
        record.onSite() == null ? null : record.onSite().deadline());
  }

  /**
   * Returns the request's tier: the holder's.
   *
   * @return the tier
   */
  public Tier tier() {
    return holder.tier();
  }
}
