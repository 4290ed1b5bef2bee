package org.grid.core.port.in;

import jakarta.validation.constraints.NotNull;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.Plan;

/**
 * The command to check a plan (方案校验) against its township.
 *
 * @param township the township; must not be null
 * @param plan the plan, made by the planner or drawn by hand; must not be null
 */
public record ValidatePlanCommand(@NotNull Township township, @NotNull Plan plan) {}
