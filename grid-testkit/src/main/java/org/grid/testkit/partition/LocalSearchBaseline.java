package org.grid.testkit.partition;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.Plan;

/**
 * A plain local search for district grouping (片区划分), the yardstick the planner's grouper must never lose to:
 * from each of a number of random starts (300 by default), districts grow from distinct random seed villages (the
 * lightest district that can grow takes a random neighbouring village still free), then single boundary villages
 * move to a neighbouring district, one at a time in random order, whenever the move lowers the district imbalance
 * {@code (max - min) / mean} and leaves the village's district connected; the start with the lowest imbalance wins.
 *
 * <p>It regroups the grids of a plan the planner made: the village split (the grids) stays as it is, each village
 * with all its grids goes to one district (rule 4), and there are as many districts as the plan has. So comparing
 * its imbalance with the planner's compares only the grouping of villages into districts. The result depends only
 * on the township, the plan and the seed. Calls are independent and may run on several threads at once: each makes
 * its own {@link Random} from the seed.
 */
public final class LocalSearchBaseline {

  /** The number of random starts of {@link #regroup(Township, Plan, long)}: {@value}. */
  public static final int RESTARTS = 300;

  private final int villages;
  private final long[] weight;
  private final int[][] neighbours;
  private final int parts;
  private final Random random;
  private final int[] label;
  private final long[] sums;
  private final int[] sizes;
  private final int[] seen;
  private int stamp;

  private LocalSearchBaseline(long[] weight, int[][] neighbours, int parts, Random random) {
    this.villages = weight.length;
    this.weight = weight;
    this.neighbours = neighbours;
    this.parts = parts;
    this.random = random;
    this.label = new int[villages];
    this.sums = new long[parts];
    this.sizes = new int[parts];
    this.seen = new int[villages];
  }

  /**
   * Regroups a plan's villages into the same number of districts with {@value #RESTARTS} random starts.
   *
   * @param township the township the plan is for, not null
   * @param plan a plan of the township with at least one district, every unit in a grid of its own village
   * @param seed the seed of the random starts; the same seed gives the same plan
   * @return a plan with the same grids and district ids, the districts regrouped
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the plan has no district
   */
  public static Plan regroup(Township township, Plan plan, long seed) {
    return regroup(township, plan, seed, RESTARTS);
  }

  /**
   * Regroups a plan's villages into the same number of districts with the given number of random starts.
   *
   * @param township the township the plan is for, not null
   * @param plan a plan of the township with at least one district, every unit in a grid of its own village
   * @param seed the seed of the random starts; the same seed gives the same plan
   * @param restarts the number of random starts, at least 1
   * @return a plan with the same grids and district ids, the districts regrouped
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the plan has no district or {@code restarts} is less than 1
   */
  public static Plan regroup(Township township, Plan plan, long seed, int restarts) {
    requireNonNull(township, "township");
    requireNonNull(plan, "plan");
    if (plan.districts().isEmpty()) {
      throw new IllegalArgumentException("plan must have at least one district");
    }
    if (restarts < 1) {
      throw new IllegalArgumentException("restarts must be at least 1, was " + restarts);
    }
    List<Village> villages = new ArrayList<>(township.villages());
    villages.sort((a, b) -> a.id().compareTo(b.id()));
    Map<UnitId, Integer> villageOfUnit = new HashMap<>();
    long[] weight = new long[villages.size()];
    for (int v = 0; v < villages.size(); v++) {
      for (Unit unit : villages.get(v).units()) {
        villageOfUnit.put(unit.id(), v);
        weight[v] += unit.households();
      }
    }
    List<TreeMap<Integer, Boolean>> adjacent = new ArrayList<>();
    for (int v = 0; v < villages.size(); v++) {
      adjacent.add(new TreeMap<>());
    }
    township.unitAdjacency().edges().forEach(edge -> {
      int a = villageOfUnit.get(edge.nodeU());
      int b = villageOfUnit.get(edge.nodeV());
      if (a != b) {
        adjacent.get(a).put(b, true);
        adjacent.get(b).put(a, true);
      }
    });
    int[][] neighbours = new int[villages.size()][];
    for (int v = 0; v < villages.size(); v++) {
      neighbours[v] = adjacent.get(v).keySet().stream().mapToInt(Integer::intValue).toArray();
    }
    int parts = Math.min(plan.districts().size(), villages.size());
    LocalSearchBaseline search = new LocalSearchBaseline(weight, neighbours, parts, new Random(seed));
    int[] best = null;
    long bestRange = Long.MAX_VALUE;
    for (int r = 0; r < restarts; r++) {
      search.grow();
      search.descend();
      long range = search.range();
      if (range < bestRange) {
        bestRange = range;
        best = search.label.clone();
      }
    }
    return planOf(villages, plan, best);
  }

  private static Plan planOf(List<Village> villages, Plan plan, int[] districtOf) {
    Map<VillageId, Integer> villageIndex = new HashMap<>();
    for (int v = 0; v < villages.size(); v++) {
      villageIndex.put(villages.get(v).id(), v);
    }
    List<List<GridId>> grids = new ArrayList<>();
    for (int d = 0; d < plan.districts().size(); d++) {
      grids.add(new ArrayList<>());
    }
    for (Grid grid : plan.grids()) {
      grids.get(districtOf[villageIndex.get(grid.village())]).add(grid.id());
    }
    List<District> districts = new ArrayList<>();
    for (int d = 0; d < plan.districts().size(); d++) {
      districts.add(District.of(plan.districts().get(d).id(), grids.get(d)));
    }
    return Plan.of(plan.township(), plan.policy(), plan.grids(), districts);
  }

  /** Grows one district from each of {@code parts} distinct random seed villages. */
  private void grow() {
    Arrays.fill(label, -1);
    Arrays.fill(sums, 0);
    Arrays.fill(sizes, 0);
    int[] order = permutation();
    List<List<Integer>> members = new ArrayList<>();
    for (int d = 0; d < parts; d++) {
      put(order[d], d);
      members.add(new ArrayList<>(List.of(order[d])));
    }
    int left = villages - parts;
    while (left > 0) {
      // The lightest district with a free neighbouring village takes one of them at random.
      int chosen = -1;
      List<Integer> frontier = new ArrayList<>();
      boolean[] tried = new boolean[parts];
      while (frontier.isEmpty()) {
        chosen = -1;
        for (int d = 0; d < parts; d++) {
          if (!tried[d] && (chosen < 0 || sums[d] < sums[chosen])) {
            chosen = d;
          }
        }
        if (chosen < 0) {
          break;
        }
        tried[chosen] = true;
        for (int v : members.get(chosen)) {
          for (int o : neighbours[v]) {
            if (label[o] == -1 && !frontier.contains(o)) {
              frontier.add(o);
            }
          }
        }
      }
      if (frontier.isEmpty()) {
        // A township in pieces: what no district can reach joins the lightest district.
        int lightest = 0;
        for (int d = 1; d < parts; d++) {
          if (sums[d] < sums[lightest]) {
            lightest = d;
          }
        }
        for (int v = 0; v < villages; v++) {
          if (label[v] == -1) {
            put(v, lightest);
          }
        }
        return;
      }
      int pick = frontier.get(random.nextInt(frontier.size()));
      put(pick, chosen);
      members.get(chosen).add(pick);
      left--;
    }
  }

  /** Moves of one boundary village at a time, in random order, while any lowers the range and keeps connectivity. */
  private void descend() {
    boolean improved = true;
    while (improved) {
      improved = false;
      for (int v : permutation()) {
        int a = label[v];
        if (sizes[a] < 2) {
          continue;
        }
        long before = range();
        for (int o : neighbours[v]) {
          int b = label[o];
          if (b == a) {
            continue;
          }
          move(v, b);
          boolean better = range() < before;
          move(v, a);
          if (better && staysConnected(v)) {
            move(v, b);
            improved = true;
            break;
          }
        }
      }
    }
  }

  private int[] permutation() {
    int[] order = new int[villages];
    for (int v = 0; v < villages; v++) {
      order[v] = v;
    }
    for (int i = villages - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  private void put(int v, int d) {
    label[v] = d;
    sums[d] += weight[v];
    sizes[d]++;
  }

  private void move(int v, int to) {
    int from = label[v];
    sums[from] -= weight[v];
    sizes[from]--;
    put(v, to);
  }

  /** The district range {@code max - min}; with the total and the count fixed it orders plans as the imbalance. */
  private long range() {
    long max = Long.MIN_VALUE;
    long min = Long.MAX_VALUE;
    for (int d = 0; d < parts; d++) {
      max = Math.max(max, sums[d]);
      min = Math.min(min, sums[d]);
    }
    return max - min;
  }

  /** Tells whether v's district stays connected without v (breadth-first from one of its neighbours there). */
  private boolean staysConnected(int v) {
    int d = label[v];
    int start = -1;
    for (int o : neighbours[v]) {
      if (label[o] == d) {
        start = o;
        break;
      }
    }
    if (start < 0) {
      return false;
    }
    stamp++;
    seen[v] = stamp;
    seen[start] = stamp;
    int[] queue = new int[villages];
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    int reached = 1;
    while (head < tail) {
      int x = queue[head++];
      for (int o : neighbours[x]) {
        if (label[o] == d && seen[o] != stamp) {
          seen[o] = stamp;
          queue[tail++] = o;
          reached++;
        }
      }
    }
    return reached == sizes[d] - 1;
  }
}
