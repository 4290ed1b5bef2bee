package org.grid.core.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.TeamPolicy;

/**
 * The command to propose the service teams of a township (组建网格服务团队). Its constraints are Jakarta Validation
 * annotations, so an embedding framework validates it too; {@link ProposeTeamsUseCase} validates it in any case.
 *
 * <p>Make it from a plan with {@link #of(Plan, TeamPolicy, OffsetDateTime)}; the canonical constructor is for
 * callers that hold only the served grids (a grids file, say).
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
    @NotNull OffsetDateTime at) {

  /**
   * Returns the command to propose the teams of a plan's township for the plan's grids: the township is the
   * plan's, the grids are {@link ServedGrid#allOf(Plan) ServedGrid.allOf(plan)}.
   *
   * @param plan the plan, not null
   * @param policy the team policy; validated with the command
   * @param at when the teams take effect; validated with the command
   * @return the command
   * @throws NullPointerException if {@code plan} is null
   * @throws IllegalArgumentException naming the grid if the plan's grids cannot be served (see {@link
   *     ServedGrid#allOf(Plan)})
   */
  public static ProposeTeamsCommand of(Plan plan, TeamPolicy policy, OffsetDateTime at) {
    Objects.requireNonNull(plan, "plan");
    return new ProposeTeamsCommand(plan.township(), ServedGrid.allOf(plan), policy, at);
  }

  /**
   * Returns the command to propose the teams of a planner's result: {@link #of(Plan, TeamPolicy, OffsetDateTime)}
   * of its plan. A plan with errors may still be served; its validation is the caller's to look at.
   *
   * @param result what the planner returned, not null
   * @param policy the team policy; validated with the command
   * @param at when the teams take effect; validated with the command
   * @return the command
   * @throws NullPointerException if {@code result} is null
   * @throws IllegalArgumentException naming the grid if the plan's grids cannot be served
   */
  public static ProposeTeamsCommand of(PlanResult result, TeamPolicy policy, OffsetDateTime at) {
    Objects.requireNonNull(result, "result");
    return of(result.plan(), policy, at);
  }
}
