package org.grid.examples.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.grid.core.model.jurisdiction.ExistingDistrict;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;

/** Renders a township as a plain-text summary: villages, units, households and village adjacency. */
final class TownshipSummary {

  private static final int LINE_WIDTH = 110;

  private TownshipSummary() {}

  static String of(Township township) {
    StringBuilder out = new StringBuilder();
    int edges = township.villageAdjacency().edges().size();
    out.append(township.name()).append(" (").append(township.id()).append("): ")
        .append(township.villages().size()).append(" villages, ")
        .append(township.units().size()).append(" units, ")
        .append(township.households()).append(" households, ")
        .append(edges).append(" village borders")
        .append(township.adjacencyKnown() ? "" : " (no adjacency given)")
        .append('\n');
    out.append(String.format("%-10s %-8s %6s %10s  %s%n", "village", "name", "units", "households", "neighbours"));
    for (Village village : township.villages()) {
      String neighbours = township.villageAdjacency().adjacentNodes(village.id()).stream()
          .sorted()
          .map(VillageId::value)
          .collect(Collectors.joining(" "));
      out.append(String.format("%-10s %-8s %6d %10d  %s%n",
          village.id(), village.name(), village.units().size(), village.households(),
          neighbours.isEmpty() ? "(none)" : neighbours));
    }
    if (!township.existingDistricts().isEmpty()) {
      out.append("current districts (片区):\n");
      for (ExistingDistrict district : township.existingDistricts()) {
        int households = district.villages().stream()
            .mapToInt(v -> township.village(v).orElseThrow().households())
            .sum();
        out.append(String.format("  %-8s %-6s %6d households  %s%n", district.id(), district.name(), households,
            district.villages().stream().map(VillageId::value).collect(Collectors.joining(" "))));
      }
    }
    List<String> borders = township.villageAdjacency().edges().stream()
        .map(e -> e.nodeU().compareTo(e.nodeV()) <= 0 ? e.nodeU() + "-" + e.nodeV() : e.nodeV() + "-" + e.nodeU())
        .sorted()
        .toList();
    out.append("village borders:");
    int column = out.length() - out.lastIndexOf("\n");
    for (String border : borders) {
      if (column + border.length() + 1 > LINE_WIDTH) {
        out.append("\n ");
        column = 1;
      }
      out.append(' ').append(border);
      column += border.length() + 1;
    }
    return out.append('\n').toString();
  }
}
