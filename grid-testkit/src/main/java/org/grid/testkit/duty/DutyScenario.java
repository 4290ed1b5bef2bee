package org.grid.testkit.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.TownshipDuties;

/**
 * A generated township's duties with a duty log and the period to compute compliance for.
 *
 * @param duties who owes which duties
 * @param log the duty log
 * @param period the period, the calendar year 2025 in UTC+8
 */
public record DutyScenario(TownshipDuties duties, ImmutableList<DutyLogEntry> log, DutyPeriod period) {

  /**
   * Checks the scenario.
   *
   * @param duties who owes which duties
   * @param log the duty log
   * @param period the period, the calendar year 2025 in UTC+8
   * @throws NullPointerException if an argument is null
   */
  public DutyScenario {
    requireNonNull(duties, "duties");
    requireNonNull(log, "log");
    requireNonNull(period, "period");
  }

  @Override
  public String toString() {
    return duties.grids().size() + " grids, " + duties.register().households().size() + " households, "
        + log.size() + " log entries";
  }
}
