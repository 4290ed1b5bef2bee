package org.grid.examples.year;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grid.core.model.jurisdiction.Coordinates;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.Plan;

/**
 * The township map (网格地图) as one SVG document, drawn from the points the units carry ({@link Unit#location()}):
 * each responsibility grid a rounded hull around its units' points, filled in its district's colour; each unit a
 * dot sized by its households; unit borders as thin lines; each village's name at the middle of its units; a split
 * village (cut into more than one grid) outlined with a dashed line and marked {@code ✂}. North is up. Units
 * without a point are left out and counted in the caption. Every text is escaped; the output depends only on the
 * township and the plan, so the same inputs give the same bytes.
 */
public final class TownshipMap {

  /** The colours of the districts, in the order of the plan's districts (repeated past twelve). */
  static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
      "#b07aa1", "#ff9da7", "#9c755f", "#86bcb6", "#d4a6c8", "#a0cbe8");

  private static final double WIDTH = 900;
  private static final double HEIGHT = 640;
  private static final double MARGIN = 40;

  private TownshipMap() {}

  /**
   * Returns the colour of a district.
   *
   * @param index the district's index in {@link Plan#districts()}
   * @return a CSS colour
   */
  static String colour(int index) {
    return PALETTE.get(index % PALETTE.size());
  }

  /**
   * Draws the map of a planned township.
   *
   * @param township the township, not null
   * @param plan its plan, not null
   * @return a standalone SVG document (with the XML namespace), without an XML declaration so that it can be
   *     embedded in HTML as it is
   */
  public static String svg(Township township, Plan plan) {
    Map<UnitId, Coordinates> points = new LinkedHashMap<>();
    for (Unit unit : township.units()) {
      unit.location().ifPresent(point -> points.put(unit.id(), point));
    }
    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(WIDTH)).append(' ')
        .append(num(HEIGHT + 60)).append("\" width=\"").append(num(WIDTH)).append("\" height=\"")
        .append(num(HEIGHT + 60)).append("\" role=\"img\" aria-label=\"")
        .append(Html.escape("map of " + township.name())).append("\" class=\"township-map\">\n");
    out.append("<title>").append(Html.escape(township.name() + " (" + township.id().value() + "): "
        + plan.grids().size() + " grids in " + plan.districts().size() + " districts")).append("</title>\n");
    out.append("<rect x=\"0\" y=\"0\" width=\"").append(num(WIDTH)).append("\" height=\"").append(num(HEIGHT + 60))
        .append("\" fill=\"#fbfaf7\"/>\n");
    if (points.isEmpty()) {
      out.append("<text x=\"20\" y=\"40\" font-size=\"16\">no unit of this township carries a point: "
          + "nothing to draw</text>\n</svg>\n");
      return out.toString();
    }
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Coordinates p : points.values()) {
      minX = Math.min(minX, p.x());
      maxX = Math.max(maxX, p.x());
      minY = Math.min(minY, p.y());
      maxY = Math.max(maxY, p.y());
    }
    double spanX = Math.max(maxX - minX, 1e-9);
    double spanY = Math.max(maxY - minY, 1e-9);
    double scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
    double offsetX = MARGIN + (WIDTH - 2 * MARGIN - spanX * scale) / 2;
    double offsetY = MARGIN + (HEIGHT - 2 * MARGIN - spanY * scale) / 2;
    final double fMinX = minX;
    final double fMaxY = maxY;
    Map<UnitId, double[]> at = new LinkedHashMap<>();
    points.forEach((id, p) -> at.put(id, new double[] {
        offsetX + (p.x() - fMinX) * scale, offsetY + (fMaxY - p.y()) * scale}));

    Map<GridId, Integer> districtOf = new HashMap<>();
    for (int d = 0; d < plan.districts().size(); d++) {
      for (GridId grid : plan.districts().get(d).grids()) {
        districtOf.put(grid, d);
      }
    }
    Map<VillageId, Integer> gridsPerVillage = new HashMap<>();
    plan.grids().forEach(g -> gridsPerVillage.merge(g.village(), 1, Integer::sum));
    double pad = Math.max(8, Math.min(22, scale * 0.9));

    out.append("<g class=\"grids\">\n");
    for (Grid grid : plan.grids()) {
      List<double[]> pts = new ArrayList<>();
      grid.units().stream().map(at::get).filter(p -> p != null).forEach(pts::add);
      if (pts.isEmpty()) {
        continue;
      }
      String colour = colour(districtOf.getOrDefault(grid.id(), 0));
      out.append("<path class=\"grid\" data-grid=\"").append(Html.escape(grid.id().value())).append("\" d=\"")
          .append(hullPath(pts)).append("\" fill=\"").append(colour).append("\" fill-opacity=\"0.35\" stroke=\"")
          .append(colour).append("\" stroke-opacity=\"0.35\" stroke-width=\"").append(num(pad * 2))
          .append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"><title>")
          .append(Html.escape("grid " + grid.id().value() + ", district "
              + plan.districts().get(districtOf.getOrDefault(grid.id(), 0)).id().value()))
          .append("</title></path>\n");
    }
    out.append("</g>\n<g class=\"borders\" stroke=\"#999\" stroke-width=\"0.6\">\n");
    List<String> edges = new ArrayList<>();
    for (var edge : township.unitAdjacency().edges()) {
      double[] a = at.get(edge.nodeU());
      double[] b = at.get(edge.nodeV());
      if (a != null && b != null) {
        edges.add("<line x1=\"" + num(a[0]) + "\" y1=\"" + num(a[1]) + "\" x2=\"" + num(b[0]) + "\" y2=\""
            + num(b[1]) + "\"/>\n");
      }
    }
    edges.sort(Comparator.naturalOrder());
    edges.forEach(out::append);
    out.append("</g>\n<g class=\"split-villages\" fill=\"none\" stroke=\"#222\" stroke-width=\"1.5\" "
        + "stroke-dasharray=\"5 4\">\n");
    for (Village village : township.villages()) {
      if (gridsPerVillage.getOrDefault(village.id(), 0) < 2) {
        continue;
      }
      List<double[]> pts = new ArrayList<>();
      village.units().stream().map(u -> at.get(u.id())).filter(p -> p != null).forEach(pts::add);
      if (!pts.isEmpty()) {
        out.append("<path class=\"split-village\" d=\"").append(hullPath(pad * 1.3, pts)).append("\"><title>")
            .append(Html.escape(village.name() + " (" + village.id().value() + ") is split into "
                + gridsPerVillage.get(village.id()) + " grids"))
            .append("</title></path>\n");
      }
    }
    out.append("</g>\n<g class=\"units\" stroke=\"#fff\" stroke-width=\"0.8\">\n");
    for (Grid grid : plan.grids()) {
      String colour = colour(districtOf.getOrDefault(grid.id(), 0));
      for (UnitId unitId : grid.units()) {
        double[] p = at.get(unitId);
        if (p == null) {
          continue;
        }
        Unit unit = township.unit(unitId).orElseThrow();
        out.append("<circle cx=\"").append(num(p[0])).append("\" cy=\"").append(num(p[1])).append("\" r=\"")
            .append(num(2 + Math.sqrt(unit.households()) / 2.5)).append("\" fill=\"").append(colour)
            .append("\"><title>").append(Html.escape(unit.name() + " (" + unit.id().value() + "), "
                + unit.households() + " households, grid " + grid.id().value()))
            .append("</title></circle>\n");
      }
    }
    out.append("</g>\n<g class=\"village-names\" font-size=\"13\" text-anchor=\"middle\" fill=\"#111\" "
        + "font-family=\"sans-serif\">\n");
    for (Village village : township.villages()) {
      double sx = 0;
      double sy = 0;
      int n = 0;
      for (Unit unit : village.units()) {
        double[] p = at.get(unit.id());
        if (p != null) {
          sx += p[0];
          sy += p[1];
          n++;
        }
      }
      if (n == 0) {
        continue;
      }
      boolean split = gridsPerVillage.getOrDefault(village.id(), 0) > 1;
      out.append("<text class=\"village-name\" x=\"").append(num(sx / n)).append("\" y=\"").append(num(sy / n - 6))
          .append("\" paint-order=\"stroke\" stroke=\"#fbfaf7\" stroke-width=\"3\">")
          .append(Html.escape(village.name() + (split ? " ✂" + gridsPerVillage.get(village.id()) : "")))
          .append("</text>\n");
    }
    out.append("</g>\n<g class=\"legend\" font-size=\"12\" font-family=\"sans-serif\">\n");
    double x = 12;
    double y = HEIGHT + 18;
    for (int d = 0; d < plan.districts().size(); d++) {
      District district = plan.districts().get(d);
      if (x > WIDTH - 120) {
        x = 12;
        y += 18;
      }
      out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y - 10)).append("\" width=\"12\" "
          + "height=\"12\" fill=\"").append(colour(d)).append("\"/><text x=\"").append(num(x + 16))
          .append("\" y=\"").append(num(y)).append("\">")
          .append(Html.escape(district.id().value() + " (" + district.grids().size() + " grids)"))
          .append("</text>\n");
      x += 130;
    }
    int missing = township.units().size() - points.size();
    out.append("<text x=\"12\" y=\"").append(num(y + 22)).append("\" fill=\"#555\">")
        .append(Html.escape("dots: units, sized by households; shaded: responsibility grids in their district's "
            + "colour; dashed: split villages (✂ number of grids); north up"
            + (missing > 0 ? "; " + missing + " units without a point not drawn" : "")))
        .append("</text>\n</g>\n</svg>\n");
    return out.toString();
  }

  /** The convex hull of the points as an SVG path (a dot or a line when there are fewer than three). */
  private static String hullPath(List<double[]> points) {
    List<double[]> hull = hull(points);
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < hull.size(); i++) {
      d.append(i == 0 ? "M" : " L").append(num(hull.get(i)[0])).append(' ').append(num(hull.get(i)[1]));
    }
    if (hull.size() == 1) {
      d.append(" L").append(num(hull.get(0)[0])).append(' ').append(num(hull.get(0)[1]));
    }
    return d.append(" Z").toString();
  }

  /** The hull pushed outwards by {@code pad} from its centre: an outline around the points. */
  private static String hullPath(double pad, List<double[]> points) {
    List<double[]> hull = hull(points);
    double cx = 0;
    double cy = 0;
    for (double[] p : hull) {
      cx += p[0];
      cy += p[1];
    }
    cx /= hull.size();
    cy /= hull.size();
    List<double[]> grown = new ArrayList<>();
    for (double[] p : hull) {
      double dx = p[0] - cx;
      double dy = p[1] - cy;
      double len = Math.hypot(dx, dy);
      grown.add(len < 1e-9 ? new double[] {p[0], p[1] - pad}
          : new double[] {p[0] + dx / len * pad, p[1] + dy / len * pad});
    }
    if (hull.size() == 1) {
      double[] p = hull.get(0);
      return "M" + num(p[0] - pad) + " " + num(p[1]) + " A" + num(pad) + " " + num(pad) + " 0 1 0 " + num(p[0] + pad)
          + " " + num(p[1]) + " A" + num(pad) + " " + num(pad) + " 0 1 0 " + num(p[0] - pad) + " " + num(p[1]) + " Z";
    }
    return hullPath(grown);
  }

  /** Andrew's monotone chain: the convex hull in order, without repeated points. */
  private static List<double[]> hull(List<double[]> points) {
    List<double[]> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
    List<double[]> unique = new ArrayList<>();
    for (double[] p : sorted) {
      if (unique.isEmpty() || unique.get(unique.size() - 1)[0] != p[0] || unique.get(unique.size() - 1)[1] != p[1]) {
        unique.add(p);
      }
    }
    if (unique.size() < 3) {
      return unique;
    }
    double[][] h = new double[unique.size() * 2][];
    int k = 0;
    for (double[] p : unique) {
      while (k >= 2 && cross(h[k - 2], h[k - 1], p) <= 0) {
        k--;
      }
      h[k++] = p;
    }
    for (int i = unique.size() - 2, t = k + 1; i >= 0; i--) {
      double[] p = unique.get(i);
      while (k >= t && cross(h[k - 2], h[k - 1], p) <= 0) {
        k--;
      }
      h[k++] = p;
    }
    List<double[]> hull = new ArrayList<>();
    for (int i = 0; i < k - 1; i++) {
      hull.add(h[i]);
    }
    return hull;
  }

  private static double cross(double[] o, double[] a, double[] b) {
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  }

  /** A coordinate with at most one decimal, in the root locale: the same on every machine. */
  static String num(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return String.format(Locale.ROOT, "%d", (long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }
}
