package org.grid.spring.boot.open311;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.partition.Grid;
import org.grid.escalation.model.Place;

/**
 * Places a report's WGS84 position in a grid (定位到网格): the grid of the nearest unit point (村民小组的点位) of the
 * county's mapped townships, if that point is no farther than a bound; else the report is refused. A unit's point
 * lies inside the unit, so the nearest point approximates the unit the position is in (the units' Voronoi cells);
 * where two units' points are equally near (within a millimetre), the first by township and unit id wins. Units
 * without a point, and units the plan puts in no grid, are never chosen. Thread-safe and immutable.
 */
public final class GeoLocator {

  /** One unit point, in metres of its township's frame. */
  private record UnitPoint(MappedTownship township, UnitId unit, Place place, double east, double north) {}

  /**
   * Where a report was placed.
   *
   * @param place the grid and its jurisdictions
   * @param unit the unit whose point was nearest (or that {@code address_id} named)
   * @param township the township of the unit
   * @param metres the distance from the position to the unit's point; 0 for a unit named by {@code address_id}
   */
  public record Location(Place place, UnitId unit, TownshipId township, double metres) {}

  /** Points nearer to each other's distance than this are equally near (the projection's rounding is far below). */
  static final double TIE_METRES = 0.001;

  private final Map<CountyId, List<UnitPoint>> pointsByCounty = new HashMap<>();
  private final Map<Place, double[]> centres = new HashMap<>();
  private final double maxMetres;

  /**
   * Indexes the units' points of mapped townships.
   *
   * @param townships the townships, not null; a township given twice is refused
   * @param maxMetres the farthest a position may be from the nearest unit point, in metres, positive and finite
   * @throws NullPointerException if {@code townships} or one of them is null
   * @throws IllegalArgumentException if a township is given twice or {@code maxMetres} is out of range
   */
  public GeoLocator(List<MappedTownship> townships, double maxMetres) {
    requireNonNull(townships, "townships");
    if (!(maxMetres > 0 && Double.isFinite(maxMetres))) {
      throw new IllegalArgumentException("maxMetres must be positive and finite, was " + maxMetres);
    }
    this.maxMetres = maxMetres;
    Set<String> seen = new TreeSet<>();
    List<MappedTownship> sorted = new ArrayList<>(townships);
    sorted.forEach(t -> requireNonNull(t, "township"));
    sorted.sort(Comparator.comparing((MappedTownship t) -> t.township().county().value())
        .thenComparing(t -> t.township().id().value()));
    for (MappedTownship mapped : sorted) {
      if (!seen.add(mapped.township().county().value() + "/" + mapped.township().id().value())) {
        throw new IllegalArgumentException("township " + mapped.township().id() + " of "
            + mapped.township().county() + " is mapped twice");
      }
      index(mapped);
    }
  }

  private void index(MappedTownship mapped) {
    Map<UnitId, Grid> gridOfUnit = new HashMap<>();
    for (Grid grid : mapped.plan().grids()) {
      grid.units().forEach(unit -> gridOfUnit.put(unit, grid));
    }
    Map<Place, double[]> sums = new LinkedHashMap<>();
    List<UnitPoint> points = pointsByCounty.computeIfAbsent(mapped.township().county(), c -> new ArrayList<>());
    List<Unit> units = new ArrayList<>(mapped.township().units());
    units.sort(Comparator.comparing(u -> u.id().value()));
    for (Unit unit : units) {
      Grid grid = gridOfUnit.get(unit.id());
      if (grid == null || unit.location().isEmpty()) {
        continue;
      }
      double[] metres = mapped.frame().metresOf(unit.location().get());
      Place place = Place.of(mapped.township(), mapped.plan(), grid.id());
      points.add(new UnitPoint(mapped, unit.id(), place, metres[0], metres[1]));
      double[] sum = sums.computeIfAbsent(place, g -> new double[3]);
      sum[0] += metres[0];
      sum[1] += metres[1];
      sum[2]++;
    }
    sums.forEach((grid, sum) -> centres.put(grid, mapped.frame().degreesOf(sum[0] / sum[2], sum[1] / sum[2])));
  }

  /**
   * Returns the counties of the mapped townships.
   *
   * @return the counties, ordered by id
   */
  public Set<CountyId> counties() {
    Set<CountyId> counties = new TreeSet<>(Comparator.comparing(CountyId::value));
    counties.addAll(pointsByCounty.keySet());
    return Collections.unmodifiableSet(counties);
  }

  /**
   * Returns the farthest a position may be from the nearest unit point.
   *
   * @return the bound in metres
   */
  public double maxMetres() {
    return maxMetres;
  }

  /**
   * Places a WGS84 position in the grid of the nearest unit point of a county.
   *
   * @param county the county, not null
   * @param latitude the latitude in degrees, from -90 to 90
   * @param longitude the longitude in degrees, from -180 to 180
   * @return where the position lies
   * @throws NullPointerException if {@code county} is null
   * @throws IllegalArgumentException naming {@code lat} or {@code long} if a value is not a number in its range,
   *     or saying the position is too far from every unit point of the county (the position itself is never
   *     repeated: it is the reporter's)
   */
  public Location locate(CountyId county, double latitude, double longitude) {
    requireNonNull(county, "county");
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("lat must be a number of degrees from -90 to 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("long must be a number of degrees from -180 to 180");
    }
    UnitPoint best = null;
    double bestMetres = Double.POSITIVE_INFINITY;
    for (UnitPoint point : pointsByCounty.getOrDefault(county, List.of())) {
      double[] at = point.township().frame().metresOf(latitude, longitude);
      double metres = Math.hypot(at[0] - point.east(), at[1] - point.north());
      if (metres < bestMetres - TIE_METRES) {
        best = point;
        bestMetres = metres;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("county " + county + " has no mapped unit to place lat and long in");
    }
    if (bestMetres > maxMetres) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "lat and long lie %.0f m from the nearest unit of county %s; at most %.0f m are allowed",
          bestMetres, county, maxMetres));
    }
    return new Location(best.place(), best.unit(), best.township().township().id(), bestMetres);
  }

  /**
   * Finds a unit named by an Open311 {@code address_id}: a unit id of one of the county's mapped townships, or
   * {@code township/unit} where several townships have a unit of that id.
   *
   * @param county the county, not null
   * @param addressId the address id, not null
   * @return the unit's location
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming {@code address_id} if no unit with a point and a grid, or more than
   *     one, has the id
   */
  public Location unit(CountyId county, String addressId) {
    requireNonNull(county, "county");
    requireNonNull(addressId, "addressId");
    int slash = addressId.indexOf('/');
    String township = slash < 0 ? null : addressId.substring(0, slash);
    String unit = slash < 0 ? addressId : addressId.substring(slash + 1);
    List<UnitPoint> found = new ArrayList<>();
    for (UnitPoint point : pointsByCounty.getOrDefault(county, List.of())) {
      if (point.unit().value().equals(unit)
          && (township == null || point.township().township().id().value().equals(township))) {
        found.add(point);
      }
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("address_id names no mapped unit of county " + county);
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException("address_id names a unit of several townships of county " + county
          + "; write it as township/unit");
    }
    UnitPoint point = found.get(0);
    return new Location(point.place(), point.unit(), point.township().township().id(), 0);
  }

  /**
   * Returns the WGS84 position of a place's grid: the mean of its units' points.
   *
   * @param place the place, not null
   * @return {@code {latitude, longitude}} in degrees, or empty when no mapped unit of the grid has a point
   */
  public Optional<double[]> centreOf(Place place) {
    double[] centre = centres.get(requireNonNull(place, "place"));
    return centre == null ? Optional.empty() : Optional.of(centre.clone());
  }
}
