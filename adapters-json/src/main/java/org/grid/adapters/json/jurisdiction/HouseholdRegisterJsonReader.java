package org.grid.adapters.json.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;
import org.grid.core.model.jurisdiction.CareTag;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.UnitId;

/**
 * Reads the household register format of {@code docs/teams.md} into a {@link HouseholdRegister} and checks it
 * against the township's household counts: a register that disagrees is an error, not a guess.
 *
 * <p>Bad input is reported as one {@link JsonInputException} listing every problem with its JSON path: a missing
 * or mistyped field, a household listed twice, an unknown care tag, a unit the township does not have, a unit
 * whose registered households differ from its household count, a file of another township, a field the format
 * does not have, a duplicate key or content after the JSON value. Contact details ({@code contact}) are personal
 * data: allowed, never read. Immutable and thread-safe.
 */
public final class HouseholdRegisterJsonReader implements JsonReader<HouseholdRegister> {

  private static final Set<String> ROOT = Set.of("township", "households");
  private static final Set<String> HOUSEHOLD = Set.of("id", "unit", "careTags", "contact");

  private final Township township;

  private HouseholdRegisterJsonReader(Township township) {
    this.township = requireNonNull(township, "township");
  }

  /**
   * Returns a reader for the household registers of a township, which they must agree with.
   *
   * @param township the township, not null
   * @return the reader
   * @throws NullPointerException if {@code township} is null
   */
  public static HouseholdRegisterJsonReader create(Township township) {
    return new HouseholdRegisterJsonReader(township);
  }

  @Override
  public HouseholdRegister read(InputStream in, String source) {
    return JsonInput.read(in, source, this::register);
  }

  private HouseholdRegister register(JsonInput in, JsonNode root) {
    in.root(root, ROOT);
    in.township(root, township.id().value());
    List<Household> households = new ArrayList<>();
    Map<HouseholdId, String> paths = new HashMap<>();
    JsonNode array = in.array(root, "households", "$", true);
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        String path = "$.households[" + i + "]";
        JsonNode node = array.get(i);
        if (in.object(node, path) == null) {
          continue;
        }
        in.fields(node, path, HOUSEHOLD);
        HouseholdId id = in.id(node, "id", path, HouseholdId::of);
        if (id != null) {
          String first = paths.putIfAbsent(id, path);
          if (first != null) {
            in.problem(path + ".id", "household " + id + " is listed twice (first at " + first + ")");
            id = null;
          }
        }
        UnitId unit = in.id(node, "unit", path, UnitId::of);
        if (unit != null && township.unit(unit).isEmpty()) {
          in.problem(path + ".unit", "names unit " + unit + ", which township " + township.id() + " does not have");
          unit = null;
        }
        EnumSet<CareTag> tags = in.constants(node, "careTags", path, CareTag.class);
        if (id != null && unit != null) {
          households.add(Household.of(id, unit, tags));
        }
      }
    }
    in.throwIfProblems();
    HouseholdRegister register = HouseholdRegister.of(township.id(), households);
    for (String mismatch : register.mismatches(township)) {
      in.problem("$.households", mismatch);
    }
    return register;
  }
}
