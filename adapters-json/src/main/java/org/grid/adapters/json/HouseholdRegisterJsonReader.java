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
 * whose registered households differ from its household count, or a file of another township. Contact details
 * ({@code contact}) are personal data: the reader ignores them. Stateless and thread-safe.
 */
public final class HouseholdRegisterJsonReader {

  private HouseholdRegisterJsonReader() {}

  /** Returns a reader. */
  public static HouseholdRegisterJsonReader create() {
    return new HouseholdRegisterJsonReader();
  }

  /**
   * Reads a register file (UTF-8).
   *
   * @param file the file, not null
   * @param township the township the register must agree with, not null
   * @return the register
   * @throws JsonInputException if the file cannot be read, breaks the format or disagrees with the township
   */
  public HouseholdRegister read(Path file, Township township) {
    return read(JsonInput.parse(file), file.toString(), township);
  }

  /**
   * Reads a register from JSON text.
   *
   * @param json the text, not null
   * @param source what the text is, for messages, not null
   * @param township the township the register must agree with, not null
   * @return the register
   * @throws JsonInputException if the text breaks the format or disagrees with the township
   */
  public HouseholdRegister read(String json, String source, Township township) {
    return read(JsonInput.parse(json.getBytes(StandardCharsets.UTF_8), source), source, township);
  }

  private HouseholdRegister read(JsonNode root, String source, Township township) {
    requireNonNull(township, "township");
    JsonInput in = new JsonInput(source);
    JsonValues.root(in, root);
    JsonValues.township(in, root, township.id().value());
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
        EnumSet<CareTag> tags = JsonValues.constants(in, node, "careTags", path, CareTag.class);
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
    in.throwIfProblems();
    return register;
  }
}
