package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.ExistingDistrict;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * The partition planner (网格划分): cuts each village into responsibility grids (职责网格) and groups the villages
 * into district grids (片区网格) by the rules of a {@link PartitionPolicy}.
 *
 * <ul>
 *   <li>A village of {@code h} households gets {@code k = policy.gridsFor(h)} connected grids with households as
 *       even as possible: the largest relative deviation from {@code h / k} is minimised, then the number of cut
 *       unit borders. Villages of at most {@link PartitionPolicy#exactSearchMaxUnits()} units get the exact optimum
 *       (or, where the search would take more than a fixed budget of 100,000 steps, as in a village whose units all
 *       border each other, the best split found within it; the villages of a plan share 5,000,000 steps, after which
 *       they get the heuristic's split); larger ones a heuristic (region growing and local
 *       search) that keeps every grid connected whenever the village allows it.
 *   <li>Villages are grouped into {@link PartitionPolicy#districts()} connected districts, balanced by households,
 *       compact, and keeping villages with shared tags together where balance allows; with
 *       {@link PartitionPolicy#keepExisting()}, the township's current 片区 are kept and only the villages needed
 *       to mend contiguity and balance are moved (when the township has as many current 片区 as the policy asks
 *       districts; otherwise the districts are planned afresh and named after the current ones they overlap most).
 * </ul>
 *
 * <p>The planner never throws for a well-formed township: where the township makes a hard rule impossible (a
 * village in pieces, a unit too big to share a village's grids, an island village, fewer villages than districts)
 * it returns its best plan and the validation names each broken rule and why. The plan depends only on the
 * township's content and the policy, never on the order villages, units or borders were listed in.
 *
 * <p>Grid ids are the village id, {@code -N} and the grid's number (grids numbered in order of their smallest unit
 * id); fresh district ids take the ids of the current 片区 they overlap most (then any current id left over), or
 * else {@code <township>-D<n>}.
 * Instances are immutable and thread-safe.
 */
public final class PartitionPlanner {

  private PartitionPlanner() {}

  /**
   * Returns a planner.
   *
   * @return a planner
   */
  public static PartitionPlanner create() {
    return new PartitionPlanner();
  }

  /**
   * Plans a township.
   *
   * @param township the township, not null
   * @param policy the policy, not null
   * @return the best plan found and its validation (metrics and every violation)
   * @throws NullPointerException if an argument is null
   */
  public PlanResult plan(Township township, PartitionPolicy policy) {
    requireNonNull(township, "township");
    requireNonNull(policy, "policy");
    TownshipIndex index = TownshipIndex.of(township);

    List<Grid> grids = new ArrayList<>();
    List<List<GridId>> gridsOfVillage = new ArrayList<>();
    VillageSplitter.StepBudget exactSteps = new VillageSplitter.StepBudget(VillageSplitter.TOWNSHIP_BUDGET);
    for (int v = 0; v < index.villageCount(); v++) {
      int k = policy.gridsFor(index.villageHouseholds[v]);
      int[] part = VillageSplitter.split(index, v, k, policy.exactSearchMaxUnits(), exactSteps);
      int count = Arrays.stream(part).max().orElse(-1) + 1;
      List<List<UnitId>> members = new ArrayList<>();
      for (int p = 0; p < count; p++) {
        members.add(new ArrayList<>());
      }
      int[] units = index.villageUnits[v];
      for (int i = 0; i < units.length; i++) {
        members.get(part[i]).add(index.unitIds[units[i]]);
      }
      List<GridId> ids = new ArrayList<>();
      for (int p = 0; p < count; p++) {
        GridId id = GridId.of(index.villageIds[v].value() + "-N" + (p + 1));
        grids.add(Grid.of(id, index.villageIds[v], members.get(p)));
        ids.add(id);
      }
      gridsOfVillage.add(ids);
    }

    List<ExistingDistrict> existing = new ArrayList<>(township.existingDistricts());
    existing.sort((a, b) -> a.id().compareTo(b.id()));
    int[] districtOf;
    DistrictId[] ids;
    // Keeping the current 片区 only makes sense with as many districts as the policy asks; otherwise the plan is
    // made afresh, its districts named after the current ones they overlap most, and movedVillages says the cost.
    if (policy.keepExisting() && existing.size() == policy.districts()) {
      int[] current = current(index, existing);
      districtOf = DistrictGrouper.keep(index, current, existing.size(), policy.districtBalanceTolerance());
      ids = existing.stream().map(ExistingDistrict::id).toArray(DistrictId[]::new);
    } else {
      districtOf = DistrictGrouper.fresh(index, policy.districts(), policy.districtBalanceTolerance());
      ids = freshIds(index, districtOf, existing);
    }

    // Districts in order of their smallest village id, grids in village order.
    int count = ids.length;
    List<List<GridId>> districtGrids = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      districtGrids.add(new ArrayList<>());
    }
    List<Integer> order = new ArrayList<>();
    for (int v = 0; v < index.villageCount(); v++) {
      int d = districtOf[v];
      if (districtGrids.get(d).isEmpty()) {
        order.add(d);
      }
      districtGrids.get(d).addAll(gridsOfVillage.get(v));
    }
    List<District> districts = new ArrayList<>();
    for (int d : order) {
      districts.add(District.of(ids[d], districtGrids.get(d)));
    }
    Plan plan = Plan.of(township.id(), policy, grids, districts);
    return new PlanResult(plan, PlanValidator.create().validate(index, plan));
  }

  private static int[] current(TownshipIndex index, List<ExistingDistrict> existing) {
    int[] current = new int[index.villageCount()];
    Arrays.fill(current, -1);
    for (int d = 0; d < existing.size(); d++) {
      for (VillageId village : existing.get(d).villages()) {
        current[index.village(village)] = d;
      }
    }
    return current;
  }

  /** Names fresh districts after the current 片区 they overlap most (greedily), others {@code <township>-D<n>}. */
  private static DistrictId[] freshIds(TownshipIndex index, int[] districtOf, List<ExistingDistrict> existing) {
    int count = Arrays.stream(districtOf).max().orElse(-1) + 1;
    DistrictId[] ids = new DistrictId[count];
    int[] current = current(index, existing);
    long[][] overlap = new long[count][existing.size()];
    for (int v = 0; v < index.villageCount(); v++) {
      if (current[v] >= 0) {
        overlap[districtOf[v]][current[v]] += index.villageHouseholds[v];
      }
    }
    boolean[] taken = new boolean[existing.size()];
    while (true) {
      int bestD = -1;
      int bestE = -1;
      for (int d = 0; d < count; d++) {
        if (ids[d] != null) {
          continue;
        }
        for (int e = 0; e < existing.size(); e++) {
          if (!taken[e] && overlap[d][e] > 0 && (bestD < 0 || overlap[d][e] > overlap[bestD][bestE])) {
            bestD = d;
            bestE = e;
          }
        }
      }
      if (bestD < 0) {
        break;
      }
      ids[bestD] = existing.get(bestE).id();
      taken[bestE] = true;
    }
    Set<DistrictId> used = new HashSet<>();
    existing.forEach(e -> used.add(e.id()));
    // Unnamed districts, in order of their smallest village, take the current ids left over (in id order), then
    // the lowest free numbers.
    int spare = 0;
    int number = 1;
    for (int v = 0; v < index.villageCount(); v++) {
      int d = districtOf[v];
      if (ids[d] != null) {
        continue;
      }
      while (spare < existing.size() && taken[spare]) {
        spare++;
      }
      if (spare < existing.size()) {
        ids[d] = existing.get(spare).id();
        taken[spare] = true;
        continue;
      }
      DistrictId id;
      do {
        id = DistrictId.of(freshName(index, number++));
      } while (used.contains(id));
      ids[d] = id;
    }
    return ids;
  }

  private static String freshName(TownshipIndex index, int number) {
    String base = index.township.id().value();
    String suffix = "-D" + number;
    if (base.length() + suffix.length() > 64) {
      base = base.substring(0, 64 - suffix.length()).strip();
    }
    return base + suffix;
  }
}
