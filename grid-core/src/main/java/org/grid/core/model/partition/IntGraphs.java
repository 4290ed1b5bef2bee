package org.grid.core.model.partition;

import java.util.Arrays;

/**
 * Breadth-first distances and farthest nodes on a graph held as adjacency arrays of int node indexes, shared by
 * the village splitter (units) and the district grouper (villages) to spread their seeds apart.
 */
final class IntGraphs {

  private IntGraphs() {}

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
}
