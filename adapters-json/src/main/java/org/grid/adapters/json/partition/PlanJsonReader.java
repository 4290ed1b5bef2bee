package org.grid.adapters.json.partition;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;

/**
 * Reads a plan in the plan format of {@code docs/formats.md}, planned by grid or drawn by hand, so that it can be
 * validated. Read are {@code township}, {@code policy} (optional; each field optional, defaulting to {@link
 * PartitionPolicy#defaults()}), {@code grids} (id, village, units) and {@code districts} (id, grids); {@code
 * households}, {@code metrics} and {@code violations} are allowed but not read, since the validator computes them
 * again; any other field is an error.
 *
 * <p>Only the format is checked here: a unit in two grids, an unknown id or a repeated grid id is read as it is and
 * left to the validator to explain. Bad input (malformed JSON, a duplicate key, content after the JSON value, a
 * missing, mistyped or unknown field, an invalid id or policy value) is reported as one {@link JsonInputException}
 * listing every problem with its JSON path.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PlanJsonReader implements JsonReader<Plan> {

  private static final Set<String> ROOT = Set.of("township", "policy", "grids", "districts", "metrics", "violations");

  private static final Set<String> POLICY =
      Set.of("targetHouseholds", "districts", "keepExisting", "gridBalanceTolerance", "districtBalanceTolerance",
          "gridCutTolerance", "districtBoundaryTolerance", "tagSpreadTolerance", "movedVillagesTolerance",
          "exactSearchMaxUnits");
  private static final Set<String> GRID = Set.of("id", "village", "units", "households");
  private static final Set<String> DISTRICT = Set.of("id", "grids", "households");

  private PlanJsonReader() {}

  /**
   * Returns a reader.
   *
   * @return a reader
   */
  public static PlanJsonReader create() {
    return new PlanJsonReader();
  }

  @Override
  public Plan read(InputStream in, String source) {
    return JsonInput.read(in, source, PlanJsonReader::plan);
  }

  private static Plan plan(JsonInput in, JsonNode root) {
    in.root(root, ROOT);
    TownshipId township = in.id(root, "township", "$", TownshipId::of);
    PartitionPolicy policy = policy(in, root);
    List<Grid> grids = new ArrayList<>();
    JsonNode gridArray = in.array(root, "grids", "$", true);
    if (gridArray != null) {
      for (int i = 0; i < gridArray.size(); i++) {
        String path = "$.grids[" + i + "]";
        JsonNode node = gridArray.get(i);
        if (in.object(node, path) == null) {
          continue;
        }
        in.fields(node, path, GRID);
        GridId id = in.id(node, "id", path, GridId::of);
        VillageId village = in.id(node, "village", path, VillageId::of);
        List<UnitId> units = ids(in, node, "units", path, UnitId::of);
        if (id != null && village != null && units != null) {
          grids.add(Grid.of(id, village, units));
        }
      }
    }
    List<District> districts = new ArrayList<>();
    JsonNode districtArray = in.array(root, "districts", "$", true);
    if (districtArray != null) {
      for (int i = 0; i < districtArray.size(); i++) {
        String path = "$.districts[" + i + "]";
        JsonNode node = districtArray.get(i);
        if (in.object(node, path) == null) {
          continue;
        }
        in.fields(node, path, DISTRICT);
        DistrictId id = in.id(node, "id", path, DistrictId::of);
        List<GridId> members = ids(in, node, "grids", path, GridId::of);
        if (id != null && members != null) {
          districts.add(District.of(id, members));
        }
      }
    }
    in.throwIfProblems();
    return Plan.of(township, policy, grids, districts);
  }

  private static <T> List<T> ids(JsonInput in, JsonNode node, String field, String path,
      Function<String, T> factory) {
    JsonNode array = in.array(node, field, path, true);
    if (array == null) {
      return null;
    }
    List<T> ids = new ArrayList<>();
    boolean ok = true;
    for (int j = 0; j < array.size(); j++) {
      String at = path + "." + field + "[" + j + "]";
      String text = in.text(array.get(j), at);
      T id = text == null ? null : in.id(text, at, factory);
      if (id == null) {
        ok = false;
      } else {
        ids.add(id);
      }
    }
    return ok ? ids : null;
  }

  private static PartitionPolicy policy(JsonInput in, JsonNode root) {
    PartitionPolicy defaults = PartitionPolicy.defaults();
    JsonNode node = root.get("policy");
    if (node == null || node.isNull()) {
      return defaults;
    }
    if (in.object(node, "$.policy") == null) {
      return defaults;
    }
    in.fields(node, "$.policy", POLICY);
    int target = integer(in, node, "targetHouseholds", defaults.targetHouseholds());
    int districts = integer(in, node, "districts", defaults.districts());
    boolean keep = defaults.keepExisting();
    JsonNode keepNode = node.get("keepExisting");
    if (keepNode != null && !keepNode.isNull()) {
      if (keepNode.isBoolean()) {
        keep = keepNode.booleanValue();
      } else {
        in.problem("$.policy.keepExisting", "must be true or false, was " + JsonInput.describe(keepNode));
      }
    }
    double gridBalance = number(in, node, "gridBalanceTolerance", defaults.gridBalanceTolerance());
    double districtBalance = number(in, node, "districtBalanceTolerance", defaults.districtBalanceTolerance());
    double gridCut = number(in, node, "gridCutTolerance", defaults.gridCutTolerance());
    double boundary = number(in, node, "districtBoundaryTolerance", defaults.districtBoundaryTolerance());
    int tagSpread = integer(in, node, "tagSpreadTolerance", defaults.tagSpreadTolerance());
    double moved = number(in, node, "movedVillagesTolerance", defaults.movedVillagesTolerance());
    int exact = integer(in, node, "exactSearchMaxUnits", defaults.exactSearchMaxUnits());
    try {
      return new PartitionPolicy(target, districts, keep, gridBalance, districtBalance, gridCut, boundary, tagSpread,
          moved, exact);
    } catch (IllegalArgumentException e) {
      in.problem("$.policy", "is not a valid policy: " + e.getMessage());
      return defaults;
    }
  }

  private static int integer(JsonInput in, JsonNode node, String field, int fallback) {
    if (!node.hasNonNull(field)) {
      return fallback;
    }
    Integer value = in.integer(node, field, "$.policy", 0, Integer.MAX_VALUE);
    return value == null ? fallback : value;
  }

  private static double number(JsonInput in, JsonNode node, String field, double fallback) {
    Double value = in.optionalNumber(node, field, "$.policy");
    return value == null ? fallback : value;
  }
}
