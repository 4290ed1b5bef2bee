package org.grid.adapters.jdbc.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.junit.jupiter.api.Test;

/** How the outbox writes an office: its tier and whole path, escaped, read back exactly or refused by name. */
class EventCodecTest {

  private static final RequestId R1 = RequestId.of("R1");
  private static final Instant AT = Instant.parse("2026-03-02T01:00:00.123456789Z");

  private static RequestEvent roundTrip(RequestEvent event) throws EventCodec.DecodingException {
    return EventCodec.decode(EventCodec.type(event), R1, 1, AT, EventCodec.payload(event));
  }

  /** Offices of every tier whose ids hold the escape characters, a colon, and Chinese characters. */
  private static List<Office> awkwardOffices() {
    Place place = new Place(CountyId.of("C/1%2F"), TownshipId.of("T:01/乡"), DistrictId.of("%25D1"),
        VillageId.of("V/%/村"), GridId.of("G:%2F/" + "网".repeat(GridId.MAX_LENGTH - 6)));
    return List.of(Office.of(Tier.VILLAGE_GRID, place), Office.of(Tier.DISTRICT_GRID, place),
        Office.of(Tier.TOWNSHIP_OFFICE, place), Office.of(Tier.COUNTY_OFFICE, place),
        Office.department(place.county(), DepartmentId.of("land/%/局")));
  }

  @Test
  void an_office_is_written_with_its_tier_and_whole_path() {
    Place place = new Place(CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D1"),
        VillageId.of("T01-V04"), GridId.of("T01-V04-N1"));

    assertThat(EventCodec.office(Office.of(Tier.VILLAGE_GRID, place)))
        .isEqualTo("VILLAGE_GRID:C1/T01/T01-D1/T01-V04/T01-V04-N1");
    assertThat(EventCodec.office(Office.of(Tier.DISTRICT_GRID, place))).isEqualTo("DISTRICT_GRID:C1/T01/T01-D1");
    assertThat(EventCodec.office(Office.of(Tier.TOWNSHIP_OFFICE, place))).isEqualTo("TOWNSHIP_OFFICE:C1/T01");
    assertThat(EventCodec.office(Office.of(Tier.COUNTY_OFFICE, place))).isEqualTo("COUNTY_OFFICE:C1");
    assertThat(EventCodec.office(Office.department(CountyId.of("C1"), DepartmentId.of("land"))))
        .isEqualTo("DEPARTMENT:C1/land");
    assertThat(EventCodec.office(Office.department(CountyId.of("C/1"), DepartmentId.of("a%b"))))
        .isEqualTo("DEPARTMENT:C%2F1/a%25b");
  }

  @Test
  void every_office_reads_back_exactly_in_an_event() throws EventCodec.DecodingException {
    for (Office office : awkwardOffices()) {
      RequestEvent event = new RequestEvent.OnSiteArrived(R1, 1, AT, office);
      RequestEvent read = roundTrip(event);
      assertThat(read).as("%s", office.path()).isEqualTo(event);
      assertThat(((RequestEvent.OnSiteArrived) read).holder().path()).isEqualTo(office.path());
    }
  }

  @Test
  void offices_of_the_same_unit_in_two_counties_stay_apart() throws EventCodec.DecodingException {
    Office c1 = Office.township(CountyId.of("C1"), TownshipId.of("T01"));
    Office c2 = Office.township(CountyId.of("C2"), TownshipId.of("T01"));

    assertThat(EventCodec.office(c1)).isNotEqualTo(EventCodec.office(c2));
    assertThat(roundTrip(new RequestEvent.OnSiteLapsed(R1, 1, AT, c2)))
        .isEqualTo(new RequestEvent.OnSiteLapsed(R1, 1, AT, c2));
  }

  @Test
  void a_recategorization_and_a_duplicate_read_back_with_their_categories_and_original()
      throws EventCodec.DecodingException {
    Office holder = awkwardOffices().get(0);
    RequestEvent recategorized = new RequestEvent.RequestRecategorized(R1, 1, AT, holder, Category.of("land=土地"),
        Category.of("pension\\n"), "why\nnot");
    RequestEvent duplicate = new RequestEvent.RequestClosedAsDuplicate(R1, 1, AT, holder, RequestId.of("R=0"),
        "the same");

    assertThat(roundTrip(recategorized)).isEqualTo(recategorized);
    assertThat(roundTrip(duplicate)).isEqualTo(duplicate);
    assertThat(EventCodec.type(recategorized)).isEqualTo("RequestRecategorized");
    assertThat(EventCodec.payload(recategorized)).contains("previous=land=土地\n")
        .contains("category=pension\\\\n\n");
    assertThat(EventCodec.payload(duplicate)).contains("original=R=0\n");
    assertThatThrownBy(() -> EventCodec.decode("RequestRecategorized", R1, 1, AT, "previous= land\n"))
        .isInstanceOfSatisfying(EventCodec.DecodingException.class, e -> assertThat(e.column).isEqualTo("payload"))
        .hasMessageContaining("field previous");
  }

  @Test
  void a_malformed_office_is_refused_naming_the_field() {
    List<String> malformed = List.of(
        "T01",                                     // no tier
        "NOWHERE:C1/T01",                          // no such tier
        "TOWNSHIP_OFFICE:T01",                     // the unit only, as written before the path
        "VILLAGE_GRID:C1/T01/T01-D1/T01-V04",      // a part missing
        "COUNTY_OFFICE:C1/C1",                     // a part too many
        "DISTRICT_GRID:C1/T01/%2",                 // a cut escape
        "DISTRICT_GRID:C1/T01/%41",                // an escape of neither % nor /
        "DISTRICT_GRID:C1//T01-D1",                // an empty part
        "DEPARTMENT:C1/ land");                    // a part the model refuses
    for (String office : malformed) {
      assertThatThrownBy(() -> EventCodec.decode("OnSiteArrived", R1, 1, AT, "holder=" + office + "\n"))
          .as(office)
          .isInstanceOfSatisfying(EventCodec.DecodingException.class, e -> {
            assertThat(e.column).isEqualTo("payload");
            assertThat(e.getMessage()).contains("field holder").contains(office);
          });
    }
  }
}
