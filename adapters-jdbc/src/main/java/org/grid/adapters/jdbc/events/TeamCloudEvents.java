package org.grid.adapters.jdbc.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.grid.core.model.team.DutyRole;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamEvent;
import org.grid.core.model.team.TeamScope;
import org.grid.core.port.out.OutgoingEvent;

/**
 * A {@link TeamEvent} as a CloudEvent: type {@code org.grid.team.formed.v1} or {@code org.grid.team.changed.v1}; id
 * {@code team/<township>/<team>/<version>}; aggregate {@code team/<township>/<team>}; source the township's path
 * {@code /counties/<c>/townships/<t>} (teams are kept per township); subject the team id. The data is the team as
 * stored: ids of its people only, never names or phones.
 */
final class TeamCloudEvents {

  static final String FORMED = "org.grid.team.formed.v1";
  static final String CHANGED = "org.grid.team.changed.v1";

  private TeamCloudEvents() {}

  static OutgoingEvent encode(TeamEvent event) {
    Team team = event.team();
    String township = team.township().value();
    String type = event instanceof TeamEvent.TeamFormed ? FORMED : CHANGED;
    String aggregate = "team/" + township + "/" + team.id().value();
    CloudEventEnvelope envelope = new CloudEventEnvelope(aggregate + "/" + event.version(), type,
        CloudEventEnvelope.townshipPath(event.county().value(), township), team.id().value(), event.county().value(),
        aggregate, event.at());
    ObjectNode data = envelope.data();
    data.put("teamId", team.id().value());
    data.put("township", township);
    data.put("version", event.version());
    data.put("level", team.level().name());
    ObjectNode scope = data.putObject("scope");
    if (team.scope() instanceof TeamScope.VillageGrid grid) {
      scope.put("village", grid.village().value());
      scope.put("grid", grid.grid().value());
    } else if (team.scope() instanceof TeamScope.District district) {
      scope.put("district", district.district().value());
    } else if (team.scope() instanceof TeamScope.Township whole) {
      scope.put("township", whole.township().value());
    }
    team.leader().ifPresent(leader -> data.put("leader", leader.value()));
    ids(data.putArray("backbone"), team.backbone());
    ids(data.putArray("others"), team.others());
    team.informationOfficer().ifPresent(officer -> data.put("informationOfficer", officer.value()));
    ObjectNode roles = data.putObject("dutyRoles");
    for (Map.Entry<DutyRole, PersonId> role : new TreeMap<>(team.dutyRoles()).entrySet()) {
      roles.put(role.getKey().name(), role.getValue().value());
    }
    data.put("composedAt", team.composedAt().toInstant().toString());
    return envelope.toOutgoing();
  }

  private static void ids(ArrayNode array, Iterable<PersonId> people) {
    people.forEach(person -> array.add(person.value()));
  }
}
