package org.grid.testkit.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.testkit.escalation.EscalationSamples.COUNTY;
import static org.grid.testkit.escalation.EscalationSamples.LAND;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_C;
import static org.grid.testkit.escalation.EscalationSamples.TOWNSHIP;
import static org.grid.testkit.escalation.EscalationSamples.at;

import java.time.Instant;
import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Tier;
import org.grid.escalation.port.out.StaffDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link StaffDirectory} (在岗人员名录): every adapter's test extends this class and supplies an
 * empty directory. It covers the identity of an appointment (person, office, role and start: saving it again
 * replaces it), the term (in force from its start, inclusive, to its end, exclusive, or open-ended), offices
 * compared on their whole path, the order of the lists, ids of the greatest length the model allows, and null
 * arguments.
 */
public abstract class AbstractStaffDirectoryContractTest {

  private static final String LEADER = AuthorizationPolicy.LEADER;
  private static final PersonId WANG = PersonId.of("wang");
  private static final Office GRID_A = Office.of(Tier.VILLAGE_GRID, PLACE_A);
  private static final Instant FROM = at("2026-03-02T09:00").plusNanos(123_456_789);
  private static final Instant UNTIL = at("2026-06-30T17:30").plusNanos(1);

  /** The directory under test, fresh for every test. */
  protected StaffDirectory directory;

  /**
   * For the subclass that JUnit runs, which supplies the staff directory under test through {@link #newDirectory()}.
   */
  protected AbstractStaffDirectoryContractTest() {}

  /**
   * Returns a new, empty directory.
   *
   * @return the directory
   */
  protected abstract StaffDirectory newDirectory();

  /** Creates the directory. */
  @BeforeEach
  void createDirectory() {
    directory = newDirectory();
  }

  private static Appointment appointment(PersonId person, Office office, String role, Instant from, Instant until) {
    return new Appointment(person, office, role, from, until);
  }

  /** Returns a text of {@code length} characters, Chinese ones but for a prefix. */
  private static String longId(String prefix, int length) {
    return prefix + "网".repeat(length - prefix.length());
  }

  @Test
  void an_appointment_is_in_force_from_its_start_and_no_longer_at_its_end() {
    Appointment term = appointment(WANG, GRID_A, LEADER, FROM, UNTIL);
    directory.save(term);

    assertThat(directory.appointmentsAt(WANG, GRID_A, FROM.minusNanos(1))).isEmpty();
    assertThat(directory.appointmentsAt(WANG, GRID_A, FROM)).containsExactly(term);
    assertThat(directory.appointmentsAt(WANG, GRID_A, UNTIL.minusNanos(1))).containsExactly(term);
    assertThat(directory.appointmentsAt(WANG, GRID_A, UNTIL)).isEmpty();
    assertThat(directory.servingAt(GRID_A, FROM.minusNanos(1))).isEmpty();
    assertThat(directory.servingAt(GRID_A, FROM)).containsExactly(term);
    assertThat(directory.servingAt(GRID_A, UNTIL.minusNanos(1))).containsExactly(term);
    assertThat(directory.servingAt(GRID_A, UNTIL)).isEmpty();
  }

  @Test
  void an_open_ended_appointment_is_in_force_from_its_start_on() {
    Appointment term = appointment(WANG, GRID_A, LEADER, FROM, null);
    directory.save(term);

    assertThat(directory.appointmentsAt(WANG, GRID_A, FROM.minusNanos(1))).isEmpty();
    assertThat(directory.appointmentsAt(WANG, GRID_A, FROM)).containsExactly(term);
    assertThat(directory.appointmentsAt(WANG, GRID_A, at("2200-01-01T00:00"))).containsExactly(term);
    assertThat(directory.appointmentsAt(WANG, GRID_A, Instant.MAX)).containsExactly(term);
    assertThat(directory.servingAt(GRID_A, Instant.MAX)).containsExactly(term);
    assertThat(directory.servingAt(GRID_A, Instant.MIN)).isEmpty();
  }

  @Test
  void saving_an_appointment_again_with_its_end_replaces_it() {
    directory.save(appointment(WANG, GRID_A, LEADER, FROM, null));
    Appointment ended = appointment(WANG, GRID_A, LEADER, FROM, UNTIL);
    directory.save(ended);

    assertThat(directory.appointmentsAt(WANG, GRID_A, FROM)).containsExactly(ended);
    assertThat(directory.servingAt(GRID_A, FROM)).containsExactly(ended);
    assertThat(directory.appointmentsAt(WANG, GRID_A, UNTIL)).isEmpty();
    assertThat(directory.servingAt(GRID_A, at("2200-01-01T00:00"))).isEmpty();

    // Saving the open term again reopens it: the last save of a (person, office, role, start) counts.
    Appointment reopened = appointment(WANG, GRID_A, LEADER, FROM, null);
    directory.save(reopened);
    assertThat(directory.servingAt(GRID_A, UNTIL)).containsExactly(reopened);
  }

  @Test
  void another_role_or_another_start_is_another_appointment() {
    Appointment leader = appointment(WANG, GRID_A, LEADER, FROM, null);
    Appointment secretary = appointment(WANG, GRID_A, "网格员", FROM, null);
    Appointment later = appointment(WANG, GRID_A, LEADER, FROM.plusSeconds(3600), UNTIL);
    directory.save(later);
    directory.save(secretary);
    directory.save(leader);

    assertThat(directory.appointmentsAt(WANG, GRID_A, FROM)).containsExactly(leader, secretary);
    assertThat(directory.appointmentsAt(WANG, GRID_A, FROM.plusSeconds(3600)))
        .as("by role, then start").containsExactly(leader, later, secretary);
    assertThat(directory.appointmentsAt(WANG, GRID_A, UNTIL)).containsExactly(leader, secretary);
  }

  @Test
  void servingAt_lists_everyone_in_force_by_person_then_role_then_start() {
    Appointment zhao = appointment(PersonId.of("zhao"), GRID_A, LEADER, FROM, null);
    Appointment upper = appointment(PersonId.of("Zhao"), GRID_A, LEADER, FROM, null);
    Appointment chinese = appointment(PersonId.of("赵"), GRID_A, LEADER, FROM, null);
    Appointment wangLeader = appointment(WANG, GRID_A, LEADER, FROM.plusSeconds(60), null);
    Appointment wangLeaderEarlier = appointment(WANG, GRID_A, LEADER, FROM, UNTIL);
    Appointment wangMember = appointment(WANG, GRID_A, "member", FROM, null);
    Appointment wangOther = appointment(WANG, GRID_A, "Member", FROM, null);
    Appointment ended = appointment(PersonId.of("li"), GRID_A, LEADER, FROM, FROM.plusSeconds(1));
    Appointment notYet = appointment(PersonId.of("sun"), GRID_A, LEADER, UNTIL, null);
    for (Appointment a : List.of(chinese, wangMember, notYet, zhao, wangLeader, ended, upper, wangOther,
        wangLeaderEarlier)) {
      directory.save(a);
    }

    // By the ids' text, character by character: upper case before lower case, Chinese after both.
    assertThat(directory.servingAt(GRID_A, FROM.plusSeconds(60)))
        .containsExactly(upper, wangOther, wangLeaderEarlier, wangLeader, wangMember, zhao, chinese);
  }

  @Test
  void a_person_serving_one_office_is_not_listed_for_another() {
    directory.save(appointment(WANG, GRID_A, LEADER, FROM, null));

    assertThat(directory.appointmentsAt(PersonId.of("li"), GRID_A, FROM)).isEmpty();
    assertThat(directory.appointmentsAt(WANG, Office.of(Tier.DISTRICT_GRID, PLACE_A), FROM)).isEmpty();
    assertThat(directory.appointmentsAt(WANG, Office.of(Tier.VILLAGE_GRID, PLACE_C), FROM)).isEmpty();
    assertThat(directory.servingAt(Office.of(Tier.TOWNSHIP_OFFICE, PLACE_A), FROM)).isEmpty();
  }

  @Test
  void offices_are_compared_on_their_whole_path() {
    CountyId other = CountyId.of("C2");
    TownshipId otherTownship = TownshipId.of("T02");
    // The same unit at the same tier, each time in another county, township, district or village.
    List<List<Office>> pairs = List.of(
        List.of(Office.township(COUNTY, TOWNSHIP), Office.township(other, TOWNSHIP)),
        List.of(Office.department(COUNTY, LAND), Office.department(other, LAND)),
        List.of(Office.district(COUNTY, TOWNSHIP, PLACE_A.district()),
            Office.district(other, TOWNSHIP, PLACE_A.district())),
        List.of(Office.district(COUNTY, TOWNSHIP, PLACE_A.district()),
            Office.district(COUNTY, otherTownship, PLACE_A.district())),
        List.of(GRID_A, Office.grid(other, TOWNSHIP, PLACE_A.district(), PLACE_A.village(), PLACE_A.grid())),
        List.of(GRID_A, Office.grid(COUNTY, otherTownship, PLACE_A.district(), PLACE_A.village(), PLACE_A.grid())),
        List.of(GRID_A, Office.grid(COUNTY, TOWNSHIP, DistrictId.of("T01-D2"), PLACE_A.village(), PLACE_A.grid())),
        List.of(GRID_A, Office.grid(COUNTY, TOWNSHIP, PLACE_A.district(), VillageId.of("T01-V09"),
            PLACE_A.grid())));
    for (List<Office> pair : pairs) {
      directory = newDirectory();
      Office served = pair.get(0);
      Office elsewhere = pair.get(1);
      assertThat(elsewhere.unit()).isEqualTo(served.unit());
      Appointment term = appointment(WANG, served, LEADER, FROM, null);
      directory.save(term);

      assertThat(directory.appointmentsAt(WANG, served, FROM)).as("%s", served.path()).containsExactly(term);
      assertThat(directory.appointmentsAt(WANG, elsewhere, FROM)).as("%s", elsewhere.path()).isEmpty();
      assertThat(directory.servingAt(elsewhere, FROM)).as("%s", elsewhere.path()).isEmpty();

      Appointment there = appointment(WANG, elsewhere, LEADER, FROM, null);
      directory.save(there);
      assertThat(directory.servingAt(served, FROM)).as("%s", served.path()).containsExactly(term);
      assertThat(directory.servingAt(elsewhere, FROM)).as("%s", elsewhere.path()).containsExactly(there);
    }
  }

  @Test
  void every_sample_office_reads_back_its_own_appointment() {
    List<Appointment> appointments = EscalationSamples.appointments();
    appointments.forEach(directory::save);

    for (Appointment a : appointments) {
      assertThat(directory.servingAt(a.office(), FROM)).as("%s", a.office().path()).containsExactly(a);
      assertThat(directory.appointmentsAt(a.person(), a.office(), FROM)).containsExactly(a);
    }
  }

  @Test
  void ids_of_the_greatest_length_read_back_unchanged() {
    CountyId county = CountyId.of(longId("C-", Ids.MAX_LENGTH));
    TownshipId township = TownshipId.of(longId("T-", Ids.MAX_LENGTH));
    DistrictId district = DistrictId.of(longId("D-", Ids.MAX_LENGTH));
    VillageId village = VillageId.of(longId("V-", Ids.MAX_LENGTH));
    GridId grid = GridId.of(longId("G-", GridId.MAX_LENGTH));
    Place place = new Place(county, township, district, village, grid);
    PersonId person = PersonId.of(longId("P-", Ids.MAX_LENGTH));
    String role = longId("R-", Ids.MAX_LENGTH);
    List<Office> offices = List.of(Office.of(Tier.VILLAGE_GRID, place), Office.of(Tier.DISTRICT_GRID, place),
        Office.of(Tier.TOWNSHIP_OFFICE, place), Office.of(Tier.COUNTY_OFFICE, place),
        Office.department(county, DepartmentId.of(longId("dept-", Ids.MAX_LENGTH))));
    assertThat(offices.get(0).unit()).hasSize(GridId.MAX_LENGTH);

    for (Office office : offices) {
      Appointment term = appointment(person, office, role, FROM, UNTIL);
      directory.save(term);
      assertThat(directory.appointmentsAt(person, office, FROM)).as("%s", office.tier()).containsExactly(term);
      assertThat(directory.servingAt(office, FROM)).as("%s", office.tier()).containsExactly(term);
      assertThat(directory.servingAt(office, FROM).get(0).office().path()).isEqualTo(office.path());
    }
  }

  @Test
  void null_arguments_are_rejected() {
    assertThatThrownBy(() -> directory.save(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> directory.appointmentsAt(null, GRID_A, FROM)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> directory.appointmentsAt(WANG, null, FROM)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> directory.appointmentsAt(WANG, GRID_A, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> directory.servingAt(null, FROM)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> directory.servingAt(GRID_A, null)).isInstanceOf(NullPointerException.class);
  }
}
