package org.grid.spring.boot.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;

/** The location rule: nearest unit point, bounded, and every hostile position refused by name. */
class GeoLocatorTest {

  static final MappedTownship SAMPLE =
      new MappedTownship(Open311Fixture.township(), EscalationSamples.plan(), Open311Fixture.FRAME);
  static final GeoLocator LOCATOR = new GeoLocator(List.of(SAMPLE), 1000);
  static final CountyId C1 = EscalationSamples.COUNTY;

  static double[] at(double east, double north) {
    return Open311Fixture.degrees(east, north);
  }

  @Test
  void theFrameIsAnEquirectangularProjectionAboutItsOrigin() {
    GeoFrame frame = GeoFrame.metresFrom(30, 120);
    // One degree of latitude is the earth's mean radius times pi / 180: 111,195 m.
    assertThat(frame.metresOf(31, 120)[1]).isCloseTo(111_195.08, within(0.01));
    // One degree of longitude at 30 degrees north is cos(30) of that.
    assertThat(frame.metresOf(30, 121)[0]).isCloseTo(111_195.08 * Math.cos(Math.toRadians(30)), within(0.01));
    double[] back = frame.degreesOf(1234.5, -678.9);
    double[] metres = frame.metresOf(back[0], back[1]);
    assertThat(metres[0]).isCloseTo(1234.5, within(1e-6));
    assertThat(metres[1]).isCloseTo(-678.9, within(1e-6));
    // Coordinates in steps of 10 m.
    assertThat(new GeoFrame(30, 120, 10).metresOf(org.grid.core.model.jurisdiction.Coordinates.of(3, 4)))
        .containsExactly(30, 40);
    // Across the date line neighbours stay neighbours.
    GeoFrame dateLine = GeoFrame.metresFrom(0, 179.999);
    assertThat(dateLine.metresOf(0, -179.999)[0]).isCloseTo(2 * 0.001 * 111_195.08, within(0.01));
  }

  @Test
  void aFrameOutOfRangeIsRefused() {
    assertThatThrownBy(() -> new GeoFrame(Double.NaN, 120, 1)).hasMessageStartingWith("originLatitude must be");
    assertThatThrownBy(() -> new GeoFrame(89, 120, 1)).hasMessageStartingWith("originLatitude must be");
    assertThatThrownBy(() -> new GeoFrame(30, 200, 1)).hasMessageStartingWith("originLongitude must be");
    assertThatThrownBy(() -> new GeoFrame(30, 120, 0)).hasMessageStartingWith("metresPerCoordinate must be");
    assertThatThrownBy(() -> new GeoFrame(30, 120, Double.POSITIVE_INFINITY))
        .hasMessageStartingWith("metresPerCoordinate must be");
  }

  @Test
  void aPositionLandsInTheGridOfTheNearestUnitPoint() {
    double[] nearA = at(999, 0);
    assertThat(LOCATOR.locate(C1, nearA[0], nearA[1]).place()).isEqualTo(EscalationSamples.PLACE_A);
    double[] nearB = at(1001, 0);
    GeoLocator.Location b = LOCATOR.locate(C1, nearB[0], nearB[1]);
    assertThat(b.place()).isEqualTo(EscalationSamples.PLACE_B);
    assertThat(b.unit()).isEqualTo(UnitId.of("T01-V09-G1"));
    assertThat(b.metres()).isCloseTo(999, within(0.01));
    double[] nearC = at(-300, 1900);
    assertThat(LOCATOR.locate(C1, nearC[0], nearC[1]).place()).isEqualTo(EscalationSamples.PLACE_C);
  }

  @Test
  void equallyNearUnitsAreDecidedByUnitId() {
    // (1000, 1000) is as far from A's unit (0, 0) as from B's (2000, 0) and C's (0, 2000): T01-V04-G1 comes first.
    double[] middle = at(1000, 1000);
    GeoLocator locator = new GeoLocator(List.of(SAMPLE), 2000);
    assertThat(locator.locate(C1, middle[0], middle[1]).unit()).isEqualTo(UnitId.of("T01-V04-G1"));
  }

  @Test
  void hostilePositionsAreRefusedNamingTheFieldWithoutRepeatingThePosition() {
    assertThatThrownBy(() -> LOCATOR.locate(C1, Double.NaN, 120))
        .hasMessage("lat must be a number of degrees from -90 to 90");
    assertThatThrownBy(() -> LOCATOR.locate(C1, 90.000001, 120))
        .hasMessage("lat must be a number of degrees from -90 to 90");
    assertThatThrownBy(() -> LOCATOR.locate(C1, 30, Double.NEGATIVE_INFINITY))
        .hasMessage("long must be a number of degrees from -180 to 180");
    assertThatThrownBy(() -> LOCATOR.locate(C1, 30, 180.5))
        .hasMessage("long must be a number of degrees from -180 to 180");
    double[] far = at(0, 1001 + 2000);
    assertThatThrownBy(() -> LOCATOR.locate(C1, far[0], far[1]))
        .hasMessage("lat and long lie 1001 m from the nearest unit of county C1; at most 1000 m are allowed")
        .hasMessageNotContaining(Double.toString(far[0]));
    assertThatThrownBy(() -> LOCATOR.locate(C1, -33.9, 151.2)).hasMessageContaining("from the nearest unit");
    assertThatThrownBy(() -> LOCATOR.locate(CountyId.of("C2"), 30, 120))
        .hasMessage("county C2 has no mapped unit to place lat and long in");
  }

  @Test
  void unitsWithoutAPointOrAGridAreNeverChosen() {
    Township township = Township.builder(C1, EscalationSamples.TOWNSHIP, "示范乡")
        .village(Village.of(EscalationSamples.PLACE_A.village(), "村", List.of(
            Unit.of(UnitId.of("T01-V04-G1"), "一组", 150),
            Unit.of(UnitId.of("T01-V04-G9"), "九组", 10).at(org.grid.core.model.jurisdiction.Coordinates.of(0, 0)))))
        .village(Village.of(EscalationSamples.PLACE_B.village(), "村", List.of(
            Unit.of(UnitId.of("T01-V09-G1"), "一组", 150).at(org.grid.core.model.jurisdiction.Coordinates.of(500, 0)))))
        .village(Village.of(EscalationSamples.PLACE_C.village(), "村", List.of(
            Unit.of(UnitId.of("T01-V30-G1"), "一组", 150))))
        .build();
    // G1 of V04 has no point; G9 of V04 has one but no grid of the plan lists it: B's unit is the only one.
    GeoLocator locator = new GeoLocator(List.of(new MappedTownship(township, EscalationSamples.plan(),
        Open311Fixture.FRAME)), 1000);
    double[] origin = at(0, 0);
    assertThat(locator.locate(C1, origin[0], origin[1]).place()).isEqualTo(EscalationSamples.PLACE_B);
    assertThatThrownBy(() -> locator.unit(C1, "T01-V30-G1")).hasMessage("address_id names no mapped unit of county C1");
    assertThat(locator.centreOf(EscalationSamples.PLACE_A)).isEmpty();
    assertThat(locator.centreOf(EscalationSamples.PLACE_B)).isPresent();
  }

  @Test
  void anAddressIdNamesAUnitOrATownshipAndAUnit() {
    assertThat(LOCATOR.unit(C1, "T01-V09-G1").place()).isEqualTo(EscalationSamples.PLACE_B);
    assertThat(LOCATOR.unit(C1, "T01/T01-V09-G1").place()).isEqualTo(EscalationSamples.PLACE_B);
    assertThatThrownBy(() -> LOCATOR.unit(C1, "T02/T01-V09-G1")).hasMessageStartingWith("address_id names no");
    assertThatThrownBy(() -> LOCATOR.unit(CountyId.of("C2"), "T01-V09-G1"))
        .hasMessageStartingWith("address_id names no");
  }

  @Test
  void theCentreOfAGridIsTheMeanOfItsUnitsPoints() {
    double[] centre = LOCATOR.centreOf(EscalationSamples.PLACE_B).orElseThrow();
    double[] expected = at(2000, 0);
    assertThat(centre[0]).isCloseTo(expected[0], within(1e-9));
    assertThat(centre[1]).isCloseTo(expected[1], within(1e-9));
    assertThat(LOCATOR.counties()).containsExactly(C1);
  }

  @Test
  void aTownshipMappedTwiceOrABadBoundIsRefused() {
    assertThatThrownBy(() -> new GeoLocator(List.of(SAMPLE, SAMPLE), 1000))
        .hasMessage("township T01 of C1 is mapped twice");
    assertThatThrownBy(() -> new GeoLocator(List.of(SAMPLE), Double.NaN)).hasMessageStartingWith("maxMetres");
    assertThatThrownBy(() -> new GeoLocator(List.of(SAMPLE), -1)).hasMessageStartingWith("maxMetres");
    assertThatThrownBy(() -> new MappedTownship(Open311Fixture.township(),
        org.grid.core.model.partition.Plan.of(org.grid.core.model.jurisdiction.TownshipId.of("T02"),
            org.grid.core.model.partition.PartitionPolicy.defaults(), List.of(), List.of()), Open311Fixture.FRAME))
        .hasMessage("plan of township T02 given for township T01");
  }
}
