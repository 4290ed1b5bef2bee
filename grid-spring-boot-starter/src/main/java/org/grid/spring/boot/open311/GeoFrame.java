package org.grid.spring.boot.open311;

import org.grid.core.model.jurisdiction.Coordinates;

/**
 * How a township's unit points ({@link Coordinates}, in the county's planar frame) lie on the earth (坐标系): the
 * WGS84 latitude and longitude of the frame's origin, and how many metres one coordinate step is, east along
 * {@code x} and north along {@code y}. Points are converted with an equirectangular projection about the origin:
 * its relative error in a distance is at most about the north-south extent over the earth's radius times the tangent
 * of the latitude, 0.2% across 20 km at 30° north and 0.4% at 53° north (China's northernmost county), far below
 * the spacing of units.
 *
 * @param originLatitude the latitude of the point {@code (0, 0)}, in degrees, from -85 to 85 (nearer the poles the
 *     projection no longer holds)
 * @param originLongitude the longitude of the point {@code (0, 0)}, in degrees, from -180 to 180
 * @param metresPerCoordinate the metres of one coordinate step, positive and finite (1 when the county's
 *     coordinates are metres)
 */
public record GeoFrame(double originLatitude, double originLongitude, double metresPerCoordinate) {

  /** The earth's mean radius in metres (IUGG). */
  static final double EARTH_RADIUS = 6_371_008.8;

  /** The metres of one degree of latitude (and of longitude on the equator). */
  static final double METRES_PER_DEGREE = EARTH_RADIUS * Math.PI / 180;

  /**
   * Checks the frame.
   *
   * @param originLatitude the latitude of the point {@code (0, 0)}, from -85 to 85 degrees
   * @param originLongitude the longitude of the point {@code (0, 0)}, from -180 to 180 degrees
   * @param metresPerCoordinate the metres of one coordinate step, positive and finite
   * @throws IllegalArgumentException naming the field if a value is not finite or out of its range
   */
  public GeoFrame {
    if (!(originLatitude >= -85 && originLatitude <= 85)) {
      throw new IllegalArgumentException("originLatitude must be from -85 to 85 degrees, was " + originLatitude);
    }
    if (!(originLongitude >= -180 && originLongitude <= 180)) {
      throw new IllegalArgumentException(
          "originLongitude must be from -180 to 180 degrees, was " + originLongitude);
    }
    if (!(metresPerCoordinate > 0 && Double.isFinite(metresPerCoordinate))) {
      throw new IllegalArgumentException(
          "metresPerCoordinate must be positive and finite, was " + metresPerCoordinate);
    }
  }

  /**
   * Returns the frame whose coordinates are metres east and north of an origin.
   *
   * @param originLatitude the origin's latitude, from -85 to 85 degrees
   * @param originLongitude the origin's longitude, from -180 to 180 degrees
   * @return the frame
   * @throws IllegalArgumentException as the constructor
   */
  public static GeoFrame metresFrom(double originLatitude, double originLongitude) {
    return new GeoFrame(originLatitude, originLongitude, 1);
  }

  /**
   * Returns where a WGS84 position lies in this frame, in metres east and north of the origin (not in
   * coordinate steps).
   *
   * @param latitude the latitude in degrees, checked by the caller
   * @param longitude the longitude in degrees, checked by the caller
   * @return {@code {east, north}} in metres
   */
  double[] metresOf(double latitude, double longitude) {
    double east = wrap(longitude - originLongitude) * METRES_PER_DEGREE * Math.cos(Math.toRadians(originLatitude));
    double north = (latitude - originLatitude) * METRES_PER_DEGREE;
    return new double[] {east, north};
  }

  /**
   * Returns a unit point in metres east and north of the origin.
   *
   * @param point the point in the county's coordinates
   * @return {@code {east, north}} in metres
   */
  double[] metresOf(Coordinates point) {
    return new double[] {point.x() * metresPerCoordinate, point.y() * metresPerCoordinate};
  }

  /**
   * Returns the WGS84 position of a point given in metres east and north of the origin.
   *
   * @param east metres east
   * @param north metres north
   * @return {@code {latitude, longitude}} in degrees
   */
  double[] degreesOf(double east, double north) {
    double latitude = originLatitude + north / METRES_PER_DEGREE;
    double longitude = wrap(originLongitude
        + east / (METRES_PER_DEGREE * Math.cos(Math.toRadians(originLatitude))));
    return new double[] {latitude, longitude};
  }

  /** A longitude difference or value brought into [-180, 180), so that the date line does not part neighbours. */
  private static double wrap(double degrees) {
    double wrapped = ((degrees + 180) % 360 + 360) % 360 - 180;
    return wrapped;
  }
}
