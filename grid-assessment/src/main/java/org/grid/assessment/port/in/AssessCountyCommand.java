package org.grid.assessment.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.SubjectId;

/**
 * Assess a county's period in one reading of its records (考核): the two-way assessment of its requests and the
 * scores and grades of its party members.
 *
 * @param commandId the command's id, for logs and retries; not blank
 * @param period the period, not null
 * @param members the party members to score and grade; may be empty (then only the two-way assessment runs and no
 *     duty record is read)
 * @param handlers handling offices to score even when the period gave no evidence of them; may be empty
 * @param reporters reporting grids to score even when the period gave no evidence of them; may be empty
 */
public record AssessCountyCommand(
    @NotBlank String commandId, @NotNull AssessmentPeriod period, @NotNull List<@NotNull @Valid PartyMember> members,
    @NotNull List<@NotNull SubjectId> handlers, @NotNull List<@NotNull SubjectId> reporters) {

  /**
   * Returns the command that scores the given members, and every office and grid the period's evidence names.
   *
   * @param commandId the command's id
   * @param period the period
   * @param members the party members
   * @return the command
   */
  public static AssessCountyCommand of(String commandId, AssessmentPeriod period, List<PartyMember> members) {
    return new AssessCountyCommand(commandId, period, members, List.of(), List.of());
  }
}
