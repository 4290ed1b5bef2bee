package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grid.core.model.duty.Compliance;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyLogCheck;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.TownshipDuties;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.port.in.ComputeComplianceCommand;
import org.grid.core.port.in.ComputeComplianceUseCase;
import org.grid.core.port.out.DutyLogRepository;
import org.grid.core.port.out.PairingRepository;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.UnitOfWork;

/**
 * Implements {@link ComputeComplianceUseCase} over the people, team, pairing and duty log ports. The log is read
 * with one range query: from the earliest composition of a team (cards issued before it are out of date anyway)
 * or the period's start, whichever is earlier, to the period's end plus the longest on-site limit (arrivals at an
 * event late in the period). The entries read are checked against the township's grids, teams and register first
 * ({@link DutyLogCheck}); a log with a problem is refused, not miscounted. Thread-safe when its ports are.
 */
public final class ComputeComplianceService implements ComputeComplianceUseCase {

  private final PersonRepository people;
  private final TeamRepository teams;
  private final PairingRepository pairings;
  private final DutyLogRepository log;
  private final UnitOfWork unitOfWork;
  private final Validator validator;

  /**
   * Creates the service.
   *
   * @param people where people are kept, not null
   * @param teams where teams are kept, not null
   * @param pairings where pairings are kept, not null
   * @param log where the duty log is kept, not null
   * @param unitOfWork the unit of work each computation reads in (one transaction: one consistent view), not null
   * @param validator the Jakarta validator that checks commands, not null
   * @throws NullPointerException if an argument is null
   */
  public ComputeComplianceService(PersonRepository people, TeamRepository teams, PairingRepository pairings,
      DutyLogRepository log, UnitOfWork unitOfWork, Validator validator) {
    this.people = requireNonNull(people, "people");
    this.teams = requireNonNull(teams, "teams");
    this.pairings = requireNonNull(pairings, "pairings");
    this.log = requireNonNull(log, "log");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.validator = requireNonNull(validator, "validator");
  }

  @Override
  public ComplianceReport compute(ComputeComplianceCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    return unitOfWork.inTransaction(() -> computeInTransaction(command));
  }

  @Override
  public ImmutableMap<GridId, ComplianceReport> computeByGrid(ComputeComplianceCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    Map<GridId, ServedGrid> grids = new LinkedHashMap<>();
    for (ServedGrid grid : command.grids()) {
      if (grids.put(grid.id(), grid) != null) {
        throw new IllegalArgumentException("grids: grid " + grid.id() + " appears twice");
      }
    }
    return unitOfWork.inTransaction(() -> {
      TownshipDuties duties = duties(command, people, teams, pairings);
      List<DutyLogEntry> entries = checkedLog(command, duties, log);
      Map<GridId, ComplianceReport> reports = new LinkedHashMap<>();
      for (GridId grid : grids.keySet()) {
        reports.put(grid, Compliance.compute(duties.ofGrid(grid), entries, command.period(), command.policy()));
      }
      return ImmutableMap.copyOf(reports);
    });
  }

  private ComplianceReport computeInTransaction(ComputeComplianceCommand command) {
    return compute(command, people, teams, pairings, log);
  }

  /**
   * Computes compliance from the ports, in the caller's unit of work: what this service and {@link
   * ReportMissedDutiesService} do.
   */
  static ComplianceReport compute(ComputeComplianceCommand command, PersonRepository people, TeamRepository teams,
      PairingRepository pairings, DutyLogRepository log) {
    TownshipDuties duties = duties(command, people, teams, pairings);
    List<DutyLogEntry> entries = checkedLog(command, duties, log);
    return Compliance.compute(duties, entries, command.period(), command.policy());
  }

  private static TownshipDuties duties(ComputeComplianceCommand command, PersonRepository people,
      TeamRepository teams, PairingRepository pairings) {
    return TownshipDuties.of(command.township(), command.grids(), teams.findByTownship(command.township()),
        people.roster(command.township()), command.register(), pairings.findByTownship(command.township()));
  }

  /** Reads the log the period needs (see the class comment) and refuses it if it has a problem. */
  private static List<DutyLogEntry> checkedLog(ComputeComplianceCommand command, TownshipDuties duties,
      DutyLogRepository log) {
    DutyPeriod period = command.period();
    OffsetDateTime from = duties.teams().stream().map(Team::composedAt)
        .filter(composed -> composed.isBefore(period.from()))
        .min(OffsetDateTime.timeLineOrder())
        .orElse(period.from());
    Duration longest = Collections.max(command.policy().onSiteLimits().values());
    List<DutyLogEntry> entries = log.findByTownship(command.township(), from, period.to().plus(longest));
    DutyLogCheck.requireValid(duties, entries);
    return entries;
  }
}
