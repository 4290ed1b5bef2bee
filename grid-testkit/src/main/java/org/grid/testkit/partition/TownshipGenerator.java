package org.grid.testkit.partition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.grid.core.model.jurisdiction.Coordinates;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.ExistingDistrict;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * Generates townships like real ones, deterministically from a seed: villages of {@value #MIN_VILLAGE} to
 * {@value #MAX_VILLAGE} households (median about 400, skewed like the survey data in {@code data/real}), cut into
 * units (villager groups) of {@value #MIN_UNIT} to {@value #MAX_UNIT} households; units are cells of a square lattice
 * with one diagonal per square (a planar triangulation), laid along a Hilbert curve so that every village, and every
 * run of consecutive villages, is a compact connected patch. Some runs of neighbouring villages share an industry tag
 * ({@code tea}, {@code bamboo}, {@code mushroom}).
 *
 * <p>Every generated township is satisfiable for any district count up to its number of villages: villages are
 * connected, the township is connected, and every village has at least as many units as rule 2 gives it grids at the
 * default target. Ids are {@code G-V0001}, {@code G-V0001-G01} and so on; the same arguments give an equal township.
 */
public final class TownshipGenerator {

  /**
   * The county of every generated township, {@code C1}: the same as {@code JurisdictionArbitraries.COUNTY}, written
   * out here so that the generator, which benchmarks run without jqwik, does not load the arbitraries' class.
   */
  public static final CountyId COUNTY = CountyId.of("C1");

  /** Fewest households in a generated village: {@value}. */
  public static final int MIN_VILLAGE = 80;
  /** Most households in a generated village: {@value}. */
  public static final int MAX_VILLAGE = 1300;
  /** Fewest households in a generated unit: {@value}. */
  public static final int MIN_UNIT = 10;
  /** Most households in a generated unit: {@value}. */
  public static final int MAX_UNIT = 120;

  private static final String[] TAGS = {"tea", "bamboo", "mushroom"};

  private TownshipGenerator() {}

  /**
   * Generates a township without a current 片区 assignment.
   *
   * @param villages the number of villages, at least 1
   * @param seed the seed; the same seed gives the same township
   * @return the township
   * @throws IllegalArgumentException if {@code villages} is less than 1
   */
  public static Township generate(int villages, long seed) {
    return generate(villages, 0, seed);
  }

  /**
   * Generates a township, with a current 片区 assignment of {@code districts} connected runs of villages when
   * {@code districts} is positive.
   *
   * @param villages the number of villages, at least 1
   * @param districts the number of current districts, from 0 (none) to {@code villages}
   * @param seed the seed; the same seed gives the same township
   * @return the township
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static Township generate(int villages, int districts, long seed) {
    if (villages < 1) {
      throw new IllegalArgumentException("villages must be at least 1, was " + villages);
    }
    if (districts < 0 || districts > villages) {
      throw new IllegalArgumentException("districts must be from 0 to " + villages + ", was " + districts);
    }
    Random random = new Random(seed);
    List<int[]> unitHouseholds = new ArrayList<>();
    int totalUnits = 0;
    for (int v = 0; v < villages; v++) {
      int households = (int) Math.round(Math.exp(Math.log(400) + 0.6 * random.nextGaussian()));
      households = Math.max(MIN_VILLAGE, Math.min(MAX_VILLAGE, households));
      int[] units = splitHouseholds(households, random);
      unitHouseholds.add(units);
      totalUnits += units.length;
    }
    int side = 1;
    while (side * side < totalUnits) {
      side *= 2;
    }
    int[] cellOfUnit = new int[totalUnits];
    int[] unitOfCell = new int[side * side];
    java.util.Arrays.fill(unitOfCell, -1);
    for (int d = 0; d < totalUnits; d++) {
      int[] xy = hilbert(side, d);
      cellOfUnit[d] = xy[1] * side + xy[0];
      unitOfCell[cellOfUnit[d]] = d;
    }
    TownshipId townshipId = TownshipId.of("G");
    Township.Builder builder = Township.builder(COUNTY, townshipId, "生成乡" + seed);
    List<UnitId> unitIds = new ArrayList<>(totalUnits);
    List<VillageId> villageIds = new ArrayList<>();
    int next = 0;
    String tag = null;
    for (int v = 0; v < villages; v++) {
      if (random.nextInt(4) == 0) {
        tag = random.nextInt(3) == 0 ? null : TAGS[random.nextInt(TAGS.length)];
      }
      VillageId villageId = VillageId.of(String.format("G-V%04d", v + 1));
      villageIds.add(villageId);
      int[] households = unitHouseholds.get(v);
      List<Unit> units = new ArrayList<>();
      for (int u = 0; u < households.length; u++) {
        UnitId unitId = UnitId.of(String.format("%s-G%02d", villageId.value(), u + 1));
        unitIds.add(unitId);
        int cell = cellOfUnit[next++];
        Unit unit = Unit.of(unitId, (u + 1) + "组", households[u])
            .at(Coordinates.of(cell % side + 0.3 * random.nextDouble(), cell / side + 0.3 * random.nextDouble()));
        units.add(tag == null ? unit : unit.withTags(List.of(tag)));
      }
      builder.village(Village.of(villageId, "村" + (v + 1), units));
    }
    for (int d = 0; d < totalUnits; d++) {
      int cell = cellOfUnit[d];
      int x = cell % side;
      int y = cell / side;
      int[][] steps = {{1, 0}, {0, 1}, {1, 1}};
      for (int[] step : steps) {
        int nx = x + step[0];
        int ny = y + step[1];
        if (nx < side && ny < side && unitOfCell[ny * side + nx] >= 0) {
          builder.adjacent(unitIds.get(d), unitIds.get(unitOfCell[ny * side + nx]));
        }
      }
    }
    builder.adjacencyKnown();
    if (districts > 0) {
      for (int d = 0; d < districts; d++) {
        int from = d * villages / districts;
        int to = (d + 1) * villages / districts;
        builder.existingDistrict(ExistingDistrict.of(DistrictId.of("G-D" + (d + 1)), "第" + (d + 1) + "片区",
            villageIds.subList(from, to)));
      }
    }
    return builder.build();
  }

  /**
   * Generates a chain-like township: the villages lie one after another along a strip {@code width} units wide, so
   * each borders the villages just before and after it and, where villages are narrower than the strip, a few more
   * (at most three on either side when the strip is at most three wide). Each village is cut into units of about 35 households (10 to 120). The township depends only on
   * the arguments; ids are {@code C-V0001}, {@code C-V0001-G01} and so on.
   *
   * @param households each village's households, in chain order, each from {@value #MIN_VILLAGE} to
   *     {@value #MAX_VILLAGE}; not null, not empty
   * @param width the strip's width in units, from 1 to 4
   * @return the township
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static Township chain(int[] households, int width) {
    java.util.Objects.requireNonNull(households, "households");
    if (households.length == 0) {
      throw new IllegalArgumentException("households must name at least one village");
    }
    if (width < 1 || width > 4) {
      throw new IllegalArgumentException("width must be from 1 to 4, was " + width);
    }
    for (int h : households) {
      if (h < MIN_VILLAGE || h > MAX_VILLAGE) {
        throw new IllegalArgumentException("households must be from " + MIN_VILLAGE + " to " + MAX_VILLAGE
            + " per village, was " + h);
      }
    }
    Township.Builder builder = Township.builder(COUNTY, TownshipId.of("C"), "链状乡" + households.length);
    List<UnitId> unitIds = new ArrayList<>();
    for (int v = 0; v < households.length; v++) {
      VillageId villageId = VillageId.of(String.format("C-V%04d", v + 1));
      int h = households[v];
      int count = Math.max((h + MAX_UNIT - 1) / MAX_UNIT, Math.min(h / MIN_UNIT, Math.round(h / 35f)));
      List<Unit> units = new ArrayList<>();
      for (int u = 0; u < count; u++) {
        // Even shares, the remainder to the first units.
        int share = h / count + (u < h % count ? 1 : 0);
        UnitId unitId = UnitId.of(String.format("%s-G%02d", villageId.value(), u + 1));
        int cell = unitIds.size();
        int column = cell / width;
        int row = column % 2 == 0 ? cell % width : width - 1 - cell % width;
        unitIds.add(unitId);
        units.add(Unit.of(unitId, (u + 1) + "组", share).at(Coordinates.of(column, row)));
      }
      builder.village(Village.of(villageId, "村" + (v + 1), units));
    }
    // Cells in snake order down and up the strip's columns: consecutive cells always touch, so each village (a run
    // of consecutive cells) is connected. Borders: along rows, along columns and one diagonal per square.
    int cells = unitIds.size();
    for (int a = 0; a < cells; a++) {
      for (int b = a + 1; b < cells && b <= a + 2 * width; b++) {
        int[] pa = snake(a, width);
        int[] pb = snake(b, width);
        int dx = pb[0] - pa[0];
        int dy = pb[1] - pa[1];
        if ((dx == 0 && Math.abs(dy) == 1) || (dx == 1 && dy == 0) || (dx == 1 && dy == 1)) {
          builder.adjacent(unitIds.get(a), unitIds.get(b));
        }
      }
    }
    builder.adjacencyKnown();
    return builder.build();
  }

  private static int[] snake(int cell, int width) {
    int column = cell / width;
    return new int[] {column, column % 2 == 0 ? cell % width : width - 1 - cell % width};
  }

  /**
   * Returns the same township with its villages, units, borders and current districts listed in another order (a
   * shuffle by {@code seed}); planning must not see the difference.
   *
   * @param township the township, not null
   * @param seed the shuffle's seed
   * @return an equal-in-content township, listed in another order
   */
  public static Township shuffled(Township township, long seed) {
    Random random = new Random(seed);
    Township.Builder builder = Township.builder(township.county(), township.id(), township.name());
    List<Village> villages = new ArrayList<>(township.villages());
    Collections.shuffle(villages, random);
    for (Village village : villages) {
      List<Unit> units = new ArrayList<>(village.units());
      Collections.shuffle(units, random);
      builder.village(Village.of(village.id(), village.name(), units));
    }
    List<UnitId[]> edges = new ArrayList<>();
    township.unitAdjacency().edges().forEach(e -> edges.add(random.nextBoolean()
        ? new UnitId[] {e.nodeU(), e.nodeV()} : new UnitId[] {e.nodeV(), e.nodeU()}));
    Collections.shuffle(edges, random);
    edges.forEach(e -> builder.adjacent(e[0], e[1]));
    if (township.adjacencyKnown()) {
      builder.adjacencyKnown();
    }
    List<ExistingDistrict> districts = new ArrayList<>(township.existingDistricts());
    Collections.shuffle(districts, random);
    for (ExistingDistrict district : districts) {
      List<VillageId> members = new ArrayList<>(district.villages());
      Collections.shuffle(members, random);
      builder.existingDistrict(ExistingDistrict.of(district.id(), district.name(), members));
    }
    return builder.build();
  }

  /** Cuts a village's households into units of MIN_UNIT..MAX_UNIT, typically 24 to 48 households each. */
  private static int[] splitHouseholds(int households, Random random) {
    int fewest = (households + MAX_UNIT - 1) / MAX_UNIT;
    int most = households / MIN_UNIT;
    int count = Math.max(fewest, Math.min(most, (int) Math.round(households / (24.0 + 24 * random.nextDouble()))));
    int[] units = new int[count];
    java.util.Arrays.fill(units, MIN_UNIT);
    int left = households - MIN_UNIT * count;
    while (left > 0) {
      int u = random.nextInt(count);
      int room = MAX_UNIT - units[u];
      if (room == 0) {
        continue;
      }
      int add = Math.min(left, Math.min(room, 1 + random.nextInt(20)));
      units[u] += add;
      left -= add;
    }
    return units;
  }

  /** The cell of distance {@code d} along the Hilbert curve filling a {@code side} x {@code side} square. */
  private static int[] hilbert(int side, int d) {
    int x = 0;
    int y = 0;
    int t = d;
    for (int s = 1; s < side; s *= 2) {
      int rx = 1 & (t / 2);
      int ry = 1 & (t ^ rx);
      if (ry == 0) {
        if (rx == 1) {
          x = s - 1 - x;
          y = s - 1 - y;
        }
        int swap = x;
        x = y;
        y = swap;
      }
      x += s * rx;
      y += s * ry;
      t /= 4;
    }
    return new int[] {x, y};
  }
}
