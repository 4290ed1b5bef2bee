package org.grid.core.port.in;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import org.grid.core.model.team.PersonId;

/**
 * Erases a person's personal data (删除个人信息) wherever grid keeps it, as PIPL asks when the person requests it or
 * the retention period has passed: the person on the roster keeps id, roles, village and party class and loses name
 * and home unit, and every registered {@link org.grid.core.port.out.PersonalDataEraser} (the request engine's, a
 * county's own) erases its records of the person, all in one unit of work: either everything is erased or nothing.
 */
public interface ErasePersonalDataUseCase {

  /**
   * Erases the person's personal data.
   *
   * @param command the command, not null
   * @return the outcome: what was erased, or that no store holds the person unerased
   * @throws IllegalArgumentException if the command breaks its constraints (the message names each field)
   */
  Outcome erase(ErasePersonalDataCommand command);

  /** The outcome of an erasure. */
  sealed interface Outcome {}

  /**
   * The person's personal data was erased.
   *
   * @param person the person
   * @param erased how many records each store erased now, by the store's name ({@code roster} first, then every
   *     eraser's {@link org.grid.core.port.out.PersonalDataEraser#name()} in the order given); 0 for a store that held
   *     nothing of the person's still unerased
   */
  record Erased(PersonId person, ImmutableMap<String, Integer> erased) implements Outcome {
    /**
     * Checks the outcome.
     *
     * @param person the person whose data was erased, not null
     * @param erased how many records each store erased now, by the store's name ({@code roster} first, then every
     *     eraser's {@link org.grid.core.port.out.PersonalDataEraser#name()} in the order given); 0 for a store that
     *     held nothing of the person's still unerased; not null
     * @throws NullPointerException if an argument is null
     */
    public Erased {
      requireNonNull(person, "person");
      requireNonNull(erased, "erased");
    }
  }

  /**
   * Nothing of the person's was found unerased: the township has no person of that id on its roster, and no eraser
   * held anything of theirs (a citizen who reported requests is on no roster, and is erased from the other stores
   * all the same, with outcome {@link Erased}).
   *
   * @param person the id asked for
   */
  record UnknownPerson(PersonId person) implements Outcome {
    /**
     * Checks the outcome.
     *
     * @param person the id asked for, not null
     * @throws NullPointerException if the person is null
     */
    public UnknownPerson {
      requireNonNull(person, "person");
    }
  }
}
