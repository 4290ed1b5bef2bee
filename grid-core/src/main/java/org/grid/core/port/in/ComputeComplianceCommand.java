package org.grid.core.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.ServedGrid;

/**
 * The command to compute a township's duty compliance for a period (履职考核). Its constraints are Jakarta
 * Validation annotations; {@link ComputeComplianceUseCase} validates it in any case.
 *
 * @param township the township; not null
 * @param grids its responsibility grids; not empty, no null element
 * @param register its household register; not null
 * @param period the period; not null
 * @param policy the duty policy; not null (use {@link DutyPolicy#defaults()})
 */
public record ComputeComplianceCommand(
    @NotNull TownshipId township,
    @NotEmpty List<@NotNull @Valid ServedGrid> grids,
    @NotNull HouseholdRegister register,
    @NotNull DutyPeriod period,
    @NotNull DutyPolicy policy) {}
