package org.grid.assessment.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.SubjectId;

/**
 * Assess the requests of a period both ways (双向考核): the offices that handled them and the grids that reported
 * them.
 *
 * @param commandId the command's id, for logs and retries; not blank
 * @param period the period, not null
 * @param handlers handling offices to score even when the period gave no evidence of them (they get the base);
 *     may be empty
 * @param reporters reporting grids to score even when the period gave no evidence of them; may be empty
 */
public record AssessRequestsCommand(
    @NotBlank String commandId, @NotNull AssessmentPeriod period, @NotNull List<@NotNull SubjectId> handlers,
    @NotNull List<@NotNull SubjectId> reporters) {

  /**
   * Returns the command that scores every office and grid the period's evidence names, and no other.
   *
   * @param commandId the command's id
   * @param period the period
   * @return the command
   */
  public static AssessRequestsCommand of(String commandId, AssessmentPeriod period) {
    return new AssessRequestsCommand(commandId, period, List.of(), List.of());
  }
}
