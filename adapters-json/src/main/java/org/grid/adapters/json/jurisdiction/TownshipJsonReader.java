package org.grid.adapters.json.jurisdiction;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSortedSet;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.grid.adapters.json.JsonReader;
import org.grid.core.model.jurisdiction.Coordinates;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.ExistingDistrict;
import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * Reads the township format of {@code docs/formats.md} into a {@link Township}.
 *
 * <p>Bad input is reported as one {@link JsonInputException} listing every problem found, each with its JSON path:
 * malformed JSON, a missing or mistyped field, a household count that is not a positive integer or is absurd
 * (above {@link #maxHouseholdsPerUnit()} in one unit), a village of more than {@link #MAX_UNITS_PER_VILLAGE} units, a
 * village or unit listed twice, adjacency naming an unknown
 * unit or a unit bordering itself, a district naming an unknown village or a village in two districts, a field the
 * format does not have (a misspelled {@code tags}, say), a duplicate key or content after the JSON value. No other
 * exception escapes for bad input.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TownshipJsonReader implements JsonReader<Township> {

  private static final Set<String> ROOT = Set.of("township", "villages", "adjacency", "existingDistricts");
  private static final Set<String> TOWNSHIP = Set.of("id", "county", "name");
  private static final Set<String> VILLAGE = Set.of("id", "name", "units");
  private static final Set<String> UNIT = Set.of("id", "name", "households", "x", "y", "tags");
  private static final Set<String> DISTRICT = Set.of("id", "name", "villages");

  /** The default largest household count accepted for one unit: {@value}. */
  public static final int DEFAULT_MAX_HOUSEHOLDS_PER_UNIT = 10_000;

  /**
   * The most units (villager groups, 村民小组) one village may list: {@value}. An administrative village has a few
   * dozen at most (the sample data's largest has 9); cutting a village into grids costs more than the square of its
   * units, so that a file of one village of 5,000 units, 240 KB, took minutes to plan, and of 45,000 ran out of 6 GB.
   */
  public static final int MAX_UNITS_PER_VILLAGE = 200;

  private final int maxHouseholdsPerUnit;
  private final CountyId countyOfOlderFiles;

  private TownshipJsonReader(int maxHouseholdsPerUnit, CountyId countyOfOlderFiles) {
    this.maxHouseholdsPerUnit = maxHouseholdsPerUnit;
    this.countyOfOlderFiles = countyOfOlderFiles;
  }

  /**
   * Returns a reader with the default limits, which requires every file to name its township's county ({@code
   * $.township.county}).
   *
   * @return a reader with the default limits, which requires every file to name its township's county ({@code
   *     $.township.county})
   */
  public static TownshipJsonReader create() {
    return new TownshipJsonReader(DEFAULT_MAX_HOUSEHOLDS_PER_UNIT, null);
  }

  /**
   * Returns a reader like this one that reads a file without {@code $.township.county} (written before the format
   * had it) as a township of the given county. A file that names its county keeps it. Without this a missing county
   * is a problem of the file: guessing one would route the township's requests to another county's departments.
   *
   * @param county the county of the files that name none, not null
   * @return a new reader
   * @throws NullPointerException if {@code county} is null
   */
  public TownshipJsonReader withCountyOfOlderFiles(CountyId county) {
    return new TownshipJsonReader(maxHouseholdsPerUnit, java.util.Objects.requireNonNull(county, "county"));
  }

  /**
   * Returns a reader like this one that accepts at most {@code max} households in one unit.
   *
   * @param max the largest count accepted, at least 1
   * @return a new reader
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public TownshipJsonReader withMaxHouseholdsPerUnit(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max households per unit must be at least 1, was " + max);
    }
    return new TownshipJsonReader(max, countyOfOlderFiles);
  }

  /**
   * Returns the largest household count accepted for one unit.
   *
   * @return the largest household count accepted for one unit
   */
  public int maxHouseholdsPerUnit() {
    return maxHouseholdsPerUnit;
  }

  @Override
  public Township read(InputStream in, String source) {
    return JsonInput.read(in, source, this::township);
  }

  private Township township(JsonInput in, JsonNode root) {
    in.root(root, ROOT);
    TownshipId townshipId = null;
    CountyId county = null;
    String townshipName = null;
    JsonNode township = in.object(root.path("township"), "$.township");
    if (township != null) {
      townshipId = in.id(township, "id", "$.township", TownshipId::of);
      if (township.has("county") || countyOfOlderFiles == null) {
        county = in.id(township, "county", "$.township", CountyId::of);
      } else {
        county = countyOfOlderFiles;
      }
      townshipName = in.name(township, "name", "$.township");
      in.fields(township, "$.township", TOWNSHIP);
    }

    List<Village> villages = new ArrayList<>();
    Map<UnitId, String> unitPaths = new HashMap<>();
    Map<VillageId, String> villagePaths = new HashMap<>();
    JsonNode villageArray = in.array(root, "villages", "$", true);
    if (villageArray != null && villageArray.isEmpty()) {
      in.problem("$.villages", "must list at least one village");
    }
    if (villageArray != null) {
      for (int i = 0; i < villageArray.size(); i++) {
        Village village = village(in, villageArray.get(i), "$.villages[" + i + "]", unitPaths, villagePaths);
        if (village != null) {
          villages.add(village);
        }
      }
    }

    List<UnitId[]> edges = adjacency(in, root, unitPaths);
    boolean adjacencyKnown = root.hasNonNull("adjacency");
    List<ExistingDistrict> districts = districts(in, root, villagePaths);

    in.throwIfProblems();
    try {
      Township.Builder builder = Township.builder(county, townshipId, townshipName);
      villages.forEach(builder::village);
      if (adjacencyKnown) {
        builder.adjacencyKnown();
      }
      edges.forEach(edge -> builder.adjacent(edge[0], edge[1]));
      districts.forEach(builder::existingDistrict);
      return builder.build();
    } catch (IllegalArgumentException e) {
      // Every rule of the model is checked above with its path; this is a safety net, not a path taken.
      throw new JsonInputException(in.source(), List.of(new JsonProblem("$", e.getMessage())));
    }
  }

  private Village village(
      JsonInput in, JsonNode node, String path, Map<UnitId, String> unitPaths, Map<VillageId, String> villagePaths) {
    if (in.object(node, path) == null) {
      return null;
    }
    in.fields(node, path, VILLAGE);
    VillageId id = in.id(node, "id", path, VillageId::of);
    if (id != null) {
      String first = villagePaths.putIfAbsent(id, path);
      if (first != null) {
        in.problem(path + ".id", "village " + id + " is listed twice (first at " + first + ")");
        id = null;
      }
    }
    String name = in.name(node, "name", path);
    JsonNode unitArray = in.array(node, "units", path, true);
    List<Unit> units = new ArrayList<>();
    if (unitArray != null) {
      if (unitArray.isEmpty()) {
        in.problem(path + ".units", "must list at least one unit");
      }
      if (unitArray.size() > MAX_UNITS_PER_VILLAGE) {
        // Its units are still read, so that the adjacency naming them is not reported as unknown as well.
        in.problem(path + ".units", "lists " + unitArray.size() + " units; a village has at most "
            + MAX_UNITS_PER_VILLAGE + " (TownshipJsonReader.MAX_UNITS_PER_VILLAGE)");
        id = null;
      }
      for (int j = 0; j < unitArray.size(); j++) {
        Unit unit = unit(in, unitArray.get(j), path + ".units[" + j + "]", unitPaths);
        if (unit != null) {
          units.add(unit);
        }
      }
    }
    if (id == null || name == null || unitArray == null || units.size() != unitArray.size() || units.isEmpty()) {
      return null;
    }
    return Village.of(id, name, units);
  }

  private Unit unit(JsonInput in, JsonNode node, String path, Map<UnitId, String> unitPaths) {
    if (in.object(node, path) == null) {
      return null;
    }
    in.fields(node, path, UNIT);
    UnitId id = in.id(node, "id", path, UnitId::of);
    if (id != null) {
      String first = unitPaths.putIfAbsent(id, path);
      if (first != null) {
        in.problem(path + ".id", "unit " + id + " is listed twice (first at " + first + ")");
        id = null;
      }
    }
    String name = in.name(node, "name", path);
    Integer households = in.integer(node, "households", path, 1, maxHouseholdsPerUnit);
    Double x = in.optionalNumber(node, "x", path);
    Double y = in.optionalNumber(node, "y", path);
    if ((x == null) != (y == null) && node.hasNonNull("x") != node.hasNonNull("y")) {
      in.problem(path, "must give both x and y, or neither");
    }
    Set<String> tags = new LinkedHashSet<>();
    JsonNode tagArray = in.array(node, "tags", path, false);
    if (tagArray != null) {
      for (int k = 0; k < tagArray.size(); k++) {
        String at = path + ".tags[" + k + "]";
        String tag = in.text(tagArray.get(k), at);
        if (tag != null) {
          // A tag is printed in the validator's warnings: no escape sequence may reach a terminal through it.
          try {
            Ids.requireNoControlCharacters(tag, "tag");
            tags.add(tag);
          } catch (IllegalArgumentException e) {
            in.problem(at, e.getMessage());
          }
        }
      }
    }
    if (id == null || name == null || households == null) {
      return null;
    }
    Optional<Coordinates> location =
        x != null && y != null ? Optional.of(Coordinates.of(x, y)) : Optional.empty();
    return new Unit(id, name, households, location, ImmutableSortedSet.copyOf(tags));
  }

  private static List<UnitId[]> adjacency(JsonInput in, JsonNode root, Map<UnitId, String> unitPaths) {
    List<UnitId[]> edges = new ArrayList<>();
    JsonNode pairs = in.array(root, "adjacency", "$", false);
    if (pairs == null) {
      return edges;
    }
    for (int i = 0; i < pairs.size(); i++) {
      String path = "$.adjacency[" + i + "]";
      JsonNode pair = pairs.get(i);
      if (!pair.isArray() || pair.size() != 2) {
        in.problem(path, "must be a pair of two unit ids, was " + JsonInput.describe(pair)
            + (pair.isArray() ? " of " + pair.size() : ""));
        continue;
      }
      UnitId[] ends = new UnitId[2];
      for (int e = 0; e < 2; e++) {
        String endPath = path + "[" + e + "]";
        String text = in.text(pair.get(e), endPath);
        UnitId unit = text == null ? null : in.id(text, endPath, UnitId::of);
        if (unit != null && !unitPaths.containsKey(unit)) {
          in.problem(endPath, "names unknown unit " + unit);
          unit = null;
        }
        ends[e] = unit;
      }
      if (ends[0] != null && ends[0].equals(ends[1])) {
        in.problem(path, "unit " + ends[0] + " cannot border itself");
      } else if (ends[0] != null && ends[1] != null) {
        edges.add(ends);
      }
    }
    return edges;
  }

  private static List<ExistingDistrict> districts(JsonInput in, JsonNode root, Map<VillageId, String> villagePaths) {
    List<ExistingDistrict> districts = new ArrayList<>();
    JsonNode array = in.array(root, "existingDistricts", "$", false);
    if (array == null) {
      return districts;
    }
    Map<DistrictId, String> districtPaths = new HashMap<>();
    Map<VillageId, String> assigned = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "$.existingDistricts[" + i + "]";
      JsonNode node = array.get(i);
      if (in.object(node, path) == null) {
        continue;
      }
      in.fields(node, path, DISTRICT);
      DistrictId id = in.id(node, "id", path, DistrictId::of);
      if (id != null) {
        String first = districtPaths.putIfAbsent(id, path);
        if (first != null) {
          in.problem(path + ".id", "district " + id + " is listed twice (first at " + first + ")");
          id = null;
        }
      }
      String name = in.name(node, "name", path);
      JsonNode villageArray = in.array(node, "villages", path, true);
      List<VillageId> villages = new ArrayList<>();
      boolean villagesOk = villageArray != null;
      if (villageArray != null) {
        if (villageArray.isEmpty()) {
          in.problem(path + ".villages", "must list at least one village");
          villagesOk = false;
        }
        for (int j = 0; j < villageArray.size(); j++) {
          String villagePath = path + ".villages[" + j + "]";
          String text = in.text(villageArray.get(j), villagePath);
          VillageId village = text == null ? null : in.id(text, villagePath, VillageId::of);
          if (village == null) {
            villagesOk = false;
          } else if (!villagePaths.containsKey(village)) {
            in.problem(villagePath, "names unknown village " + village);
            villagesOk = false;
          } else if (assigned.containsKey(village)) {
            in.problem(villagePath, "village " + village + " is already in a district (at " + assigned.get(village) + ")");
            villagesOk = false;
          } else {
            assigned.put(village, villagePath);
            villages.add(village);
          }
        }
      }
      if (id != null && name != null && villagesOk) {
        districts.add(ExistingDistrict.of(id, name, villages));
      }
    }
    return districts;
  }
}
