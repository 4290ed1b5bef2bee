package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.ExistingDistrict;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * The plan validator (方案校验): checks any plan, planned by {@link PartitionPlanner} or drawn by hand, against its
 * township and the plan's own {@link PartitionPolicy}. Every broken hard rule of the rulebook's section 2 is an
 * {@link Severity#ERROR}, every soft goal beyond its tolerance a {@link Severity#WARNING}; each names the ids
 * involved and says, in a sentence a township clerk can act on, what is wrong and, where the township itself makes
 * a rule impossible (a village in pieces, a village of one unit too big for one grid, an island village, fewer
 * villages than districts), why. It returns every finding, not the first.
 *
 * <p>Connectedness is only checked when the township gives adjacency ({@link Township#adjacencyKnown()}).
 * Instances are immutable and thread-safe.
 */
public final class PlanValidator {

  private PlanValidator() {}

  /** Returns a validator. */
  public static PlanValidator create() {
    return new PlanValidator();
  }

  /**
   * Checks a plan against a township.
   *
   * @param township the township, not null
   * @param plan the plan, not null; it may break any rule
   * @return the plan's metrics and every violation found, in the order the rules are listed in
   *     {@link PartitionRule}, each rule's findings ordered by the ids involved
   * @throws NullPointerException if an argument is null
   */
  public Validation validate(Township township, Plan plan) {
    requireNonNull(township, "township");
    requireNonNull(plan, "plan");
    return new Run(TownshipIndex.of(township), plan).validate();
  }

  /** Validates with an index the planner already built. */
  Validation validate(TownshipIndex index, Plan plan) {
    return new Run(index, plan).validate();
  }

  /** One validation: state for one plan. */
  private static final class Run {

    private final TownshipIndex index;
    private final Plan plan;
    private final PartitionPolicy policy;
    private final List<Violation> out = new ArrayList<>();

    Run(TownshipIndex index, Plan plan) {
      this.index = index;
      this.plan = plan;
      this.policy = plan.policy();
    }

    Validation validate() {
      Township township = index.township;
      if (!plan.township().equals(township.id())) {
        add(PartitionRule.PLAN_TOWNSHIP, List.of(plan.township().value(), township.id().value()),
            "The plan is for township " + plan.township() + " but is checked against township " + township.id()
                + " (" + township.name() + "); check that the right files are used.");
      }

      // Grids, in id order; a repeated id keeps its first grid and is reported.
      TreeMap<GridId, List<Grid>> byId = new TreeMap<>();
      for (Grid grid : plan.grids()) {
        byId.computeIfAbsent(grid.id(), g -> new ArrayList<>()).add(grid);
      }
      List<Grid> grids = new ArrayList<>();
      for (Map.Entry<GridId, List<Grid>> entry : byId.entrySet()) {
        if (entry.getValue().size() > 1) {
          add(PartitionRule.GRID_ID_DUPLICATE, List.of(entry.getKey().value()),
              "Grid id " + entry.getKey() + " is used by " + entry.getValue().size()
                  + " grids; give each grid its own id.");
        }
        grids.add(entry.getValue().get(0));
      }
      int g = grids.size();
      int[] gridVillage = new int[g];
      int[][] gridUnits = new int[g][];
      int[] gridHouseholds = new int[g];
      Map<GridId, Integer> gridIndex = new HashMap<>();
      int[] unitGrid = new int[index.unitCount()];
      Arrays.fill(unitGrid, -1);
      TreeMap<Integer, TreeSet<Integer>> unitInGrids = new TreeMap<>();
      for (int i = 0; i < g; i++) {
        Grid grid = grids.get(i);
        gridIndex.put(grid.id(), i);
        gridVillage[i] = index.village(grid.village());
        TreeSet<String> unknown = new TreeSet<>();
        if (gridVillage[i] < 0) {
          unknown.add(grid.village().value());
        }
        if (grid.units().isEmpty()) {
          add(PartitionRule.GRID_EMPTY, List.of(grid.id().value()),
              "Grid " + grid.id() + " has no unit; remove it or give it units of its village.");
        }
        TreeSet<Integer> members = new TreeSet<>();
        for (UnitId unit : grid.units()) {
          int u = index.unit(unit);
          if (u < 0) {
            unknown.add(unit.value());
          } else {
            members.add(u);
          }
        }
        if (!unknown.isEmpty()) {
          List<String> subjects = new ArrayList<>();
          subjects.add(grid.id().value());
          subjects.addAll(unknown);
          add(PartitionRule.UNKNOWN_ID, subjects, "Grid " + grid.id() + " names "
              + String.join(", ", unknown) + ", which township " + index.township.id()
              + " does not have; correct the ids.");
        }
        gridUnits[i] = members.stream().mapToInt(Integer::intValue).toArray();
        for (int u : gridUnits[i]) {
          gridHouseholds[i] += index.unitHouseholds[u];
          if (unitGrid[u] < 0) {
            unitGrid[u] = i;
          } else {
            unitInGrids.computeIfAbsent(u, x -> new TreeSet<>()).add(unitGrid[u]);
            unitInGrids.get(u).add(i);
          }
        }
      }

      // Rule 1: every unit in exactly one grid, every grid inside its village.
      for (int v = 0; v < index.villageCount(); v++) {
        List<String> missing = new ArrayList<>();
        for (int u : index.villageUnits[v]) {
          if (unitGrid[u] < 0) {
            missing.add(index.unitIds[u].value());
          }
        }
        if (!missing.isEmpty()) {
          add(PartitionRule.UNIT_UNASSIGNED, missing, (missing.size() == 1 ? "Unit " : "Units ")
              + String.join(", ", missing) + " of " + village(v) + (missing.size() == 1 ? " is" : " are")
              + " in no grid; every unit belongs to exactly one grid.");
        }
      }
      for (Map.Entry<Integer, TreeSet<Integer>> entry : unitInGrids.entrySet()) {
        List<String> subjects = new ArrayList<>();
        subjects.add(index.unitIds[entry.getKey()].value());
        entry.getValue().forEach(i -> subjects.add(grids.get(i).id().value()));
        add(PartitionRule.UNIT_IN_TWO_GRIDS, subjects, "Unit " + index.unitIds[entry.getKey()] + " is in grids "
            + String.join(" and ", subjects.subList(1, subjects.size()))
            + "; a unit belongs to exactly one grid.");
      }
      for (int i = 0; i < g; i++) {
        if (gridVillage[i] < 0) {
          continue;
        }
        List<String> foreign = new ArrayList<>();
        TreeSet<Integer> otherVillages = new TreeSet<>();
        for (int u : gridUnits[i]) {
          if (index.unitVillage[u] != gridVillage[i]) {
            foreign.add(index.unitIds[u].value());
            otherVillages.add(index.unitVillage[u]);
          }
        }
        if (!foreign.isEmpty()) {
          List<String> subjects = new ArrayList<>();
          subjects.add(grids.get(i).id().value());
          subjects.add(index.villageIds[gridVillage[i]].value());
          subjects.addAll(foreign);
          otherVillages.forEach(v -> subjects.add(index.villageIds[v].value()));
          add(PartitionRule.GRID_CROSSES_VILLAGE, subjects, "Grid " + grids.get(i).id() + " of "
              + village(gridVillage[i]) + " holds " + String.join(", ", foreign) + " of "
              + otherVillages.stream().map(this::village).collect(Collectors.joining(", "))
              + "; a grid never crosses a village border (现有行政区划不变): move "
              + (foreign.size() == 1 ? "it" : "them") + " to a grid of " + (foreign.size() == 1 ? "its" : "their")
              + " own village.");
        }
      }

      // Rule 2: k grids per village.
      int[] villageGridCount = new int[index.villageCount()];
      for (int i = 0; i < g; i++) {
        if (gridVillage[i] >= 0) {
          villageGridCount[gridVillage[i]]++;
        }
      }
      int[] pieces = new int[index.villageCount()];
      for (int v = 0; v < index.villageCount(); v++) {
        pieces[v] = index.villagePieces(v);
        int h = index.villageHouseholds[v];
        int k = policy.gridsFor(h);
        if (villageGridCount[v] != k) {
          int n = index.villageUnits[v].length;
          String reason = n < k
              ? " It has only " + n + (n == 1 ? " unit" : " units") + " and a unit is never cut, so it cannot have "
                  + k + " grids: check its household counts, or divide the unit in the township data."
              : villageGridCount[v] < k ? " Split it further." : " Merge grids of it.";
          add(PartitionRule.GRID_COUNT, List.of(index.villageIds[v].value()), capitalise(village(v)) + " has " + h
              + " households and so needs " + k + (k == 1 ? " grid" : " grids") + " (about "
              + policy.targetHouseholds() + " households each), but the plan gives it " + villageGridCount[v]
              + "." + reason);
        }
      }

      // Rule 3: grids connected.
      if (index.adjacencyKnown) {
        for (int i = 0; i < g; i++) {
          if (gridUnits[i].length < 2) {
            continue;
          }
          int[] members = gridUnits[i];
          List<int[]> parts = IntGraph.components(members, index.unitNeighbours,
              u -> Arrays.binarySearch(members, u) >= 0);
          if (parts.size() > 1) {
            List<String> subjects = new ArrayList<>();
            subjects.add(grids.get(i).id().value());
            int v = gridVillage[i];
            if (v >= 0) {
              subjects.add(index.villageIds[v].value());
            }
            String text = parts.stream().map(this::units).collect(Collectors.joining(" | "));
            String reason = "";
            if (v >= 0 && pieces[v] > Math.max(villageGridCount[v], 1)) {
              reason = " " + capitalise(village(v)) + " is itself in " + pieces[v]
                  + " pieces with no border between them, more than its " + villageGridCount[v]
                  + (villageGridCount[v] == 1 ? " grid" : " grids")
                  + ", so no plan can keep every grid connected: check the adjacency data or the village border.";
            } else {
              reason = " Its units must be connected through shared borders; regroup them.";
            }
            add(PartitionRule.GRID_CONTIGUOUS, subjects, "Grid " + grids.get(i).id()
                + (v >= 0 ? " of " + village(v) : "") + " is in " + parts.size() + " pieces (" + text + ")."
                + reason);
          }
        }
      }

      // Districts.
      TreeMap<DistrictId, List<District>> districtsById = new TreeMap<>();
      for (District district : plan.districts()) {
        districtsById.computeIfAbsent(district.id(), d -> new ArrayList<>()).add(district);
      }
      List<District> districts = new ArrayList<>();
      for (Map.Entry<DistrictId, List<District>> entry : districtsById.entrySet()) {
        if (entry.getValue().size() > 1) {
          add(PartitionRule.DISTRICT_MALFORMED, List.of(entry.getKey().value()), "District id " + entry.getKey()
              + " is used by " + entry.getValue().size() + " districts; give each district its own id.");
        }
        District first = entry.getValue().get(0);
        if (first.grids().isEmpty()) {
          add(PartitionRule.DISTRICT_MALFORMED, List.of(first.id().value()),
              "District " + first.id() + " has no grid; remove it or give it villages.");
        }
        districts.add(first);
      }
      int d = districts.size();
      int[] gridDistrict = new int[g];
      Arrays.fill(gridDistrict, -1);
      TreeMap<Integer, TreeSet<Integer>> gridInDistricts = new TreeMap<>();
      for (int j = 0; j < d; j++) {
        TreeSet<String> unknown = new TreeSet<>();
        for (GridId grid : districts.get(j).grids()) {
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
        if (!unknown.isEmpty()) {
          List<String> subjects = new ArrayList<>();
          subjects.add(districts.get(j).id().value());
          subjects.addAll(unknown);
          add(PartitionRule.GRID_DISTRICT, subjects, "District " + districts.get(j).id() + " names grid"
              + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
              + ", which the plan does not have; correct the grid ids.");
        }
      }
      for (int i = 0; i < g; i++) {
        if (gridDistrict[i] < 0) {
          add(PartitionRule.GRID_DISTRICT, List.of(grids.get(i).id().value()), "Grid " + grids.get(i).id()
              + " is in no district; every grid belongs to exactly one district.");
        }
      }
      for (Map.Entry<Integer, TreeSet<Integer>> entry : gridInDistricts.entrySet()) {
        List<String> subjects = new ArrayList<>();
        subjects.add(grids.get(entry.getKey()).id().value());
        entry.getValue().forEach(j -> subjects.add(districts.get(j).id().value()));
        add(PartitionRule.GRID_DISTRICT, subjects, "Grid " + grids.get(entry.getKey()).id() + " is in districts "
            + String.join(" and ", subjects.subList(1, subjects.size()))
            + "; every grid belongs to exactly one district.");
      }

      // Rule 4: a village's grids in one district; districts connected.
      int[] villageDistrict = new int[index.villageCount()];
      Arrays.fill(villageDistrict, -1);
      List<TreeSet<Integer>> districtsOfVillage = new ArrayList<>();
      for (int v = 0; v < index.villageCount(); v++) {
        districtsOfVillage.add(new TreeSet<>());
      }
      for (int i = 0; i < g; i++) {
        if (gridVillage[i] >= 0 && gridDistrict[i] >= 0) {
          districtsOfVillage.get(gridVillage[i]).add(gridDistrict[i]);
        }
      }
      List<TreeSet<Integer>> villagesOfDistrict = new ArrayList<>();
      for (int j = 0; j < d; j++) {
        villagesOfDistrict.add(new TreeSet<>());
      }
      for (int v = 0; v < index.villageCount(); v++) {
        TreeSet<Integer> in = districtsOfVillage.get(v);
        if (in.isEmpty()) {
          continue;
        }
        villageDistrict[v] = in.first();
        for (int j : in) {
          villagesOfDistrict.get(j).add(v);
        }
        if (in.size() > 1) {
          List<String> subjects = new ArrayList<>();
          subjects.add(index.villageIds[v].value());
          in.forEach(j -> subjects.add(districts.get(j).id().value()));
          add(PartitionRule.VILLAGE_ACROSS_DISTRICTS, subjects, "The grids of " + village(v) + " lie in districts "
              + String.join(" and ", subjects.subList(1, subjects.size()))
              + "; all grids of one village belong to the same district.");
        }
      }
      if (index.adjacencyKnown) {
        for (int j = 0; j < d; j++) {
          TreeSet<Integer> members = villagesOfDistrict.get(j);
          if (members.size() < 2) {
            continue;
          }
          int[] array = members.stream().mapToInt(Integer::intValue).toArray();
          List<int[]> parts = IntGraph.components(array, index.villageNeighbours, members::contains);
          if (parts.size() > 1) {
            List<String> subjects = new ArrayList<>();
            subjects.add(districts.get(j).id().value());
            for (int[] part : parts) {
              for (int v : part) {
                subjects.add(index.villageIds[v].value());
              }
            }
            List<String> islands = new ArrayList<>();
            for (int v : array) {
              if (index.villageNeighbours[v].length == 0) {
                islands.add(village(v));
              }
            }
            String reason = islands.isEmpty()
                ? " A district's villages must border each other; move the stray villages to a neighbouring"
                    + " district."
                : " " + capitalise(String.join(", ", islands)) + (islands.size() == 1 ? " borders" : " border")
                    + " no other village at all, so " + (islands.size() == 1 ? "it" : "they")
                    + " can only be connected as a district of " + (islands.size() == 1 ? "its" : "their")
                    + " own: check the adjacency data.";
            add(PartitionRule.DISTRICT_CONTIGUOUS, subjects, "District " + districts.get(j).id() + " is in "
                + parts.size() + " pieces (" + parts.stream().map(this::villages).collect(Collectors.joining(" | "))
                + ")." + reason);
          }
        }
      }
      if (d != policy.districts()) {
        int villages = index.villageCount();
        String reason = villages < policy.districts()
            ? " The township has only " + villages + (villages == 1 ? " village" : " villages")
                + " and a village is never split between districts, so it cannot have " + policy.districts()
                + " districts: lower the district count."
            : "";
        add(PartitionRule.DISTRICT_COUNT, List.of(index.township.id().value()), "The plan has " + d
            + (d == 1 ? " district" : " districts") + " but the policy asks for " + policy.districts() + "."
            + reason);
      }

      // Soft goals and metrics.
      double villageImbalance = 0;
      int[] villageCut = new int[index.villageCount()];
      int cutEdges = 0;
      for (int u = 0; u < index.unitCount(); u++) {
        for (int w : index.unitNeighbours[u]) {
          if (w > u && unitGrid[u] >= 0 && unitGrid[w] >= 0 && unitGrid[u] != unitGrid[w]) {
            cutEdges++;
            if (index.unitVillage[u] == index.unitVillage[w]) {
              villageCut[index.unitVillage[u]]++;
            }
          }
        }
      }
      for (int i = 0; i < g; i++) {
        int v = gridVillage[i];
        if (v < 0 || villageGridCount[v] < 2) {
          continue;
        }
        double share = (double) index.villageHouseholds[v] / villageGridCount[v];
        double deviation = Math.abs(gridHouseholds[i] - share) / share;
        villageImbalance = Math.max(villageImbalance, deviation);
        if (deviation > policy.gridBalanceTolerance()) {
          add(PartitionRule.GRID_BALANCE, List.of(grids.get(i).id().value(), index.villageIds[v].value()),
              "Grid " + grids.get(i).id() + " of " + village(v) + " holds " + gridHouseholds[i] + " households, "
                  + percent(deviation) + " from the village's even share of " + round(share) + " (tolerance "
                  + percent(policy.gridBalanceTolerance()) + "); move units between its grids.");
        }
      }
      for (int v = 0; v < index.villageCount(); v++) {
        // k grids cut at least k - 1 borders; the share counts the cuts beyond that.
        int unavoidable = villageGridCount[v] - 1;
        if (villageGridCount[v] >= 2 && index.villageInnerEdges[v] > unavoidable) {
          double share = (double) Math.max(0, villageCut[v] - unavoidable)
              / (index.villageInnerEdges[v] - unavoidable);
          if (share > policy.gridCutTolerance()) {
            add(PartitionRule.GRID_COMPACT, List.of(index.villageIds[v].value()), capitalise(village(v))
                + " has " + villageCut[v] + " of its " + index.villageInnerEdges[v]
                + " inner borders cut between its grids (" + percent(share) + " of those it could keep, tolerance "
                + percent(policy.gridCutTolerance()) + "); give its grids rounder shapes.");
          }
        }
      }
      long[] districtHouseholds = new long[d];
      for (int i = 0; i < g; i++) {
        if (gridDistrict[i] >= 0) {
          districtHouseholds[gridDistrict[i]] += gridHouseholds[i];
        }
      }
      double districtImbalance = 0;
      if (d > 1) {
        int max = 0;
        int min = 0;
        long sum = 0;
        for (int j = 0; j < d; j++) {
          sum += districtHouseholds[j];
          if (districtHouseholds[j] > districtHouseholds[max]) {
            max = j;
          }
          if (districtHouseholds[j] < districtHouseholds[min]) {
            min = j;
          }
        }
        double mean = (double) sum / d;
        districtImbalance = mean == 0 ? 0 : (districtHouseholds[max] - districtHouseholds[min]) / mean;
        if (districtImbalance > policy.districtBalanceTolerance()) {
          add(PartitionRule.DISTRICT_BALANCE,
              List.of(districts.get(max).id().value(), districts.get(min).id().value()),
              "Districts range from " + districtHouseholds[min] + " households (" + districts.get(min).id()
                  + ") to " + districtHouseholds[max] + " (" + districts.get(max).id() + "), an imbalance of "
                  + round(districtImbalance) + " against a tolerance of " + round(policy.districtBalanceTolerance())
                  + "; move villages from the larger districts toward the smaller.");
        }
      }
      if (index.adjacencyKnown) {
        for (int j = 0; j < d; j++) {
          int inner = 0;
          int sharedTwice = 0;
          int boundary = 0;
          for (int v : villagesOfDistrict.get(j)) {
            inner += index.villageInnerEdges[v];
            int[] neighbours = index.villageNeighbours[v];
            for (int n = 0; n < neighbours.length; n++) {
              if (villageDistrict[neighbours[n]] == j) {
                sharedTwice += index.villageBorderEdges[v][n];
              } else {
                boundary += index.villageBorderEdges[v][n];
              }
            }
          }
          int all = inner + sharedTwice / 2 + boundary;
          double share = all == 0 ? 0 : (double) boundary / all;
          if (villagesOfDistrict.get(j).size() > 1 && share > policy.districtBoundaryTolerance()) {
            add(PartitionRule.DISTRICT_COMPACT, List.of(districts.get(j).id().value()), "District "
                + districts.get(j).id() + " has " + percent(share) + " of its unit borders on its boundary"
                + " (tolerance " + percent(policy.districtBoundaryTolerance())
                + "): a straggling shape; trade villages with its neighbours to make it rounder.");
          }
        }
      }
      tagSpread(d, villageDistrict, districtHouseholds);
      int moved = 0;
      List<ExistingDistrict> existing = index.township.existingDistricts();
      for (ExistingDistrict current : existing) {
        for (VillageId villageId : current.villages()) {
          int v = index.village(villageId);
          if (v >= 0 && villageDistrict[v] >= 0 && !districts.get(villageDistrict[v]).id().equals(current.id())) {
            moved++;
          }
        }
      }
      if (policy.keepExisting() && !existing.isEmpty()
          && moved > policy.movedVillagesTolerance() * index.villageCount()) {
        add(PartitionRule.STABILITY, List.of(index.township.id().value()), "The plan moves " + moved + " of "
            + index.villageCount() + " villages out of their current 片区 (tolerance "
            + percent(policy.movedVillagesTolerance()) + "); keep more villages where they are.");
      }

      out.sort((a, b) -> Integer.compare(a.rule().ordinal(), b.rule().ordinal()));
      return new Validation(new PlanMetrics(villageImbalance, districtImbalance, cutEdges, moved),
          ImmutableList.copyOf(out));
    }

    /**
     * For each tag, each cluster of neighbouring villages sharing it (a piece of the village graph restricted to
     * the tag) should lie in as few districts as its households need, plus the tolerance; villages far apart cannot
     * be kept together, so they are not counted against the plan.
     */
    private void tagSpread(int d, int[] villageDistrict, long[] districtHouseholds) {
      if (index.tags.length == 0 || d == 0) {
        return;
      }
      long total = 0;
      for (long h : districtHouseholds) {
        total += h;
      }
      double mean = Math.max(1, (double) total / d);
      int[] all = new int[index.villageCount()];
      for (int v = 0; v < all.length; v++) {
        all[v] = v;
      }
      int[][] neighbours = index.adjacencyKnown ? index.villageNeighbours : new int[all.length][0];
      for (int t = 0; t < index.tags.length; t++) {
        final int tag = t;
        List<int[]> clusters = IntGraph.components(all, neighbours,
            v -> Arrays.binarySearch(index.villageTags[v], tag) >= 0);
        for (int[] cluster : clusters) {
          long tagged = 0;
          TreeSet<Integer> in = new TreeSet<>();
          List<String> subjects = new ArrayList<>();
          for (int v : cluster) {
            tagged += index.villageHouseholds[v];
            subjects.add(index.villageIds[v].value());
            if (villageDistrict[v] >= 0) {
              in.add(villageDistrict[v]);
            }
          }
          long needed = Math.max(1, (long) Math.ceil(tagged / mean));
          if (in.size() > needed + policy.tagSpreadTolerance()) {
            add(PartitionRule.TAG_SPREAD, subjects, "The " + cluster.length + " neighbouring villages tagged '"
                + index.tags[t] + "' are spread over " + in.size() + " districts where " + needed
                + " would hold them (tolerance " + policy.tagSpreadTolerance()
                + " more); keep villages of like customs together (习惯相近).");
          }
        }
      }
    }

    private void add(PartitionRule rule, List<String> subjects, String message) {
      out.add(Violation.of(rule, subjects, message));
    }

    private String village(int v) {
      return index.villageNames[v] + " (" + index.villageIds[v] + ")";
    }

    private String units(int[] members) {
      return Arrays.stream(members).mapToObj(u -> index.unitIds[u].value()).collect(Collectors.joining(", "));
    }

    private String villages(int[] members) {
      return Arrays.stream(members).mapToObj(v -> index.villageIds[v].value()).collect(Collectors.joining(", "));
    }
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static String round(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
