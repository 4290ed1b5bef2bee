package org.grid.assessment.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.PartyMember;

/**
 * Score and grade party members for a period (党员积分考评).
 *
 * @param commandId the command's id, for logs and retries; not blank
 * @param period the period, not null
 * @param members the members to score, at least one, none null
 */
public record ScorePartyMembersCommand(
    @NotBlank String commandId, @NotNull AssessmentPeriod period, @NotEmpty List<@NotNull @Valid PartyMember> members) {}
