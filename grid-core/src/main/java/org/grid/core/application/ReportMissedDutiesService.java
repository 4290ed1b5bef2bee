package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyEvent;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.port.in.ComputeComplianceCommand;
import org.grid.core.port.in.ReportMissedDutiesUseCase;
import org.grid.core.port.out.DomainEventPublisher;
import org.grid.core.port.out.DutyLogRepository;
import org.grid.core.port.out.PairingRepository;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.ReportedMissRepository;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.TownshipRepository;
import org.grid.core.port.out.UnitOfWork;

/**
 * Implements {@link ReportMissedDutiesUseCase} (未履职通报) over the township, people, team, pairing and duty log ports,
 * the record of misses reported ({@link ReportedMissRepository}) and a {@link DomainEventPublisher}. In one unit of
 * work it computes compliance exactly as {@link ComputeComplianceService} does, records the keys of the misses
 * ({@link MissedDuty#key()}) and publishes a {@link DutyEvent.DutyMissed} for each miss whose key was not recorded
 * before, in the report's order. The record is what makes a miss reported once: the outbox forgets delivered events
 * after its retention window, the record does not. Thread-safe when its ports are.
 */
public final class ReportMissedDutiesService implements ReportMissedDutiesUseCase {

  private final TownshipRepository townships;
  private final PersonRepository people;
  private final TeamRepository teams;
  private final PairingRepository pairings;
  private final DutyLogRepository log;
  private final ReportedMissRepository reported;
  private final UnitOfWork unitOfWork;
  private final Validator validator;
  private final DomainEventPublisher events;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param townships where townships are kept (the county of the events), not null
   * @param people where people are kept, not null
   * @param teams where teams are kept, not null
   * @param pairings where pairings are kept, not null
   * @param log where the duty log is kept, not null
   * @param reported where the misses reported are recorded, not null
   * @param unitOfWork the unit of work each report runs in (one transaction: the record and the events are stored
   *     together or not at all), not null
   * @param validator the Jakarta validator that checks commands, not null
   * @param events where the duty events are published, not null
   * @param clock the clock that stamps the events and the record, not null
   * @throws NullPointerException if an argument is null
   */
  public ReportMissedDutiesService(TownshipRepository townships, PersonRepository people, TeamRepository teams,
      PairingRepository pairings, DutyLogRepository log, ReportedMissRepository reported, UnitOfWork unitOfWork,
      Validator validator, DomainEventPublisher events, Clock clock) {
    this.townships = requireNonNull(townships, "townships");
    this.people = requireNonNull(people, "people");
    this.teams = requireNonNull(teams, "teams");
    this.pairings = requireNonNull(pairings, "pairings");
    this.log = requireNonNull(log, "log");
    this.reported = requireNonNull(reported, "reported");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.validator = requireNonNull(validator, "validator");
    this.events = requireNonNull(events, "events");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Outcome report(ComputeComplianceCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    return unitOfWork.inTransaction(() -> reportInTransaction(command));
  }

  private Outcome reportInTransaction(ComputeComplianceCommand command) {
    Optional<Township> township = townships.findById(command.township());
    if (township.isEmpty()) {
      return new UnknownTownship(command.township());
    }
    ComplianceReport report = ComputeComplianceService.compute(command, people, teams, pairings, log);
    Map<String, MissedDuty> byKey = new LinkedHashMap<>();
    for (MissedDuty duty : report.missed()) {
      byKey.putIfAbsent(duty.key(), duty);
    }
    Instant at = clock.instant();
    Set<String> recorded = new HashSet<>(reported.recordNew(command.township(), new ArrayList<>(byKey.keySet()), at));
    ImmutableList.Builder<MissedDuty> newly = ImmutableList.builder();
    List<DutyEvent> out = new ArrayList<>();
    byKey.forEach((key, duty) -> {
      if (recorded.contains(key)) {
        newly.add(duty);
        out.add(new DutyEvent.DutyMissed(township.get().county(), command.township(), duty, at));
      }
    });
    events.publish(out);
    return new Reported(report, newly.build());
  }
}
