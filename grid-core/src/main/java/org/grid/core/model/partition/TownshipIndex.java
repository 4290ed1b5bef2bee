package org.grid.core.model.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * A township as sorted int arrays, so that planning and validation never depend on the order the county listed
 * things in nor on hash order: villages sorted by id, units sorted by id, neighbour lists sorted by index.
 */
final class TownshipIndex {

  final Township township;
  final VillageId[] villageIds;
  final String[] villageNames;
  /** For each village, its units' indices in ascending order. */
  final int[][] villageUnits;
  final int[] villageHouseholds;
  final UnitId[] unitIds;
  final int[] unitHouseholds;
  final int[] unitVillage;
  /** For each unit, its neighbours' indices in ascending order. */
  final int[][] unitNeighbours;
  /** For each village, its neighbouring villages' indices in ascending order. */
  final int[][] villageNeighbours;
  /** For each village, the number of unit borders it shares with each neighbour, aligned with villageNeighbours. */
  final int[][] villageBorderEdges;
  /** For each village, the number of unit borders inside it. */
  final int[] villageInnerEdges;
  /** For each village, the indices of its tags (see {@link #tags}) in ascending order. */
  final int[][] villageTags;
  final String[] tags;
  final int edgeCount;
  final boolean adjacencyKnown;
  private final Map<UnitId, Integer> unitIndex;
  private final Map<VillageId, Integer> villageIndex;

  private TownshipIndex(Township township) {
    this.township = township;
    this.adjacencyKnown = township.adjacencyKnown();
    List<Village> villages = new ArrayList<>(township.villages());
    villages.sort((a, b) -> a.id().compareTo(b.id()));
    int v = villages.size();
    villageIds = new VillageId[v];
    villageNames = new String[v];
    villageHouseholds = new int[v];
    villageIndex = new HashMap<>(v * 2);
    List<Unit> units = new ArrayList<>(township.units());
    units.sort((a, b) -> a.id().compareTo(b.id()));
    int u = units.size();
    unitIds = new UnitId[u];
    unitHouseholds = new int[u];
    unitVillage = new int[u];
    unitIndex = new HashMap<>(u * 2);
    for (int i = 0; i < v; i++) {
      villageIds[i] = villages.get(i).id();
      villageNames[i] = villages.get(i).name();
      villageIndex.put(villageIds[i], i);
    }
    for (int i = 0; i < u; i++) {
      unitIds[i] = units.get(i).id();
      unitHouseholds[i] = units.get(i).households();
      unitIndex.put(unitIds[i], i);
    }
    villageUnits = new int[v][];
    TreeSet<String> tagSet = new TreeSet<>();
    for (int i = 0; i < v; i++) {
      Village village = villages.get(i);
      int[] members = new int[village.units().size()];
      int j = 0;
      for (Unit unit : village.units()) {
        int index = unitIndex.get(unit.id());
        members[j++] = index;
        unitVillage[index] = i;
        villageHouseholds[i] += unit.households();
        tagSet.addAll(unit.tags());
      }
      Arrays.sort(members);
      villageUnits[i] = members;
    }
    tags = tagSet.toArray(new String[0]);
    villageTags = new int[v][];
    for (int i = 0; i < v; i++) {
      TreeSet<Integer> own = new TreeSet<>();
      for (Unit unit : villages.get(i).units()) {
        for (String tag : unit.tags()) {
          own.add(Arrays.binarySearch(tags, tag));
        }
      }
      villageTags[i] = own.stream().mapToInt(Integer::intValue).toArray();
    }

    // One pass over each unit's neighbours (each border seen from both ends), in unit id order.
    unitNeighbours = new int[u][];
    long ends = 0;
    for (int i = 0; i < u; i++) {
      java.util.Set<UnitId> adjacent = township.unitAdjacency().adjacentNodes(unitIds[i]);
      int[] list = new int[adjacent.size()];
      int f = 0;
      for (UnitId other : adjacent) {
        list[f++] = unitIndex.get(other);
      }
      Arrays.sort(list);
      unitNeighbours[i] = list;
      ends += list.length;
    }
    edgeCount = (int) (ends / 2);

    villageNeighbours = new int[v][];
    villageBorderEdges = new int[v][];
    villageInnerEdges = new int[v];
    for (int i = 0; i < v; i++) {
      TreeMap<Integer, Integer> border = new TreeMap<>();
      for (int unit : villageUnits[i]) {
        for (int other : unitNeighbours[unit]) {
          int w = unitVillage[other];
          if (w != i) {
            border.merge(w, 1, Integer::sum);
          } else if (other > unit) {
            villageInnerEdges[i]++;
          }
        }
      }
      villageNeighbours[i] = border.keySet().stream().mapToInt(Integer::intValue).toArray();
      villageBorderEdges[i] = border.values().stream().mapToInt(Integer::intValue).toArray();
    }
  }

  static TownshipIndex of(Township township) {
    return new TownshipIndex(township);
  }

  int villageCount() {
    return villageIds.length;
  }

  int unitCount() {
    return unitIds.length;
  }

  /** Returns the unit's index, or -1 when the township has no such unit. */
  int unit(UnitId id) {
    Integer index = unitIndex.get(id);
    return index == null ? -1 : index;
  }

  /** Returns the village's index, or -1 when the township has no such village. */
  int village(VillageId id) {
    Integer index = villageIndex.get(id);
    return index == null ? -1 : index;
  }

  /** Returns the number of connected pieces of a village's unit graph (1 when adjacency is unknown). */
  int villagePieces(int village) {
    if (!adjacencyKnown) {
      return 1;
    }
    int[] members = villageUnits[village];
    return IntGraph.components(members, unitNeighbours, m -> unitVillage[m] == village).size();
  }
}
