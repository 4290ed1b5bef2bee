package org.grid.core.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.StationPolicy;

/**
 * The command to review a township's stations and cards (一站二卡): which teams fall short of the station policy and
 * which households of the given grids lack a current contact or supervision card. Its constraints are Jakarta
 * Validation annotations; {@link ReviewCardsUseCase} validates it in any case.
 *
 * @param township the township; not null
 * @param grids the grids reviewed (the township's, or one village's or one grid's); not empty, no null element
 * @param register the township's household register; not null
 * @param policy the station policy; not null (use {@link StationPolicy#defaults()})
 * @param at when the cards are judged (cards issued later do not count); not null
 */
public record ReviewCardsCommand(
    @NotNull TownshipId township,
    @NotEmpty List<@NotNull @Valid ServedGrid> grids,
    @NotNull HouseholdRegister register,
    @NotNull StationPolicy policy,
    @NotNull OffsetDateTime at) {}
