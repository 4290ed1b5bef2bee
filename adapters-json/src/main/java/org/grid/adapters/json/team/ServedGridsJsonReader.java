package org.grid.adapters.json.team;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.TeamProposer;

/**
 * Reads the responsibility grids of a plan file (the plan format of {@code docs/formats.md}: {@code grids[].id},
 * {@code village}, {@code units} and {@code districts[].id}, {@code grids}) as the {@link ServedGrid}s that teams,
 * pairing and duties need. The plan's other fields ({@code policy}, {@code households}, {@code metrics}, {@code
 * violations}) are allowed but not read; a field the plan format does not have is an error.
 *
 * <p>Bad input is reported as one {@link JsonInputException} listing every problem with its JSON path: a missing or
 * mistyped field, a grid listed twice, a village or unit the township does not have, a unit outside the grid's village
 * or in two grids, a grid in no district or in two, a field the format does not have, a duplicate key or content after
 * the JSON value. Immutable and thread-safe.
 */
public final class ServedGridsJsonReader implements JsonReader<List<ServedGrid>> {

  // The plan format's fields, as PlanJsonReader knows them; the policy's own are PlanJsonReader's to check.
  private static final Set<String> ROOT = Set.of("township", "policy", "grids", "districts", "metrics", "violations");
  private static final Set<String> GRID = Set.of("id", "village", "units", "households");
  private static final Set<String> DISTRICT = Set.of("id", "grids", "households");

  private final Township township;

  private ServedGridsJsonReader(Township township) {
    this.township = requireNonNull(township, "township");
  }

  /**
   * Returns a reader of the grids of plans of a township.
   *
   * @param township the township the plans are of, not null
   * @return the reader
   * @throws NullPointerException if {@code township} is null
   */
  public static ServedGridsJsonReader create(Township township) {
    return new ServedGridsJsonReader(township);
  }

  /**
   * Reads the grids of a plan from a stream (UTF-8) to its end; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages, not null
   * @return the grids in the order of the plan
   * @throws JsonInputException if the stream cannot be read or breaks the format
   */
  @Override
  public List<ServedGrid> read(InputStream in, String source) {
    return JsonInput.read(in, source, this::grids);
  }

  private record Draft(GridId id, VillageId village, List<UnitId> units, String path) {}

  private List<ServedGrid> grids(JsonInput in, JsonNode root) {
    in.root(root, ROOT);
    in.township(root, township.id().value());
    List<Draft> drafts = new ArrayList<>();
    Map<GridId, String> gridPaths = new HashMap<>();
    Map<UnitId, String> unitPaths = new HashMap<>();
    JsonNode grids = in.array(root, "grids", "$", true);
    if (grids != null) {
      for (int i = 0; i < grids.size(); i++) {
        String path = "$.grids[" + i + "]";
        JsonNode node = grids.get(i);
        if (in.object(node, path) == null) {
          continue;
        }
        in.fields(node, path, GRID);
        GridId id = in.id(node, "id", path, GridId::of);
        if (id != null && gridPaths.putIfAbsent(id, path) != null) {
          in.problem(path + ".id", "grid " + id + " is listed twice (first at " + gridPaths.get(id) + ")");
          id = null;
        } else if (id != null && id.value().length() > TeamProposer.MAX_GRID_ID_LENGTH) {
          // Its team's id would be too long: teams are what these grids are read for.
          in.problem(path + ".id", TeamProposer.gridIdTooLong(id));
          id = null;
        }
        VillageId village = in.id(node, "village", path, VillageId::of);
        if (village != null && township.village(village).isEmpty()) {
          in.problem(path + ".village", "names village " + village + ", which township " + township.id()
              + " does not have");
          village = null;
        }
        List<UnitId> units = in.ids(node, "units", path, UnitId::of);
        if (!node.has("units")) {
          in.problem(path + ".units", "is missing, expected an array of unit ids");
        } else if (units.isEmpty() && !in.hasProblems()) {
          in.problem(path + ".units", "must list at least one unit");
        }
        for (int u = 0; u < units.size(); u++) {
          UnitId unit = units.get(u);
          String at = path + ".units[" + u + "]";
          if (township.villageOf(unit).isEmpty()) {
            in.problem(at, "names unit " + unit + ", which township " + township.id() + " does not have");
          } else if (village != null && !township.villageOf(unit).get().equals(village)) {
            in.problem(at, "unit " + unit + " lies in village " + township.villageOf(unit).get() + ", not in " + village);
          } else if (unitPaths.putIfAbsent(unit, at) != null) {
            in.problem(at, "unit " + unit + " is already in a grid (at " + unitPaths.get(unit) + ")");
          }
        }
        if (id != null && village != null) {
          drafts.add(new Draft(id, village, units, path));
        }
      }
    }
    Map<GridId, DistrictId> districtOf = new HashMap<>();
    JsonNode districts = in.array(root, "districts", "$", true);
    if (districts != null) {
      for (int i = 0; i < districts.size(); i++) {
        String path = "$.districts[" + i + "]";
        JsonNode node = districts.get(i);
        if (in.object(node, path) == null) {
          continue;
        }
        in.fields(node, path, DISTRICT);
        DistrictId id = in.id(node, "id", path, DistrictId::of);
        List<GridId> members = in.ids(node, "grids", path, GridId::of);
        for (int g = 0; g < members.size(); g++) {
          GridId grid = members.get(g);
          String at = path + ".grids[" + g + "]";
          if (!gridPaths.containsKey(grid)) {
            in.problem(at, "names grid " + grid + ", which the plan does not list");
          } else if (id != null && districtOf.putIfAbsent(grid, id) != null) {
            in.problem(at, "grid " + grid + " is already in district " + districtOf.get(grid));
          }
        }
      }
    }
    List<ServedGrid> result = new ArrayList<>();
    Set<GridId> seen = new LinkedHashSet<>();
    for (Draft draft : drafts) {
      DistrictId district = districtOf.get(draft.id());
      if (district == null) {
        in.problem(draft.path(), "grid " + draft.id() + " is in no district");
      } else if (seen.add(draft.id()) && !draft.units().isEmpty()) {
        result.add(ServedGrid.of(draft.id(), draft.village(), draft.units(), district));
      }
    }
    return result;
  }
}
