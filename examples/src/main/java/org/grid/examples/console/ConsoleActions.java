package org.grid.examples.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.port.in.HandleRequestUseCase;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.examples.year.YearSimulation;
import org.grid.spring.boot.SpringUnitOfWork;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which actions the engine would apply now (可办操作), for the inbox's buttons: each command of the REST API is tried
 * on the engine inside a Spring transaction that is always rolled back, so that grid's own rules answer (the staff
 * directory, the permission table, the state, the time limits, the own-report rule) and nothing is kept: neither
 * the change nor its outbox events. The console holds no rule of its own; the action itself is then given through
 * the REST API, where the engine decides again.
 *
 * <p>The trial commands carry neutral parameters: the signed-in person as the assignee, the routing table's
 * department, another category of the routing table for a recategorization, and for a duplicate another request of
 * the sample township as the original (the engine checks the original only after its rule for the request passed).
 */
public final class ConsoleActions {

  /** The actions, as the REST API names their paths ({@code POST /grid/api/requests/{id}/<action>}). */
  public static final List<String> ACTIONS = List.of("accept", "route", "escalate", "return", "suspend", "resume",
      "resolve", "feedback", "on-site", "recategorize", "close-as-duplicate", "rate", "withdraw");

  private final HandleRequestUseCase engine;
  private final RequestRepository requests;
  private final SpringUnitOfWork unitOfWork;
  private final TransactionTemplate trial;
  private final SampleTownship sample;

  /**
   * Creates the trial.
   *
   * @param engine the request engine
   * @param requests the request repository, read for each request's version
   * @param unitOfWork the unit of work of the reads
   * @param transactions the application's transaction manager, which grid's unit of work joins
   * @param sample the sample township (for a duplicate's original)
   */
  public ConsoleActions(HandleRequestUseCase engine, RequestRepository requests, SpringUnitOfWork unitOfWork,
      PlatformTransactionManager transactions, SampleTownship sample) {
    this.engine = engine;
    this.requests = requests;
    this.unitOfWork = unitOfWork;
    this.trial = new TransactionTemplate(transactions);
    this.sample = sample;
  }

  /**
   * Returns the actions the engine would apply now for an actor on each request, in the order of {@link #ACTIONS};
   * a request the actor may not see, or that does not exist, has none.
   *
   * @param actor the actor, not null
   * @param ids the requests
   * @return for each id, its actions
   */
  public Map<String, List<String>> allowed(Actor actor, List<RequestId> ids) {
    Map<String, List<String>> allowed = new LinkedHashMap<>();
    for (RequestId id : ids) {
      Optional<Request> request = unitOfWork.inTransaction(() -> requests.findById(id));
      List<String> actions = new ArrayList<>();
      if (request.isPresent()) {
        for (String action : ACTIONS) {
          if (applies(command(action, actor, request.get()))) {
            actions.add(action);
          }
        }
      }
      allowed.put(id.value(), actions);
    }
    return allowed;
  }

  private boolean applies(RequestCommand command) {
    Boolean applied = trial.execute(status -> {
      status.setRollbackOnly();
      return engine.handle(command) instanceof CommandOutcome.Applied;
    });
    return Boolean.TRUE.equals(applied);
  }

  private RequestCommand command(String action, Actor actor, Request r) {
    CommandId c = CommandId.of("console-trial-" + UUID.randomUUID());
    RequestId id = r.id();
    long v = r.version();
    String reason = "console trial";
    Function<Actor, org.grid.core.model.team.PersonId> person = a -> a instanceof Actor.Staff s ? s.person()
        : ((Actor.Citizen) a).person();
    return switch (action) {
      case "accept" -> new RequestCommand.Accept(c, id, v, actor, person.apply(actor));
      case "route" -> new RequestCommand.Route(c, id, v, actor, null);
      case "escalate" -> new RequestCommand.Escalate(c, id, v, actor, reason);
      case "return" -> new RequestCommand.Return(c, id, v, actor, reason);
      case "suspend" -> new RequestCommand.Suspend(c, id, v, actor, reason);
      case "resume" -> new RequestCommand.Resume(c, id, v, actor);
      case "resolve" -> new RequestCommand.Resolve(c, id, v, actor, reason);
      case "feedback" -> new RequestCommand.Feedback(c, id, v, actor, reason);
      case "on-site" -> new RequestCommand.OnSite(c, id, v, actor);
      case "recategorize" -> new RequestCommand.Recategorize(c, id, v, actor, otherCategory(r.category()), reason);
      case "close-as-duplicate" -> new RequestCommand.CloseAsDuplicate(c, id, v, actor, original(r), reason);
      case "rate" -> new RequestCommand.Rate(c, id, v, actor, Rating.SATISFIED);
      case "withdraw" -> new RequestCommand.Withdraw(c, id, v, actor, reason);
      default -> throw new IllegalArgumentException("action must be one of " + ACTIONS + ", was " + action);
    };
  }

  private static Category otherCategory(Category current) {
    return YearSimulation.ROUTES.keySet().stream().filter(c -> !c.equals(current)).findFirst().orElseThrow();
  }

  /** Another request of the sample township that is no duplicate itself. */
  private RequestId original(Request r) {
    for (RequestId candidate : sample.requests()) {
      if (!candidate.equals(r.id())) {
        Optional<Request> found = unitOfWork.inTransaction(() -> requests.findById(candidate));
        if (found.isPresent() && found.get().state() != RequestState.DUPLICATE) {
          return candidate;
        }
      }
    }
    return r.id(); // the engine then refuses (not its own duplicate): no button
  }
}
