package org.grid.testkit.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.grid.core.model.team.DutyRole;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamLevel;
import org.grid.core.model.team.TeamPolicy;
import org.grid.core.model.team.TeamProposal;
import org.grid.core.model.team.TeamProposer;
import org.grid.core.model.team.TeamRule;
import org.grid.core.model.team.TeamValidation;
import org.grid.core.model.team.TeamViolation;

/** Laws of team proposal and validation. */
class TeamProperties {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2025-01-01T00:00:00+08:00");

  @Provide
  Arbitrary<TeamScenario> scenarios() {
    return TeamArbitraries.scenarios();
  }

  @Provide
  Arbitrary<TeamScenario> ampleScenarios() {
    return TeamArbitraries.ampleScenarios();
  }

  private static TeamProposal propose(TeamScenario s, TeamPolicy policy) {
    return TeamProposer.propose(s.township(), s.grids(), s.roster(), policy, AT);
  }

  @Property(tries = 150)
  void aProposedTeamAlwaysPassesValidation(@ForAll("scenarios") TeamScenario scenario) {
    TeamProposal proposal = propose(scenario, TeamPolicy.defaults());
    Set<Object> shortTeams = proposal.shortfalls().stream().flatMap(v -> v.teams().stream()).collect(Collectors.toSet());

    for (Team team : proposal.teams()) {
      if (!shortTeams.contains(team.id())) {
        assertThat(TeamValidation.validate(List.of(team), scenario.roster(), TeamPolicy.defaults()))
            .as("team %s, proposed without shortfall", team.id()).isEmpty();
      }
    }
    if (proposal.complete()) {
      assertThat(TeamValidation.validate(proposal.teams(), scenario.roster(), TeamPolicy.defaults())).isEmpty();
    }
  }

  @Property(tries = 150)
  void shortfallsAreExactlyWhatValidationFinds(@ForAll("scenarios") TeamScenario scenario) {
    TeamProposal proposal = propose(scenario, TeamPolicy.defaults());

    assertThat(proposal.shortfalls().stream().map(v -> List.of(v.rule(), v.teams(), v.people())).toList())
        .isEqualTo(TeamValidation.validate(proposal.teams(), scenario.roster(), TeamPolicy.defaults()).stream()
            .map(v -> List.of(v.rule(), v.teams(), v.people())).toList());
    assertThat(proposal.teams()).filteredOn(t -> t.level() == TeamLevel.VILLAGE_GRID).hasSize(scenario.grids().size());
  }

  @Property(tries = 100)
  void anAmpleRosterGivesACompleteProposal(@ForAll("ampleScenarios") TeamScenario scenario) {
    TeamProposal proposal = propose(scenario, TeamPolicy.defaults());

    assertThat(proposal.shortfalls()).isEmpty();
  }

  /** The violations that can be planted in a valid village grid team, each with the rule that must find it. */
  enum Plant {
    REMOVE_LEADER(TeamRule.LEADER_MISSING),
    LEADER_WITHOUT_ROLE(TeamRule.LEADER_ROLE_MISSING),
    UNKNOWN_MEMBER(TeamRule.UNKNOWN_PERSON),
    BACKBONE_WITHOUT_ROLE(TeamRule.BACKBONE_WITHOUT_ROLE),
    DROP_DUTY_ROLE(TeamRule.DUTY_ROLE_UNHELD),
    OUTSIDER_HOLDS_DUTY(TeamRule.DUTY_ROLE_HOLDER_NOT_MEMBER),
    OFFICER_NOT_MEMBER(TeamRule.INFORMATION_OFFICER_NOT_MEMBER),
    OFFICER_NOT_ELIGIBLE(TeamRule.INFORMATION_OFFICER_NOT_ELIGIBLE),
    NO_OFFICER(TeamRule.INFORMATION_OFFICER_MISSING),
    MEMBER_WITHOUT_ROLE(TeamRule.MEMBER_WITHOUT_LISTED_ROLE);

    final TeamRule rule;

    Plant(TeamRule rule) {
      this.rule = rule;
    }
  }

  @Property(tries = 150)
  void validationFindsEveryViolationPlantedInAGeneratedTeam(
      @ForAll("ampleScenarios") TeamScenario scenario, @ForAll @Size(min = 1, max = 4) Set<Plant> plants) {
    Roster roster = withPlantedPeople(scenario.roster());
    Team valid = propose(scenario, TeamPolicy.defaults()).teams().get(0);
    EnumSet<Plant> planted = EnumSet.copyOf(plants);
    if (planted.contains(Plant.NO_OFFICER)) {
      planted.remove(Plant.OFFICER_NOT_MEMBER);
      planted.remove(Plant.OFFICER_NOT_ELIGIBLE);
    }
    if (planted.contains(Plant.REMOVE_LEADER)) {
      planted.remove(Plant.LEADER_WITHOUT_ROLE);
    }
    Team broken = plant(valid, planted);

    List<TeamViolation> found = TeamValidation.validate(List.of(broken), roster, TeamPolicy.defaults());

    assertThat(TeamValidation.validate(List.of(valid), roster, TeamPolicy.defaults())).isEmpty();
    assertThat(found).extracting(TeamViolation::rule)
        .containsAll(planted.stream().map(p -> p.rule).toList());
    assertThat(found).allSatisfy(v -> assertThat(v.teams()).containsExactly(valid.id()));
  }

  private static final PersonId NO_ROLE_LEADER = PersonId.of("planted-no-role-1");
  private static final PersonId NO_ROLE_MEMBER = PersonId.of("planted-no-role-2");
  private static final PersonId NO_ROLE_OUTSIDER = PersonId.of("planted-no-role-3");
  private static final PersonId GRADUATE = PersonId.of("planted-graduate");
  private static final PersonId NO_ROLE_VILLAGER = PersonId.of("planted-no-role-4");

  private static Roster withPlantedPeople(Roster roster) {
    List<Person> people = new ArrayList<>(roster.people());
    for (PersonId id : List.of(NO_ROLE_LEADER, NO_ROLE_MEMBER, NO_ROLE_OUTSIDER, NO_ROLE_VILLAGER)) {
      people.add(Person.of(id, "无职务", null, PartyMembership.NONE, List.of()));
    }
    people.add(Person.of(GRADUATE, "大学生村官", null, PartyMembership.NONE, List.of(Role.COLLEGE_GRADUATE_VILLAGE_OFFICIAL)));
    return Roster.of(roster.township(), people);
  }

  private static Team plant(Team team, Set<Plant> plants) {
    PersonId leader = team.leader().orElseThrow();
    Set<PersonId> backbone = new LinkedHashSet<>(team.backbone());
    Set<PersonId> others = new LinkedHashSet<>(team.others());
    PersonId officer = team.informationOfficer().orElseThrow();
    Map<DutyRole, PersonId> duties = new java.util.EnumMap<>(team.dutyRoles());
    if (plants.contains(Plant.REMOVE_LEADER)) {
      others.add(leader);
      leader = null;
    } else if (plants.contains(Plant.LEADER_WITHOUT_ROLE)) {
      others.add(leader);
      leader = NO_ROLE_LEADER;
    }
    if (plants.contains(Plant.UNKNOWN_MEMBER)) {
      others.add(PersonId.of("planted-ghost"));
    }
    if (plants.contains(Plant.BACKBONE_WITHOUT_ROLE)) {
      backbone.add(NO_ROLE_MEMBER);
    }
    if (plants.contains(Plant.MEMBER_WITHOUT_ROLE)) {
      others.add(NO_ROLE_VILLAGER);
    }
    if (plants.contains(Plant.DROP_DUTY_ROLE)) {
      duties.remove(DutyRole.ORGANISATION_BUILDING);
    }
    if (plants.contains(Plant.OUTSIDER_HOLDS_DUTY)) {
      duties.put(DutyRole.VILLAGE_SURVEY, NO_ROLE_OUTSIDER);
    }
    boolean notMember = plants.contains(Plant.OFFICER_NOT_MEMBER);
    boolean notEligible = plants.contains(Plant.OFFICER_NOT_ELIGIBLE);
    if (plants.contains(Plant.NO_OFFICER)) {
      officer = null;
    } else if (notMember && notEligible) {
      officer = NO_ROLE_OUTSIDER;
    } else if (notMember) {
      officer = GRADUATE;
    } else if (notEligible) {
      officer = NO_ROLE_MEMBER;
      if (!backbone.contains(NO_ROLE_MEMBER)) {
        others.add(NO_ROLE_MEMBER);
      }
    }
    return Team.of(team.id(), team.township(), team.scope(), leader, backbone, others, officer, duties, team.composedAt());
  }

  @Property(tries = 50)
  void validationFindsAPersonPlantedOnTooManyTeams(@ForAll("ampleScenarios") TeamScenario scenario) {
    Roster roster = withPlantedPeople(scenario.roster());
    List<Team> teams = propose(scenario, TeamPolicy.defaults()).teams();
    TeamPolicy policy = TeamPolicy.defaults().withMaxTeamsPerPerson(teams.size() - 1);
    List<Team> planted = teams.stream().map(team -> {
      Set<PersonId> others = new LinkedHashSet<>(team.others());
      others.add(NO_ROLE_OUTSIDER);
      return Team.of(team.id(), team.township(), team.scope(), team.leader().orElse(null), team.backbone(), others,
          team.informationOfficer().orElse(null), team.dutyRoles(), team.composedAt());
    }).toList();

    assertThat(TeamValidation.validate(teams, roster, policy)).isEmpty();
    // the planted person holds no role, so every team also names it MEMBER_WITHOUT_LISTED_ROLE
    List<TeamViolation> found = TeamValidation.validate(planted, roster, policy);
    assertThat(found).filteredOn(v -> v.rule() == TeamRule.MEMBER_WITHOUT_LISTED_ROLE)
        .hasSize(teams.size()).allSatisfy(v -> assertThat(v.people()).containsExactly(NO_ROLE_OUTSIDER));
    assertThat(found).filteredOn(v -> v.rule() != TeamRule.MEMBER_WITHOUT_LISTED_ROLE).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(TeamRule.TOO_MANY_TEAMS);
      assertThat(v.people()).containsExactly(NO_ROLE_OUTSIDER);
      assertThat(v.teams()).hasSize(teams.size());
    });
  }

  @Property(tries = 50)
  void aPersonNeverSitsOnMoreTeamsThanAllowed(
      @ForAll("scenarios") TeamScenario scenario, @ForAll("maxTeams") int max) {
    TeamProposal proposal = propose(scenario, TeamPolicy.defaults().withMaxTeamsPerPerson(max));

    assertThat(proposal.shortfalls()).extracting(TeamViolation::rule)
        .doesNotContain(TeamRule.TOO_MANY_TEAMS, TeamRule.LEADS_SEVERAL_TEAMS, TeamRule.UNKNOWN_PERSON);
  }

  @Provide
  Arbitrary<Integer> maxTeams() {
    return Arbitraries.integers().between(1, 3);
  }
}
