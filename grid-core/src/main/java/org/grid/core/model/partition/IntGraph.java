package org.grid.core.model.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * The graph algorithms of partitioning, said once, on graphs of int nodes held as sorted neighbour arrays (units of
 * a village for the splitter, villages for the grouper) or as bit masks (the exact searches): connected components,
 * breadth-first distances, farthest nodes and spread-out seeds, region growing, end-to-end orders for sweeps,
 * reachability in bit masks and the enumeration of connected subsets.
 */
final class IntGraph {

  private IntGraph() {}

  /** Fills {@code distance} with the hop count from the nearest source; unreachable nodes get MAX_VALUE. */
  static void bfs(int[][] neighbours, int[] sources, int[] distance) {
    Arrays.fill(distance, Integer.MAX_VALUE);
    int[] queue = new int[neighbours.length];
    int head = 0;
    int tail = 0;
    for (int s : sources) {
      distance[s] = 0;
      queue[tail++] = s;
    }
    while (head < tail) {
      int v = queue[head++];
      for (int o : neighbours[v]) {
        if (distance[o] == Integer.MAX_VALUE) {
          distance[o] = distance[v] + 1;
          queue[tail++] = o;
        }
      }
    }
  }

  /** Lowers distances to those from one more source; visits only the nodes it brings closer. */
  static void lower(int[][] neighbours, int source, int[] distance) {
    int[] queue = new int[neighbours.length];
    int head = 0;
    int tail = 0;
    distance[source] = 0;
    queue[tail++] = source;
    while (head < tail) {
      int v = queue[head++];
      for (int o : neighbours[v]) {
        if (distance[o] > distance[v] + 1) {
          distance[o] = distance[v] + 1;
          queue[tail++] = o;
        }
      }
    }
  }

  /** Returns the node of {@code piece} farthest by {@code distance} (the first on ties; unreachable ones skipped). */
  static int farthest(int[] piece, int[] distance) {
    int best = piece[0];
    for (int v : piece) {
      if (distance[v] != Integer.MAX_VALUE && distance[v] > distance[best]) {
        best = v;
      }
    }
    return best;
  }

  /**
   * Spread-out seeds in a connected piece: the node farthest from the piece's first, then each time the node
   * farthest from all seeds so far.
   *
   * @param count the number of seeds, at most the piece's size
   */
  static int[] spreadSeeds(int[][] neighbours, int[] piece, int count) {
    int[] distance = new int[neighbours.length];
    int[] seeds = new int[count];
    bfs(neighbours, new int[] {piece[0]}, distance);
    seeds[0] = farthest(piece, distance);
    bfs(neighbours, new int[] {seeds[0]}, distance);
    for (int s = 1; s < count; s++) {
      seeds[s] = farthest(piece, distance);
      lower(neighbours, seeds[s], distance);
    }
    return seeds;
  }

  /**
   * Region growing: one region per seed, labelled {@code firstLabel + s}; each step the lightest region that can
   * still grow (ties to the lowest) takes the free node of the piece most strongly joined to it (the greatest sum of
   * edge weights into the region, ties to the lowest node). Free nodes are those labelled -1; a node no region
   * reaches stays -1.
   *
   * @param edgeWeights for each node, the weights of its edges aligned with {@code neighbours}; null for 1 each
   * @return each region's total weight
   */
  static long[] growRegions(int[] piece, int[] seeds, int[] weight, int[][] neighbours, int[][] edgeWeights,
      int[] label, int firstLabel) {
    int count = seeds.length;
    long[] sums = new long[count];
    Map<Long, Integer> joined = new HashMap<>();
    List<PriorityQueue<Frontier>> frontier = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      frontier.add(new PriorityQueue<>(Frontier.STRONGEST_FIRST));
      label[seeds[s]] = firstLabel + s;
      sums[s] = weight[seeds[s]];
    }
    for (int s = 0; s < count; s++) {
      touch(seeds[s], s, neighbours, edgeWeights, label, joined, frontier.get(s));
    }
    int left = piece.length - count;
    boolean[] stuck = new boolean[count];
    while (left > 0) {
      int region = -1;
      for (int s = 0; s < count; s++) {
        if (!stuck[s] && (region < 0 || sums[s] < sums[region])) {
          region = s;
        }
      }
      if (region < 0) {
        break; // every region stuck: not in a connected piece
      }
      PriorityQueue<Frontier> queue = frontier.get(region);
      int pick = -1;
      while (!queue.isEmpty()) {
        Frontier top = queue.poll();
        // Entries are added again whenever a node's joint weight grows: only the latest one counts.
        if (label[top.node()] == -1 && joined.get(key(region, top.node(), neighbours.length)) == top.joint()) {
          pick = top.node();
          break;
        }
      }
      if (pick < 0) {
        stuck[region] = true;
        continue;
      }
      label[pick] = firstLabel + region;
      sums[region] += weight[pick];
      touch(pick, region, neighbours, edgeWeights, label, joined, queue);
      left--;
      Arrays.fill(stuck, false);
    }
    return sums;
  }

  private static long key(int region, int node, int nodes) {
    return (long) region * nodes + node;
  }

  private static void touch(int v, int region, int[][] neighbours, int[][] edgeWeights, int[] label,
      Map<Long, Integer> joined, PriorityQueue<Frontier> queue) {
    for (int n = 0; n < neighbours[v].length; n++) {
      int o = neighbours[v][n];
      if (label[o] == -1) {
        int joint = joined.merge(key(region, o, neighbours.length), edgeWeights == null ? 1 : edgeWeights[v][n],
            Integer::sum);
        queue.add(new Frontier(joint, o));
      }
    }
  }

  /** A free node next to a growing region, and the weight of its edges into the region. */
  private record Frontier(int joint, int node) {
    static final java.util.Comparator<Frontier> STRONGEST_FIRST =
        java.util.Comparator.comparingInt(Frontier::joint).reversed().thenComparingInt(Frontier::node);
  }

  /**
   * Tells whether the part of {@code v} (the nodes with its label) stays connected without v, the part being
   * connected now: v's neighbours in the part must all reach each other around v. It looks only as far as it must,
   * usually a few nodes around v.
   *
   * @param partSize the nodes in v's part, v included
   * @param seen scratch marks, one per node, each below {@code stamp}; callers raise the stamp by 2 between calls
   */
  static boolean staysConnected(int v, int[] label, int[][] neighbours, int partSize, int[] seen, int stamp) {
    int part = label[v];
    int targets = 0;
    int start = -1;
    for (int o : neighbours[v]) {
      if (label[o] == part && seen[o] != stamp) {
        seen[o] = stamp; // a neighbour in the part, still to be reached
        targets++;
        if (start < 0) {
          start = o;
        }
      }
    }
    if (start < 0) {
      return partSize == 1;
    }
    if (targets == 1) {
      return true;
    }
    int visited = stamp + 1;
    int[] queue = new int[16];
    int head = 0;
    int tail = 0;
    seen[start] = visited;
    queue[tail++] = start;
    int found = 1;
    while (head < tail) {
      int x = queue[head++];
      for (int o : neighbours[x]) {
        if (o != v && label[o] == part && seen[o] != visited) {
          boolean target = seen[o] == stamp;
          seen[o] = visited;
          if (tail == queue.length) {
            queue = Arrays.copyOf(queue, tail * 2);
          }
          queue[tail++] = o;
          if (target && ++found == targets) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------ bit masks

  /** The nodes reachable from {@code start} inside {@code within}, on a graph of at most 64 nodes as masks. */
  static long reach(long start, long within, long[] masks) {
    long seen = start;
    long frontier = start;
    while (frontier != 0) {
      long next = 0;
      for (long f = frontier; f != 0; f &= f - 1) {
        next |= masks[Long.numberOfTrailingZeros(f)];
      }
      next &= within & ~seen;
      seen |= next;
      frontier = next;
    }
    return seen;
  }

  /** Visits connected subsets; returns false to stop the enumeration. */
  @FunctionalInterface
  interface SubsetVisitor {
    boolean visit(long set, long sum);
  }

  /**
   * Enumerates each connected subset that contains {@code set} and grows from it by nodes of {@code extension}
   * (then of the grown set's neighbours inside {@code within}), never by a node of {@code banned}, with a weight sum
   * of at most {@code high}; each subset exactly once (a node passed over is banned for the later branches).
   *
   * @return false when the visitor stopped the enumeration
   */
  static boolean connectedSubsets(long set, long sum, long extension, long banned, long within, long[] masks,
      int[] weight, long high, SubsetVisitor visitor) {
    if (!visitor.visit(set, sum)) {
      return false;
    }
    long ext = extension;
    long ban = banned;
    while (ext != 0) {
      long bit = ext & -ext;
      ext &= ~bit;
      int i = Long.numberOfTrailingZeros(bit);
      if (sum + weight[i] <= high) {
        long grown = set | bit;
        if (!connectedSubsets(grown, sum + weight[i], (ext | (masks[i] & within)) & ~grown & ~ban, ban, within,
            masks, weight, high, visitor)) {
          return false;
        }
      }
      ban |= bit;
    }
    return true;
  }

  // ------------------------------------------------------------------------------------------ components

  /**
   * Returns the connected components of the subgraph induced by the nodes satisfying {@code inside}, found from
   * {@code nodes} (ascending); each component ascending, components ordered by their smallest node.
   */
  static List<int[]> components(int[] nodes, int[][] neighbours, IntPredicate inside) {
    List<int[]> result = new ArrayList<>();
    // Nodes seen, kept sorted-free in an open-addressing set sized to the nodes given: no boxing, no O(graph) array.
    IntSet seen = new IntSet(nodes.length);
    int[] queue = new int[Math.max(1, nodes.length)];
    for (int start : nodes) {
      if (!inside.test(start) || seen.contains(start)) {
        continue;
      }
      int head = 0;
      int tail = 0;
      seen.add(start);
      queue[tail++] = start;
      while (head < tail) {
        int node = queue[head++];
        for (int next : neighbours[node]) {
          if (inside.test(next) && !seen.contains(next)) {
            seen.add(next);
            if (tail == queue.length) {
              queue = Arrays.copyOf(queue, queue.length * 2);
            }
            queue[tail++] = next;
          }
        }
      }
      int[] array = Arrays.copyOf(queue, tail);
      Arrays.sort(array);
      result.add(array);
    }
    return result;
  }

  /** Tells whether the graph of nodes {@code 0..count-1} is connected (true for at most one node). */
  static boolean connected(int count, int[][] neighbours) {
    if (count <= 1) {
      return true;
    }
    int[] all = new int[count];
    for (int v = 0; v < count; v++) {
      all[v] = v;
    }
    return components(all, neighbours, v -> true).size() == 1;
  }

  /**
   * Orders of the nodes of a connected graph from one end to the other, for sweeps along a chain-like graph: with
   * {@code start} a node farthest from a node farthest from node 0 (ties to the lowest), the breadth-first order
   * from {@code start} (neighbours in ascending order); the nodes by distance from {@code start}, then farthest from
   * the other end first; and the nodes in index order (ids often follow the road).
   */
  static List<int[]> sweepOrders(int[][] neighbours) {
    int count = neighbours.length;
    Integer[] all = new Integer[count];
    int[] nodes = new int[count];
    for (int v = 0; v < count; v++) {
      all[v] = v;
      nodes[v] = v;
    }
    int[] fromEnd = new int[count];
    bfs(neighbours, new int[] {0}, fromEnd);
    int end = farthest(nodes, fromEnd);
    bfs(neighbours, new int[] {end}, fromEnd);
    int start = farthest(nodes, fromEnd);
    int[] fromStart = new int[count];
    bfs(neighbours, new int[] {start}, fromStart);
    int[] breadthFirst = new int[count];
    boolean[] seen = new boolean[count];
    int head = 0;
    int tail = 0;
    breadthFirst[tail++] = start;
    seen[start] = true;
    while (head < tail) {
      int v = breadthFirst[head++];
      for (int o : neighbours[v]) {
        if (!seen[o]) {
          seen[o] = true;
          breadthFirst[tail++] = o;
        }
      }
    }
    Arrays.sort(all, (a, b) -> fromStart[a] != fromStart[b] ? Integer.compare(fromStart[a], fromStart[b])
        : fromEnd[a] != fromEnd[b] ? Integer.compare(fromEnd[b], fromEnd[a]) : Integer.compare(a, b));
    int[] layered = Arrays.stream(all).mapToInt(Integer::intValue).toArray();
    return List.of(breadthFirst, layered, nodes);
  }

  /** A set of non-negative ints by open addressing; used only for membership, never iterated. */
  private static final class IntSet {
    private int[] slots;
    private int size;

    IntSet(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
      slots = new int[capacity];
      Arrays.fill(slots, -1);
    }

    boolean contains(int x) {
      int mask = slots.length - 1;
      for (int i = mix(x) & mask; ; i = (i + 1) & mask) {
        if (slots[i] == -1) {
          return false;
        }
        if (slots[i] == x) {
          return true;
        }
      }
    }

    void add(int x) {
      if (2 * (size + 1) > slots.length) {
        int[] old = slots;
        slots = new int[old.length * 2];
        Arrays.fill(slots, -1);
        size = 0;
        for (int y : old) {
          if (y != -1) {
            add(y);
          }
        }
      }
      int mask = slots.length - 1;
      int i = mix(x) & mask;
      while (slots[i] != -1 && slots[i] != x) {
        i = (i + 1) & mask;
      }
      if (slots[i] == -1) {
        slots[i] = x;
        size++;
      }
    }

    private static int mix(int x) {
      int h = x * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
