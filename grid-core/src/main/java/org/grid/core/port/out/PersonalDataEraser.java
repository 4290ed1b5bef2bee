package org.grid.core.port.out;

import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.PersonId;

/**
 * Erases a person's personal data (删除个人信息) from one store that holds it: the extension point of {@code
 * ErasePersonalDataUseCase}, which erases the roster itself ({@link PersonRepository#erase}) and then calls every
 * eraser it was given, all in one unit of work. A module that keeps personal data of its own (the request engine's
 * requests and their descriptions, a county's visit notes) contributes one eraser; it replaces the personal fields
 * of the person's records with an erased marker and keeps ids, dates and states, so that histories keep their shape.
 *
 * <p>An eraser joins the caller's unit of work (it stores through the same adapters); it must be idempotent, as a
 * unit of work may run the work again after a transient failure.
 */
public interface PersonalDataEraser {

  /**
   * Names what this eraser erases, for the use case's outcome, for example {@code requests}.
   *
   * @return a short, stable name, not blank
   */
  String name();

  /**
   * Erases the person's personal data from this store.
   *
   * @param township the person's township, not null
   * @param person the person, not null
   * @return how many records had personal data erased now; 0 when the store holds none of the person's, or only
   *     erased ones
   * @throws NullPointerException if an argument is null
   */
  int erase(TownshipId township, PersonId person);
}
