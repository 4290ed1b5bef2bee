package org.grid.core.model.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/** Small graph helpers on int-indexed graphs with sorted neighbour arrays. */
final class Graphs {

  private Graphs() {}

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
    IntGraphs.bfs(neighbours, new int[] {0}, fromEnd);
    int end = IntGraphs.farthest(nodes, fromEnd);
    IntGraphs.bfs(neighbours, new int[] {end}, fromEnd);
    int start = IntGraphs.farthest(nodes, fromEnd);
    int[] fromStart = new int[count];
    IntGraphs.bfs(neighbours, new int[] {start}, fromStart);
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
