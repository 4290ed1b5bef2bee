package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.pairing.Pairer;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.pairing.PairingEvent;
import org.grid.core.model.pairing.PairingPlan;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.in.PairHouseholdsCommand;
import org.grid.core.port.in.PairHouseholdsUseCase;
import org.grid.core.port.out.DomainEventPublisher;
import org.grid.core.port.out.PairingRepository;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.TownshipRepository;
import org.grid.core.port.out.UnitOfWork;

/** Implements {@link PairHouseholdsUseCase} over the township, people and pairing ports. */
public final class PairHouseholdsService implements PairHouseholdsUseCase {

  private final TownshipRepository townships;
  private final PersonRepository people;
  private final PairingRepository pairings;
  private final UnitOfWork unitOfWork;
  private final Validator validator;
  private final DomainEventPublisher events;
  private final Clock clock;

  /**
   * Creates the service without events (they are dropped: {@link DomainEventPublisher#none()}).
   *
   * @param townships where townships are kept, not null
   * @param people where people are kept, not null
   * @param pairings where pairings are stored, not null
   * @param unitOfWork the unit of work each use case runs in (one transaction), not null
   * @param validator the Jakarta validator that checks commands, not null
   * @throws NullPointerException if an argument is null
   */
  public PairHouseholdsService(
      TownshipRepository townships, PersonRepository people, PairingRepository pairings, UnitOfWork unitOfWork,
      Validator validator) {
    this(townships, people, pairings, unitOfWork, validator, DomainEventPublisher.none(), Clock.systemUTC());
  }

  /**
   * Creates the service that publishes a {@link PairingEvent.PairingChanged} for every household whose pairer the
   * new pairing changes (paired, given another pairer, or left unpaired), after storing it, in its unit of work.
   *
   * @param townships where townships are kept, not null
   * @param people where people are kept, not null
   * @param pairings where pairings are stored, not null
   * @param unitOfWork the unit of work each use case runs in (one transaction), not null
   * @param validator the Jakarta validator that checks commands, not null
   * @param events where pairing events are published, not null
   * @param clock the clock that stamps the events, not null
   * @throws NullPointerException if an argument is null
   */
  public PairHouseholdsService(
      TownshipRepository townships, PersonRepository people, PairingRepository pairings, UnitOfWork unitOfWork,
      Validator validator, DomainEventPublisher events, Clock clock) {
    this.events = requireNonNull(events, "events");
    this.clock = requireNonNull(clock, "clock");
    this.townships = requireNonNull(townships, "townships");
    this.people = requireNonNull(people, "people");
    this.pairings = requireNonNull(pairings, "pairings");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.validator = requireNonNull(validator, "validator");
  }

  @Override
  public Outcome pair(PairHouseholdsCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    return unitOfWork.inTransaction(() -> pairInTransaction(command));
  }

  private Outcome pairInTransaction(PairHouseholdsCommand command) {
    Optional<Township> township = townships.findById(command.township());
    if (township.isEmpty()) {
      return new UnknownTownship(command.township());
    }
    PairingPlan plan = Pairer.pair(township.get(), command.register(), people.roster(command.township()),
        command.policy());
    Map<HouseholdId, Pairing> before = new LinkedHashMap<>();
    for (Pairing pairing : pairings.findByTownship(command.township())) {
      before.put(pairing.household(), pairing);
    }
    pairings.replaceAll(command.township(), plan.pairings());
    events.publish(changes(township.get(), before, plan));
    return new Paired(plan);
  }

  /** The households whose pairer differs: the new plan's in its order, then those no longer paired. */
  private List<PairingEvent> changes(Township township, Map<HouseholdId, Pairing> before, PairingPlan plan) {
    List<PairingEvent> changed = new ArrayList<>();
    Instant at = clock.instant();
    for (Pairing now : plan.pairings()) {
      Pairing was = before.remove(now.household());
      Optional<PersonId> previous = Optional.ofNullable(was).map(Pairing::pairer);
      if (!previous.equals(Optional.of(now.pairer()))) {
        changed.add(new PairingEvent.PairingChanged(township.county(), township.id(), now.village(), now.household(),
            Optional.of(now.pairer()), previous, at));
      }
    }
    for (Pairing gone : before.values()) {
      changed.add(new PairingEvent.PairingChanged(township.county(), township.id(), gone.village(), gone.household(),
          Optional.empty(), Optional.of(gone.pairer()), at));
    }
    return changed;
  }
}
