package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Validator;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.partition.PlanValidator;
import org.grid.core.model.partition.Validation;
import org.grid.core.port.in.PlanPartitionCommand;
import org.grid.core.port.in.PlanPartitionUseCase;
import org.grid.core.port.in.ValidatePlanCommand;
import org.grid.core.port.in.ValidatePlanUseCase;

/**
 * Plans and validates partitions (双网格划分) for an embedding system: checks each command's constraints, then
 * calls {@link PartitionPlanner} or {@link PlanValidator}. Thread-safe when the given validator is.
 */
public final class PartitionService implements PlanPartitionUseCase, ValidatePlanUseCase {

  private final Validator validator;
  private final PartitionPlanner planner = PartitionPlanner.create();
  private final PlanValidator planValidator = PlanValidator.create();

  /**
   * Creates the service.
   *
   * @param validator the Jakarta Validation validator of the embedding system, not null
   * @throws NullPointerException if {@code validator} is null
   */
  public PartitionService(Validator validator) {
    this.validator = requireNonNull(validator, "validator");
  }

  @Override
  public PlanResult plan(PlanPartitionCommand command) {
    check(requireNonNull(command, "command"));
    PartitionPolicy policy = PartitionPolicy.defaults()
        .withTargetHouseholds(command.targetHouseholds())
        .withDistricts(command.districts())
        .withKeepExisting(command.keepExisting());
    return planner.plan(command.township(), policy);
  }

  @Override
  public Validation validate(ValidatePlanCommand command) {
    check(requireNonNull(command, "command"));
    return planValidator.validate(command.township(), command.plan());
  }

  private <T> void check(T command) {
    CommandValidation.validate(validator, command);
  }
}
