package org.grid.assessment.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.RequestEvidence;
import org.grid.assessment.port.out.EvidenceSource;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.port.out.RequestRepository;

/**
 * Evidence read from the request engine's own records (流转记录): an {@link EvidenceSource} over a {@link
 * RequestRepository}, so a county never types twice what grid already knows. For a period it asks the repository
 * for the county's requests with a history entry in the period ({@link RequestRepository#findIdsActiveBetween}, an
 * indexed range query in the JDBC adapter), loads them in batches of {@value #BATCH}, derives their evidence with
 * {@link RequestEvidence} and keeps what is dated in the period. Evidence ids name the request and the history entry,
 * so deriving twice gives the same evidence and nothing is ever counted twice. All of it is read in one unit of work:
 * one consistent view. Thread-safe when its ports are.
 */
public final class RequestHistoryEvidence implements EvidenceSource {

  /** How many requests are loaded at once. */
  public static final int BATCH = 1000;

  private final RequestRepository requests;
  private final UnitOfWork unitOfWork;
  private final CountyId county;
  private final ZoneId zone;
  private final ImmutableSet<String> sides;

  /**
   * Creates the source.
   *
   * @param requests where requests are kept, not null
   * @param unitOfWork the unit of work the reads run in, not null
   * @param county the county whose requests are read, not null
   * @param zone the zone whose local dates date the evidence and bound the period (the county's work calendar
   *     zone), not null
   * @throws NullPointerException if an argument is null
   */
  public RequestHistoryEvidence(RequestRepository requests, UnitOfWork unitOfWork, CountyId county, ZoneId zone) {
    this(requests, unitOfWork, county, zone, RequestEvidence.ALL_SIDES);
  }

  private RequestHistoryEvidence(
      RequestRepository requests, UnitOfWork unitOfWork, CountyId county, ZoneId zone, Set<String> sides) {
    this.requests = requireNonNull(requests, "requests");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.county = requireNonNull(county, "county");
    this.zone = requireNonNull(zone, "zone");
    this.sides = RequestEvidence.checkSides(sides);
  }

  /**
   * Returns the same source deriving only some sides' evidence (see {@link RequestEvidence#of(Request, ZoneId,
   * Set)}): the two-way assessment reads {@link RequestEvidence#HANDLER} and {@link RequestEvidence#REPORTER}, party
   * members' scoring {@link RequestEvidence#STAFF}, so that a county year's requests are not turned into evidence
   * twice over.
   *
   * @param only the sides, each {@link RequestEvidence#HANDLER}, {@link RequestEvidence#REPORTER} or {@link
   *     RequestEvidence#STAFF}
   * @return the narrower source
   * @throws IllegalArgumentException if a side is not one of the three
   */
  public RequestHistoryEvidence sides(String... only) {
    return new RequestHistoryEvidence(requests, unitOfWork, county, zone, ImmutableSet.copyOf(only));
  }

  @Override
  public List<Evidence> evidence(AssessmentPeriod period) {
    List<Evidence> out = new ArrayList<>();
    forEach(period, type -> true, out::add);
    return out;
  }

  /** Derives only the types asked for: the others are never built. */
  @Override
  public List<Evidence> evidence(AssessmentPeriod period, Set<String> types) {
    List<Evidence> out = new ArrayList<>();
    forEach(period, types, out::add);
    return out;
  }

  /** Hands over each request's evidence as soon as it is derived, of the types asked for only. */
  @Override
  public void forEach(AssessmentPeriod period, Set<String> types, Consumer<? super Evidence> consumer) {
    requireNonNull(types, "types");
    Set<String> wanted = ImmutableSet.copyOf(types);
    forEach(period, wanted::contains, consumer);
  }

  private void forEach(AssessmentPeriod period, Predicate<String> types, Consumer<? super Evidence> consumer) {
    requireNonNull(period, "period");
    requireNonNull(consumer, "consumer");
    Instant from = period.start().atStartOfDay(zone).toInstant();
    Instant to = period.end().atStartOfDay(zone).toInstant();
    Consumer<Evidence> inPeriod = e -> {
      if (period.contains(e.date())) {
        consumer.accept(e);
      }
    };
    unitOfWork.inTransaction(() -> {
      List<RequestId> ids = requests.findIdsActiveBetween(county, from, to);
      for (int start = 0; start < ids.size(); start += BATCH) {
        for (Request request : requests.findAllById(ids.subList(start, Math.min(ids.size(), start + BATCH)))) {
          RequestEvidence.of(request, zone, sides, types, inPeriod);
        }
      }
      return null;
    });
  }
}
