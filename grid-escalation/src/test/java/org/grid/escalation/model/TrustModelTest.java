package org.grid.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
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
import org.grid.core.model.team.DutyRole;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.junit.jupiter.api.Test;

/** The policy data and the directory lines of the trust boundary. */
class TrustModelTest {

  private static final CountyId C1 = CountyId.of("C1");
  private static final TownshipId T01 = TownshipId.of("T01");
  private static final OffsetDateTime COMPOSED = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));

  @Test
  void the_default_table_lets_only_the_county_office_route_and_only_departments_return() {
    AuthorizationPolicy policy = AuthorizationPolicy.defaults();

    for (String role : policy.permissions().keySet()) {
      assertThat(policy.permits(role, StaffCommand.ROUTE)).as(role)
          .isEqualTo(role.equals(AuthorizationPolicy.COUNTY_OFFICE_STAFF));
      assertThat(policy.permits(role, StaffCommand.RETURN)).as(role)
          .isEqualTo(role.equals(AuthorizationPolicy.DEPARTMENT_STAFF));
    }
    assertThat(policy.permits(AuthorizationPolicy.LEADER, StaffCommand.ACCEPT)).isTrue();
    assertThat(policy.permits(AuthorizationPolicy.MEMBER, StaffCommand.ACCEPT)).isFalse();
    assertThat(policy.permits("片长", StaffCommand.ACCEPT)).as("an unknown role may do nothing").isFalse();
    assertThat(policy.staffMayHandleOwnReport()).isFalse();
  }

  @Test
  void a_county_names_its_own_roles() {
    AuthorizationPolicy policy = AuthorizationPolicy.of(
        Map.of("片长", EnumSet.of(StaffCommand.ACCEPT, StaffCommand.ESCALATE)), true);

    assertThat(policy.permits("片长", StaffCommand.ESCALATE)).isTrue();
    assertThat(policy.permits("片长", StaffCommand.RESOLVE)).isFalse();
    assertThatThrownBy(() -> AuthorizationPolicy.of(Map.of(" 片长", Set.of()), false))
        .hasMessageStartingWith("permissions: role must not start or end with whitespace");
  }

  @Test
  void an_appointment_is_in_force_from_its_start_until_before_its_end() {
    Office office = Office.county(C1);
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    Instant until = Instant.parse("2026-07-01T00:00:00Z");
    Appointment a = new Appointment(PersonId.of("chen"), office, AuthorizationPolicy.COUNTY_OFFICE_STAFF, from,
        until);

    assertThat(a.inForceAt(from)).isTrue();
    assertThat(a.inForceAt(until.minusNanos(1))).isTrue();
    assertThat(a.inForceAt(until)).isFalse();
    assertThat(a.inForceAt(from.minusNanos(1))).isFalse();
    assertThat(new Appointment(a.person(), office, a.role(), from, null).inForceAt(Instant.MAX)).isTrue();
    assertThatThrownBy(() -> new Appointment(a.person(), office, a.role(), from, from))
        .hasMessageStartingWith("until must be after from");
  }

  @Test
  void a_teams_members_serve_its_office_in_their_roles_from_its_composition() {
    Township township = Township.builder(C1, T01, "示范乡")
        .village(Village.of(VillageId.of("V1"), "一村", List.of(Unit.of(UnitId.of("V1-G1"), "一组", 180))))
        .build();
    GridId grid = GridId.of("V1-N1");
    Plan plan = Plan.of(T01, PartitionPolicy.defaults(), List.of(Grid.of(grid, VillageId.of("V1"),
        List.of(UnitId.of("V1-G1")))), List.of(District.of(DistrictId.of("D1"), List.of(grid))));
    Team gridTeam = Team.of(TeamId.of("team-V1-N1"), T01, new TeamScope.VillageGrid(grid, VillageId.of("V1")),
        PersonId.of("secretary"), Set.of(PersonId.of("cadre")), Set.of(PersonId.of("teacher")),
        PersonId.of("cadre"), Map.<DutyRole, PersonId>of(), COMPOSED);
    Team districtTeam = Team.of(TeamId.of("team-D1"), T01, new TeamScope.District(DistrictId.of("D1")),
        PersonId.of("head"), Set.of(), Set.of(), null, Map.<DutyRole, PersonId>of(), COMPOSED);

    List<Appointment> appointments = TeamAppointments.of(township, plan, List.of(gridTeam, districtTeam));

    Office gridOffice = Office.grid(C1, T01, DistrictId.of("D1"), VillageId.of("V1"), grid);
    Instant from = COMPOSED.toInstant();
    assertThat(appointments).containsExactly(
        new Appointment(PersonId.of("secretary"), gridOffice, AuthorizationPolicy.LEADER, from, null),
        new Appointment(PersonId.of("cadre"), gridOffice, AuthorizationPolicy.BACKBONE, from, null),
        new Appointment(PersonId.of("teacher"), gridOffice, AuthorizationPolicy.MEMBER, from, null),
        new Appointment(PersonId.of("cadre"), gridOffice, AuthorizationPolicy.INFORMATION_OFFICER, from, null),
        new Appointment(PersonId.of("head"), Office.district(C1, T01, DistrictId.of("D1")),
            AuthorizationPolicy.LEADER, from, null));

    Team stray = Team.of(TeamId.of("team-X"), T01, new TeamScope.VillageGrid(GridId.of("V9-N1"), VillageId.of("V9")),
        PersonId.of("x"), Set.of(), Set.of(), null, Map.<DutyRole, PersonId>of(), COMPOSED);
    assertThatThrownBy(() -> TeamAppointments.of(township, plan, List.of(stray)))
        .hasMessageStartingWith("teams: team team-X: ");
  }
}
