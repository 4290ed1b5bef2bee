package org.grid.core.model.partition;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups whole villages into districts (片区): connected through village adjacency, balanced by households, compact
 * (few unit borders between districts), and keeping villages with shared tags together where balance allows.
 *
 * <p>Fresh mode grows one region per district from spread-out seeds (the lightest region takes the frontier village
 * sharing most borders with it), then improves by local search: a boundary village moves to a lighter neighbouring
 * district, or two boundary villages swap, when that lowers the sum of squared district households and leaves both
 * districts connected. Small townships that miss the balance tolerance get the exact search
 * ({@link ExactDistricts}); then the sweep ({@link DistrictSweep}) and a multi-start local search on the range
 * ({@link #MAX_RESTARTS} starts at most) each replace the grouping when they find a strictly lower range, so that
 * the planner never does worse than a plain local search from random seeds. Keep mode starts from the current 片区,
 * mends contiguity, then makes only the moves needed to bring the imbalance within the policy's tolerance. All
 * bookkeeping is incremental (district sums, border counts per village and district), so one pass costs about the
 * number of borders, not villages squared.
 *
 * <p>The class is longer than most (over 700 lines) because growing, mending, descent and the restarts all work on
 * the same incremental state (labels, district sums and sizes, the running score totals); apart, each would have to
 * carry that state and keep it in step with the others.
 */
final class DistrictGrouper {

  private final TownshipIndex index;
  private final int villages;
  private final int[] weight;
  private final int[][] neighbours;
  private final int[][] borders;
  private final int[] label;
  private final int[] seen;
  private int stamp;
  private long[] sums;
  private int[] sizes;
  private int parts;

  private DistrictGrouper(TownshipIndex index) {
    this.index = index;
    this.villages = index.villageCount();
    this.weight = index.villageHouseholds;
    if (index.adjacencyKnown) {
      this.neighbours = index.villageNeighbours;
      this.borders = index.villageBorderEdges;
    } else {
      this.neighbours = new int[villages][0];
      this.borders = new int[villages][0];
    }
    this.label = new int[villages];
    this.seen = new int[villages];
  }

  /**
   * Groups the villages into {@code count} districts afresh.
   *
   * @return for each village (in id order) its district, districts numbered from 0
   */
  static int[] fresh(TownshipIndex index, int count, double tolerance) {
    DistrictGrouper grouper = new DistrictGrouper(index);
    grouper.grow(Math.min(count, index.villageCount()));
    grouper.improve(tolerance, null);
    int[] result = grouper.label.clone();
    if (grouper.parts >= 2 && grouper.imbalance() > tolerance) {
      // Local search missed the tolerance: small townships get the exact search on top.
      int[] exact = ExactDistricts.fresh(index, grouper.parts, grouper.label);
      if (exact != null) {
        result = exact;
      }
    }
    if (grouper.parts >= 2) {
      result = DistrictSweep.sweep(index, grouper.parts, result);
    }
    return grouper.restart(result);
  }

  /**
   * Keeps the given assignment ({@code -1} for a village in no current district) and moves as few villages as
   * needed for contiguity and a district imbalance within {@code tolerance}.
   *
   * @return for each village its district, numbered as in {@code current}
   */
  static int[] keep(TownshipIndex index, int[] current, int count, double tolerance) {
    DistrictGrouper grouper = new DistrictGrouper(index);
    grouper.parts = count;
    System.arraycopy(current, 0, grouper.label, 0, current.length);
    grouper.mend();
    grouper.improve(tolerance, current);
    long total = 0;
    for (long sum : grouper.sums) {
      total += sum;
    }
    int[] exact = ExactDistricts.keep(index, count, grouper.label, current,
        (long) Math.floor(tolerance * total / count));
    return exact != null ? exact : grouper.label;
  }

  // ------------------------------------------------------------------------------------------ growing

  private void grow(int count) {
    parts = count;
    Arrays.fill(label, -1);
    sums = new long[parts];
    sizes = new int[parts];
    if (parts == 0) {
      return;
    }
    int[] all = new int[villages];
    for (int v = 0; v < villages; v++) {
      all[v] = v;
    }
    List<int[]> pieces = IntGraph.components(all, neighbours, v -> true);
    int m = pieces.size();
    int[] share = new int[m];
    long[] pieceSums = new long[m];
    for (int c = 0; c < m; c++) {
      for (int v : pieces.get(c)) {
        pieceSums[c] += weight[v];
      }
    }
    // Largest pieces first get one district each; the rest by households per district.
    Integer[] bySize = new Integer[m];
    for (int c = 0; c < m; c++) {
      bySize[c] = c;
    }
    Arrays.sort(bySize, (a, b) -> pieceSums[a] != pieceSums[b] ? Long.compare(pieceSums[b], pieceSums[a])
        : Integer.compare(a, b));
    int given = 0;
    for (int c : bySize) {
      if (given < parts) {
        share[c] = 1;
        given++;
      }
    }
    for (; given < parts; given++) {
      int best = -1;
      for (int c = 0; c < m; c++) {
        if (share[c] > 0 && share[c] < pieces.get(c).length
            && (best < 0 || pieceSums[c] * share[best] > pieceSums[best] * share[c])) {
          best = c;
        }
      }
      if (best < 0) {
        break;
      }
      share[best]++;
    }
    int next = 0;
    for (int c = 0; c < m; c++) {
      if (share[c] > 0) {
        growPiece(pieces.get(c), share[c], next);
        next += share[c];
      }
    }
    // Pieces without a district of their own (more pieces than districts): join the lightest district.
    for (int c = 0; c < m; c++) {
      if (share[c] == 0) {
        int lightest = 0;
        for (int d = 1; d < parts; d++) {
          if (sums[d] < sums[lightest]) {
            lightest = d;
          }
        }
        for (int v : pieces.get(c)) {
          assign(v, lightest);
        }
      }
    }
  }

  private void assign(int v, int d) {
    label[v] = d;
    sums[d] += weight[v];
    sizes[d]++;
  }

  private void growPiece(int[] piece, int count, int first) {
    int[] seeds = IntGraph.spreadSeeds(neighbours, piece, count);
    IntGraph.growRegions(piece, seeds, weight, neighbours, borders, label, first);
    for (int v : piece) {
      if (label[v] >= 0) {
        sums[label[v]] += weight[v];
        sizes[label[v]]++;
      }
    }
  }

  // ------------------------------------------------------------------------------------------ keep mode

  /** Places villages of no current district, then mends districts in pieces by moving their stray villages. */
  private void mend() {
    sums = new long[parts];
    sizes = new int[parts];
    for (int v = 0; v < villages; v++) {
      if (label[v] >= 0) {
        sums[label[v]] += weight[v];
        sizes[label[v]]++;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int v = 0; v < villages; v++) {
        if (label[v] == -1) {
          int best = lightestNeighbour(v, -1);
          if (best >= 0) {
            assign(v, best);
            changed = true;
          }
        }
      }
    }
    for (int v = 0; v < villages; v++) {
      if (label[v] == -1) {
        int lightest = 0;
        for (int d = 1; d < parts; d++) {
          if (sums[d] < sums[lightest]) {
            lightest = d;
          }
        }
        assign(v, lightest);
      }
    }
    for (int round = 0; round < villages; round++) {
      boolean[] stray = strays();
      boolean moved = false;
      for (int v = 0; v < villages; v++) {
        if (!stray[v]) {
          continue;
        }
        int target = -1;
        for (int o : neighbours[v]) {
          int d = label[o];
          if (d != label[v] && !stray[o] && (target < 0 || sums[d] < sums[target])) {
            target = d;
          }
        }
        if (target >= 0) {
          move(v, target);
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
    }
  }

  /** Villages outside the main piece (most households, then smallest village) of their district. */
  private boolean[] strays() {
    boolean[] stray = new boolean[villages];
    for (int d = 0; d < parts; d++) {
      final int district = d;
      int[] members = members(d);
      List<int[]> pieces = IntGraph.components(members, neighbours, v -> label[v] == district);
      if (pieces.size() < 2) {
        continue;
      }
      int main = 0;
      long mainSum = -1;
      for (int c = 0; c < pieces.size(); c++) {
        long s = 0;
        for (int v : pieces.get(c)) {
          s += weight[v];
        }
        if (s > mainSum) {
          mainSum = s;
          main = c;
        }
      }
      for (int c = 0; c < pieces.size(); c++) {
        if (c != main) {
          for (int v : pieces.get(c)) {
            stray[v] = true;
          }
        }
      }
    }
    return stray;
  }

  private int[] members(int d) {
    int[] members = new int[sizes[d]];
    int f = 0;
    for (int v = 0; v < villages && f < members.length; v++) {
      if (label[v] == d) {
        members[f++] = v;
      }
    }
    return members;
  }

  private int lightestNeighbour(int v, int except) {
    int best = -1;
    for (int o : neighbours[v]) {
      int d = label[o];
      if (d >= 0 && d != except && (best < 0 || sums[d] < sums[best])) {
        best = d;
      }
    }
    return best;
  }

  private void move(int v, int to) {
    sums[label[v]] -= weight[v];
    sizes[label[v]]--;
    label[v] = to;
    sums[to] += weight[v];
    sizes[to]++;
  }

  // ------------------------------------------------------------------------------------------ local search

  /** The fixed seed of the perturbations: the plan is the same on every run. */
  private static final long SEED = 0x5EED_2024L;

  private int[] home;
  private Comparator<Score> order;
  private long tolerance;
  private long sumSquares;
  private long compact;
  private int moved;

  /**
   * Iterated local search. Descent makes single moves and swaps of boundary villages that keep both districts
   * connected and lower the score; then a few random (fixed-seed) moves shake the best plan found, and descent runs
   * again, a number of rounds that falls as the township grows so the total work stays about linear.
   *
   * <p>Fresh mode descends by {@link Score#SMOOTH} and keeps the best plan by {@link Score#RANGE_FIRST}; keep mode
   * (with {@code current}) uses {@link Score#KEEP} for both.
   */
  private void improve(double toleranceShare, int[] current) {
    if (parts < 2 || villages < 2) {
      return;
    }
    home = current;
    long total = 0;
    for (long s : sums) {
      total += s;
    }
    tolerance = home == null ? 0 : (long) Math.floor(toleranceShare * total / parts);
    recount();
    order = home == null ? Score.SMOOTH : Score.KEEP;
    Comparator<Score> judge = home == null ? Score.RANGE_FIRST : Score.KEEP;
    descend();
    int[] bestLabel = label.clone();
    Score best = score(0, 0, 0);
    java.util.SplittableRandom random = new java.util.SplittableRandom(SEED);
    // Where the exact search can follow (small townships), local search only needs to get close.
    int rounds = ExactDistricts.applicable(index, parts) ? 60 : Math.max(30, Math.min(400, 40_000 / villages));
    // Fresh mode stops shaking once the range is within half the tolerance: balance is then good enough, and a
    // large township reaches that after its first descent, which keeps the work about linear.
    long goodEnough = home == null ? (long) Math.floor(toleranceShare / 2 * total / parts) : -1;
    for (int round = 0; round < rounds && !(home == null && best.range() <= goodEnough); round++) {
      shake(random, 1 + round % 3);
      descend();
      Score now = score(0, 0, 0);
      if (judge.compare(now, best) <= 0) {
        best = now;
        bestLabel = label.clone();
      } else {
        restore(bestLabel);
      }
    }
    restore(bestLabel);
  }

  /** Tries {@code strength} random moves of a village to a neighbour's district, each keeping its district whole. */
  private void shake(java.util.SplittableRandom random, int strength) {
    for (int p = 0; p < strength; p++) {
      int v = random.nextInt(villages);
      int a = label[v];
      if (neighbours[v].length == 0 || sizes[a] < 2) {
        continue;
      }
      int b = label[neighbours[v][random.nextInt(neighbours[v].length)]];
      if (b != a && staysConnected(v)) {
        apply(v, b);
      }
    }
  }

  /** Recomputes the running totals (sum of squares, compactness, villages moved) from the labels. */
  private void recount() {
    sumSquares = 0;
    for (long s : sums) {
      sumSquares += s * s;
    }
    compact = 0;
    moved = 0;
    for (int v = 0; v < villages; v++) {
      for (int n = 0; n < neighbours[v].length; n++) {
        int o = neighbours[v][n];
        if (o > v && label[o] != label[v]) {
          compact += borders[v][n];
        } else if (o > v) {
          compact -= sharedTags(v, o);
        }
      }
      if (home != null && home[v] >= 0 && label[v] != home[v]) {
        moved++;
      }
    }
  }

  // ------------------------------------------------------------------------------------------ restarts

  /** Most restarts, for townships of up to {@code RESTART_WORK / MAX_RESTARTS} villages. */
  static final int MAX_RESTARTS = 1000;
  /** Restarts in a row without a better grouping after which the search stops. */
  static final int PATIENCE = 150;
  /** Restarts times villages: fewer restarts as the township grows, so the work stays about linear. */
  static final int RESTART_WORK = 60_000;
  /** Fewest restarts, however large the township. */
  static final int MIN_RESTARTS = 4;

  /**
   * Multi-start local search on the district range: from random seed villages (a random generator seeded from the
   * township's content, so the plan is the same on every run) districts grow by random neighbouring villages, the
   * lightest first; then descent by {@link Score#RANGE_FIRST}. Returns the grouping of the lowest range found, or
   * {@code incumbent} unless one has a strictly lower range. Only for connected townships.
   */
  private int[] restart(int[] incumbent) {
    if (parts < 2 || villages <= parts || !index.adjacencyKnown || !IntGraph.connected(villages, neighbours)) {
      return incumbent;
    }
    load(incumbent);
    Score best = score(0, 0, 0);
    long incumbentRange = best.range();
    int[] bestLabel = incumbent;
    long seed = SEED;
    for (int v = 0; v < villages; v++) {
      seed = seed * 31 + index.villageIds[v].value().hashCode();
      seed = seed * 31 + weight[v];
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    order = Score.RANGE_FIRST;
    int starts = Math.max(MIN_RESTARTS, Math.min(MAX_RESTARTS, RESTART_WORK / villages));
    for (int r = 0, idle = 0; r < starts && idle < PATIENCE && best.range() > 0; r++, idle++) {
      if (r % 2 == 0) {
        growRandomly(random);
        recount();
      } else {
        // Every other start shakes the best grouping found: a few random boundary moves that keep districts
        // connected, then descent again (iterated local search).
        load(bestLabel);
        shake(random, 2 + r % 4);
      }
      // Single moves only: swaps cost a connectivity check of two whole districts each, and the best start gets
      // them below.
      for (int pass = 0; pass < villages && movePass(); pass++) {
        // until no move lowers the score
      }
      Score now = score(0, 0, 0);
      if (Score.RANGE_FIRST.compare(now, best) < 0) {
        best = now;
        bestLabel = label.clone();
        idle = -1;
      }
    }
    if (bestLabel != incumbent) {
      load(bestLabel);
      descend();
      bestLabel = label.clone();
    }
    load(bestLabel);
    return score(0, 0, 0).range() < incumbentRange ? bestLabel : incumbent;
  }

  /** Sets the labels and every running total to a given grouping (fresh mode). */
  private void load(int[] target) {
    home = null;
    tolerance = 0;
    System.arraycopy(target, 0, label, 0, villages);
    Arrays.fill(sums, 0);
    Arrays.fill(sizes, 0);
    for (int v = 0; v < villages; v++) {
      sums[label[v]] += weight[v];
      sizes[label[v]]++;
    }
    recount();
  }

  /** Grows districts from distinct random seeds; the lightest district that can grow takes a random free neighbour. */
  private void growRandomly(java.util.SplittableRandom random) {
    Arrays.fill(label, -1);
    Arrays.fill(sums, 0);
    Arrays.fill(sizes, 0);
    int[][] frontier = new int[parts][];
    int[] frontierSize = new int[parts];
    for (int d = 0; d < parts; d++) {
      int v;
      do {
        v = random.nextInt(villages);
      } while (label[v] != -1);
      assign(v, d);
      frontier[d] = new int[8];
    }
    for (int v = 0; v < villages; v++) {
      if (label[v] >= 0) {
        frontierSize[label[v]] = push(frontier, frontierSize, label[v], v);
      }
    }
    boolean[] exhausted = new boolean[parts];
    int left = villages - parts;
    while (left > 0) {
      int d = -1;
      for (int c = 0; c < parts; c++) {
        if (!exhausted[c] && (d < 0 || sums[c] < sums[d])) {
          d = c;
        }
      }
      if (d < 0) {
        return; // cannot happen in a connected township
      }
      int pick = -1;
      while (pick < 0 && frontierSize[d] > 0) {
        int i = random.nextInt(frontierSize[d]);
        int v = frontier[d][i];
        frontier[d][i] = frontier[d][--frontierSize[d]];
        if (label[v] == -1) {
          pick = v;
        }
      }
      if (pick < 0) {
        exhausted[d] = true;
        continue;
      }
      assign(pick, d);
      frontierSize[d] = push(frontier, frontierSize, d, pick);
      left--;
      Arrays.fill(exhausted, false);
    }
  }

  /** Adds v's free neighbours to district d's frontier; returns the frontier's new size. */
  private int push(int[][] frontier, int[] frontierSize, int d, int v) {
    int size = frontierSize[d];
    for (int o : neighbours[v]) {
      if (label[o] == -1) {
        if (size == frontier[d].length) {
          frontier[d] = Arrays.copyOf(frontier[d], size * 2);
        }
        frontier[d][size++] = o;
      }
    }
    return size;
  }

  /** Returns {@code (max - min) / mean} of the current district households. */
  double imbalance() {
    long max = Long.MIN_VALUE;
    long min = Long.MAX_VALUE;
    long total = 0;
    for (int d = 0; d < parts; d++) {
      max = Math.max(max, sums[d]);
      min = Math.min(min, sums[d]);
      total += sums[d];
    }
    return total == 0 ? 0 : (double) (max - min) * parts / total;
  }

  private void restore(int[] target) {
    for (int v = 0; v < villages; v++) {
      if (label[v] != target[v]) {
        apply(v, target[v]);
      }
    }
  }

  /** Moves v to district b, keeping every running total. */
  private void apply(int v, int b) {
    int a = label[v];
    long w = weight[v];
    sumSquares += (sums[a] - w) * (sums[a] - w) + (sums[b] + w) * (sums[b] + w) - sums[a] * sums[a]
        - sums[b] * sums[b];
    compact += borderTo(v, a) - borderTo(v, b) + tagAffinity(v, a) - tagAffinity(v, b);
    if (home != null && home[v] >= 0) {
      moved += (b != home[v] ? 1 : 0) - (a != home[v] ? 1 : 0);
    }
    move(v, b);
  }

  /** The score after a hypothetical change of totals; all deltas zero gives the current score. */
  private Score score(long squaresDelta, long compactDelta, int movedDelta) {
    long max = Long.MIN_VALUE;
    long min = Long.MAX_VALUE;
    for (int d = 0; d < parts; d++) {
      max = Math.max(max, sums[d]);
      min = Math.min(min, sums[d]);
    }
    long range = max - min;
    long excess = home == null ? 0 : Math.max(0, range - tolerance);
    return new Score(excess, moved + movedDelta, range, sumSquares + squaresDelta, compact + compactDelta);
  }

  /** Descent: passes of the best improving single move per village, then swaps, until neither improves. */
  private void descend() {
    int limit = 10 * villages + 100;
    for (int step = 0; step < limit; step++) {
      if (!movePass() && !swapPass()) {
        return;
      }
    }
  }

  private Score scoreOfMove(int v, int b) {
    int a = label[v];
    long w = weight[v];
    long squaresDelta = (sums[a] - w) * (sums[a] - w) + (sums[b] + w) * (sums[b] + w) - sums[a] * sums[a]
        - sums[b] * sums[b];
    long compactDelta = borderTo(v, a) - borderTo(v, b) + tagAffinity(v, a) - tagAffinity(v, b);
    int movedDelta = home == null || home[v] < 0 ? 0 : (b != home[v] ? 1 : 0) - (a != home[v] ? 1 : 0);
    sums[a] -= w;
    sums[b] += w;
    Score result = score(squaresDelta, compactDelta, movedDelta);
    sums[a] += w;
    sums[b] -= w;
    return result;
  }

  /** One pass of single moves over all villages in id order; tells whether any was made. */
  private boolean movePass() {
    boolean any = false;
    for (int v = 0; v < villages; v++) {
      int a = label[v];
      if (sizes[a] < 2) {
        continue;
      }
      Score best = score(0, 0, 0);
      int bestD = -1;
      for (int o : neighbours[v]) {
        int b = label[o];
        if (b == a) {
          continue;
        }
        Score candidate = scoreOfMove(v, b);
        if (order.compare(candidate, best) < 0) {
          best = candidate;
          bestD = b;
        }
      }
      if (bestD >= 0 && staysConnected(v)) {
        apply(v, bestD);
        any = true;
      }
    }
    return any;
  }

  /**
   * Swaps: a boundary village {@code v} of district a goes to b and a village {@code u} of b next to a goes to a,
   * when that lowers the score (better balance, or the same balance with fewer cut borders or more shared tags) and
   * both districts stay connected; makes the first such swap found.
   */
  private boolean swapPass() {
    for (int v = 0; v < villages; v++) {
      int a = label[v];
      for (int o : neighbours[v]) {
        int b = label[o];
        if (b == a || sums[a] < sums[b]) {
          continue;
        }
        long room = sums[a] - sums[b];
        // Candidates u: o itself and o's neighbours in b that border a; a local look, never the whole township.
        for (int c = -1; c < neighbours[o].length; c++) {
          int u = c < 0 ? o : neighbours[o][c];
          if (label[u] != b) {
            continue;
          }
          long diff = (long) weight[v] - weight[u];
          // A swap of equal households keeps balance and may bring like villages together (习惯相近).
          if (diff < 0 || (diff > 0 && diff >= room) || !borders(u, a)) {
            continue;
          }
          Score before = score(0, 0, 0);
          apply(v, b);
          apply(u, a);
          if (order.compare(score(0, 0, 0), before) < 0 && connected(a) && connected(b)) {
            return true;
          }
          apply(u, b);
          apply(v, a);
        }
      }
    }
    return false;
  }

  private int sharedTags(int v, int o) {
    int count = 0;
    for (int t : index.villageTags[o]) {
      if (Arrays.binarySearch(index.villageTags[v], t) >= 0) {
        count++;
      }
    }
    return count;
  }

  private boolean borders(int v, int d) {
    for (int o : neighbours[v]) {
      if (label[o] == d) {
        return true;
      }
    }
    return false;
  }

  private int borderTo(int v, int d) {
    int count = 0;
    for (int n = 0; n < neighbours[v].length; n++) {
      if (label[neighbours[v][n]] == d) {
        count += borders[v][n];
      }
    }
    return count;
  }

  private int tagAffinity(int v, int d) {
    if (index.villageTags[v].length == 0) {
      return 0;
    }
    int count = 0;
    for (int o : neighbours[v]) {
      if (label[o] == d) {
        count += sharedTags(v, o);
      }
    }
    return count;
  }

  /** Tells whether v's district stays connected without v. */
  private boolean staysConnected(int v) {
    if (!index.adjacencyKnown) {
      return true;
    }
    stamp += 2;
    return IntGraph.staysConnected(v, label, neighbours, sizes[label[v]], seen, stamp);
  }

  private boolean connected(int d) {
    if (!index.adjacencyKnown) {
      return true;
    }
    int[] members = members(d);
    return members.length > 0
        && IntGraph.components(members, neighbours, v -> label[v] == d).size() == 1;
  }

  /**
   * The measures a grouping is judged by.
   *
   * @param excess keep mode: how far the district range exceeds the tolerance, in households (0 in fresh mode)
   * @param moved keep mode: villages away from their current 片区 (0 in fresh mode)
   * @param range the largest district's households less the smallest's
   * @param squares the sum of squared district households (lower is more even)
   * @param compact unit borders cut between districts, less tags shared by neighbouring villages of one district
   */
  record Score(long excess, int moved, long range, long squares, long compact) {

    /** Fresh descent: evenness, then compactness, then range; smooth enough for single moves to make progress. */
    static final Comparator<Score> SMOOTH = Comparator.comparingLong(Score::squares)
        .thenComparingLong(Score::compact).thenComparingLong(Score::range);
    /** Fresh plans: the range first (the imbalance {@code (max - min) / mean}), then evenness, then compactness. */
    static final Comparator<Score> RANGE_FIRST = Comparator.comparingLong(Score::range)
        .thenComparingLong(Score::squares).thenComparingLong(Score::compact);
    /** Keep mode: within the tolerance first, then fewest villages moved, then evenness, then compactness. */
    static final Comparator<Score> KEEP = Comparator.comparingLong(Score::excess).thenComparingInt(Score::moved)
        .thenComparingLong(Score::squares).thenComparingLong(Score::compact);
  }
}
