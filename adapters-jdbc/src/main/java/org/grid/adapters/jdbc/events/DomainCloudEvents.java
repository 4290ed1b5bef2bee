package org.grid.adapters.jdbc.events;

import java.util.List;
import org.grid.assessment.model.ScoreEvent;
import org.grid.core.model.duty.DutyEvent;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.pairing.PairingEvent;
import org.grid.core.model.partition.PlanEvent;
import org.grid.core.model.team.TeamEvent;
import org.grid.core.port.out.OutgoingEvent;

/** Encodes a domain event by its family; every family this package knows, with its CloudEvents types. */
final class DomainCloudEvents {

  /** Every CloudEvents type this package writes, for the tests and docs/events.md. */
  static final List<String> TYPES = List.of(PlanCloudEvents.ADOPTED, TeamCloudEvents.FORMED,
      TeamCloudEvents.CHANGED, PairingCloudEvents.CHANGED, ScoreCloudEvents.GRADED, DutyCloudEvents.MISSED);

  private DomainCloudEvents() {}

  /**
   * Encodes an event.
   *
   * @throws IllegalArgumentException if the event's family is not known here, or an id it is made of is too long
   */
  static OutgoingEvent encode(DomainEvent event) {
    if (event instanceof TeamEvent team) {
      return TeamCloudEvents.encode(team);
    } else if (event instanceof PlanEvent plan) {
      return PlanCloudEvents.encode(plan);
    } else if (event instanceof PairingEvent pairing) {
      return PairingCloudEvents.encode(pairing);
    } else if (event instanceof ScoreEvent score) {
      return ScoreCloudEvents.encode(score);
    } else if (event instanceof DutyEvent duty) {
      return DutyCloudEvents.encode(duty);
    }
    throw new IllegalArgumentException("no CloudEvents encoding for events of " + event.getClass().getName());
  }

  /**
   * Tells whether an event's id names the event itself, so that an id stored already means this very event was
   * published before (team versions, score commands, missed duties): such an event is not written again. The ids of
   * pairing changes and plan adoptions are made of an instant, and a second change at the same instant is another
   * event: it gets the next free suffix ({@code /2}, {@code /3}, ...).
   */
  static boolean identifiesItself(DomainEvent event) {
    return !(event instanceof PairingEvent || event instanceof PlanEvent);
  }
}
