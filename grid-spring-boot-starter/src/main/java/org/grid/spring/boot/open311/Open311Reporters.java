package org.grid.spring.boot.open311;

import org.grid.core.model.team.PersonId;

/**
 * Decides who the reporter (申报人) of an Open311 report is: the person id the request engine records as the
 * citizen the request is for, and as the acting citizen. The default is {@link PseudonymousReporters}; an
 * application that keeps citizens in its own register defines a bean of this type to look them up (and may keep
 * their contact details there, under its own purpose and retention).
 */
public interface Open311Reporters {

  /**
   * Returns the reporter of a report.
   *
   * @param client the name of the client the {@code api_key} belongs to ({@code grid.open311.clients[].name})
   * @param contact what the report says about the person, never null (its fields may all be null)
   * @return the reporter's person id, not null
   */
  PersonId reporterOf(String client, Open311Contact contact);
}
