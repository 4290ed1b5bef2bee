package org.grid.core.model.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splits one village's units into {@code k} connected parts whose households are as even as possible: the largest
 * {@code |k * households(part) - h|} is minimised first, then the number of adjacency edges cut between parts.
 *
 * <p>Villages of at most {@code exactMax} units get the exact optimum by branch and bound over connected
 * partitions (each part grown as a connected set around the smallest unit not yet placed, parts outside the
 * current best deviation never tried, the remaining units' pieces checked for room for the remaining parts), with
 * the heuristic's answer as first bound. The search stops after {@link #NODE_BUDGET} steps (the same on every run),
 * or when the villages of the plan have spent {@link #TOWNSHIP_BUDGET} between them, keeping the best split found,
 * which is the heuristic's unless the search found a better one before it stopped.
 * Larger villages get the heuristic: region growing from spread-out seeds, then local search moving boundary units
 * while every part stays connected.
 *
 * <p>Where no connected split exists (fewer units than {@code k}, or the village in more pieces than {@code k}),
 * the split is the best-balanced possible and the validator names the broken rule. Everything works on local
 * indices {@code 0..n-1} (the village's units in id order), so the result never depends on input order.
 */
final class VillageSplitter {

  /**
   * Steps of one village's exact search before it stops with the best split found: each candidate part the search
   * lists and each branch it enters is a step. Fixed, so plans are deterministic. {@value} steps take 10 to 40 ms
   * and keep at most about 3 MB of candidate parts. The villages of the tests' and generated townships need at most
   * about 3,300, random sparse villages of 16 units at most about 11,000 and of 20 units about 65,000; a village of
   * 16 units that all border each other (or a village without adjacency) about 10 million.
   */
  static final long NODE_BUDGET = 100_000;

  /**
   * Steps of the exact search that all the villages of one plan share, in village order: once spent, the villages
   * left get the heuristic's split. Fifty villages' full budgets; a township of 400 villages of the kinds the tests
   * plan needs at most about a quarter of it (3,300 steps a village at most), so only townships of many villages
   * whose units all border each other reach it, and their plans then stay within seconds however many such villages
   * they have.
   */
  static final long TOWNSHIP_BUDGET = 50 * NODE_BUDGET;

  /** The exact-search steps the villages of one plan have left ({@link #TOWNSHIP_BUDGET}). Not thread-safe. */
  static final class StepBudget {
    private long left;

    StepBudget(long steps) {
      left = steps;
    }

    long left() {
      return left;
    }
  }

  private final int n;
  private final int[] weight;
  private final int[][] neighbours;
  private final long households;
  /** Scratch marks of {@link IntGraph#staysConnected}. */
  private final int[] seen;
  private int stamp;
  /** Steps the exact search took (0 when it did not run), at most its budget + 1. */
  private long exactSteps;

  private VillageSplitter(int[] weight, int[][] neighbours) {
    this.n = weight.length;
    this.weight = weight;
    this.neighbours = neighbours;
    long sum = 0;
    for (int w : weight) {
      sum += w;
    }
    this.households = sum;
    this.seen = new int[n];
  }

  /**
   * Splits a village of the township.
   *
   * @return for each local unit (the village's units in id order) its part, parts numbered from 0 in order of
   *     their smallest unit
   */
  static int[] split(TownshipIndex index, int village, int k, int exactMax, StepBudget budget) {
    int[] members = index.villageUnits[village];
    int size = members.length;
    int[] weight = new int[size];
    int[][] neighbours = new int[size][];
    for (int i = 0; i < size; i++) {
      weight[i] = index.unitHouseholds[members[i]];
      if (index.adjacencyKnown) {
        List<Integer> local = new ArrayList<>();
        for (int other : index.unitNeighbours[members[i]]) {
          int j = Arrays.binarySearch(members, other);
          if (j >= 0) {
            local.add(j);
          }
        }
        neighbours[i] = local.stream().mapToInt(Integer::intValue).toArray();
      } else {
        // Nothing is known to be connected, and nothing can be checked: any grouping will do, so balance alone.
        int[] all = new int[size - 1];
        for (int j = 0, f = 0; j < size; j++) {
          if (j != i) {
            all[f++] = j;
          }
        }
        neighbours[i] = all;
      }
    }
    VillageSplitter splitter = new VillageSplitter(weight, neighbours);
    long allowed = Math.min(NODE_BUDGET, budget.left);
    int[] part = splitter.split(k, exactMax, allowed);
    budget.left -= Math.min(splitter.exactSteps, allowed); // a search cut short counted the step it refused
    return part;
  }

  /** Splits local units given by their weights and neighbour lists; exposed for tests. */
  static int[] split(int[] weight, int[][] neighbours, int k, int exactMax) {
    return split(weight, neighbours, k, exactMax, NODE_BUDGET);
  }

  /** Splits local units with another budget of the exact search than {@link #NODE_BUDGET}; exposed for tests. */
  static int[] split(int[] weight, int[][] neighbours, int k, int exactMax, long budget) {
    return new VillageSplitter(weight, neighbours).split(k, exactMax, budget);
  }

  /**
   * Splits local units and returns the steps the exact search took: 0 when it did not run, {@code budget + 1} when
   * it ran out; exposed for tests.
   */
  static long exactSearchSteps(int[] weight, int[][] neighbours, int k, int exactMax, long budget) {
    VillageSplitter splitter = new VillageSplitter(weight, neighbours);
    splitter.split(k, exactMax, budget);
    return splitter.exactSteps;
  }

  /**
   * The objective of a split, lower is better in {@link #ORDER}.
   *
   * @param deviation the largest {@code |k * households(part) - h|} over the parts
   * @param cut the adjacency edges cut between parts
   */
  record Objective(long deviation, long cut) {
    /** The largest deviation first, then the cut edges. */
    static final Comparator<Objective> ORDER =
        Comparator.comparingLong(Objective::deviation).thenComparingLong(Objective::cut);
  }

  /**
   * The score of a split during local search, lower is better.
   *
   * @param deviation the largest {@code |k * households(part) - h|} over the parts
   * @param squares the sum of the squared deviations of the parts
   * @param cutChange the change in cut edges a move makes (0 for the split as it is)
   */
  record MoveScore(long deviation, long squares, long cutChange) {
    /** To balance: the largest deviation, then the squares, then the cut edges. */
    static final Comparator<MoveScore> BALANCE_FIRST = Comparator.comparingLong(MoveScore::deviation)
        .thenComparingLong(MoveScore::squares).thenComparingLong(MoveScore::cutChange);
    /** To straighten borders without losing balance: the largest deviation, then the cut edges, then the squares. */
    static final Comparator<MoveScore> CUTS_FIRST = Comparator.comparingLong(MoveScore::deviation)
        .thenComparingLong(MoveScore::cutChange).thenComparingLong(MoveScore::squares);
  }

  /** The objective of a labelling, the number of parts being the labels used. */
  static Objective objective(int[] weight, int[][] neighbours, int[] label) {
    int parts = 0;
    for (int l : label) {
      parts = Math.max(parts, l + 1);
    }
    long h = 0;
    long[] sums = new long[parts];
    for (int i = 0; i < weight.length; i++) {
      sums[label[i]] += weight[i];
      h += weight[i];
    }
    long dev = 0;
    for (long s : sums) {
      dev = Math.max(dev, Math.abs(parts * s - h));
    }
    long cut = 0;
    for (int i = 0; i < weight.length; i++) {
      for (int j : neighbours[i]) {
        if (j > i && label[i] != label[j]) {
          cut++;
        }
      }
    }
    return new Objective(dev, cut);
  }

  private int[] split(int k, int exactMax, long budget) {
    if (k <= 1 || n == 1) {
      return new int[n];
    }
    int[] label = heuristic(k);
    if (n <= exactMax && n <= 30 && n >= k) {
      // The heuristic's split, when it is a valid one, is the first bound; else the search starts unbounded.
      boolean valid = distinctParts(label) == k && allPartsConnected(label, k);
      Exact search = new Exact(k, valid ? label : null, budget);
      int[] exact = search.run();
      exactSteps = search.steps;
      if (exact != null) {
        label = exact;
      }
    }
    return canonical(label);
  }

  // ---------------------------------------------------------------------------------------------- heuristic

  private int[] heuristic(int k) {
    int[] label = new int[n];
    if (n <= k) {
      for (int i = 0; i < n; i++) {
        label[i] = i;
      }
      return label;
    }
    List<int[]> components = IntGraph.components(range(n), neighbours, i -> true);
    int m = components.size();
    if (m > k) {
      // No connected split exists: pack whole pieces into k grids, largest first into the lightest.
      Integer[] order = new Integer[m];
      long[] sums = new long[m];
      for (int c = 0; c < m; c++) {
        order[c] = c;
        for (int i : components.get(c)) {
          sums[c] += weight[i];
        }
      }
      Arrays.sort(order, (a, b) -> sums[a] != sums[b] ? Long.compare(sums[b], sums[a]) : Integer.compare(a, b));
      long[] bins = new long[k];
      for (int c : order) {
        int best = 0;
        for (int b = 1; b < k; b++) {
          if (bins[b] < bins[best]) {
            best = b;
          }
        }
        bins[best] += sums[c];
        for (int i : components.get(c)) {
          label[i] = best;
        }
      }
      return label;
    }
    // Give each piece its share of the k parts: one each, then the rest to the piece with most households per part.
    int[] parts = new int[m];
    long[] sums = new long[m];
    for (int c = 0; c < m; c++) {
      parts[c] = 1;
      for (int i : components.get(c)) {
        sums[c] += weight[i];
      }
    }
    for (int extra = k - m; extra > 0; extra--) {
      int best = -1;
      for (int c = 0; c < m; c++) {
        if (parts[c] < components.get(c).length
            && (best < 0 || sums[c] * parts[best] > sums[best] * parts[c])) {
          best = c;
        }
      }
      if (best < 0) {
        break;
      }
      parts[best]++;
    }
    int next = 0;
    for (int c = 0; c < m; c++) {
      grow(components.get(c), parts[c], next, label);
      next += parts[c];
    }
    improve(label, next, false);
    improve(label, next, true);
    return label;
  }

  /** Region growing inside one connected piece: {@code j} spread-out seeds, the lightest region grows first. */
  private void grow(int[] piece, int j, int firstLabel, int[] label) {
    if (j == 1) {
      for (int i : piece) {
        label[i] = firstLabel;
      }
      return;
    }
    int[] seeds = IntGraph.spreadSeeds(neighbours, piece, j);
    for (int i : piece) {
      label[i] = -1;
    }
    IntGraph.growRegions(piece, seeds, weight, neighbours, null, label, firstLabel);
    for (int i : piece) {
      if (label[i] == -1) {
        label[i] = firstLabel; // no region reached it: cannot happen in a connected piece, guarded all the same
      }
    }
  }

  /**
   * Local search: moves a unit to a neighbouring part when its own part stays connected and the objective gets
   * strictly better: first pass (largest deviation, sum of squared deviations, cut edges) to balance, then
   * ({@code cutsFirst}) (largest deviation, cut edges, squares) to straighten borders without losing balance.
   */
  private void improve(int[] label, int parts, boolean cutsFirst) {
    long[] sums = new long[parts];
    int[] sizes = new int[parts];
    for (int i = 0; i < n; i++) {
      sums[label[i]] += weight[i];
      sizes[label[i]]++;
    }
    int[] edgesTo = new int[parts];
    Comparator<MoveScore> order = cutsFirst ? MoveScore.CUTS_FIRST : MoveScore.BALANCE_FIRST;
    boolean improved = true;
    for (int pass = 0; improved && pass < 4 * n + 8; pass++) {
      improved = false;
      for (int i = 0; i < n; i++) {
        int a = label[i];
        if (sizes[a] == 1) {
          continue;
        }
        for (int o : neighbours[i]) {
          edgesTo[label[o]]++;
        }
        int bestPart = -1;
        MoveScore best = score(sums, parts, 0);
        for (int o : neighbours[i]) {
          int b = label[o];
          if (b == a) {
            continue;
          }
          sums[a] -= weight[i];
          sums[b] += weight[i];
          MoveScore candidate = score(sums, parts, edgesTo[a] - edgesTo[b]);
          sums[a] += weight[i];
          sums[b] -= weight[i];
          if (order.compare(candidate, best) < 0) {
            best = candidate;
            bestPart = b;
          }
        }
        for (int o : neighbours[i]) {
          edgesTo[label[o]] = 0;
        }
        stamp += 2;
        if (bestPart >= 0 && IntGraph.staysConnected(i, label, neighbours, sizes[a], seen, stamp)) {
          sums[a] -= weight[i];
          sums[bestPart] += weight[i];
          sizes[a]--;
          sizes[bestPart]++;
          label[i] = bestPart;
          improved = true;
        }
      }
    }
  }

  private MoveScore score(long[] sums, int parts, long cutChange) {
    long max = 0;
    long squares = 0;
    for (long s : sums) {
      long d = Math.abs(parts * s - households);
      max = Math.max(max, d);
      squares += d * d;
    }
    return new MoveScore(max, squares, cutChange);
  }

  private boolean allPartsConnected(int[] label, int parts) {
    for (int p = 0; p < parts; p++) {
      final int part = p;
      int count = 0;
      for (int l : label) {
        if (l == part) {
          count++;
        }
      }
      int[] members = new int[count];
      for (int i = 0, f = 0; i < n; i++) {
        if (label[i] == part) {
          members[f++] = i;
        }
      }
      if (IntGraph.components(members, neighbours, i -> label[i] == part).size() != 1) {
        return false;
      }
    }
    return true;
  }

  private static int distinctParts(int[] label) {
    return (int) Arrays.stream(label).distinct().count();
  }

  /** Renumbers parts in order of their smallest unit. */
  private static int[] canonical(int[] label) {
    int[] map = new int[label.length + 1];
    Arrays.fill(map, -1);
    int next = 0;
    int[] result = new int[label.length];
    for (int i = 0; i < label.length; i++) {
      if (map[label[i]] < 0) {
        map[label[i]] = next++;
      }
      result[i] = map[label[i]];
    }
    return result;
  }

  private static int[] range(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }

  // ---------------------------------------------------------------------------------------------- exact search

  /**
   * Branch and bound over connected partitions, on bit masks of the local units, within a budget of steps: once it
   * is spent the search unwinds and {@link #run} returns the best split found so far (null if none).
   */
  private final class Exact {

    private final int k;
    private final long[] masks;
    private final long budget;
    private long steps;
    private long bestDev;
    private long bestInner;
    private final long[] current;
    private long[] bestParts;
    /** The candidate parts of each depth, reused from branch to branch: the search allocates next to nothing. */
    private final Candidates[] candidatesAt;

    Exact(int k, int[] incumbent, long budget) {
      this.k = k;
      this.budget = budget;
      this.masks = new long[n];
      for (int i = 0; i < n; i++) {
        for (int o : neighbours[i]) {
          masks[i] |= 1L << o;
        }
      }
      if (incumbent == null) {
        this.bestDev = households * k; // above any deviation: |k s - h| < k h
        this.bestInner = -1;
      } else {
        Objective start = objective(weight, neighbours, incumbent);
        this.bestDev = start.deviation();
        this.bestInner = innerEdgeCount() - start.cut();
      }
      this.current = new long[k];
      this.candidatesAt = new Candidates[k];
    }

    int[] run() {
      search((1L << n) - 1, 0, 0, 0);
      if (bestParts == null) {
        return null;
      }
      int[] label = new int[n];
      for (int p = 0; p < k; p++) {
        for (int i = 0; i < n; i++) {
          if ((bestParts[p] & (1L << i)) != 0) {
            label[i] = p;
          }
        }
      }
      return label;
    }

    private long innerEdgeCount() {
      long count = 0;
      for (int i = 0; i < n; i++) {
        count += Long.bitCount(masks[i] & ~((1L << (i + 1)) - 1));
      }
      return count;
    }

    /** Counts one step; false once the budget is spent. */
    private boolean step() {
      return ++steps <= budget;
    }

    private void search(long remaining, int depth, long dev, long inner) {
      if (!step()) {
        return;
      }
      int left = k - depth;
      if (left == 1) {
        if (!connected(remaining)) {
          return;
        }
        long d = Math.max(dev, Math.abs(k * sum(remaining) - households));
        long in = inner + inner(remaining);
        if (d < bestDev || (d == bestDev && in > bestInner)) {
          bestDev = d;
          bestInner = in;
          current[depth] = remaining;
          bestParts = current.clone();
        }
        return;
      }
      int first = Long.numberOfTrailingZeros(remaining);
      long high = (households + bestDev) / k; // largest part sum within the bound
      if (candidatesAt[depth] == null) {
        candidatesAt[depth] = new Candidates();
      }
      Candidates candidates = candidatesAt[depth];
      candidates.clear();
      // Connected parts holding the first unit left, within the bound, never the whole rest.
      boolean listed = IntGraph.connectedSubsets(1L << first, weight[first], masks[first] & remaining, 0, remaining,
          masks, weight, high, (set, sum) -> {
            if (!step()) {
              return false;
            }
            long deviation = Math.abs(k * sum - households);
            if (deviation <= bestDev && set != remaining) {
              candidates.add(set, deviation, inner(set));
            }
            return true;
          });
      if (!listed) {
        return;
      }
      candidates.sort();
      for (int c = 0; c < candidates.count; c++) {
        int candidate = candidates.order[c];
        long deviation = candidates.deviation[candidate];
        long d = Math.max(dev, deviation);
        if (deviation > bestDev) {
          break;
        }
        if (d > bestDev) {
          continue;
        }
        long set = candidates.set[candidate];
        long rest = remaining & ~set;
        long in = inner + candidates.inner[candidate];
        if (d == bestDev && in + inner(rest) <= bestInner) {
          continue;
        }
        if (!roomFor(rest, left - 1)) {
          continue;
        }
        current[depth] = set;
        search(rest, depth + 1, d, in);
        if (steps > budget) {
          return;
        }
      }
    }

    /** Tells whether the pieces of {@code rest} can each take a whole number of parts within the bound. */
    private boolean roomFor(long rest, int parts) {
      if (rest == 0) {
        return false;
      }
      int low = 0;
      int highTotal = 0;
      long todo = rest;
      while (todo != 0) {
        long piece = IntGraph.reach(todo & -todo, todo, masks);
        todo &= ~piece;
        long s = sum(piece);
        // j parts of sums s_p with |k s_p - h| <= bestDev: j (h - D) <= k s <= j (h + D)
        long minParts = ceilDiv(k * s, households + bestDev);
        long maxParts = households - bestDev <= 0 ? Long.bitCount(piece)
            : Math.min(Long.bitCount(piece), (k * s) / (households - bestDev));
        minParts = Math.max(minParts, 1);
        if (minParts > maxParts) {
          return false;
        }
        low += minParts;
        highTotal += maxParts;
      }
      return low <= parts && parts <= highTotal;
    }

    private boolean connected(long set) {
      return set != 0 && IntGraph.reach(set & -set, set, masks) == set;
    }

    private long sum(long set) {
      long s = 0;
      for (long todo = set; todo != 0; todo &= todo - 1) {
        s += weight[Long.numberOfTrailingZeros(todo)];
      }
      return s;
    }

    private int inner(long set) {
      int count = 0;
      for (long todo = set; todo != 0; todo &= todo - 1) {
        count += Long.bitCount(masks[Long.numberOfTrailingZeros(todo)] & set);
      }
      return count / 2;
    }

    private long ceilDiv(long a, long b) {
      return (a + b - 1) / b;
    }
  }

  /**
   * The candidate parts of one depth of the exact search in primitive arrays that grow and are reused, and their
   * order: by deviation, then inner edges (most first), then listing order. Not a {@code List<long[]>} sorted by
   * {@code List.sort}: its array per part made a plan of 40 villages whose units all border each other take 1.9 s
   * and 200 MB, where these arrays take 1.4 s and 100 MB (the same plans, 6 December 2026); hence the sort below,
   * since the JDK sorts no primitive indices by a comparator.
   */
  private static final class Candidates {
    long[] set = new long[64];
    long[] deviation = new long[64];
    int[] inner = new int[64];
    int[] order = new int[64];
    private int[] scratch = new int[64];
    int count;

    void clear() {
      count = 0;
    }

    void add(long part, long dev, int innerEdges) {
      if (count == set.length) {
        int size = count * 2;
        set = Arrays.copyOf(set, size);
        deviation = Arrays.copyOf(deviation, size);
        inner = Arrays.copyOf(inner, size);
        order = new int[size];
        scratch = new int[size];
      }
      set[count] = part;
      deviation[count] = dev;
      inner[count] = innerEdges;
      count++;
    }

    /** Fills {@link #order} by a stable bottom-up merge sort (ties keep the listing order). */
    void sort() {
      int[] from = order;
      int[] to = scratch;
      for (int i = 0; i < count; i++) {
        from[i] = i;
      }
      for (int width = 1; width < count; width *= 2) {
        for (int low = 0; low < count; low += 2 * width) {
          int middle = Math.min(low + width, count);
          int high = Math.min(low + 2 * width, count);
          int i = low;
          int j = middle;
          int out = low;
          while (i < middle && j < high) {
            to[out++] = before(from[j], from[i]) ? from[j++] : from[i++];
          }
          while (i < middle) {
            to[out++] = from[i++];
          }
          while (j < high) {
            to[out++] = from[j++];
          }
        }
        int[] swap = from;
        from = to;
        to = swap;
      }
      order = from;
      scratch = to;
    }

    /** Tells whether candidate {@code a} comes strictly before {@code b}. */
    private boolean before(int a, int b) {
      return deviation[a] != deviation[b] ? deviation[a] < deviation[b] : inner[a] > inner[b];
    }
  }
}
