package org.grid.testkit.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.testkit.escalation.EscalationSamples.COUNTY;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_B;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_C;
import static org.grid.testkit.escalation.EscalationSamples.TOWNSHIP;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.escalation.model.Place;
import org.grid.escalation.port.out.PlaceDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PlaceDirectory} (属地名录): every adapter's test extends this class and supplies an empty
 * directory. It covers the places of an adopted plan, a place that differs from one of them in any single part,
 * adopting a township's plan again (its earlier places go), townships of the same id in two counties, ids of the
 * greatest length the model allows, a plan the model refuses, and null arguments.
 */
public abstract class AbstractPlaceDirectoryContractTest {

  /** The directory under test, fresh for every test. */
  protected PlaceDirectory directory;

  /**
   * For the subclass that JUnit runs, which supplies the place directory under test through {@link #newDirectory()}.
   */
  protected AbstractPlaceDirectoryContractTest() {}

  /**
   * Returns a new, empty directory.
   *
   * @return the directory
   */
  protected abstract PlaceDirectory newDirectory();

  /** Creates the directory. */
  @BeforeEach
  void createDirectory() {
    directory = newDirectory();
  }

  /** Returns the township of the places (all of one county and township): one unit per grid in each village. */
  private static Township townshipOf(List<Place> places) {
    Place first = places.get(0);
    Map<VillageId, List<Unit>> villages = new LinkedHashMap<>();
    for (int i = 0; i < places.size(); i++) {
      villages.computeIfAbsent(places.get(i).village(), v -> new ArrayList<>())
          .add(Unit.of(UnitId.of("U" + i), "组" + i, 100));
    }
    Township.Builder builder = Township.builder(first.county(), first.township(), "乡");
    villages.forEach((id, units) -> builder.village(Village.of(id, "村", units)));
    return builder.build();
  }

  /** Returns the plan of the places (as {@link #townshipOf}): each place's grid, listed by its district. */
  private static Plan planOf(List<Place> places) {
    List<Grid> grids = new ArrayList<>();
    Map<DistrictId, List<GridId>> districts = new LinkedHashMap<>();
    for (int i = 0; i < places.size(); i++) {
      Place place = places.get(i);
      grids.add(Grid.of(place.grid(), place.village(), List.of(UnitId.of("U" + i))));
      districts.computeIfAbsent(place.district(), d -> new ArrayList<>()).add(place.grid());
    }
    List<District> list = new ArrayList<>();
    districts.forEach((id, ids) -> list.add(District.of(id, ids)));
    return Plan.of(places.get(0).township(), PartitionPolicy.defaults(), grids, list);
  }

  private void adopt(List<Place> places) {
    directory.adopt(townshipOf(places), planOf(places));
  }

  /** Returns the places that differ from a place in exactly one part, each part once. */
  private static List<Place> eachPartChanged(Place p) {
    return List.of(
        new Place(CountyId.of("C2"), p.township(), p.district(), p.village(), p.grid()),
        new Place(p.county(), TownshipId.of("T02"), p.district(), p.village(), p.grid()),
        new Place(p.county(), p.township(), DistrictId.of("T01-D9"), p.village(), p.grid()),
        new Place(p.county(), p.township(), p.district(), VillageId.of("T01-V99"), p.grid()),
        new Place(p.county(), p.township(), p.district(), p.village(), GridId.of("T01-V04-N9")));
  }

  @Test
  void nothing_is_contained_before_a_plan_is_adopted() {
    assertThat(directory.contains(PLACE_A)).isFalse();
  }

  @Test
  void the_places_of_an_adopted_plan_are_contained() {
    directory.adopt(EscalationSamples.township(), EscalationSamples.plan());

    for (Place place : EscalationSamples.places()) {
      assertThat(directory.contains(place)).as("%s", place).isTrue();
    }
  }

  @Test
  void a_place_differing_in_any_single_part_is_not_contained() {
    directory.adopt(EscalationSamples.township(), EscalationSamples.plan());

    for (Place changed : eachPartChanged(PLACE_A)) {
      assertThat(directory.contains(changed)).as("%s", changed).isFalse();
    }
    // Parts that exist in the plan, put together wrongly: another district's district, village or grid.
    assertThat(directory.contains(new Place(COUNTY, TOWNSHIP, PLACE_B.district(), PLACE_A.village(),
        PLACE_A.grid()))).isFalse();
    assertThat(directory.contains(new Place(COUNTY, TOWNSHIP, PLACE_A.district(), PLACE_B.village(),
        PLACE_A.grid()))).isFalse();
    assertThat(directory.contains(new Place(COUNTY, TOWNSHIP, PLACE_A.district(), PLACE_A.village(),
        PLACE_B.grid()))).isFalse();
    assertThat(directory.contains(new Place(COUNTY, TOWNSHIP, PLACE_A.district(), PLACE_A.village(),
        PLACE_C.grid()))).isFalse();
  }

  @Test
  void adopting_a_plan_replaces_the_townships_earlier_places() {
    directory.adopt(EscalationSamples.township(), EscalationSamples.plan());
    Place moved = new Place(COUNTY, TOWNSHIP, PLACE_B.district(), PLACE_A.village(), PLACE_A.grid());
    Place added = new Place(COUNTY, TOWNSHIP, DistrictId.of("T01-D3"), VillageId.of("T01-V12"),
        GridId.of("T01-V12-N1"));

    adopt(List.of(moved, added));

    assertThat(directory.contains(moved)).isTrue();
    assertThat(directory.contains(added)).isTrue();
    for (Place earlier : EscalationSamples.places()) {
      assertThat(directory.contains(earlier)).as("%s", earlier).isFalse();
    }
  }

  @Test
  void adopting_a_plan_keeps_the_places_of_other_townships() {
    Place other = new Place(COUNTY, TownshipId.of("T02"), DistrictId.of("T02-D1"), VillageId.of("T02-V01"),
        GridId.of("T02-V01-N1"));
    adopt(List.of(other));
    directory.adopt(EscalationSamples.township(), EscalationSamples.plan());
    directory.adopt(EscalationSamples.township(), EscalationSamples.plan());

    assertThat(directory.contains(other)).isTrue();
    assertThat(directory.contains(PLACE_A)).isTrue();
  }

  @Test
  void the_places_of_a_township_are_those_of_its_current_plan() {
    assertThat(directory.placesOf(COUNTY, TOWNSHIP)).isEmpty();
    directory.adopt(EscalationSamples.township(), EscalationSamples.plan());
    assertThat(directory.placesOf(COUNTY, TOWNSHIP)).containsExactlyInAnyOrderElementsOf(EscalationSamples.places());
    assertThat(directory.placesOf(org.grid.core.model.jurisdiction.CountyId.of("C2"), TOWNSHIP)).isEmpty();
    Place other = new Place(COUNTY, TownshipId.of("T02"), DistrictId.of("T02-D1"), VillageId.of("T02-V01"),
        GridId.of("T02-V01-N1"));
    adopt(List.of(other, other));
    assertThat(directory.placesOf(COUNTY, TownshipId.of("T02"))).containsExactly(other);
    adopt(List.of(PLACE_B));
    assertThat(directory.placesOf(COUNTY, TOWNSHIP)).containsExactly(PLACE_B);
    assertThat(directory.placesOf(COUNTY, TownshipId.of("T02"))).containsExactly(other);
  }

  @Test
  void a_plan_that_lists_a_grid_twice_gives_one_place() {
    adopt(List.of(PLACE_A, PLACE_A, PLACE_B));

    assertThat(directory.contains(PLACE_A)).isTrue();
    assertThat(directory.contains(PLACE_B)).isTrue();
    adopt(List.of(PLACE_B));
    assertThat(directory.contains(PLACE_A)).isFalse();
  }

  @Test
  void two_counties_with_the_same_township_id_stay_apart() {
    CountyId c2 = CountyId.of("C2");
    Place inC2 = new Place(c2, TOWNSHIP, DistrictId.of("T01-D7"), VillageId.of("T01-V70"), GridId.of("T01-V70-N1"));
    Place sameGridInC2 = new Place(c2, TOWNSHIP, PLACE_A.district(), PLACE_A.village(), PLACE_A.grid());
    directory.adopt(EscalationSamples.township(), EscalationSamples.plan());
    adopt(List.of(inC2));

    assertThat(directory.contains(PLACE_A)).as("C1's places stay when C2's township T01 adopts").isTrue();
    assertThat(directory.contains(inC2)).isTrue();
    assertThat(directory.contains(sameGridInC2)).as("C1's grid is not C2's").isFalse();
    assertThat(directory.contains(new Place(COUNTY, TOWNSHIP, inC2.district(), inC2.village(), inC2.grid())))
        .isFalse();

    // C2 adopts C1's very grids: both counties have them, and replacing C1's plan leaves C2's.
    adopt(List.of(sameGridInC2));
    assertThat(directory.contains(sameGridInC2)).isTrue();
    assertThat(directory.contains(inC2)).isFalse();
    adopt(List.of(PLACE_B));
    assertThat(directory.contains(PLACE_A)).isFalse();
    assertThat(directory.contains(sameGridInC2)).isTrue();
  }

  @Test
  void ids_of_the_greatest_length_are_contained_and_compared_whole() {
    String county = "C-" + "县".repeat(Ids.MAX_LENGTH - 2);
    String township = "T-" + "乡".repeat(Ids.MAX_LENGTH - 2);
    String district = "D-" + "片".repeat(Ids.MAX_LENGTH - 2);
    String village = "V-" + "村".repeat(Ids.MAX_LENGTH - 2);
    String grid = "G-" + "网".repeat(GridId.MAX_LENGTH - 2);
    Place place = new Place(CountyId.of(county), TownshipId.of(township), DistrictId.of(district),
        VillageId.of(village), GridId.of(grid));
    adopt(List.of(place));

    assertThat(directory.contains(place)).isTrue();
    // The same ids with the last character changed.
    String last = "格";
    Set<Place> changed = new LinkedHashSet<>(List.of(
        new Place(CountyId.of(county.substring(0, county.length() - 1) + last), place.township(),
            place.district(), place.village(), place.grid()),
        new Place(place.county(), TownshipId.of(township.substring(0, township.length() - 1) + last),
            place.district(), place.village(), place.grid()),
        new Place(place.county(), place.township(),
            DistrictId.of(district.substring(0, district.length() - 1) + last), place.village(), place.grid()),
        new Place(place.county(), place.township(), place.district(),
            VillageId.of(village.substring(0, village.length() - 1) + last), place.grid()),
        new Place(place.county(), place.township(), place.district(), place.village(),
            GridId.of(grid.substring(0, grid.length() - 1) + last))));
    for (Place p : changed) {
      assertThat(directory.contains(p)).as("%s", p).isFalse();
    }
  }

  @Test
  void a_plan_of_another_township_is_refused_and_changes_nothing() {
    directory.adopt(EscalationSamples.township(), EscalationSamples.plan());
    Place other = new Place(COUNTY, TownshipId.of("T02"), DistrictId.of("T02-D1"), VillageId.of("T02-V01"),
        GridId.of("T02-V01-N1"));

    assertThatThrownBy(() -> directory.adopt(EscalationSamples.township(), planOf(List.of(other))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(directory.contains(PLACE_A)).isTrue();
    assertThat(directory.contains(other)).isFalse();
  }

  @Test
  void null_arguments_are_rejected() {
    assertThatThrownBy(() -> directory.adopt(null, EscalationSamples.plan()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> directory.adopt(EscalationSamples.township(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> directory.contains(null)).isInstanceOf(NullPointerException.class);
  }
}
