package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Validator;
import java.util.Optional;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.pairing.Pairer;
import org.grid.core.model.pairing.PairingPlan;
import org.grid.core.port.in.PairHouseholdsCommand;
import org.grid.core.port.in.PairHouseholdsUseCase;
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

  /**
   * Creates the service.
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
    pairings.replaceAll(command.township(), plan.pairings());
    return new Paired(plan);
  }
}
