package org.grid.core.model.partition;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.ExistingDistrict;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * A plan read against its township's index, once, for every check of {@link PlanChecks}: grids and districts in id
 * order (a repeated id keeps its first and counts the others), which grid holds each unit, the units a grid and the
 * grids a district list more than once, which district each grid and village lies in, the households of each, the
 * ids the plan names that the township lacks, and the plan's measures. Everything is in index order, so the findings
 * never depend on the order the plan lists things in.
 */
final class PlanIndex {

  final TownshipIndex township;
  final Plan plan;
  final PartitionPolicy policy;

  /** The grids, one per id, in id order. */
  final List<Grid> grids;
  /** For each grid, how many grids of the plan have its id. */
  final int[] gridCopies;
  /** For each grid, its village's index, or -1 when the township has no such village. */
  final int[] gridVillage;
  /** For each grid, its known units' indices in ascending order. */
  final int[][] gridUnits;
  final int[] gridHouseholds;
  /** For each grid, the ids it names that the township lacks (its village, then units), in id order. */
  final List<TreeSet<String>> gridUnknownIds;
  /** For each grid, the unit ids it lists more than once, in id order. */
  final List<TreeSet<String>> gridRepeatedUnits;
  /** For each unit, the first grid holding it, or -1. */
  final int[] unitGrid;
  /** Units in more than one grid, each with every grid holding it. */
  final TreeMap<Integer, TreeSet<Integer>> unitInGrids = new TreeMap<>();
  /** For each village, the number of grids the plan gives it. */
  final int[] villageGridCount;
  /** For each village, the number of connected pieces of its units. */
  final int[] villagePieces;

  /** The districts, one per id, in id order. */
  final List<District> districts;
  /** For each district, how many districts of the plan have its id. */
  final int[] districtCopies;
  /** For each district, the grid ids it names that the plan lacks, in id order. */
  final List<TreeSet<String>> districtUnknownGrids;
  /** For each district, the grid ids it lists more than once, in id order. */
  final List<TreeSet<String>> districtRepeatedGrids;
  /** For each grid, its first district, or -1. */
  final int[] gridDistrict;
  /** Grids in more than one district, each with every district holding it. */
  final TreeMap<Integer, TreeSet<Integer>> gridInDistricts = new TreeMap<>();
  /** For each village, the districts its grids lie in. */
  final List<TreeSet<Integer>> villageDistricts;
  /** For each village, the first district its grids lie in, or -1. */
  final int[] villageDistrict;
  /** For each district, the villages with a grid in it. */
  final List<TreeSet<Integer>> districtVillages;
  final long[] districtHouseholds;

  /** Unit borders cut between grids, and for each village those inside it. */
  final int cutEdges;
  final int[] villageCut;
  /** The largest and the smallest district (the first of each on ties), -1 with no district. */
  final int largestDistrict;
  final int smallestDistrict;
  final PlanMetrics metrics;

  PlanIndex(TownshipIndex township, Plan plan) {
    this.township = township;
    this.plan = plan;
    this.policy = plan.policy();
    int villages = township.villageCount();

    TreeMap<GridId, List<Grid>> gridsById = new TreeMap<>();
    for (Grid grid : plan.grids()) {
      gridsById.computeIfAbsent(grid.id(), g -> new ArrayList<>()).add(grid);
    }
    grids = gridsById.values().stream().map(list -> list.get(0)).toList();
    gridCopies = gridsById.values().stream().mapToInt(List::size).toArray();
    int g = grids.size();
    gridVillage = new int[g];
    gridUnits = new int[g][];
    gridHouseholds = new int[g];
    gridUnknownIds = new ArrayList<>();
    gridRepeatedUnits = new ArrayList<>();
    Map<GridId, Integer> gridIndex = new HashMap<>();
    unitGrid = new int[township.unitCount()];
    Arrays.fill(unitGrid, -1);
    for (int i = 0; i < g; i++) {
      Grid grid = grids.get(i);
      gridIndex.put(grid.id(), i);
      gridVillage[i] = township.village(grid.village());
      TreeSet<String> unknown = new TreeSet<>();
      if (gridVillage[i] < 0) {
        unknown.add(grid.village().value());
      }
      TreeSet<Integer> members = new TreeSet<>();
      Set<UnitId> listed = new HashSet<>();
      TreeSet<String> repeated = new TreeSet<>();
      for (UnitId unit : grid.units()) {
        if (!listed.add(unit)) {
          repeated.add(unit.value());
        }
        int u = township.unit(unit);
        if (u < 0) {
          unknown.add(unit.value());
        } else {
          members.add(u);
        }
      }
      gridUnknownIds.add(unknown);
      gridRepeatedUnits.add(repeated);
      gridUnits[i] = members.stream().mapToInt(Integer::intValue).toArray();
      for (int u : gridUnits[i]) {
        gridHouseholds[i] += township.unitHouseholds[u];
        if (unitGrid[u] < 0) {
          unitGrid[u] = i;
        } else {
          unitInGrids.computeIfAbsent(u, x -> new TreeSet<>()).add(unitGrid[u]);
          unitInGrids.get(u).add(i);
        }
      }
    }
    villageGridCount = new int[villages];
    for (int i = 0; i < g; i++) {
      if (gridVillage[i] >= 0) {
        villageGridCount[gridVillage[i]]++;
      }
    }
    villagePieces = new int[villages];
    for (int v = 0; v < villages; v++) {
      villagePieces[v] = township.villagePieces(v);
    }

    TreeMap<DistrictId, List<District>> districtsById = new TreeMap<>();
    for (District district : plan.districts()) {
      districtsById.computeIfAbsent(district.id(), d -> new ArrayList<>()).add(district);
    }
    districts = districtsById.values().stream().map(list -> list.get(0)).toList();
    districtCopies = districtsById.values().stream().mapToInt(List::size).toArray();
    int d = districts.size();
    gridDistrict = new int[g];
    Arrays.fill(gridDistrict, -1);
    districtUnknownGrids = new ArrayList<>();
    districtRepeatedGrids = new ArrayList<>();
    for (int j = 0; j < d; j++) {
      TreeSet<String> unknown = new TreeSet<>();
      Set<GridId> listed = new HashSet<>();
      TreeSet<String> repeated = new TreeSet<>();
      for (GridId grid : districts.get(j).grids()) {
        if (!listed.add(grid)) {
          repeated.add(grid.value());
        }
        Integer i = gridIndex.get(grid);
        if (i == null) {
          unknown.add(grid.value());
        } else if (gridDistrict[i] < 0) {
          gridDistrict[i] = j;
        } else if (gridDistrict[i] != j) {
          gridInDistricts.computeIfAbsent(i, x -> new TreeSet<>()).add(gridDistrict[i]);
          gridInDistricts.get(i).add(j);
        }
      }
      districtUnknownGrids.add(unknown);
      districtRepeatedGrids.add(repeated);
    }
    villageDistricts = new ArrayList<>();
    for (int v = 0; v < villages; v++) {
      villageDistricts.add(new TreeSet<>());
    }
    for (int i = 0; i < g; i++) {
      if (gridVillage[i] >= 0 && gridDistrict[i] >= 0) {
        villageDistricts.get(gridVillage[i]).add(gridDistrict[i]);
      }
    }
    villageDistrict = new int[villages];
    Arrays.fill(villageDistrict, -1);
    districtVillages = new ArrayList<>();
    for (int j = 0; j < d; j++) {
      districtVillages.add(new TreeSet<>());
    }
    for (int v = 0; v < villages; v++) {
      TreeSet<Integer> in = villageDistricts.get(v);
      if (!in.isEmpty()) {
        villageDistrict[v] = in.first();
        for (int j : in) {
          districtVillages.get(j).add(v);
        }
      }
    }
    districtHouseholds = new long[d];
    for (int i = 0; i < g; i++) {
      if (gridDistrict[i] >= 0) {
        districtHouseholds[gridDistrict[i]] += gridHouseholds[i];
      }
    }

    villageCut = new int[villages];
    int cut = 0;
    for (int u = 0; u < township.unitCount(); u++) {
      for (int w : township.unitNeighbours[u]) {
        if (w > u && unitGrid[u] >= 0 && unitGrid[w] >= 0 && unitGrid[u] != unitGrid[w]) {
          cut++;
          if (township.unitVillage[u] == township.unitVillage[w]) {
            villageCut[township.unitVillage[u]]++;
          }
        }
      }
    }
    cutEdges = cut;
    int max = d == 0 ? -1 : 0;
    int min = d == 0 ? -1 : 0;
    for (int j = 0; j < d; j++) {
      if (districtHouseholds[j] > districtHouseholds[max]) {
        max = j;
      }
      if (districtHouseholds[j] < districtHouseholds[min]) {
        min = j;
      }
    }
    largestDistrict = max;
    smallestDistrict = min;
    double villageImbalance = 0;
    for (int i = 0; i < g; i++) {
      villageImbalance = Math.max(villageImbalance, gridDeviation(i));
    }
    metrics = new PlanMetrics(villageImbalance, districtImbalance(), cut, movedVillages());
  }

  /** The grid's relative deviation from its village's even share; 0 when its village is unknown or not split. */
  double gridDeviation(int grid) {
    int v = gridVillage[grid];
    if (v < 0 || villageGridCount[v] < 2) {
      return 0;
    }
    double share = evenShare(v);
    return Math.abs(gridHouseholds[grid] - share) / share;
  }

  /** A village's households per grid the plan gives it. */
  double evenShare(int village) {
    return (double) township.villageHouseholds[village] / villageGridCount[village];
  }

  /** {@code (max - min) / mean} of district households; 0 with at most one district or no household. */
  private double districtImbalance() {
    int d = districts.size();
    if (d < 2) {
      return 0;
    }
    long sum = 0;
    for (long h : districtHouseholds) {
      sum += h;
    }
    double mean = (double) sum / d;
    return mean == 0 ? 0
        : (districtHouseholds[largestDistrict] - districtHouseholds[smallestDistrict]) / mean;
  }

  /** Villages of a current 片区 whose district in the plan has another id. */
  private int movedVillages() {
    int moved = 0;
    for (ExistingDistrict current : township.township.existingDistricts()) {
      for (VillageId villageId : current.villages()) {
        int v = township.village(villageId);
        if (v >= 0 && villageDistrict[v] >= 0 && !districts.get(villageDistrict[v]).id().equals(current.id())) {
          moved++;
        }
      }
    }
    return moved;
  }

  /** The id of grid {@code i}. */
  String gridId(int i) {
    return grids.get(i).id().value();
  }

  /** The id of district {@code j}. */
  String districtId(int j) {
    return districts.get(j).id().value();
  }

  /** Returns the findings as a validation, every rule's in the order {@link PartitionRule} lists the rules. */
  Validation validation(List<Violation> findings) {
    List<Violation> sorted = new ArrayList<>(findings);
    sorted.sort((a, b) -> Integer.compare(a.rule().ordinal(), b.rule().ordinal()));
    return new Validation(metrics, ImmutableList.copyOf(sorted));
  }
}
