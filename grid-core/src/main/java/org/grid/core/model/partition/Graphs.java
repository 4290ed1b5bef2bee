package org.grid.core.model.partition;

import java.util.ArrayDeque;
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
    java.util.HashSet<Integer> seen = new java.util.HashSet<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int start : nodes) {
      if (!inside.test(start) || seen.contains(start)) {
        continue;
      }
      List<Integer> component = new ArrayList<>();
      seen.add(start);
      queue.add(start);
      while (!queue.isEmpty()) {
        int node = queue.poll();
        component.add(node);
        for (int next : neighbours[node]) {
          if (inside.test(next) && seen.add(next)) {
            queue.add(next);
          }
        }
      }
      int[] array = component.stream().mapToInt(Integer::intValue).toArray();
      Arrays.sort(array);
      result.add(array);
    }
    return result;
  }
}
