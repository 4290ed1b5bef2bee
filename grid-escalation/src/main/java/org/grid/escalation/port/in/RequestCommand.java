package org.grid.escalation.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.grid.core.model.privacy.MaskedRecords;
import org.grid.core.model.privacy.PersonalData;
import org.grid.core.port.NotBlankText;
import org.grid.core.port.PlainText;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Urgency;

/**
 * A command to the request engine (办理指令). Every command carries an id (a retry with the same id is applied
 * once) and names its actor (checked against the request's holder or reporter). Every command but the report
 * names the version of the request it expects, so that a concurrent update is refused instead of being applied
 * on stale state.
 *
 * <p>The records carry Jakarta Validation constraints; they do not check themselves, so that a framework (and
 * the application service) can report every broken field at once.
 */
public sealed interface RequestCommand {

  /**
   * Returns the command's id.
   *
   * @return the id; null only in an invalid command
   */
  CommandId commandId();

  /**
   * Returns the request concerned.
   *
   * @return the id; null only in an invalid command
   */
  RequestId requestId();

  /**
   * Returns who issues the command.
   *
   * @return the actor; null only in an invalid command
   */
  Actor actor();

  /** A command on an existing request, naming the version it expects. */
  sealed interface Change extends RequestCommand {
    /**
     * Returns the version of the request the command was decided on.
     *
     * @return the version, at least 1 in a valid command
     */
    long expectedVersion();
  }

  /**
   * Reports a new request (申报单).
   *
   * @param commandId the command's id
   * @param requestId the new request's id
   * @param actor the reporting citizen, or a staff member of an office covering the place
   * @param reporter the citizen the request is for
   * @param place the grid and jurisdictions of the household or place
   * @param category the category
   * @param description what is asked
   * @param urgency the urgency
   * @param mustAttend the must-attend type (四必到), or null when not must-attend
   * @param complaintAgainst for a complaint about a team member's conduct, that member's team office; else null
   */
  record Report(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @NotNull Actor actor,
      @NotNull PersonId reporter,
      @NotNull Place place,
      @NotNull Category category,
      @PersonalData(PersonalData.Kind.FREE_TEXT) @NotBlankText @PlainText String description,
      @NotNull Urgency urgency,
      MustAttendType mustAttend,
      Office complaintAgainst)
      implements RequestCommand {
    /**
     * Returns the command with its free text masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }

  /**
   * Accepts a reported request with an assignment (交办单).
   *
   * @param commandId the command's id
   * @param requestId the request
   * @param expectedVersion the version expected
   * @param actor a staff member of the holder
   * @param assignee who must handle it
   */
  record Accept(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor,
      @NotNull PersonId assignee)
      implements Change {}

  /**
   * Routes a request from the county office to a department.
   *
   * @param commandId the command's id
   * @param requestId the request
   * @param expectedVersion the version expected
   * @param actor a staff member of the county office
   * @param department the department, or null to use the routing table
   */
  record Route(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor,
      DepartmentId department)
      implements Change {}

  /**
   * Passes a request up one tier voluntarily.
   *
   * @param commandId the command's id
   * @param requestId the request
   * @param expectedVersion the version expected
   * @param actor a staff member of the holder
   * @param reason why
   */
  record Escalate(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor,
      @PersonalData(PersonalData.Kind.FREE_TEXT) @NotBlankText @PlainText String reason)
      implements Change {
    /**
     * Returns the command with its free text masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }

  /**
   * Returns a misrouted request from a department to the county office.
   *
   * @param commandId the command's id
   * @param requestId the request
   * @param expectedVersion the version expected
   * @param actor a staff member of the holding department
   * @param reason why
   */
  record Return(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor,
      @PersonalData(PersonalData.Kind.FREE_TEXT) @NotBlankText @PlainText String reason)
      implements Change {
    /**
     * Returns the command with its free text masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }

  /**
   * Pauses the clock while waiting on the citizen.
   *
   * @param commandId the command's id
   * @param requestId the request
   * @param expectedVersion the version expected
   * @param actor a staff member of the holder
   * @param reason why
   */
  record Suspend(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor,
      @PersonalData(PersonalData.Kind.FREE_TEXT) @NotBlankText @PlainText String reason)
      implements Change {
    /**
     * Returns the command with its free text masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }

  /**
   * Lets the clock run again.
   *
   * @param commandId the command's id
   * @param requestId the request
   * @param expectedVersion the version expected
   * @param actor a staff member of the holder
   */
  record Resume(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor)
      implements Change {}

  /**
   * Records the resolution.
   *
   * @param commandId the command's id
   * @param requestId the request
   * @param expectedVersion the version expected
   * @param actor a staff member of the holder
   * @param summary what was done
   */
  record Resolve(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor,
      @PersonalData(PersonalData.Kind.FREE_TEXT) @NotBlankText @PlainText String summary)
      implements Change {
    /**
     * Returns the command with its free text masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }

  /**
   * Tells the citizen the result (反馈单).
   *
   * @param commandId the command's id
   * @param requestId the request
   * @param expectedVersion the version expected
   * @param actor a staff member of the holder
   * @param result the result told
   */
  record Feedback(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor,
      @PersonalData(PersonalData.Kind.FREE_TEXT) @NotBlankText @PlainText String result)
      implements Change {
    /**
     * Returns the command with its free text masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }

  /**
   * Records the citizen's rating.
   *
   * @param commandId the command's id
   * @param requestId the request
   * @param expectedVersion the version expected
   * @param actor the citizen who reported
   * @param rating the rating, not {@link Rating#NO_RATING}
   */
  record Rate(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor,
      @NotNull Rating rating)
      implements Change {}

  /**
   * Withdraws a request at the citizen's wish.
   *
   * @param commandId the command's id
   * @param requestId the request
   * @param expectedVersion the version expected
   * @param actor the citizen who reported
   * @param reason why
   */
  record Withdraw(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor,
      @PersonalData(PersonalData.Kind.FREE_TEXT) @NotBlankText @PlainText String reason)
      implements Change {
    /**
     * Returns the command with its free text masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }

  /**
   * Records the team's arrival on site for a must-attend request; after the on-site limit lapsed, as late.
   *
   * @param commandId the command's id
   * @param requestId the request
   * @param expectedVersion the version expected
   * @param actor a staff member of the holder
   */
  record OnSite(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor)
      implements Change {}

  /**
   * Corrects the category of a request the actor's office holds (改类).
   *
   * @param commandId the command's id
   * @param requestId the request
   * @param expectedVersion the version expected
   * @param actor a staff member of the holder
   * @param category the right category, other than the current one
   * @param reason why
   */
  record Recategorize(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor,
      @NotNull Category category,
      @PersonalData(PersonalData.Kind.FREE_TEXT) @NotBlankText @PlainText String reason)
      implements Change {
    /**
     * Returns the command with its free text masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }

  /**
   * Closes a request the actor's office holds as a duplicate of another (重复件).
   *
   * @param commandId the command's id
   * @param requestId the request to close
   * @param expectedVersion the version expected
   * @param actor a staff member of the holder
   * @param original the request it duplicates: another request of the same county, not itself a duplicate
   * @param reason why
   */
  record CloseAsDuplicate(
      @NotNull CommandId commandId,
      @NotNull RequestId requestId,
      @PositiveOrZero long expectedVersion,
      @NotNull Actor actor,
      @NotNull RequestId original,
      @PersonalData(PersonalData.Kind.FREE_TEXT) @NotBlankText @PlainText String reason)
      implements Change {
    /**
     * Returns the command with its free text masked.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return MaskedRecords.toString(this);
    }
  }
}
