package org.grid.escalation.application;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.out.PersonalDataEraser;
import org.grid.escalation.port.out.RequestRepository;

/**
 * The request engine's part of erasing a person's personal data (诉求个人信息删除): every request the person reported
 * in the township keeps its ids, times, states, holders, ratings and history length, and its free text (the
 * description, results, reasons, feedback) becomes {@link Person#ERASED_NAME}. Register it with {@code
 * ErasePersonalDataService}, which calls it in the same unit of work as the roster's erasure.
 */
public final class RequestPersonalDataEraser implements PersonalDataEraser {

  /** This eraser's name in the erasure's outcome. */
  public static final String NAME = "requests";

  private final RequestRepository requests;

  /**
   * Creates the eraser.
   *
   * @param requests the request repository, joined to the caller's unit of work, not null
   */
  public RequestPersonalDataEraser(RequestRepository requests) {
    this.requests = requireNonNull(requests, "requests");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int erase(TownshipId township, PersonId person) {
    requireNonNull(township, "township");
    requireNonNull(person, "person");
    return requests.eraseFreeText(township, person, Person.ERASED_NAME);
  }
}
