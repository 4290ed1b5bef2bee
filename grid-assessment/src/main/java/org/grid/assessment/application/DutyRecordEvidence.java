package org.grid.assessment.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.DutyEvidence;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.port.out.EvidenceSource;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.port.in.ComputeComplianceCommand;
import org.grid.core.port.in.ComputeComplianceUseCase;
import org.grid.core.port.out.DutyLogRepository;
import org.grid.core.port.out.PairingRepository;
import org.grid.core.port.out.UnitOfWork;

/**
 * Evidence read from the duty log (工作台账) and the duty compliance computed from it (履职情况): an {@link
 * EvidenceSource} over grid-core's ports. For a period and each township it covers, it computes compliance with
 * {@link ComputeComplianceUseCase} and turns it into {@link DutyEvidence#missed} (per person, team and household),
 * and reads the period's log ({@link DutyLogRepository#findByTownship}, indexed by township and time) into {@link
 * DutyEvidence#done} with the township's pairings. Evidence ids name the duty or the log entry, never a position, so
 * deriving twice gives the same evidence. All of it is read in one unit of work. Thread-safe when its ports are.
 *
 * <p>Visits count as paired by the pairings in force when the evidence is read, not when the visit was paid.
 */
public final class DutyRecordEvidence implements EvidenceSource {

  /**
   * A township whose duties are assessed: its grids and households, which the township's plan and register give.
   *
   * @param township the township, not null
   * @param grids the grids of its plan, not null
   * @param register its household register, not null
   */
  public record Township(TownshipId township, ImmutableList<ServedGrid> grids, HouseholdRegister register) {

    /**
     * Checks the township.
     *
     * @param township the township, not null
     * @param grids the grids of its plan, not null
     * @param register its household register, not null
     * @throws NullPointerException if an argument is null
     */
    public Township {
      requireNonNull(township, "township");
      requireNonNull(grids, "grids");
      requireNonNull(register, "register");
    }
  }

  private final ComputeComplianceUseCase compliance;
  private final DutyLogRepository log;
  private final PairingRepository pairings;
  private final UnitOfWork unitOfWork;
  private final DutyPolicy policy;
  private final ZoneId zone;
  private final ImmutableList<Township> townships;

  /**
   * Creates the source.
   *
   * @param compliance computes a township's duty compliance, not null
   * @param log where the duty log is kept, not null
   * @param pairings where pairings are kept, not null
   * @param unitOfWork the unit of work the reads run in, not null
   * @param policy the duty policy compliance is computed by, not null
   * @param zone the zone whose local dates bound the period, not null
   * @param townships the townships assessed, not null
   * @throws NullPointerException if an argument is null
   */
  public DutyRecordEvidence(ComputeComplianceUseCase compliance, DutyLogRepository log, PairingRepository pairings,
      UnitOfWork unitOfWork, DutyPolicy policy, ZoneId zone, Collection<Township> townships) {
    this.compliance = requireNonNull(compliance, "compliance");
    this.log = requireNonNull(log, "log");
    this.pairings = requireNonNull(pairings, "pairings");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.policy = requireNonNull(policy, "policy");
    this.zone = requireNonNull(zone, "zone");
    this.townships = ImmutableList.copyOf(townships);
  }

  @Override
  public List<Evidence> evidence(AssessmentPeriod period) {
    List<Evidence> out = new ArrayList<>();
    forEach(period, type -> true, out::add);
    return out;
  }

  /**
   * Derives only the types asked for: without {@link DutyEvidence#DUTY_MISSED} no compliance is computed, without
   * the visit, meeting and on-site types the log is not read.
   */
  @Override
  public List<Evidence> evidence(AssessmentPeriod period, Set<String> types) {
    List<Evidence> out = new ArrayList<>();
    forEach(period, types, out::add);
    return out;
  }

  /** Hands over each piece as soon as it is derived, of the types asked for only, as {@link #evidence} does. */
  @Override
  public void forEach(AssessmentPeriod period, Set<String> types, Consumer<? super Evidence> consumer) {
    requireNonNull(types, "types");
    Set<String> wanted = ImmutableSet.copyOf(types);
    forEach(period, wanted::contains, consumer);
  }

  private void forEach(AssessmentPeriod period, Predicate<String> types, Consumer<? super Evidence> consumer) {
    requireNonNull(period, "period");
    requireNonNull(consumer, "consumer");
    OffsetDateTime from = period.start().atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime to = period.end().atStartOfDay(zone).toOffsetDateTime();
    DutyPeriod dutyPeriod = new DutyPeriod(from, to);
    boolean missed = types.test(DutyEvidence.DUTY_MISSED);
    boolean done = types.test(DutyEvidence.VISIT_PAIRED_HOUSEHOLD) || types.test(DutyEvidence.VISIT_OTHER_HOUSEHOLD)
        || types.test(DutyEvidence.MEETING_ATTENDED) || types.test(DutyEvidence.ON_SITE_ARRIVED);
    Consumer<Evidence> inPeriod = e -> {
      if (period.contains(e.date())) {
        consumer.accept(e);
      }
    };
    unitOfWork.inTransaction(() -> {
      for (Township township : townships) {
        if (missed) {
          ComplianceReport report = compliance.compute(new ComputeComplianceCommand(
              township.township(), township.grids(), township.register(), dutyPeriod, policy));
          DutyEvidence.missed(report).forEach(inPeriod);
        }
        if (done) {
          DutyEvidence.done(log.findByTownship(township.township(), from, to),
              pairings.findByTownship(township.township()), types, inPeriod);
        }
      }
      return null;
    });
  }
}
