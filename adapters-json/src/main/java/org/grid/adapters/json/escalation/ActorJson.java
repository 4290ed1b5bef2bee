package org.grid.adapters.json.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Office;

/**
 * Reads and writes an actor (经办人) as the scenario format spells it: a citizen {@code {"citizen": id}}, a staff
 * member {@code {"person", "role", "tier", "county", "township"?, "district"?, "village"?, "unit"}} (the office with
 * exactly the path parts its tier needs, see {@link OfficeJson}), and, in a request export only, the system
 * {@code {"system": name}} (the deadline sweep). Shared by the scenario reader and the request export.
 */
final class ActorJson {

  private static final Set<String> CITIZEN = Set.of("citizen");
  private static final Set<String> SYSTEM = Set.of("system");
  private static final Set<String> STAFF =
      Set.of("person", "role", "tier", "county", "township", "district", "village", "unit");

  private ActorJson() {}

  /**
   * Reads the actor object at {@code p}; null after recording problems.
   *
   * @param system whether {@code {"system": name}} is allowed (a request's history) or not (a scenario's command)
   */
  static Actor read(JsonInput in, JsonNode a, String p, boolean system) {
    if (in.object(a, p) == null) {
      return null;
    }
    if (a.has("citizen")) {
      in.fields(a, p, CITIZEN);
      PersonId citizen = in.id(a, "citizen", p, PersonId::of);
      return citizen == null ? null : Actor.citizen(citizen);
    }
    if (system && a.has("system")) {
      in.fields(a, p, SYSTEM);
      String name = in.name(a, "system", p);
      return name == null ? null : new Actor.SystemActor(name);
    }
    in.fields(a, p, STAFF);
    PersonId person = in.id(a, "person", p, PersonId::of);
    String role = in.name(a, "role", p);
    Office office = OfficeJson.officeOf(in, a, p);
    return person == null || role == null || office == null ? null : Actor.staff(person, role, office);
  }

  /** Returns the actor as an object. */
  static ObjectNode write(Actor actor) {
    ObjectNode a = JsonInput.MAPPER.createObjectNode();
    if (actor instanceof Actor.Citizen citizen) {
      a.put("citizen", citizen.person().value());
    } else if (actor instanceof Actor.SystemActor systemActor) {
      a.put("system", systemActor.name());
    } else {
      Actor.Staff staff = (Actor.Staff) actor;
      a.put("person", staff.person().value());
      a.put("role", staff.role());
      OfficeJson.write(a, staff.office());
    }
    return a;
  }
}
