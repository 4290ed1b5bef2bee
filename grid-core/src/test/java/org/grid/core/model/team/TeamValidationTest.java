package org.grid.core.model.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.core.model.team.TeamFixtures.AT;
import static org.grid.core.model.team.TeamFixtures.T;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamValidationTest {

  private final Roster roster = Roster.of(T, TeamFixtures.fullRoster());
  private final List<Team> good = TeamProposer.propose(TeamFixtures.township(), TeamFixtures.grids(), roster,
      TeamPolicy.defaults(), AT).teams();

  private static PersonId p(String id) {
    return PersonId.of(id);
  }

  @Test
  void aTeamBreakingManyRulesGetsEveryViolation() {
    Team wudu = good.get(0);
    Team broken = Team.of(wudu.id(), T, wudu.scope(), p("T01-V07-secretary"),
        Set.of(p("T01-V04-doctor"), p("T01-V04-vc1")), Set.of(), p("T01-V04-rep"),
        Map.of(DutyRole.VILLAGE_SURVEY, p("ghost")), AT);

    List<TeamViolation> violations = TeamValidation.validate(List.of(broken), roster, TeamPolicy.defaults());

    assertThat(violations).extracting(TeamViolation::rule).containsExactlyInAnyOrder(
        TeamRule.UNKNOWN_PERSON, TeamRule.TEAM_TOO_SMALL, TeamRule.LEADER_OF_OTHER_VILLAGE,
        TeamRule.BACKBONE_WITHOUT_ROLE, TeamRule.TOO_FEW_BACKBONE, TeamRule.NO_STATIONED_CADRE,
        TeamRule.INFORMATION_OFFICER_NOT_MEMBER, TeamRule.INFORMATION_OFFICER_NOT_ELIGIBLE,
        TeamRule.DUTY_ROLE_UNHELD, TeamRule.DUTY_ROLE_UNHELD, TeamRule.DUTY_ROLE_UNHELD, TeamRule.DUTY_ROLE_UNHELD,
        TeamRule.DUTY_ROLE_UNHELD, TeamRule.DUTY_ROLE_HOLDER_NOT_MEMBER);
    assertThat(violations).filteredOn(v -> v.rule() == TeamRule.BACKBONE_WITHOUT_ROLE)
        .singleElement().satisfies(v -> assertThat(v.people()).containsExactly(p("T01-V04-doctor")));
    assertThat(violations).allSatisfy(v -> assertThat(v.teams()).containsExactly(wudu.id()));
  }

  @Test
  void aMemberHoldingNoRoleListedForTheTeamsLevelIsNamed() {
    List<Person> people = new ArrayList<>(TeamFixtures.fullRoster());
    people.add(TeamFixtures.person("T01-V04-villager", TeamFixtures.WUDU, PartyMembership.NONE));
    Team wudu = good.get(0);
    Set<PersonId> others = new java.util.LinkedHashSet<>(wudu.others());
    others.add(p("T01-V04-villager"));
    others.add(p("T01-V04-doctor"));
    Team filled = Team.of(wudu.id(), T, wudu.scope(), wudu.leader().orElseThrow(), wudu.backbone(), others,
        wudu.informationOfficer().orElse(null), wudu.dutyRoles(), AT);

    List<TeamViolation> violations = TeamValidation.validate(List.of(filled), Roster.of(T, people),
        TeamPolicy.defaults());

    assertThat(violations).filteredOn(v -> v.rule() == TeamRule.MEMBER_WITHOUT_LISTED_ROLE).singleElement()
        .satisfies(v -> {
          assertThat(v.people()).containsExactly(p("T01-V04-villager"));
          assertThat(v.message()).contains("holds none of the roles listed for VILLAGE_GRID");
        });
  }

  @Test
  void crossTeamLimitsNameThePersonAndTheTeams() {
    Team township = good.get(4);
    List<Team> teams = new ArrayList<>(good);
    // the township head also leads the district team and sits on two village teams
    Team district = good.get(3);
    teams.set(3, Team.of(district.id(), T, district.scope(), p("head"), district.backbone(), Set.of(), null,
        Map.of(), AT));
    for (int i = 0; i < 2; i++) {
      Team v = good.get(i);
      Set<PersonId> others = new java.util.LinkedHashSet<>(v.others());
      others.add(p("head"));
      teams.set(i, Team.of(v.id(), T, v.scope(), v.leader().orElseThrow(), v.backbone(), others,
          v.informationOfficer().orElse(null), v.dutyRoles(), AT));
    }

    List<TeamViolation> violations = TeamValidation.validate(teams, roster, TeamPolicy.defaults());

    assertThat(violations).extracting(TeamViolation::rule)
        .contains(TeamRule.TOO_MANY_TEAMS, TeamRule.LEADS_SEVERAL_TEAMS, TeamRule.LEADER_ROLE_MISSING);
    assertThat(violations).filteredOn(v -> v.rule() == TeamRule.TOO_MANY_TEAMS).singleElement()
        .satisfies(v -> {
          assertThat(v.people()).containsExactly(p("head"));
          assertThat(v.teams()).hasSize(4).contains(township.id());
        });
  }

  @Test
  void theSplitVillageLeaderCountsOnceTowardTheSeatLimit() {
    assertThat(TeamValidation.validate(good, roster, TeamPolicy.defaults().withMaxTeamsPerPerson(1))
        .stream().filter(v -> v.people().contains(p("T01-V04-secretary")))).isEmpty();
    assertThat(TeamValidation.validate(good, roster,
            TeamPolicy.defaults().withMaxTeamsPerPerson(1).withSplitVillageLeaderMayLeadAllGrids(false)))
        .filteredOn(v -> v.people().contains(p("T01-V04-secretary")))
        .extracting(TeamViolation::rule).containsExactlyInAnyOrder(TeamRule.TOO_MANY_TEAMS, TeamRule.LEADS_SEVERAL_TEAMS);
  }
}
