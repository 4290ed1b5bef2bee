package org.grid.adapters.jdbc.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.grid.core.model.pairing.PairingEvent;
import org.grid.core.port.out.OutgoingEvent;

/**
 * A {@link PairingEvent} as a CloudEvent: type {@code org.grid.pairing.changed.v1}; id {@code
 * pairing/<township>/<household>/<time>} (pairings have no version; a household's pairer changes at most once per
 * instant of the service's clock); aggregate {@code pairing/<township>/<household>}; source the village's path
 * {@code /counties/<c>/townships/<t>/villages/<v>}; subject the household id. Ids only.
 */
final class PairingCloudEvents {

  static final String CHANGED = "org.grid.pairing.changed.v1";

  private PairingCloudEvents() {}

  static OutgoingEvent encode(PairingEvent event) {
    PairingEvent.PairingChanged changed = (PairingEvent.PairingChanged) event;
    String township = changed.township().value();
    String household = changed.household().value();
    String aggregate = "pairing/" + township + "/" + household;
    CloudEventEnvelope envelope = new CloudEventEnvelope(aggregate + "/" + changed.at(), CHANGED,
        CloudEventEnvelope.townshipPath(changed.county().value(), township) + "/villages/"
            + CloudEventEnvelope.segment(changed.village().value()),
        household, changed.county().value(), aggregate, changed.at());
    ObjectNode data = envelope.data();
    data.put("householdId", household);
    data.put("township", township);
    data.put("village", changed.village().value());
    changed.pairer().ifPresent(pairer -> data.put("pairer", pairer.value()));
    changed.previous().ifPresent(previous -> data.put("previous", previous.value()));
    return envelope.toOutgoing();
  }
}
