package org.grid.adapters.json.team;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.Roster;

/**
 * Reads the roster format of {@code docs/teams.md} into a {@link Roster} of a given township.
 *
 * <p>Bad input is reported as one {@link JsonInputException} listing every problem with its JSON path: a missing
 * or mistyped field, a person listed twice, an unknown role or party class, a village or unit the township does not
 * have, a unit outside the person's village, a file of another township, a field the format does not have, a duplicate
 * key or content after the JSON value. Contact details ({@code phone}, {@code contact}) are personal data: allowed,
 * never read. Immutable and thread-safe.
 */
public final class RosterJsonReader implements JsonReader<Roster> {

  private static final Set<String> ROOT = Set.of("township", "people");
  private static final Set<String> PERSON =
      Set.of("id", "name", "roles", "village", "unit", "party", "phone", "contact");

  private final Township township;

  private RosterJsonReader(Township township) {
    this.township = requireNonNull(township, "township");
  }

  /**
   * Returns a reader for the rosters of a township.
   *
   * @param township the township, not null
   * @return the reader
   * @throws NullPointerException if {@code township} is null
   */
  public static RosterJsonReader create(Township township) {
    return new RosterJsonReader(township);
  }

  @Override
  public Roster read(InputStream in, String source) {
    return JsonInput.read(in, source, this::roster);
  }

  private Roster roster(JsonInput in, JsonNode root) {
    in.root(root, ROOT);
    in.township(root, township.id().value());
    List<Person> people = new ArrayList<>();
    Map<PersonId, String> paths = new HashMap<>();
    JsonNode array = in.array(root, "people", "$", true);
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        Person person = person(in, array.get(i), "$.people[" + i + "]", township, paths);
        if (person != null) {
          people.add(person);
        }
      }
    }
    in.throwIfProblems();
    return Roster.of(township.id(), people);
  }

  private static Person person(
      JsonInput in, JsonNode node, String path, Township township, Map<PersonId, String> paths) {
    if (in.object(node, path) == null) {
      return null;
    }
    in.fields(node, path, PERSON);
    PersonId id = in.id(node, "id", path, PersonId::of);
    if (id != null) {
      String first = paths.putIfAbsent(id, path);
      if (first != null) {
        in.problem(path + ".id", "person " + id + " is listed twice (first at " + first + ")");
        id = null;
      }
    }
    String name = in.personName(node, "name", path);
    EnumSet<Role> roles = in.constants(node, "roles", path, Role.class);
    PartyMembership party = node.hasNonNull("party")
        ? in.constant(node, "party", path, PartyMembership.class)
        : PartyMembership.NONE;
    VillageId village = in.optionalId(node, "village", path, VillageId::of);
    if (village != null && township.village(village).isEmpty()) {
      in.problem(path + ".village", "names village " + village + ", which township " + township.id() + " does not have");
      village = null;
    }
    UnitId unit = in.optionalId(node, "unit", path, UnitId::of);
    if (unit != null) {
      Optional<VillageId> unitVillage = township.villageOf(unit);
      if (unitVillage.isEmpty()) {
        in.problem(path + ".unit", "names unit " + unit + ", which township " + township.id() + " does not have");
        unit = null;
      } else if (!node.hasNonNull("village")) {
        in.problem(path + ".unit", "a person with a unit must also give the village");
        unit = null;
      } else if (village != null && !unitVillage.get().equals(village)) {
        in.problem(path + ".unit", "unit " + unit + " lies in village " + unitVillage.get() + ", not in " + village);
        unit = null;
      }
    }
    if (id == null || name == null || party == null || in.hasProblems()) {
      return null;
    }
    return new Person(id, name, roles, Optional.ofNullable(village), Optional.ofNullable(unit), party);
  }
}
