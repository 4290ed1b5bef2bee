package org.grid.core.model.partition;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact search of district groupings for small townships: every connected set of villages whose households could
 * be a district of a better plan is listed, then exact covers of the villages by such sets are searched by branch
 * and bound (the set holding the smallest uncovered village is chosen next; the remaining pieces must each have
 * room for a whole number of districts).
 *
 * <p>Fresh mode minimises the range (max - min) of district households; keep mode, with every current 片区 as a
 * label, minimises the villages moved subject to a range within the tolerance. The search stops after a fixed
 * budget of nodes (the same on every run), keeping the best cover found; it improves on the local search's plan or
 * leaves it as it is.
 */
final class ExactDistricts {

  /** Nodes of the search before it stops with the best found: fixed, so plans are deterministic. */
  static final long NODE_BUDGET = 400_000;
  /** Candidate sets listed at most; beyond, the search is not tried. */
  static final int MAX_SETS = 200_000;
  /** Most districts searched exactly (the keep mode's labelling is exponential in them). */
  static final int MAX_PARTS = 16;

  private final int n;
  private final int[] weight;
  private final long[] masks;
  private final int parts;
  private final long total;
  private final int[] home;
  private final long[] homeMask;
  private List<List<long[]>> byFirst;
  private long nodes;
  private long bestRange;
  private int bestMoved;
  private long[] chosen;
  private long[] bestSets;
  private int[] bestLabels;
  private long low;
  private long high;

  private ExactDistricts(TownshipIndex index, int parts, int[] home) {
    this.n = index.villageCount();
    this.weight = index.villageHouseholds;
    this.masks = new long[n];
    for (int v = 0; v < n; v++) {
      for (int o : index.villageNeighbours[v]) {
        masks[v] |= 1L << o;
      }
    }
    this.parts = parts;
    long sum = 0;
    for (int w : weight) {
      sum += w;
    }
    this.total = sum;
    this.home = home;
    this.homeMask = new long[parts];
    if (home != null) {
      for (int v = 0; v < n; v++) {
        if (home[v] >= 0 && home[v] < parts) {
          homeMask[home[v]] |= 1L << v;
        }
      }
    }
  }

  /**
   * Improves a fresh grouping; returns the better labels, or null when none better was found.
   *
   * @param start the local search's labels, districts 0..parts-1, all connected
   */
  static int[] fresh(TownshipIndex index, int parts, int[] start) {
    if (!applicable(index, parts)) {
      return null;
    }
    ExactDistricts search = new ExactDistricts(index, parts, null);
    long range = search.range(start);
    search.bestRange = range;
    double mean = (double) search.total / parts;
    search.low = (long) Math.floor(mean - range) + 1;
    search.high = (long) Math.ceil(mean + range) - 1;
    return search.run() ? search.labels() : null;
  }

  /**
   * Keeps the current 片区 as well as it can: returns labels whose range is within {@code tolerance} households and
   * that move fewer villages than {@code start} (or reach the tolerance {@code start} misses), or null.
   */
  static int[] keep(TownshipIndex index, int parts, int[] start, int[] home, long tolerance) {
    if (!applicable(index, parts)) {
      return null;
    }
    ExactDistricts search = new ExactDistricts(index, parts, home);
    search.bestRange = tolerance + 1;
    search.bestMoved = search.range(start) <= tolerance ? search.moved(start) : Integer.MAX_VALUE;
    double mean = (double) search.total / parts;
    search.low = (long) Math.ceil(mean - tolerance);
    search.high = (long) Math.floor(mean + tolerance);
    return search.run() ? search.labels() : null;
  }

  static boolean applicable(TownshipIndex index, int parts) {
    return index.adjacencyKnown && parts >= 2 && parts <= MAX_PARTS && index.villageCount() <= 63
        && index.villageCount() >= parts;
  }

  private boolean run() {
    byFirst = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      byFirst.add(new ArrayList<>());
    }
    int[] count = {0};
    // Each connected set of villages whose households lie in [low, high], listed under its smallest village.
    IntGraph.SubsetVisitor collect = (set, sum) -> {
      if (sum >= low) {
        if (++count[0] > MAX_SETS) {
          return false;
        }
        byFirst.get(Long.numberOfTrailingZeros(set)).add(new long[] {set, sum});
      }
      return true;
    };
    for (int v = 0; v < n; v++) {
      long before = (1L << v) - 1;
      if (!IntGraph.connectedSubsets(1L << v, weight[v], masks[v] & ~before, before, -1L, masks, weight, high,
          collect)) {
        return false;
      }
    }
    double mean = (double) total / parts;
    for (List<long[]> sets : byFirst) {
      sets.sort((a, b) -> {
        int c = home == null ? 0 : Integer.compare(leastCost(a[0]), leastCost(b[0]));
        if (c == 0) {
          c = Double.compare(Math.abs(a[1] - mean), Math.abs(b[1] - mean));
        }
        return c != 0 ? c : Long.compare(a[0], b[0]);
      });
    }
    chosen = new long[parts];
    cover((1L << n) - 1, 0, Long.MAX_VALUE, Long.MIN_VALUE, 0);
    return bestSets != null;
  }

  private void cover(long remaining, int depth, long min, long max, int moved) {
    if (++nodes > NODE_BUDGET) {
      return;
    }
    if (remaining == 0) {
      if (depth != parts) {
        return;
      }
      long range = max - min;
      if (home == null) {
        if (range < bestRange) {
          bestRange = range;
          bestSets = chosen.clone();
        }
        return;
      }
      int[] labels = new int[parts];
      int cost = assign(labels);
      if (cost < bestMoved) {
        bestMoved = cost;
        bestSets = chosen.clone();
        bestLabels = labels;
      }
      return;
    }
    if (depth == parts) {
      return;
    }
    int first = Long.numberOfTrailingZeros(remaining);
    for (long[] candidate : byFirst.get(first)) {
      long set = candidate[0];
      if ((set & remaining) != set) {
        continue;
      }
      long s = candidate[1];
      long nmin = Math.min(min, s);
      long nmax = Math.max(max, s);
      if (nmax - nmin >= bestRange) {
        continue;
      }
      long rest = remaining & ~set;
      if (!roomFor(rest, parts - depth - 1, nmin, nmax)) {
        continue;
      }
      chosen[depth] = set;
      if (home == null) {
        cover(rest, depth + 1, nmin, nmax, 0);
      } else {
        int bound = moved + leastCost(set);
        if (bound < bestMoved) {
          cover(rest, depth + 1, nmin, nmax, bound);
        }
      }
      if (nodes > NODE_BUDGET) {
        return;
      }
    }
  }

  /**
   * The cheapest way to give the chosen sets distinct current 片区 labels (villages moved), by dynamic programming
   * over the sets of labels used; fills {@code labels}.
   */
  private int assign(int[] labels) {
    int full = 1 << parts;
    int[] cost = new int[full];
    int[] choice = new int[full];
    java.util.Arrays.fill(cost, Integer.MAX_VALUE);
    cost[0] = 0;
    for (int used = 0; used < full; used++) {
      if (cost[used] == Integer.MAX_VALUE) {
        continue;
      }
      int set = Integer.bitCount(used);
      if (set == parts) {
        continue;
      }
      for (int label = 0; label < parts; label++) {
        if ((used & (1 << label)) == 0) {
          int next = used | (1 << label);
          int c = cost[used] + Long.bitCount(chosen[set] & ~homeMask[label] & homed());
          if (c < cost[next]) {
            cost[next] = c;
            choice[next] = label;
          }
        }
      }
    }
    int used = full - 1;
    for (int set = parts - 1; set >= 0; set--) {
      labels[set] = choice[used];
      used &= ~(1 << choice[used]);
    }
    return cost[full - 1];
  }

  /** Villages of the set that would move under the label that keeps most of them home. */
  private int leastCost(long set) {
    int best = Integer.MAX_VALUE;
    for (int label = 0; label < parts; label++) {
      best = Math.min(best, Long.bitCount(set & ~homeMask[label] & homed()));
    }
    return best;
  }

  private long homedMask = -2;

  private long homed() {
    if (homedMask == -2) {
      homedMask = 0;
      for (long mask : homeMask) {
        homedMask |= mask;
      }
    }
    return homedMask;
  }

  /** Each piece of {@code rest} must take a whole number of districts with sums in the window left open. */
  private boolean roomFor(long rest, int left, long min, long max) {
    if (rest == 0) {
      return left == 0;
    }
    if (left == 0) {
      return false;
    }
    // A district holds at least one village, so at least one household: the window never opens below 1 (a lower
    // bound of 0 divided by zero below when a township made the best range wide, e.g. islands and broken borders).
    long lo = Math.max(1, Math.max(low, max - bestRange + 1));
    long hi = Math.min(high, min + bestRange - 1);
    if (lo > hi) {
      return false;
    }
    long need = 0;
    long room = 0;
    long todo = rest;
    while (todo != 0) {
      long piece = IntGraph.reach(todo & -todo, todo, masks);
      todo &= ~piece;
      long s = 0;
      for (long p = piece; p != 0; p &= p - 1) {
        s += weight[Long.numberOfTrailingZeros(p)];
      }
      long minParts = (s + hi - 1) / hi;
      long maxParts = Math.min(Long.bitCount(piece), s / lo);
      if (minParts > maxParts) {
        return false;
      }
      need += minParts;
      room += maxParts;
    }
    return need <= left && left <= room;
  }

  private long range(int[] label) {
    long[] sums = new long[parts];
    for (int v = 0; v < n; v++) {
      sums[label[v]] += weight[v];
    }
    long max = Long.MIN_VALUE;
    long min = Long.MAX_VALUE;
    for (long s : sums) {
      max = Math.max(max, s);
      min = Math.min(min, s);
    }
    return max - min;
  }

  private int moved(int[] label) {
    int count = 0;
    for (int v = 0; v < n; v++) {
      if (home[v] >= 0 && label[v] != home[v]) {
        count++;
      }
    }
    return count;
  }

  private int[] labels() {
    int[] label = new int[n];
    for (int d = 0; d < parts; d++) {
      int l = home == null ? d : bestLabels[d];
      for (long p = bestSets[d]; p != 0; p &= p - 1) {
        label[Long.numberOfTrailingZeros(p)] = l;
      }
    }
    return label;
  }
}
