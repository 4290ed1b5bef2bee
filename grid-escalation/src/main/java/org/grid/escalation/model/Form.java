package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;
import static org.grid.escalation.model.Checks.requireText;

import java.time.Instant;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.privacy.PersonalData;
import org.grid.core.model.team.PersonId;

/**
 * One of the four forms (四单) that carry a request: report (申报单), assignment (交办单), reminder (催办单) and
 * feedback (反馈单). Forms are kept in the request's history; they are never changed or removed.
 */
public sealed interface Form {

  /**
   * The report form (申报单): intake.
   *
   * @param reporter who reported, not null
   * @param place the household's or place's grid and jurisdictions, not null
   * @param category the category, not null
   * @param description what is asked, not blank
   * @param urgency the urgency, not null
   * @param mustAttend the must-attend type (四必到), or null when the request is not must-attend
   * @param complaintAgainst for a complaint about a team member's conduct (监督卡投诉), the office of that member's
   *     team; null for an ordinary request
   */
  record Report(
      PersonId reporter,
      Place place,
      Category category,
      @PersonalData(PersonalData.Kind.FREE_TEXT) String description,
      Urgency urgency,
      MustAttendType mustAttend,
      Office complaintAgainst)
      implements Form {
    /**
     * Checks the form.
     *
     * @param reporter who reported, not null
     * @param place the household's or place's grid and jurisdictions, not null
     * @param category the category, not null
     * @param description what is asked, not blank
     * @param urgency the urgency, not null
     * @param mustAttend the must-attend type (四必到), or null when the request is not must-attend
     * @param complaintAgainst for a complaint about a team member's conduct (监督卡投诉), the office of that member's
     *     team; null for an ordinary request
     * @throws NullPointerException if a required argument is null
     * @throws IllegalArgumentException if {@code description} is blank
     */
    public Report {
      requireNonNull(reporter, "reporter");
      requireNonNull(place, "place");
      requireNonNull(category, "category");
      requireText(description, "description");
      requireNonNull(urgency, "urgency");
    }

    /**
     * Returns the form with its description masked ({@link Masking#text}).
     *
     * @return the text
     */
    @Override
    public String toString() {
      return "Report[reporter=" + reporter + ", place=" + place + ", category=" + category + ", description="
          + Masking.text(description) + ", urgency=" + urgency + ", mustAttend=" + mustAttend + ", complaintAgainst="
          + complaintAgainst + "]";
    }
  }

  /**
   * The assignment form (交办单): who must handle the request at the current tier, and by when.
   *
   * @param office the office holding the request, not null
   * @param assignee the person who must handle it, not null
   * @param dueBy the deadline, not null
   */
  record Assignment(Office office, PersonId assignee, Instant dueBy) implements Form {
    /**
     * Checks the form.
     *
     * @param office the office holding the request, not null
     * @param assignee the person who must handle it, not null
     * @param dueBy the deadline, not null
     * @throws NullPointerException if an argument is null
     */
    public Assignment {
      requireNonNull(office, "office");
      requireNonNull(assignee, "assignee");
      requireNonNull(dueBy, "dueBy");
    }
  }

  /**
   * The reminder form (催办单): a chase when a time limit passed.
   *
   * @param office the office chased, not null
   * @param missed what the missed deadline was for, not null
   * @param missedDeadline the deadline that passed, not null
   * @param graceUntil when the request escalates if still not handled; for an on-site reminder, equal to
   *     {@code missedDeadline} (no escalation follows)
   */
  record Reminder(Office office, DeadlineKind missed, Instant missedDeadline, Instant graceUntil)
      implements Form {
    /**
     * Checks the form.
     *
     * @param office the office chased, not null
     * @param missed what the missed deadline was for, not null
     * @param missedDeadline the deadline that passed, not null
     * @param graceUntil when the request escalates if still not handled; for an on-site reminder, equal to
     *     {@code missedDeadline} (no escalation follows)
     * @throws NullPointerException if an argument is null
     */
    public Reminder {
      requireNonNull(office, "office");
      requireNonNull(missed, "missed");
      requireNonNull(missedDeadline, "missedDeadline");
      requireNonNull(graceUntil, "graceUntil");
    }
  }

  /**
   * The feedback form (反馈单): the result told to the citizen, and the citizen's rating.
   *
   * @param result the result told to the citizen, not blank
   * @param rating the citizen's rating, or null while the citizen has not rated yet
   */
  record Feedback(@PersonalData(PersonalData.Kind.FREE_TEXT) String result, Rating rating) implements Form {
    /**
     * Checks the form.
     *
     * @param result the result told to the citizen, not blank
     * @param rating the citizen's rating, or null while the citizen has not rated yet
     * @throws NullPointerException if {@code result} is null
     * @throws IllegalArgumentException if {@code result} is blank
     */
    public Feedback {
      requireText(result, "result");
    }

    /**
     * Returns the form with its result masked ({@link Masking#text}).
     *
     * @return the text
     */
    @Override
    public String toString() {
      return "Feedback[result=" + Masking.text(result) + ", rating=" + rating + "]";
    }
  }
}
