package org.grid.adapters.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * have, a unit outside the person's village, or a file of another township. Stateless and thread-safe.
 */
public final class RosterJsonReader {

  private RosterJsonReader() {}

  /** Returns a reader. */
  public static RosterJsonReader create() {
    return new RosterJsonReader();
  }

  /**
   * Reads a roster file (UTF-8).
   *
   * @param file the file, not null
   * @param township the township the roster belongs to, not null
   * @return the roster
   * @throws JsonInputException if the file cannot be read or breaks the format; its source is the file name
   */
  public Roster read(Path file, Township township) {
    return read(JsonInput.parse(file), file.toString(), township);
  }

  /**
   * Reads a roster from JSON text.
   *
   * @param json the text, not null
   * @param source what the text is, for messages, not null
   * @param township the township the roster belongs to, not null
   * @return the roster
   * @throws JsonInputException if the text breaks the format
   */
  public Roster read(String json, String source, Township township) {
    return read(JsonInput.parse(json.getBytes(StandardCharsets.UTF_8), source), source, township);
  }

  private Roster read(JsonNode root, String source, Township township) {
    requireNonNull(township, "township");
    JsonInput in = new JsonInput(source);
    JsonValues.root(in, root);
    JsonValues.township(in, root, township.id().value());
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

  private static Person person(JsonInput in, JsonNode node, String path, Township township, Map<PersonId, String> paths) {
    if (in.object(node, path) == null) {
      return null;
    }
    PersonId id = in.id(node, "id", path, PersonId::of);
    if (id != null) {
      String first = paths.putIfAbsent(id, path);
      if (first != null) {
        in.problem(path + ".id", "person " + id + " is listed twice (first at " + first + ")");
        id = null;
      }
    }
    String name = in.text(node, "name", path);
    EnumSet<Role> roles = JsonValues.constants(in, node, "roles", path, Role.class);
    PartyMembership party = node.hasNonNull("party")
        ? JsonValues.constant(in, node, "party", path, PartyMembership.class)
        : PartyMembership.NONE;
    VillageId village = JsonValues.optionalId(in, node, "village", path, VillageId::of);
    if (village != null && township.village(village).isEmpty()) {
      in.problem(path + ".village", "names village " + village + ", which township " + township.id() + " does not have");
      village = null;
    }
    UnitId unit = JsonValues.optionalId(in, node, "unit", path, UnitId::of);
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
