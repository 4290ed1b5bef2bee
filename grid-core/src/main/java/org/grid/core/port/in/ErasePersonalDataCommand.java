package org.grid.core.port.in;

import jakarta.validation.constraints.NotNull;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.PersonId;

/**
 * The command to erase a person's personal data (删除个人信息): on the person's request, or when the retention period
 * of the {@link org.grid.core.model.privacy.RetentionPolicy} has passed. Its constraints are Jakarta Validation
 * annotations; {@link ErasePersonalDataUseCase} validates it in any case.
 *
 * @param township the person's township; not null
 * @param person the person; not null
 * @param ground why the data is erased, for the embedding system's records (for example "the person's request of
 *     2026-03-02" or "retention period of persons passed"); not null
 */
public record ErasePersonalDataCommand(
    @NotNull TownshipId township, @NotNull PersonId person, @NotNull Purpose ground) {}
