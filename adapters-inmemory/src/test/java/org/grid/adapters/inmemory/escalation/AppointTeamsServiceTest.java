package org.grid.adapters.inmemory.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.DutyRole;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.grid.escalation.application.AppointTeamsService;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Tier;
import org.grid.escalation.port.in.AppointTeamsCommand;
import org.grid.escalation.port.in.AppointTeamsUseCase;
import org.grid.escalation.port.in.AppointTeamsUseCase.Appointed;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;

/** The staff directory follows the teams: members appointed, former members' team appointments ended. */
class AppointTeamsServiceTest {

  private static final OffsetDateTime COMPOSED = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));
  private static final Instant FIRST = COMPOSED.toInstant();
  private static final Instant RECOMPOSED = FIRST.plusSeconds(86_400 * 30);
  private static final Office GRID_A = Office.of(Tier.VILLAGE_GRID, EscalationSamples.PLACE_A);
  private static final PersonId SECRETARY = PersonId.of("secretary");
  private static final PersonId CADRE = PersonId.of("cadre");
  private static final PersonId NEW_CADRE = PersonId.of("new-cadre");

  private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
  private final AppointTeamsUseCase service = new AppointTeamsService(staff, InMemoryUnitOfWork.create(),
      Validation.buildDefaultValidatorFactory().getValidator());

  private static Team gridTeam(PersonId backbone, OffsetDateTime composedAt) {
    return Team.of(TeamId.of("team-A"), EscalationSamples.TOWNSHIP,
        new TeamScope.VillageGrid(EscalationSamples.PLACE_A.grid(), EscalationSamples.PLACE_A.village()),
        SECRETARY, Set.of(backbone), Set.of(), null, Map.<DutyRole, PersonId>of(), composedAt);
  }

  private Appointed appoint(List<Team> teams, Instant at) {
    return service.appoint(new AppointTeamsCommand(EscalationSamples.township(), EscalationSamples.plan(), teams,
        at));
  }

  @Test
  void a_recomposed_team_ends_the_former_members_appointment_and_begins_the_new_ones() {
    Office county = Office.county(EscalationSamples.COUNTY);
    staff.save(new Appointment(PersonId.of("chen"), county, AuthorizationPolicy.COUNTY_OFFICE_STAFF, FIRST, null));
    staff.save(new Appointment(PersonId.of("guest"), GRID_A, "village-doctor", FIRST, null));

    assertThat(appoint(List.of(gridTeam(CADRE, COMPOSED)), FIRST)).isEqualTo(new Appointed(2, 0));
    assertThat(appoint(List.of(gridTeam(CADRE, COMPOSED)), FIRST.plusSeconds(60)))
        .as("the same teams again change nothing").isEqualTo(new Appointed(0, 0));

    assertThat(appoint(List.of(gridTeam(NEW_CADRE, COMPOSED.plusDays(30))), RECOMPOSED))
        .isEqualTo(new Appointed(1, 1));

    assertThat(staff.appointmentsAt(CADRE, GRID_A, RECOMPOSED.minusSeconds(1))).hasSize(1);
    assertThat(staff.appointmentsAt(CADRE, GRID_A, RECOMPOSED)).as("ended when the team changed").isEmpty();
    assertThat(staff.appointmentsAt(NEW_CADRE, GRID_A, RECOMPOSED)).extracting(Appointment::role)
        .containsExactly(AuthorizationPolicy.BACKBONE);
    assertThat(staff.appointmentsAt(SECRETARY, GRID_A, RECOMPOSED)).extracting(Appointment::from)
        .as("the leader's term goes on from the first appointment").containsExactly(FIRST);
    assertThat(staff.servingAt(county, RECOMPOSED)).as("county office staff are not team lines").hasSize(1);
    assertThat(staff.servingAt(GRID_A, RECOMPOSED)).extracting(Appointment::role)
        .as("a role the county added stays").contains("village-doctor");
  }

  @Test
  void an_office_left_without_a_team_is_emptied_of_team_lines() {
    appoint(List.of(gridTeam(CADRE, COMPOSED)), FIRST);

    assertThat(appoint(List.of(), RECOMPOSED)).isEqualTo(new Appointed(0, 2));
    assertThat(staff.servingAt(GRID_A, RECOMPOSED)).isEmpty();
  }

  @Test
  void a_team_of_another_township_is_refused_and_changes_nothing() {
    Team stray = Team.of(TeamId.of("team-X"), TownshipId.of("T09"), new TeamScope.Township(TownshipId.of("T09")),
        SECRETARY, Set.of(), Set.of(), null, Map.<DutyRole, PersonId>of(), COMPOSED);

    assertThatThrownBy(() -> appoint(List.of(stray), FIRST)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("team team-X is of township T09");
    assertThat(staff.servingAt(GRID_A, FIRST)).isEmpty();
    assertThatThrownBy(() -> service.appoint(new AppointTeamsCommand(null, EscalationSamples.plan(), List.of(),
        FIRST))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("township");
  }
}
