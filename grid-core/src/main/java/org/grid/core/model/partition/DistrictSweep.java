package org.grid.core.model.partition;

import java.util.Arrays;

/**
 * The sweep of fresh district grouping (片区划分): the best grouping whose districts are runs of consecutive
 * villages along an end-to-end order of the township, found exactly. Chain-like townships (villages along a valley
 * or a road) have their best districts among such runs, where local search from random seeds is hit and miss.
 */
final class DistrictSweep {

  private final int villages;
  private final int parts;
  private final int[] weight;
  private final int[][] neighbours;

  private DistrictSweep(TownshipIndex index, int parts) {
    this.villages = index.villageCount();
    this.parts = parts;
    this.weight = index.villageHouseholds;
    this.neighbours = index.villageNeighbours;
  }

  /** Most villages for the sweep: its tables grow with the square of the villages. */
  static final int SWEEP_MAX_VILLAGES = 200;

  /**
   * The sweep: the best grouping whose districts are runs of consecutive villages along one of the end-to-end orders
   * of {@link IntGraph#sweepOrders} (breadth-first from an end, by distance from that end, by id), each run
   * connected. On
   * chain-like townships, where districts are such runs, it finds the lowest range exactly: for each lower bound L
   * of district households (ascending; the sums of runs within the incumbent's range of the mean), the least upper
   * bound U for which the villages cut into runs with sums in [L, U] (found by two pointers, U never falls as L
   * rises). Returns {@code incumbent} unless a strictly lower range is found.
   */
  static int[] sweep(TownshipIndex index, int parts, int[] incumbent) {
    DistrictSweep sweep = new DistrictSweep(index, parts);
    if (parts < 2 || sweep.villages <= parts || sweep.villages > SWEEP_MAX_VILLAGES || parts > 62
        || !index.adjacencyKnown || !IntGraph.connected(sweep.villages, sweep.neighbours)) {
      return incumbent;
    }
    int[] best = incumbent;
    for (int[] order : IntGraph.sweepOrders(sweep.neighbours)) {
      best = sweep.along(best, order);
    }
    return best;
  }

  /** The sweep along one order of the villages. */
  private int[] along(int[] incumbent, int[] order) {
    int[] position = new int[villages];
    long[] prefix = new long[villages + 1];
    for (int p = 0; p < villages; p++) {
      position[order[p]] = p;
      prefix[p + 1] = prefix[p] + weight[order[p]];
    }
    long incumbentRange = rangeOf(incumbent);
    double mean = (double) prefix[villages] / parts;
    // run[i][j - i]: villages at positions i..j are connected; found growing each run with a union-find.
    boolean[][] run = new boolean[villages][];
    int[] root = new int[villages];
    java.util.TreeSet<Long> candidates = new java.util.TreeSet<>();
    for (int i = 0; i < villages; i++) {
      run[i] = new boolean[villages - i];
      int pieces = 0;
      for (int j = i; j < villages; j++) {
        root[j] = j;
        pieces++;
        for (int o : neighbours[order[j]]) {
          int q = position[o];
          if (q >= i && q < j) {
            int a = find(root, q);
            int b = find(root, j);
            if (a != b) {
              root[a] = b;
              pieces--;
            }
          }
        }
        run[i][j - i] = pieces == 1;
        long sum = prefix[j + 1] - prefix[i];
        if (pieces == 1 && Math.abs(sum - mean) < incumbentRange) {
          candidates.add(sum);
        }
      }
    }
    long[] values = candidates.stream().mapToLong(Long::longValue).toArray();
    long bestRange = incumbentRange;
    long bestLow = -1;
    long bestHigh = -1;
    int j = 0;
    for (int i = 0; i < values.length; i++) {
      j = Math.max(j, i);
      while (j < values.length && values[j] - values[i] < bestRange && !cuts(values[i], values[j], prefix, run)) {
        j++;
      }
      if (j == values.length) {
        break;
      }
      if (values[j] - values[i] < bestRange) {
        bestRange = values[j] - values[i];
        bestLow = values[i];
        bestHigh = values[j];
      }
    }
    if (bestLow < 0) {
      return incumbent;
    }
    // Cut again, recording a run ending at each position, then read the runs back from the end.
    long[] reach = reach(bestLow, bestHigh, prefix, run);
    int[] result = new int[villages];
    int end = villages;
    for (int d = parts - 1; d >= 0; d--) {
      int start = end - 1;
      while (!(fits(start, end - 1, bestLow, bestHigh, prefix, run) && (reach[start] & (1L << d)) != 0)) {
        start--;
      }
      for (int p = start; p < end; p++) {
        result[order[p]] = d;
      }
      end = start;
    }
    return result;
  }

  private static int find(int[] root, int x) {
    while (root[x] != x) {
      root[x] = root[root[x]];
      x = root[x];
    }
    return x;
  }

  private boolean fits(int i, int j, long low, long high, long[] prefix, boolean[][] run) {
    long sum = prefix[j + 1] - prefix[i];
    return sum >= low && sum <= high && run[i][j - i];
  }

  /** Tells whether the villages cut into exactly {@code parts} connected runs with sums in [low, high]. */
  private boolean cuts(long low, long high, long[] prefix, boolean[][] run) {
    return (reach(low, high, prefix, run)[villages] & (1L << parts)) != 0;
  }

  /** For each position p, bit c set when the first p villages cut into c connected runs with sums in [low, high]. */
  private long[] reach(long low, long high, long[] prefix, boolean[][] run) {
    long[] reach = new long[villages + 1];
    reach[0] = 1;
    long limit = (1L << (parts + 1)) - 1;
    int first = 0;
    for (int p = 1; p <= villages; p++) {
      // Runs ending at p - 1 start at i with prefix[p] - high <= prefix[i] <= prefix[p] - low.
      while (prefix[p] - prefix[first] > high) {
        first++;
      }
      long mask = 0;
      for (int i = first; i < p && prefix[p] - prefix[i] >= low; i++) {
        if (reach[i] != 0 && run[i][p - 1 - i]) {
          mask |= reach[i] << 1;
        }
      }
      reach[p] = mask & limit;
    }
    return reach;
  }

  private long rangeOf(int[] labels) {
    long[] totals = new long[parts];
    for (int v = 0; v < villages; v++) {
      totals[labels[v]] += weight[v];
    }
    return Arrays.stream(totals).max().getAsLong() - Arrays.stream(totals).min().getAsLong();
  }
}
