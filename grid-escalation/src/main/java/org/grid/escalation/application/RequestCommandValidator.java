package org.grid.escalation.application;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.grid.core.application.CommandValidator;
import org.grid.core.application.CommandViolation;
import org.grid.escalation.port.in.RequestCommand;

/**
 * The plain validator of the request commands (办理指令校验): checks, in code and without reflection, exactly the
 * Jakarta Validation constraints the records of {@link RequestCommand} carry, and names every violation with the
 * same property and message as Hibernate Validator (its default English messages). {@link RequestService} validates
 * with it unless it is given a Jakarta {@link jakarta.validation.Validator}. A test compares the two on arbitrary
 * valid and invalid commands; a constraint added to a record must be added here too, or that test fails.
 *
 * <p>Stateless and thread-safe.
 */
public final class RequestCommandValidator implements CommandValidator<RequestCommand> {

  private static final RequestCommandValidator INSTANCE = new RequestCommandValidator();

  private RequestCommandValidator() {}

  /**
   * Returns the validator.
   *
   * @return the validator
   */
  public static RequestCommandValidator create() {
    return INSTANCE;
  }

  /**
   * Returns the constraints the command breaks.
   *
   * @param command the command, not null
   * @return every violation, empty for a valid command
   * @throws NullPointerException if the command is null
   */
  @Override
  public List<CommandViolation> violations(RequestCommand command) {
    requireNonNull(command, "command");
    Violations v = new Violations()
        .notNull("commandId", command.commandId())
        .notNull("requestId", command.requestId())
        .notNull("actor", command.actor());
    if (command instanceof RequestCommand.Change change) {
      v.positiveOrZero("expectedVersion", change.expectedVersion());
    }
    if (command instanceof RequestCommand.Report c) {
      v.notNull("reporter", c.reporter())
          .notNull("place", c.place())
          .notNull("category", c.category())
          .notBlankPlainText("description", c.description())
          .notNull("urgency", c.urgency());
    } else if (command instanceof RequestCommand.Accept c) {
      v.notNull("assignee", c.assignee());
    } else if (command instanceof RequestCommand.Resolve c) {
      v.notBlankPlainText("summary", c.summary());
    } else if (command instanceof RequestCommand.Feedback c) {
      v.notBlankPlainText("result", c.result());
    } else if (command instanceof RequestCommand.Rate c) {
      v.notNull("rating", c.rating());
    } else if (command instanceof RequestCommand.Escalate c) {
      v.notBlankPlainText("reason", c.reason());
    } else if (command instanceof RequestCommand.Return c) {
      v.notBlankPlainText("reason", c.reason());
    } else if (command instanceof RequestCommand.Suspend c) {
      v.notBlankPlainText("reason", c.reason());
    } else if (command instanceof RequestCommand.Withdraw c) {
      v.notBlankPlainText("reason", c.reason());
    } else if (command instanceof RequestCommand.Recategorize c) {
      v.notNull("category", c.category()).notBlankPlainText("reason", c.reason());
    } else if (command instanceof RequestCommand.CloseAsDuplicate c) {
      v.notNull("original", c.original()).notBlankPlainText("reason", c.reason());
    } else if (!(command instanceof RequestCommand.Route
        || command instanceof RequestCommand.Resume
        || command instanceof RequestCommand.OnSite)) {
      throw new IllegalStateException("no checks for " + command.getClass().getSimpleName());
    }
    return v.list();
  }
}
