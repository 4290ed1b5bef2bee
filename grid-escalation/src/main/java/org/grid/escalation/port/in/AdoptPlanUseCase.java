package org.grid.escalation.port.in;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.partition.Validation;

/**
 * Adopts a township's partition plan (启用网格划分方案): checks it against the rulebook, makes its grids the places the
 * request engine takes reports for ({@code PlaceDirectory.adopt}) and publishes {@code PlanEvent.PlanAdopted}, in one
 * unit of work. A plan with errors is refused and nothing changes.
 */
public interface AdoptPlanUseCase {

  /**
   * Adopts a plan.
   *
   * @param command the command, not null
   * @return adopted, or refused with the plan's errors
   * @throws IllegalArgumentException if the command breaks its constraints (the message names each field) or the
   *     plan is of another township
   */
  Outcome adopt(AdoptPlanCommand command);

  /** What became of the plan. */
  sealed interface Outcome {}

  /**
   * The plan is adopted.
   *
   * @param validation the plan's check: metrics and warnings, no errors
   */
  record Adopted(Validation validation) implements Outcome {
    /**
     * Checks the outcome.
     *
     * @param validation the plan's check: metrics and warnings, no errors; not null
     * @throws NullPointerException if {@code validation} is null
     */
    public Adopted {
      requireNonNull(validation, "validation");
    }
  }

  /**
   * The plan breaks the rulebook and was not adopted.
   *
   * @param validation the plan's check, with its errors
   */
  record Refused(Validation validation) implements Outcome {
    /**
     * Checks the outcome.
     *
     * @param validation the plan's check, with its errors; not null
     * @throws NullPointerException if {@code validation} is null
     */
    public Refused {
      requireNonNull(validation, "validation");
    }
  }
}
