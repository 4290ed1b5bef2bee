package org.grid.core.model.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The split of one village, against a brute-force oracle on villages small enough to enumerate. */
class VillageSplitterProperties {

  @Property(tries = 300)
  void theExactSplitIsAsGoodAsEveryConnectedSplit(
      @ForAll @IntRange(min = 2, max = 9) int n, @ForAll @IntRange(min = 2, max = 4) int parts, @ForAll long seed) {
    int k = Math.min(parts, n);
    int[][] graph = randomConnectedGraph(n, seed);
    int[] weight = randomWeights(n, seed);
    int[] label = VillageSplitter.split(weight, graph, k, 16);
    assertValidSplit(label, graph, k);
    VillageSplitter.Objective oracle = bruteForce(weight, graph, k);
    assertThat(VillageSplitter.objective(weight, graph, label)).isEqualTo(oracle);
  }

  @Property(tries = 200)
  void aVillageInPiecesIsSplitOptimallyWhenAConnectedSplitExists(
      @ForAll @IntRange(min = 2, max = 8) int n, @ForAll @IntRange(min = 2, max = 4) int parts, @ForAll long seed) {
    int k = Math.min(parts, n);
    int[][] graph = randomSparseGraph(n, seed);
    int[] weight = randomWeights(n, seed);
    VillageSplitter.Objective oracle = bruteForce(weight, graph, k);
    net.jqwik.api.Assume.that(oracle != null);
    int[] label = VillageSplitter.split(weight, graph, k, 16);
    assertValidSplit(label, graph, k);
    assertThat(VillageSplitter.objective(weight, graph, label)).isEqualTo(oracle);
  }

  @Property(tries = 200)
  void theHeuristicAloneKeepsEveryGridConnected(
      @ForAll @IntRange(min = 2, max = 40) int n, @ForAll @IntRange(min = 1, max = 7) int parts, @ForAll long seed) {
    int k = Math.min(parts, n);
    int[][] graph = randomConnectedGraph(n, seed);
    int[] label = VillageSplitter.split(randomWeights(n, seed), graph, k, 1);
    assertValidSplit(label, graph, k);
  }

  @Property(tries = 30)
  void sixteenUnitsAreSplitExactlyInGoodTime(
      @ForAll @IntRange(min = 2, max = 8) int k, @ForAll long seed) {
    int[][] graph = randomConnectedGraph(16, seed);
    long start = System.nanoTime();
    int[] label = VillageSplitter.split(randomWeights(16, seed), graph, k, 16);
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    assertValidSplit(label, graph, k);
  }

  @Example
  void theExactSearchOfAVillageWhoseUnitsAllBorderEachOtherStopsAtItsBudget() {
    // 16 units of 70 to 80 households, each bordering all others: millions of connected splits into 6 parts.
    int[][] graph = completeGraph(16);
    int[] weight = new Random(5).ints(16, 70, 81).toArray();
    long steps = VillageSplitter.exactSearchSteps(weight, graph, 6, 16, VillageSplitter.NODE_BUDGET);
    assertThat(steps).isEqualTo(VillageSplitter.NODE_BUDGET + 1);
    int[] label = VillageSplitter.split(weight, graph, 6, 16);
    assertValidSplit(label, graph, 6);
    assertThat(VillageSplitter.split(weight, graph, 6, 16)).isEqualTo(label);
    // The best split found within the budget: the heuristic's, or a better one.
    int[] heuristic = VillageSplitter.split(weight, graph, 6, 1);
    assertThat(VillageSplitter.Objective.ORDER.compare(
        VillageSplitter.objective(weight, graph, label), VillageSplitter.objective(weight, graph, heuristic)))
        .isLessThanOrEqualTo(0);
  }

  @Example
  void theVillagesOfAPlanShareABudgetAndThoseAfterItGetTheHeuristicsSplit() {
    int[][] graph = completeGraph(16);
    int[] weight = new Random(5).ints(16, 70, 81).toArray();
    TownshipIndex index = TownshipIndex.of(denseTownship(3, weight));
    VillageSplitter.StepBudget budget = new VillageSplitter.StepBudget(150_000);

    int[] first = VillageSplitter.split(index, 0, 6, 16, budget);
    assertThat(budget.left()).as("the first village spends its own budget").isEqualTo(50_000);
    int[] second = VillageSplitter.split(index, 1, 6, 16, budget);
    assertThat(budget.left()).as("the second the rest").isZero();
    int[] third = VillageSplitter.split(index, 2, 6, 16, budget);

    assertThat(first).isEqualTo(VillageSplitter.split(weight, graph, 6, 16));
    assertThat(second).isEqualTo(VillageSplitter.split(weight, graph, 6, 16, 50_000));
    assertThat(third).as("nothing left: the heuristic's split").isEqualTo(VillageSplitter.split(weight, graph, 6, 1));
    for (int[] label : List.of(first, second, third)) {
      assertValidSplit(label, graph, 6);
    }
  }

  /** Villages of 16 units with the given households, every unit bordering every other of its village. */
  private static Township denseTownship(int villages, int[] households) {
    Township.Builder builder = Township.builder(CountyId.of("C1"), TownshipId.of("T"), "乡");
    for (int v = 1; v <= villages; v++) {
      List<Unit> units = new ArrayList<>();
      for (int u = 1; u <= 16; u++) {
        units.add(Unit.of(UnitId.of(String.format("T-V%d-G%02d", v, u)), u + "组", households[u - 1]));
      }
      builder.village(Village.of(VillageId.of("T-V" + v), "村" + v, units));
      for (int a = 0; a < 16; a++) {
        for (int b = a + 1; b < 16; b++) {
          builder.adjacent(units.get(a).id(), units.get(b).id());
        }
      }
    }
    builder.adjacencyKnown();
    return builder.build();
  }

  @Property(tries = 60)
  void aVillageWithinTheBudgetIsSplitAsByTheUnboundedSearch(
      @ForAll @IntRange(min = 2, max = 16) int n, @ForAll @IntRange(min = 2, max = 8) int parts, @ForAll long seed) {
    int k = Math.min(parts, n);
    int[][] graph = randomConnectedGraph(n, seed);
    int[] weight = randomWeights(n, seed);
    assertThat(VillageSplitter.exactSearchSteps(weight, graph, k, 16, VillageSplitter.NODE_BUDGET))
        .isLessThanOrEqualTo(VillageSplitter.NODE_BUDGET);
    assertThat(VillageSplitter.split(weight, graph, k, 16))
        .isEqualTo(VillageSplitter.split(weight, graph, k, 16, Long.MAX_VALUE));
  }

  @Property(tries = 100)
  void aSearchCutShortKeepsTheBestSplitFoundAndIsTheSameOnEveryRun(
      @ForAll @IntRange(min = 6, max = 16) int n, @ForAll @IntRange(min = 2, max = 6) int k,
      @ForAll @IntRange(min = 0, max = 3000) int budget, @ForAll long seed) {
    int[][] graph = randomConnectedGraph(n, seed);
    int[] weight = randomWeights(n, seed);
    int[] label = VillageSplitter.split(weight, graph, k, 16, budget);
    assertValidSplit(label, graph, k);
    assertThat(VillageSplitter.split(weight, graph, k, 16, budget)).isEqualTo(label);
    int[] heuristic = VillageSplitter.split(weight, graph, k, 1);
    assertThat(VillageSplitter.Objective.ORDER.compare(
        VillageSplitter.objective(weight, graph, label), VillageSplitter.objective(weight, graph, heuristic)))
        .isLessThanOrEqualTo(0);
  }

  /** Every unit borders every other. */
  static int[][] completeGraph(int n) {
    int[][] graph = new int[n][];
    for (int i = 0; i < n; i++) {
      final int self = i;
      graph[i] = java.util.stream.IntStream.range(0, n).filter(j -> j != self).toArray();
    }
    return graph;
  }

  static void assertValidSplit(int[] label, int[][] graph, int k) {
    assertThat(Arrays.stream(label).distinct().count()).isEqualTo(k);
    for (int p = 0; p < k; p++) {
      final int part = p;
      int[] members = java.util.stream.IntStream.range(0, label.length).filter(i -> label[i] == part).toArray();
      assertThat(IntGraph.components(members, graph, i -> label[i] == part)).hasSize(1);
    }
  }

  /** A random spanning tree plus a few extra edges: connected, sparse like unit borders. */
  static int[][] randomConnectedGraph(int n, long seed) {
    Random random = new Random(seed);
    List<TreeSet<Integer>> adjacency = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      adjacency.add(new TreeSet<>());
    }
    for (int i = 1; i < n; i++) {
      int j = random.nextInt(i);
      adjacency.get(i).add(j);
      adjacency.get(j).add(i);
    }
    for (int e = 0; e < n / 2; e++) {
      int a = random.nextInt(n);
      int b = random.nextInt(n);
      if (a != b) {
        adjacency.get(a).add(b);
        adjacency.get(b).add(a);
      }
    }
    int[][] graph = new int[n][];
    for (int i = 0; i < n; i++) {
      graph[i] = adjacency.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return graph;
  }

  /** Random edges without a spanning tree: often in pieces. */
  static int[][] randomSparseGraph(int n, long seed) {
    Random random = new Random(seed);
    List<TreeSet<Integer>> adjacency = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      adjacency.add(new TreeSet<>());
    }
    for (int e = 0; e < n; e++) {
      int a = random.nextInt(n);
      int b = random.nextInt(n);
      if (a != b) {
        adjacency.get(a).add(b);
        adjacency.get(b).add(a);
      }
    }
    int[][] graph = new int[n][];
    for (int i = 0; i < n; i++) {
      graph[i] = adjacency.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return graph;
  }

  static int[] randomWeights(int n, long seed) {
    Random random = new Random(seed ^ 0x9E3779B97F4A7C15L);
    int[] weight = new int[n];
    for (int i = 0; i < n; i++) {
      weight[i] = 10 + random.nextInt(111);
    }
    return weight;
  }

  /** Tries every labelling of the units with k parts (as restricted growth strings) and keeps the best valid one. */
  static VillageSplitter.Objective bruteForce(int[] weight, int[][] graph, int k) {
    int n = weight.length;
    VillageSplitter.Objective best = null;
    int[] label = new int[n];
    int total = (int) Math.pow(k, n);
    for (int code = 0; code < total; code++) {
      int c = code;
      int max = -1;
      boolean canonical = true;
      for (int i = 0; i < n; i++) {
        label[i] = c % k;
        c /= k;
        if (label[i] > max + 1) {
          canonical = false;
          break;
        }
        max = Math.max(max, label[i]);
      }
      if (!canonical || max != k - 1) {
        continue;
      }
      boolean connected = true;
      for (int p = 0; p < k && connected; p++) {
        final int part = p;
        int[] members = java.util.stream.IntStream.range(0, n).filter(i -> label[i] == part).toArray();
        connected = IntGraph.components(members, graph, i -> label[i] == part).size() == 1;
      }
      if (!connected) {
        continue;
      }
      VillageSplitter.Objective objective = VillageSplitter.objective(weight, graph, label);
      if (best == null || VillageSplitter.Objective.ORDER.compare(objective, best) < 0) {
        best = objective;
      }
    }
    return best;
  }
}
