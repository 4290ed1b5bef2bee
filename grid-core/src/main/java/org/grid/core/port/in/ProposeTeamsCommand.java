package org.grid.core.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.TeamPolicy;

/**
 * The command to propose the service teams of a township (组建网格服务团队). Its constraints are Jakarta Validation
 * annotations, so an embedding framework validates it too; {@link ProposeTeamsUseCase} validates it in any case.
 *
 * @param township the township whose teams to propose; not null
 * @param grids the township's responsibility grids, with the village, units and district of each; not empty, no
 *     null element
 * @param policy the team policy; not null (use {@link TeamPolicy#defaults()})
 * @param at when the teams take effect; not null
 */
public record ProposeTeamsCommand(
    @NotNull TownshipId township,
    @NotEmpty List<@NotNull @Valid ServedGrid> grids,
    @NotNull TeamPolicy policy,
    @NotNull OffsetDateTime at) {}
