package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grid.core.model.team.Person;
import org.grid.core.port.in.ErasePersonalDataCommand;
import org.grid.core.port.in.ErasePersonalDataUseCase;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.PersonalDataEraser;
import org.grid.core.port.out.UnitOfWork;
import org.grid.core.port.out.Versioned;

/**
 * Implements {@link ErasePersonalDataUseCase} over the people port and the erasers registered with it. Thread-safe
 * when its ports are.
 */
public final class ErasePersonalDataService implements ErasePersonalDataUseCase {

  /** The name the roster's erasure has in an {@link Erased} outcome. */
  public static final String ROSTER = "roster";

  private final PersonRepository people;
  private final List<PersonalDataEraser> erasers;
  private final UnitOfWork unitOfWork;
  private final Validator validator;

  /**
   * Creates the service.
   *
   * @param people where people are kept, not null; the roster is always erased
   * @param erasers the other stores' erasers, called in this order after the roster; may be empty, no nulls, names
   *     distinct and other than {@value #ROSTER}
   * @param unitOfWork the unit of work each erasure runs in (one transaction), not null
   * @param validator the Jakarta validator that checks commands, not null
   * @throws NullPointerException if an argument or an eraser is null
   * @throws IllegalArgumentException if two erasers have the same name, or one is named {@value #ROSTER}
   */
  public ErasePersonalDataService(
      PersonRepository people, List<PersonalDataEraser> erasers, UnitOfWork unitOfWork, Validator validator) {
    this.people = requireNonNull(people, "people");
    this.erasers = List.copyOf(requireNonNull(erasers, "erasers"));
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.validator = requireNonNull(validator, "validator");
    Set<String> names = new HashSet<>(Set.of(ROSTER));
    for (PersonalDataEraser eraser : this.erasers) {
      if (!names.add(eraser.name())) {
        throw new IllegalArgumentException("two erasers are named " + eraser.name());
      }
    }
  }

  @Override
  public Outcome erase(ErasePersonalDataCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    return unitOfWork.inTransaction(() -> eraseInTransaction(command));
  }

  private Outcome eraseInTransaction(ErasePersonalDataCommand command) {
    Optional<Versioned<Person>> stored = people.findVersioned(command.township(), command.person());
    ImmutableMap.Builder<String, Integer> erased = ImmutableMap.builder();
    int total = 0;
    if (stored.isPresent()) {
      boolean rosterUnerased = !stored.get().value().isErased();
      people.erase(command.township(), command.person());
      erased.put(ROSTER, rosterUnerased ? 1 : 0);
    } else {
      erased.put(ROSTER, 0);
    }
    // A citizen who reported requests is on no roster: the other stores erase what they hold of them all the same.
    for (PersonalDataEraser eraser : erasers) {
      int n = eraser.erase(command.township(), command.person());
      erased.put(eraser.name(), n);
      total += n;
    }
    if (stored.isEmpty() && total == 0) {
      return new UnknownPerson(command.person());
    }
    return new Erased(command.person(), erased.buildOrThrow());
  }
}
