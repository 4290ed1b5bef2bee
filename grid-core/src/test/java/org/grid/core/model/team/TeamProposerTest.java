package org.grid.core.model.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.core.model.team.TeamFixtures.AT;
import static org.grid.core.model.team.TeamFixtures.T;

import java.util.ArrayList;
import java.util.List;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.junit.jupiter.api.Test;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.Plan;

class TeamProposerTest {

  private static TeamProposal propose(List<Person> people, TeamPolicy policy) {
    return TeamProposer.propose(TeamFixtures.township(), TeamFixtures.grids(), Roster.of(T, people), policy, AT);
  }

  @Test
  void aFullRosterGivesACompleteProposalThatPassesValidation() {
    TeamProposal proposal = propose(TeamFixtures.fullRoster(), TeamPolicy.defaults());

    assertThat(proposal.shortfalls()).isEmpty();
    assertThat(proposal.complete()).isTrue();
    assertThat(proposal.teams()).extracting(Team::level).containsExactly(
        TeamLevel.VILLAGE_GRID, TeamLevel.VILLAGE_GRID, TeamLevel.VILLAGE_GRID, TeamLevel.DISTRICT_GRID,
        TeamLevel.TOWNSHIP_GRID);
    assertThat(TeamValidation.validate(proposal.teams(), Roster.of(T, TeamFixtures.fullRoster()),
        TeamPolicy.defaults())).isEmpty();
    // the split village's secretary leads both of its grids
    assertThat(proposal.teams().get(0).leader()).contains(PersonId.of("T01-V04-secretary"));
    assertThat(proposal.teams().get(1).leader()).contains(PersonId.of("T01-V04-secretary"));
    assertThat(proposal.teams().get(2).leader()).contains(PersonId.of("T01-V07-secretary"));
    assertThat(proposal.teams().get(0).dutyRoles()).hasSize(6);
    assertThat(proposal.teams().get(0).informationOfficer()).contains(PersonId.of("T01-V04-cadre"));
  }

  @Test
  void aMissingPartySecretaryIsExplainedForItsVillage() {
    List<Person> people = new ArrayList<>(TeamFixtures.fullRoster());
    people.removeIf(p -> p.id().value().equals("T01-V07-secretary"));

    TeamProposal proposal = propose(people, TeamPolicy.defaults());

    assertThat(proposal.complete()).isFalse();
    assertThat(proposal.shortfalls()).anySatisfy(v -> {
      assertThat(v.rule()).isEqualTo(TeamRule.LEADER_MISSING);
      assertThat(v.teams()).containsExactly(TeamId.of("TEAM-T01-V07-N1"));
      assertThat(v.message()).contains("no one on the roster holds VILLAGE_PARTY_SECRETARY").contains("石门村");
    });
  }

  @Test
  void withoutTheSplitVillageExceptionTheSecondGridOfWuduHasNoLeader() {
    TeamProposal proposal = propose(TeamFixtures.fullRoster(),
        TeamPolicy.defaults().withSplitVillageLeaderMayLeadAllGrids(false));

    assertThat(proposal.shortfalls()).extracting(TeamViolation::rule, v -> v.teams().get(0))
        .contains(org.assertj.core.groups.Tuple.tuple(TeamRule.LEADER_MISSING, TeamId.of("TEAM-T01-V04-N2")));
    assertThat(proposal.shortfalls()).filteredOn(v -> v.rule() == TeamRule.LEADER_MISSING)
        .allSatisfy(v -> assertThat(v.message()).contains("already leads another team"));
  }

  @Test
  void shortfallsAreExactlyWhatValidationFinds() {
    List<Person> people = new ArrayList<>(TeamFixtures.fullRoster());
    people.removeIf(p -> p.id().value().startsWith("T01-V07-") || p.id().value().equals("conv"));

    TeamProposal proposal = propose(people, TeamPolicy.defaults());

    assertThat(proposal.shortfalls()).extracting(TeamViolation::rule, TeamViolation::teams)
        .containsExactlyElementsOf(TeamValidation.validate(proposal.teams(), Roster.of(T, people),
                TeamPolicy.defaults()).stream()
            .map(v -> org.assertj.core.groups.Tuple.tuple(v.rule(), v.teams())).toList());
    assertThat(proposal.shortfalls()).extracting(TeamViolation::rule).contains(
        TeamRule.LEADER_MISSING, TeamRule.NO_STATIONED_CADRE, TeamRule.TOO_FEW_BACKBONE, TeamRule.TEAM_TOO_SMALL);
    assertThat(proposal.shortfalls()).filteredOn(v -> v.rule() == TeamRule.NO_STATIONED_CADRE)
        .singleElement().satisfies(v -> assertThat(v.message()).contains("no village-stationed cadre").contains("石门村"));
  }

  @Test
  void aVillageTeamIsFilledOnlyWithPeopleHoldingARoleTheRulebookListsForItsLevel() {
    List<Person> people = new ArrayList<>(TeamFixtures.fullRoster());
    people.removeIf(p -> p.id().value().equals("T01-V07-rep"));

    // the village doctor is one of the people a village team "may also include"
    TeamProposal withDoctor = propose(people, TeamPolicy.defaults());
    assertThat(withDoctor.shortfalls()).isEmpty();
    assertThat(withDoctor.teams().get(2).members()).contains(PersonId.of("T01-V07-doctor"));

    people.removeIf(p -> p.id().value().equals("T01-V07-doctor"));
    people.add(TeamFixtures.person("T01-V07-villager", TeamFixtures.SHIMEN, PartyMembership.NONE));
    TeamProposal proposal = propose(people, TeamPolicy.defaults());

    assertThat(proposal.teams().get(2).members()).doesNotContain(PersonId.of("T01-V07-villager")).hasSize(4);
    assertThat(proposal.complete()).isFalse();
    assertThat(proposal.shortfalls()).filteredOn(v -> v.rule() == TeamRule.TEAM_TOO_SMALL).singleElement()
        .satisfies(v -> {
          assertThat(v.teams()).containsExactly(TeamId.of("TEAM-T01-V07-N1"));
          assertThat(v.message()).contains("石门村").contains("hold a role listed for VILLAGE_GRID");
        });
  }

  @Test
  void aGridOutsideTheTownshipIsABrokenPrecondition() {
    List<ServedGrid> grids = List.of(ServedGrid.of(GridId.of("X"), TeamFixtures.WUDU,
        List.of(UnitId.of("T01-V07-G01")), DistrictId.of("D")));

    assertThatThrownBy(() -> TeamProposer.propose(TeamFixtures.township(), grids, Roster.of(T, List.of()),
        TeamPolicy.defaults(), AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T01-V07-G01");
    assertThatThrownBy(() -> TeamProposer.propose(TeamFixtures.township(), TeamFixtures.grids(),
        Roster.of(TownshipId.of("T02"), List.of()), TeamPolicy.defaults(), AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T02");
  }

  @Test
  void aGridWhoseTeamsIdWouldPassTheLimitIsRefusedSayingWhy() {
    ServedGrid first = TeamFixtures.grids().get(0);
    String id = "N".repeat(TeamProposer.MAX_GRID_ID_LENGTH + 1);
    List<ServedGrid> grids = List.of(ServedGrid.of(GridId.of(id), first.village(), first.units(), first.district()));

    assertThatThrownBy(() -> TeamProposer.propose(TeamFixtures.township(), grids, Roster.of(T, List.of()),
        TeamPolicy.defaults(), AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grid " + id + " has 76 characters; a grid a team serves has at most 75, since its team's id is "
            + "TEAM- and the grid's id, at most 80 characters");
  }

  @Test
  void aPlanGivesTheProposalOfItsServedGrids() {
    Roster roster = Roster.of(T, TeamFixtures.fullRoster());

    TeamProposal fromPlan =
        TeamProposer.propose(TeamFixtures.township(), TeamFixtures.plan(), roster, TeamPolicy.defaults(), AT);

    assertThat(fromPlan).isEqualTo(
        TeamProposer.propose(TeamFixtures.township(), TeamFixtures.grids(), roster, TeamPolicy.defaults(), AT));
    assertThat(fromPlan.teams()).extracting(Team::id).containsExactly(TeamId.of("TEAM-T01-V04-N1"),
        TeamId.of("TEAM-T01-V04-N2"), TeamId.of("TEAM-T01-V07-N1"), TeamId.of("TEAM-T01-D1"), TeamId.of("TEAM-T01"));
  }

  @Test
  void aPlanOfAnotherTownshipIsABrokenPrecondition() {
    Plan plan = TeamFixtures.plan();
    Plan other = Plan.of(TownshipId.of("T02"), plan.policy(), plan.grids(), plan.districts());

    assertThatThrownBy(() -> TeamProposer.propose(TeamFixtures.township(), other, Roster.of(T, List.of()),
        TeamPolicy.defaults(), AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the plan is of township T02, not of township T01");
  }
}
