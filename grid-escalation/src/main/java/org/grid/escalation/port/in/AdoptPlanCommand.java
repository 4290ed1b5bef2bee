package org.grid.escalation.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.Plan;

/**
 * Adopt a township's partition plan (启用网格划分方案).
 *
 * @param township the township, not null
 * @param plan the plan, of that township, not null
 * @param at when it is adopted, not null
 */
public record AdoptPlanCommand(@NotNull Township township, @NotNull Plan plan, @NotNull Instant at) {}
