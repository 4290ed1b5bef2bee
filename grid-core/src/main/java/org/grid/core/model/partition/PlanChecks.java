package org.grid.core.model.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks of the plan validator, one per group of rules of the rulebook's section 2, each over the shared
 * {@link PlanIndex}; {@link #ALL} lists them in rule order. Their messages are in {@link ViolationTexts}.
 */
final class PlanChecks {

  private PlanChecks() {}

  /** A named check: reports what it finds about one plan. */
  record Check(String name, Rule rule) {}

  /** What a check does. */
  @FunctionalInterface
  interface Rule {
    void check(PlanIndex plan, Findings out);
  }

  /** The violations found so far. */
  static final class Findings {
    private final List<Violation> violations = new ArrayList<>();

    void add(PartitionRule rule, List<String> subjects, String message) {
      violations.add(Violation.of(rule, subjects, message));
    }

    List<Violation> violations() {
      return violations;
    }
  }

  /** Every check, in rule order. */
  static final List<Check> ALL = List.of(
      new Check("plan is for this township", PlanChecks::township),
      new Check("grids well formed", PlanChecks::gridsWellFormed),
      new Check("rule 1: every unit in one grid of its village", PlanChecks::unitsInGrids),
      new Check("rule 2: k grids per village", PlanChecks::gridCount),
      new Check("rule 3: grids connected", PlanChecks::gridsConnected),
      new Check("districts well formed, every grid in one", PlanChecks::districtsWellFormed),
      new Check("rule 4: villages whole, districts connected, their number", PlanChecks::districtsOfVillages),
      new Check("grid balance", PlanChecks::gridBalance),
      new Check("grid compactness", PlanChecks::gridCompactness),
      new Check("district balance", PlanChecks::districtBalance),
      new Check("district compactness", PlanChecks::districtCompactness),
      new Check("tag spread (习惯相近)", PlanChecks::tagSpread),
      new Check("stability", PlanChecks::stability));

  static void township(PlanIndex plan, Findings out) {
    TownshipIndex township = plan.township;
    if (!plan.plan.township().equals(township.township.id())) {
      String ours = plan.plan.township().value();
      String theirs = township.township.id().value();
      out.add(PartitionRule.PLAN_TOWNSHIP, List.of(ours, theirs),
          ViolationTexts.planTownship(ours, theirs, township.township.name()));
    }
  }

  static void gridsWellFormed(PlanIndex plan, Findings out) {
    for (int i = 0; i < plan.grids.size(); i++) {
      String grid = plan.gridId(i);
      if (plan.gridCopies[i] > 1) {
        out.add(PartitionRule.GRID_ID_DUPLICATE, List.of(grid), ViolationTexts.gridIdDuplicate(grid,
            plan.gridCopies[i]));
      }
      if (plan.grids.get(i).units().isEmpty()) {
        out.add(PartitionRule.GRID_EMPTY, List.of(grid), ViolationTexts.gridEmpty(grid));
      }
      TreeSet<String> unknown = plan.gridUnknownIds.get(i);
      if (!unknown.isEmpty()) {
        List<String> subjects = new ArrayList<>();
        subjects.add(grid);
        subjects.addAll(unknown);
        out.add(PartitionRule.UNKNOWN_ID, subjects,
            ViolationTexts.unknownId(grid, List.copyOf(unknown), plan.township.township.id().value()));
      }
      TreeSet<String> repeated = plan.gridRepeatedUnits.get(i);
      if (!repeated.isEmpty()) {
        List<String> subjects = new ArrayList<>();
        subjects.add(grid);
        subjects.addAll(repeated);
        out.add(PartitionRule.GRID_UNIT_REPEATED, subjects, ViolationTexts.gridUnitRepeated(grid,
            List.copyOf(repeated)));
      }
    }
  }

  static void unitsInGrids(PlanIndex plan, Findings out) {
    TownshipIndex township = plan.township;
    for (int v = 0; v < township.villageCount(); v++) {
      List<String> missing = new ArrayList<>();
      for (int u : township.villageUnits[v]) {
        if (plan.unitGrid[u] < 0) {
          missing.add(township.unitIds[u].value());
        }
      }
      if (!missing.isEmpty()) {
        out.add(PartitionRule.UNIT_UNASSIGNED, missing,
            ViolationTexts.unitUnassigned(missing, ViolationTexts.village(township, v)));
      }
    }
    for (Map.Entry<Integer, TreeSet<Integer>> entry : plan.unitInGrids.entrySet()) {
      List<String> subjects = new ArrayList<>();
      subjects.add(township.unitIds[entry.getKey()].value());
      entry.getValue().forEach(i -> subjects.add(plan.gridId(i)));
      out.add(PartitionRule.UNIT_IN_TWO_GRIDS, subjects,
          ViolationTexts.unitInTwoGrids(subjects.get(0), subjects.subList(1, subjects.size())));
    }
    for (int i = 0; i < plan.grids.size(); i++) {
      int village = plan.gridVillage[i];
      if (village < 0) {
        continue;
      }
      List<String> foreign = new ArrayList<>();
      TreeSet<Integer> otherVillages = new TreeSet<>();
      for (int u : plan.gridUnits[i]) {
        if (township.unitVillage[u] != village) {
          foreign.add(township.unitIds[u].value());
          otherVillages.add(township.unitVillage[u]);
        }
      }
      if (!foreign.isEmpty()) {
        List<String> subjects = new ArrayList<>();
        subjects.add(plan.gridId(i));
        subjects.add(township.villageIds[village].value());
        subjects.addAll(foreign);
        otherVillages.forEach(v -> subjects.add(township.villageIds[v].value()));
        out.add(PartitionRule.GRID_CROSSES_VILLAGE, subjects, ViolationTexts.gridCrossesVillage(plan.gridId(i),
            ViolationTexts.village(township, village), foreign, otherVillages.stream()
                .map(v -> ViolationTexts.village(township, v)).collect(Collectors.joining(", "))));
      }
    }
  }

  static void gridCount(PlanIndex plan, Findings out) {
    TownshipIndex township = plan.township;
    for (int v = 0; v < township.villageCount(); v++) {
      int households = township.villageHouseholds[v];
      int k = plan.policy.gridsFor(households);
      if (plan.villageGridCount[v] != k) {
        out.add(PartitionRule.GRID_COUNT, List.of(township.villageIds[v].value()),
            ViolationTexts.gridCount(ViolationTexts.village(township, v), households, k,
                plan.policy.targetHouseholds(), plan.villageGridCount[v], township.villageUnits[v].length));
      }
    }
  }

  static void gridsConnected(PlanIndex plan, Findings out) {
    TownshipIndex township = plan.township;
    if (!township.adjacencyKnown) {
      return;
    }
    for (int i = 0; i < plan.grids.size(); i++) {
      int[] members = plan.gridUnits[i];
      if (members.length < 2) {
        continue;
      }
      List<int[]> pieces = IntGraph.components(members, township.unitNeighbours,
          u -> Arrays.binarySearch(members, u) >= 0);
      if (pieces.size() > 1) {
        List<String> subjects = new ArrayList<>();
        subjects.add(plan.gridId(i));
        int v = plan.gridVillage[i];
        if (v >= 0) {
          subjects.add(township.villageIds[v].value());
        }
        List<String> texts = pieces.stream().map(piece -> Arrays.stream(piece)
            .mapToObj(u -> township.unitIds[u].value()).collect(Collectors.joining(", "))).toList();
        // Where the village itself is in more pieces than its grids, no plan can do better: say so.
        int hopeless = v >= 0 && plan.villagePieces[v] > Math.max(plan.villageGridCount[v], 1)
            ? plan.villagePieces[v] : 0;
        out.add(PartitionRule.GRID_CONTIGUOUS, subjects, ViolationTexts.gridContiguous(plan.gridId(i),
            v >= 0 ? ViolationTexts.village(township, v) : null, texts, hopeless,
            v >= 0 ? plan.villageGridCount[v] : 0));
      }
    }
  }

  static void districtsWellFormed(PlanIndex plan, Findings out) {
    int d = plan.districts.size();
    for (int j = 0; j < d; j++) {
      String district = plan.districtId(j);
      if (plan.districtCopies[j] > 1) {
        out.add(PartitionRule.DISTRICT_MALFORMED, List.of(district),
            ViolationTexts.districtIdDuplicate(district, plan.districtCopies[j]));
      }
      if (plan.districts.get(j).grids().isEmpty()) {
        out.add(PartitionRule.DISTRICT_MALFORMED, List.of(district), ViolationTexts.districtEmpty(district));
      }
      TreeSet<String> repeated = plan.districtRepeatedGrids.get(j);
      if (!repeated.isEmpty()) {
        List<String> subjects = new ArrayList<>();
        subjects.add(district);
        subjects.addAll(repeated);
        out.add(PartitionRule.DISTRICT_MALFORMED, subjects,
            ViolationTexts.districtGridRepeated(district, List.copyOf(repeated)));
      }
    }
    for (int j = 0; j < d; j++) {
      TreeSet<String> unknown = plan.districtUnknownGrids.get(j);
      if (!unknown.isEmpty()) {
        List<String> subjects = new ArrayList<>();
        subjects.add(plan.districtId(j));
        subjects.addAll(unknown);
        out.add(PartitionRule.GRID_DISTRICT, subjects,
            ViolationTexts.districtUnknownGrids(plan.districtId(j), List.copyOf(unknown)));
      }
    }
    for (int i = 0; i < plan.grids.size(); i++) {
      if (plan.gridDistrict[i] < 0) {
        out.add(PartitionRule.GRID_DISTRICT, List.of(plan.gridId(i)), ViolationTexts.gridInNoDistrict(plan.gridId(i)));
      }
    }
    for (Map.Entry<Integer, TreeSet<Integer>> entry : plan.gridInDistricts.entrySet()) {
      List<String> subjects = new ArrayList<>();
      subjects.add(plan.gridId(entry.getKey()));
      entry.getValue().forEach(j -> subjects.add(plan.districtId(j)));
      out.add(PartitionRule.GRID_DISTRICT, subjects,
          ViolationTexts.gridInTwoDistricts(subjects.get(0), subjects.subList(1, subjects.size())));
    }
  }

  static void districtsOfVillages(PlanIndex plan, Findings out) {
    TownshipIndex township = plan.township;
    for (int v = 0; v < township.villageCount(); v++) {
      TreeSet<Integer> in = plan.villageDistricts.get(v);
      if (in.size() > 1) {
        List<String> subjects = new ArrayList<>();
        subjects.add(township.villageIds[v].value());
        in.forEach(j -> subjects.add(plan.districtId(j)));
        out.add(PartitionRule.VILLAGE_ACROSS_DISTRICTS, subjects, ViolationTexts.villageAcrossDistricts(
            ViolationTexts.village(township, v), subjects.subList(1, subjects.size())));
      }
    }
    int d = plan.districts.size();
    if (township.adjacencyKnown) {
      for (int j = 0; j < d; j++) {
        TreeSet<Integer> members = plan.districtVillages.get(j);
        if (members.size() < 2) {
          continue;
        }
        int[] array = members.stream().mapToInt(Integer::intValue).toArray();
        List<int[]> pieces = IntGraph.components(array, township.villageNeighbours, members::contains);
        if (pieces.size() > 1) {
          List<String> subjects = new ArrayList<>();
          subjects.add(plan.districtId(j));
          for (int[] piece : pieces) {
            for (int v : piece) {
              subjects.add(township.villageIds[v].value());
            }
          }
          List<String> islands = new ArrayList<>();
          for (int v : array) {
            if (township.villageNeighbours[v].length == 0) {
              islands.add(ViolationTexts.village(township, v));
            }
          }
          List<String> texts = pieces.stream().map(piece -> Arrays.stream(piece)
              .mapToObj(v -> township.villageIds[v].value()).collect(Collectors.joining(", "))).toList();
          out.add(PartitionRule.DISTRICT_CONTIGUOUS, subjects,
              ViolationTexts.districtContiguous(plan.districtId(j), texts, islands));
        }
      }
    }
    if (d != plan.policy.districts()) {
      out.add(PartitionRule.DISTRICT_COUNT, List.of(township.township.id().value()),
          ViolationTexts.districtCount(d, plan.policy.districts(), township.villageCount()));
    }
  }

  static void gridBalance(PlanIndex plan, Findings out) {
    for (int i = 0; i < plan.grids.size(); i++) {
      int v = plan.gridVillage[i];
      if (v < 0 || plan.villageGridCount[v] < 2) {
        continue;
      }
      double deviation = plan.gridDeviation(i);
      if (deviation > plan.policy.gridBalanceTolerance()) {
        out.add(PartitionRule.GRID_BALANCE, List.of(plan.gridId(i), plan.township.villageIds[v].value()),
            ViolationTexts.gridBalance(plan.gridId(i), ViolationTexts.village(plan.township, v),
                plan.gridHouseholds[i], deviation, plan.evenShare(v), plan.policy.gridBalanceTolerance()));
      }
    }
  }

  static void gridCompactness(PlanIndex plan, Findings out) {
    TownshipIndex township = plan.township;
    for (int v = 0; v < township.villageCount(); v++) {
      // k grids cut at least k - 1 borders; the share counts the cuts beyond that.
      int grids = plan.villageGridCount[v];
      int unavoidable = grids - 1;
      if (grids >= 2 && township.villageInnerEdges[v] > unavoidable) {
        double share = (double) Math.max(0, plan.villageCut[v] - unavoidable)
            / (township.villageInnerEdges[v] - unavoidable);
        if (share > plan.policy.gridCutTolerance()) {
          out.add(PartitionRule.GRID_COMPACT, List.of(township.villageIds[v].value()),
              ViolationTexts.gridCompact(ViolationTexts.village(township, v), plan.villageCut[v],
                  township.villageInnerEdges[v], share, plan.policy.gridCutTolerance()));
        }
      }
    }
  }

  static void districtBalance(PlanIndex plan, Findings out) {
    double imbalance = plan.metrics.districtImbalance();
    if (plan.districts.size() > 1 && imbalance > plan.policy.districtBalanceTolerance()) {
      int max = plan.largestDistrict;
      int min = plan.smallestDistrict;
      out.add(PartitionRule.DISTRICT_BALANCE, List.of(plan.districtId(max), plan.districtId(min)),
          ViolationTexts.districtBalance(plan.districtHouseholds[min], plan.districtId(min),
              plan.districtHouseholds[max], plan.districtId(max), imbalance, plan.policy.districtBalanceTolerance()));
    }
  }

  static void districtCompactness(PlanIndex plan, Findings out) {
    TownshipIndex township = plan.township;
    if (!township.adjacencyKnown) {
      return;
    }
    for (int j = 0; j < plan.districts.size(); j++) {
      int inner = 0;
      int sharedTwice = 0;
      int boundary = 0;
      for (int v : plan.districtVillages.get(j)) {
        inner += township.villageInnerEdges[v];
        int[] neighbours = township.villageNeighbours[v];
        for (int n = 0; n < neighbours.length; n++) {
          if (plan.villageDistrict[neighbours[n]] == j) {
            sharedTwice += township.villageBorderEdges[v][n];
          } else {
            boundary += township.villageBorderEdges[v][n];
          }
        }
      }
      int all = inner + sharedTwice / 2 + boundary;
      double share = all == 0 ? 0 : (double) boundary / all;
      if (plan.districtVillages.get(j).size() > 1 && share > plan.policy.districtBoundaryTolerance()) {
        out.add(PartitionRule.DISTRICT_COMPACT, List.of(plan.districtId(j)),
            ViolationTexts.districtCompact(plan.districtId(j), share, plan.policy.districtBoundaryTolerance()));
      }
    }
  }

  /**
   * For each tag, each cluster of neighbouring villages sharing it (a piece of the village graph restricted to the
   * tag) should lie in as few districts as its households need, plus the tolerance; villages far apart cannot be
   * kept together, so they are not counted against the plan.
   */
  static void tagSpread(PlanIndex plan, Findings out) {
    TownshipIndex township = plan.township;
    int d = plan.districts.size();
    if (township.tags.length == 0 || d == 0) {
      return;
    }
    long total = 0;
    for (long h : plan.districtHouseholds) {
      total += h;
    }
    double mean = Math.max(1, (double) total / d);
    int[] all = new int[township.villageCount()];
    for (int v = 0; v < all.length; v++) {
      all[v] = v;
    }
    int[][] neighbours = township.adjacencyKnown ? township.villageNeighbours : new int[all.length][0];
    for (int t = 0; t < township.tags.length; t++) {
      final int tag = t;
      List<int[]> clusters = IntGraph.components(all, neighbours,
          v -> Arrays.binarySearch(township.villageTags[v], tag) >= 0);
      for (int[] cluster : clusters) {
        long tagged = 0;
        TreeSet<Integer> in = new TreeSet<>();
        List<String> subjects = new ArrayList<>();
        for (int v : cluster) {
          tagged += township.villageHouseholds[v];
          subjects.add(township.villageIds[v].value());
          if (plan.villageDistrict[v] >= 0) {
            in.add(plan.villageDistrict[v]);
          }
        }
        long needed = Math.max(1, (long) Math.ceil(tagged / mean));
        if (in.size() > needed + plan.policy.tagSpreadTolerance()) {
          out.add(PartitionRule.TAG_SPREAD, subjects, ViolationTexts.tagSpread(cluster.length, township.tags[t],
              in.size(), needed, plan.policy.tagSpreadTolerance()));
        }
      }
    }
  }

  static void stability(PlanIndex plan, Findings out) {
    TownshipIndex township = plan.township;
    int moved = plan.metrics.movedVillages();
    if (plan.policy.keepExisting() && !township.township.existingDistricts().isEmpty()
        && moved > plan.policy.movedVillagesTolerance() * township.villageCount()) {
      out.add(PartitionRule.STABILITY, List.of(township.township.id().value()),
          ViolationTexts.stability(moved, township.villageCount(), plan.policy.movedVillagesTolerance()));
    }
  }
}
