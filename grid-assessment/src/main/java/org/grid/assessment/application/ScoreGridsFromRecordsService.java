package org.grid.assessment.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.assessment.model.GridMeasures;
import org.grid.assessment.model.GridMeasuresCalculator;
import org.grid.assessment.model.GridScorecards;
import org.grid.assessment.model.Scorecard;
import org.grid.assessment.port.in.ScoreGridsFromRecordsCommand;
import org.grid.assessment.port.in.ScoreGridsFromRecordsUseCase;
import org.grid.core.application.CommandValidation;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.pairing.PairingCoverage;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.port.in.ComputeComplianceCommand;
import org.grid.core.port.in.ComputeComplianceUseCase;
import org.grid.core.port.out.PairingRepository;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.port.out.RequestRepository;

/**
 * Implements {@link ScoreGridsFromRecordsUseCase} (网格考核 from grid's records): checks the command's constraints,
 * then in one unit of work (one consistent view of the records)
 *
 * <ol>
 *   <li>computes each grid's own duty compliance with {@link ComputeComplianceUseCase#computeByGrid} (the township's
 *       log read and checked once, each grid computed alone: its team, households and their pairings, as {@link
 *       GridMeasuresCalculator} requires);
 *   <li>counts each grid's pairing coverage from the register and the township's pairings ({@link
 *       PairingRepository#findByTownship}): the grid's households with a pairer, of its households;
 *   <li>reads the county's requests with a history entry in the period ({@link
 *       RequestRepository#findIdsActiveBetween}, then {@link RequestRepository#findAllById} in batches of {@value
 *       RequestHistoryEvidence#BATCH}, as {@link RequestHistoryEvidence} reads them) and keeps those <em>reported</em>
 *       in the period (the first history entry) from one of the command's grids: each request counts in the period
 *       it was reported in, with what its history holds when the scores are made;
 *   <li>computes each grid's measures with {@link GridMeasuresCalculator#measure}, each with its basis, and scores
 *       and ranks them with {@link GridScorecards#rank}.
 * </ol>
 *
 * <p>The period's days are read in the zone given (the township calendar's): a period of 2025 is from 1 January 2025
 * 00:00 to 1 January 2026 00:00 there. Stores nothing. Thread-safe when its ports are.
 */
public final class ScoreGridsFromRecordsService implements ScoreGridsFromRecordsUseCase {

  private final ComputeComplianceUseCase compliance;
  private final PairingRepository pairings;
  private final RequestRepository requests;
  private final UnitOfWork unitOfWork;
  private final ZoneId zone;
  private final Validator validator;

  /**
   * Creates the service.
   *
   * @param compliance computes the grids' duty compliance (normally {@code ComputeComplianceService} over the same
   *     unit of work), not null
   * @param pairings where pairings are kept, not null
   * @param requests where requests are kept, not null
   * @param unitOfWork the unit of work the reads run in, not null
   * @param zone the zone whose local dates bound the period (the township's work calendar zone), not null
   * @param validator the Jakarta validator for commands, not null
   * @throws NullPointerException if an argument is null
   */
  public ScoreGridsFromRecordsService(ComputeComplianceUseCase compliance, PairingRepository pairings,
      RequestRepository requests, UnitOfWork unitOfWork, ZoneId zone, Validator validator) {
    this.compliance = requireNonNull(compliance, "compliance");
    this.pairings = requireNonNull(pairings, "pairings");
    this.requests = requireNonNull(requests, "requests");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.zone = requireNonNull(zone, "zone");
    this.validator = requireNonNull(validator, "validator");
  }

  @Override
  public ImmutableList<Scorecard> score(ScoreGridsFromRecordsCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    return unitOfWork.inTransaction(() -> scoreInTransaction(command));
  }

  private ImmutableList<Scorecard> scoreInTransaction(ScoreGridsFromRecordsCommand command) {
    OffsetDateTime from = command.period().start().atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime to = command.period().end().atStartOfDay(zone).toOffsetDateTime();
    ImmutableMap<GridId, ComplianceReport> reports = compliance.computeByGrid(new ComputeComplianceCommand(
        command.township(), command.grids(), command.register(), new DutyPeriod(from, to), command.dutyPolicy()));

    Map<UnitId, GridId> gridOfUnit = new HashMap<>();
    Map<GridId, int[]> coverage = new LinkedHashMap<>();
    Map<GridId, List<Request>> reported = new HashMap<>();
    for (ServedGrid grid : command.grids()) {
      grid.units().forEach(unit -> gridOfUnit.put(unit, grid.id()));
      coverage.put(grid.id(), new int[2]);
      reported.put(grid.id(), new ArrayList<>());
    }
    Set<HouseholdId> paired = new HashSet<>();
    for (Pairing pairing : pairings.findByTownship(command.township())) {
      paired.add(pairing.household());
    }
    for (Household household : command.register().households()) {
      GridId grid = gridOfUnit.get(household.unit());
      if (grid != null) {
        int[] counts = coverage.get(grid);
        counts[1]++;
        if (paired.contains(household.id())) {
          counts[0]++;
        }
      }
    }

    List<RequestId> ids = requests.findIdsActiveBetween(command.county(), from.toInstant(), to.toInstant());
    for (int start = 0; start < ids.size(); start += RequestHistoryEvidence.BATCH) {
      List<RequestId> batch = ids.subList(start, Math.min(ids.size(), start + RequestHistoryEvidence.BATCH));
      for (Request request : requests.findAllById(batch)) {
        Place place = request.report().place();
        List<Request> ofGrid = reported.get(place.grid());
        if (ofGrid != null && place.township().equals(command.township())
            && reportedBetween(request, from.toInstant(), to.toInstant())) {
          ofGrid.add(request);
        }
      }
    }

    List<GridMeasures> measures = new ArrayList<>();
    for (ServedGrid grid : command.grids()) {
      int[] counts = coverage.get(grid.id());
      measures.add(GridMeasuresCalculator.measure(command.measuresPolicy(), grid.id(), command.township().value(),
          reports.get(grid.id()), new PairingCoverage(counts[0], counts[1]), reported.get(grid.id())));
    }
    return GridScorecards.rank(command.scorecardPolicy(), command.period(), measures);
  }

  private static boolean reportedBetween(Request request, Instant from, Instant to) {
    Instant reportedAt = request.history().get(0).at();
    return !reportedAt.isBefore(from) && reportedAt.isBefore(to);
  }
}
