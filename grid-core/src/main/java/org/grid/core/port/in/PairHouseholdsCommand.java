package org.grid.core.port.in;

import jakarta.validation.constraints.NotNull;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.pairing.PairingPolicy;

/**
 * The command to pair a township's households with pairers (联系结对). Its constraints are Jakarta Validation
 * annotations; {@link PairHouseholdsUseCase} validates it in any case.
 *
 * @param township the township; not null
 * @param register its household register; not null
 * @param policy the pairing policy; not null (use {@link PairingPolicy#defaults()})
 */
public record PairHouseholdsCommand(
    @NotNull TownshipId township, @NotNull HouseholdRegister register, @NotNull PairingPolicy policy) {}
