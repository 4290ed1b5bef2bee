package org.grid.core.port.in;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.jurisdiction.TownshipId;

/**
 * Reports a township's missed duties of a period (未履职通报): computes compliance as {@link
 * ComputeComplianceUseCase} does, records every miss not reported before and publishes one {@code
 * DutyEvent.DutyMissed} for each, in one unit of work. Reporting again (the same period, a longer one, on another
 * node, after a crash) publishes only misses no earlier run reported; a run that finds nothing new changes nothing.
 */
public interface ReportMissedDutiesUseCase {

  /**
   * Reports the misses.
   *
   * @param command the command, not null
   * @return the report and the misses reported now, or that the township is unknown
   * @throws IllegalArgumentException as {@link ComputeComplianceUseCase#compute} does
   */
  Outcome report(ComputeComplianceCommand command);

  /** The outcome of reporting. */
  sealed interface Outcome {}

  /**
   * Compliance was computed and the misses not reported before were recorded and published.
   *
   * @param report the compliance report, every miss of the period included
   * @param newlyReported the misses reported by this run, in the report's order; empty when every miss was reported
   *     before
   */
  record Reported(ComplianceReport report, ImmutableList<MissedDuty> newlyReported) implements Outcome {
    /**
     * Checks the outcome.
     *
     * @param report the compliance report, every miss of the period included
     * @param newlyReported the misses reported by this run, in the report's order
     * @throws NullPointerException if an argument is null
     */
    public Reported {
      requireNonNull(report, "report");
      requireNonNull(newlyReported, "newlyReported");
    }

  }

  /**
   * No township with the command's id is stored.
   *
   * @param township the id asked for
   */
  record UnknownTownship(TownshipId township) implements Outcome {
    /**
     * Checks the outcome.
     *
     * @param township the id asked for
     * @throws NullPointerException if the township is null
     */
    public UnknownTownship {
      requireNonNull(township, "township");
    }
  }
}
