package org.grid.adapters.json.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grid.adapters.json.JsonTexts.utf8;

import java.time.DayOfWeek;
import java.util.List;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.OpeningHours;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.ServiceStation;
import org.grid.core.model.team.TeamId;
import org.junit.jupiter.api.Test;

class ServiceStationsJsonTest {

  private static final TownshipId T9 = TownshipId.of("T09");

  @Test
  void aFileIsReadWithEachDayOfAnEntryAsAPeriodAndWrittenBackToTheSameStations() {
    List<ServiceStation> read = ServiceStationsJsonReader.create(T9).read(utf8("""
        {"township": "T09", "stations": [
          {"team": "TEAM-T09-V01-N1", "place": "五都村村委会一楼",
           "hours": [{"days": ["MONDAY", "TUESDAY"], "opens": "08:30", "closes": "12:00"},
                     {"days": ["MONDAY"], "opens": "14:00", "closes": "17:30"}],
           "onDuty": ["T09-V01-P10", "T09-V01-P01"]}]}
        """), "stations.json");

    assertThat(read).singleElement().satisfies(s -> {
      assertThat(s.team()).isEqualTo(TeamId.of("TEAM-T09-V01-N1"));
      assertThat(s.place()).isEqualTo("五都村村委会一楼");
      assertThat(s.hours()).containsExactly(OpeningHours.of(DayOfWeek.MONDAY, "08:30", "12:00"),
          OpeningHours.of(DayOfWeek.MONDAY, "14:00", "17:30"), OpeningHours.of(DayOfWeek.TUESDAY, "08:30", "12:00"));
      assertThat(s.onDuty()).containsExactly(PersonId.of("T09-V01-P10"), PersonId.of("T09-V01-P01"));
    });
    String written = ServiceStationsJsonWriter.create().write(T9, read);
    assertThat(ServiceStationsJsonReader.create(T9).read(utf8(written), "written")).isEqualTo(read);
  }

  @Test
  void everyProblemIsReportedAtItsPath() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () ->
        ServiceStationsJsonReader.create(T9).read(utf8("""
            {"township": "T09", "stations": [
              {"team": "TEAM-A", "place": "甲", "hours": [{"days": ["MONDAY"], "opens": "08:00", "closes": "12:00"},
                                                        {"days": ["MONDAY"], "opens": "11:00", "closes": "13:00"}]},
              {"team": "TEAM-A", "place": "乙", "hours": [{"days": ["FUNDAY"], "opens": "8h", "closes": "12:00"}]},
              {"team": "TEAM-B", "place": " ", "hours": [{"days": ["MONDAY"], "opens": "12:00", "closes": "08:00"}],
               "onDuty": ["P1", "P1"], "open": true}]}
            """), "stations.json"));

    assertThat(e.problems()).extracting(JsonProblem::path).contains(
        "$.stations[0].hours", "$.stations[1].team", "$.stations[1].hours[0].days[0]",
        "$.stations[1].hours[0].opens", "$.stations[2].place", "$.stations[2].hours[0].closes",
        "$.stations[2].onDuty", "$.stations[2].open");
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.stations[0].hours")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("overlap"));
  }

  @Test
  void phonesAreReadFromTheRosterAndABadOneIsNamedWithoutQuotingIt() {
    assertThat(RosterPhonesJsonReader.create(T9).read(utf8("""
        {"township": "T09", "people": [{"id": "P1", "name": "王书记", "phone": "0570-555-0101"},
                                       {"id": "P2", "name": "李驻村"}]}
        """), "roster.json")).containsExactly(java.util.Map.entry(PersonId.of("P1"), "0570-555-0101"));

    JsonInputException e = catchThrowableOfType(JsonInputException.class, () ->
        RosterPhonesJsonReader.create(T9).read(utf8("""
            {"township": "T09", "people": [{"id": "P1", "name": "王书记", "phone": "call 13912345678"}]}
            """), "roster.json"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.people[0].phone");
      assertThat(p.message()).contains("P1").doesNotContain("13912345678");
    });
    assertThat(e.getMessage()).doesNotContain("13912345678");
  }

  /** A landline given as a JSON number is no mobile that masking would catch: the problem does not quote it. */
  @Test
  void aPhoneThatIsNoStringIsNamedWithoutQuotingIt() {
    for (String phone : new String[] {"5705550101", "[\"0570\", \"5550101\"]", "{\"number\": \"05705550101\"}"}) {
      JsonInputException e = catchThrowableOfType(JsonInputException.class, () ->
          RosterPhonesJsonReader.create(T9).read(utf8("""
              {"township": "T09", "people": [{"id": "P1", "name": "王书记", "phone": %s}]}
              """.formatted(phone)), "roster.json"));
      assertThat(e.problems()).as(phone).singleElement().satisfies(p -> {
        assertThat(p.path()).isEqualTo("$.people[0].phone");
        assertThat(p.message()).contains("P1", "must be a string");
      });
      assertThat(e.getMessage()).as(phone).doesNotContain("5705550101").doesNotContain("5550101");
    }
  }
}
