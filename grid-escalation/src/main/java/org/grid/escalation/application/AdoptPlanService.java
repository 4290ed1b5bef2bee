package org.grid.escalation.application;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Validator;
import java.util.List;
import org.grid.core.application.CommandValidation;
import org.grid.core.model.partition.PlanEvent;
import org.grid.core.model.partition.PlanValidator;
import org.grid.core.model.partition.Validation;
import org.grid.core.port.out.DomainEventPublisher;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.port.in.AdoptPlanCommand;
import org.grid.escalation.port.in.AdoptPlanUseCase;
import org.grid.escalation.port.out.PlaceDirectory;

/**
 * Implements {@link AdoptPlanUseCase} over the place directory: validates the plan, adopts it and publishes {@link
 * PlanEvent.PlanAdopted} after it, in one unit of work. Thread-safe when its ports are.
 */
public final class AdoptPlanService implements AdoptPlanUseCase {

  private final PlaceDirectory places;
  private final UnitOfWork unitOfWork;
  private final Validator validator;
  private final DomainEventPublisher events;
  private final PlanValidator plans = PlanValidator.create();

  /**
   * Creates the service.
   *
   * @param places the place directory the plan is adopted into, not null
   * @param unitOfWork the unit of work each adoption runs in, not null
   * @param validator the Jakarta validator that checks commands, not null
   * @param events where the plan event is published, in the adoption's unit of work; not null ({@link
   *     DomainEventPublisher#none()} for none)
   * @throws NullPointerException if an argument is null
   */
  public AdoptPlanService(PlaceDirectory places, UnitOfWork unitOfWork, Validator validator,
      DomainEventPublisher events) {
    this.places = requireNonNull(places, "places");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.validator = requireNonNull(validator, "validator");
    this.events = requireNonNull(events, "events");
  }

  @Override
  public Outcome adopt(AdoptPlanCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    if (!command.plan().township().equals(command.township().id())) {
      throw new IllegalArgumentException("plan is of township " + command.plan().township() + ", not of "
          + command.township().id());
    }
    Validation validation = plans.validate(command.township(), command.plan());
    if (validation.hasErrors()) {
      return new Refused(validation);
    }
    return unitOfWork.inTransaction(() -> {
      places.adopt(command.township(), command.plan());
      events.publish(List.of(new PlanEvent.PlanAdopted(command.township().county(), command.plan(), command.at())));
      return new Adopted(validation);
    });
  }
}
