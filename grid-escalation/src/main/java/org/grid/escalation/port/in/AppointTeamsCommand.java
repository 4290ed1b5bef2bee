package org.grid.escalation.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.team.Team;

/**
 * Brings the staff directory in line with a township's teams at an instant (团队任职同步): see {@link
 * AppointTeamsUseCase}. Its constraints are Jakarta Validation annotations; the use case validates it in any case.
 *
 * @param township the township, with its county; not null
 * @param plan the township's current plan, which places each village grid in its district; not null
 * @param teams the township's teams as they are now (every team of the township: a grid, district or township
 *     office with no team here has its team members' appointments ended); not null
 * @param at when the teams took this shape; not null
 */
public record AppointTeamsCommand(
    @NotNull Township township, @NotNull Plan plan, @NotNull List<Team> teams, @NotNull Instant at) {}
