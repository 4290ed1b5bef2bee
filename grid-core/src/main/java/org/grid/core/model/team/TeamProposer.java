package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.Plan;

/**
 * Proposes the service teams (组建网格服务团队) of a township from its roster: one team per responsibility grid, one
 * per district grid and one for the township, meeting the {@link TeamPolicy} where the roster allows, and naming
 * each constraint it cannot meet, where, and why.
 *
 * <p>Teams are filled greedily: village grid teams first (the most constrained), then district teams, then the
 * township team. Candidates of the team's own village come before people of no village; among them, those who
 * live in the grid's units, then those with fewer seats so far, then roster order. The result is deterministic.
 * The shortfalls are exactly what {@link TeamValidation} finds in the proposed teams, with the explanation of why
 * the roster could not do better where the proposer knows it. Stateless and thread-safe.
 */
public final class TeamProposer {

  private TeamProposer() {}

  /**
   * Proposes the teams of a township.
   *
   * @param township the township, not null
   * @param grids the responsibility grids of the township, each in one of its villages; not null
   * @param roster the township's roster, not null
   * @param policy the team policy, not null
   * @param at when the teams take effect (their {@link Team#composedAt()}), not null
   * @return the proposal; {@link TeamProposal#complete()} when it meets the policy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a grid names a village or unit the township does not have, a unit of
   *     another village, or a grid id repeats or is longer than {@link #MAX_GRID_ID_LENGTH}; or the roster is of
   *     another township
   */
  public static TeamProposal propose(
      Township township, List<ServedGrid> grids, Roster roster, TeamPolicy policy, OffsetDateTime at) {
    requireNonNull(township, "township");
    requireNonNull(grids, "grids");
    requireNonNull(roster, "roster");
    requireNonNull(policy, "policy");
    requireNonNull(at, "at");
    if (!roster.township().equals(township.id())) {
      throw new IllegalArgumentException(
          "roster is of township " + roster.township() + ", not of " + township.id());
    }
    checkGrids(township, grids);
    return new Run(township, roster, policy, at).propose(grids);
  }

  /**
   * Proposes the teams of a township for the grids of a plan: one village grid team per grid of the plan, one
   * district grid team per district, one township team. The same as {@link #propose(Township, List, Roster,
   * TeamPolicy, OffsetDateTime)} with {@link ServedGrid#allOf(Plan) ServedGrid.allOf(plan)}.
   *
   * @param township the township, not null
   * @param plan a plan of that township, not null
   * @param roster the township's roster, not null
   * @param policy the team policy, not null
   * @param at when the teams take effect, not null
   * @return the proposal; {@link TeamProposal#complete()} when it meets the policy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the plan is of another township, its grids cannot be served (see {@link
   *     ServedGrid#allOf(Plan)}), a grid names a village or unit the township does not have or a unit of another
   *     village, or the roster is of another township
   */
  public static TeamProposal propose(
      Township township, Plan plan, Roster roster, TeamPolicy policy, OffsetDateTime at) {
    requireNonNull(township, "township");
    requireNonNull(plan, "plan");
    if (!plan.township().equals(township.id())) {
      throw new IllegalArgumentException(
          "the plan is of township " + plan.township() + ", not of township " + township.id());
    }
    return propose(township, ServedGrid.allOf(plan), roster, policy, at);
  }

  /**
   * The longest id of a grid a team is proposed for: its team's id is {@link TeamId#PROPOSED_PREFIX} and the grid's
   * id, at most {@link TeamId#MAX_LENGTH} characters (a grid id may have up to {@code GridId.MAX_LENGTH}).
   */
  public static final int MAX_GRID_ID_LENGTH = TeamId.MAX_LENGTH - TeamId.PROPOSED_PREFIX.length();

  /**
   * Says why a grid id is too long for a team, naming the limit and its reason.
   *
   * @param grid the grid's id, not null
   * @return the message
   */
  public static String gridIdTooLong(GridId grid) {
    return "grid " + grid + " has " + grid.value().length() + " characters; a grid a team serves has at most "
        + MAX_GRID_ID_LENGTH + ", since its team's id is " + TeamId.PROPOSED_PREFIX + " and the grid's id, at most "
        + TeamId.MAX_LENGTH + " characters";
  }

  private static void checkGrids(Township township, List<ServedGrid> grids) {
    Set<GridId> seen = new HashSet<>();
    for (ServedGrid grid : grids) {
      if (!seen.add(grid.id())) {
        throw new IllegalArgumentException("grids lists grid " + grid.id() + " twice");
      }
      if (grid.id().value().length() > MAX_GRID_ID_LENGTH) {
        throw new IllegalArgumentException(gridIdTooLong(grid.id()));
      }
      if (township.village(grid.village()).isEmpty()) {
        throw new IllegalArgumentException("grid " + grid.id() + " names unknown village " + grid.village());
      }
      grid.units().forEach(unit -> {
        if (!township.villageOf(unit).map(grid.village()::equals).orElse(false)) {
          throw new IllegalArgumentException(
              "grid " + grid.id() + " names unit " + unit + ", which is not a unit of village " + grid.village());
        }
      });
    }
  }

  /** One proposal: the seats taken so far and the explanations of what could not be filled. */
  private static final class Run {
    private final Township township;
    private final Roster roster;
    private final TeamPolicy policy;
    private final OffsetDateTime at;
    private final Map<PersonId, Integer> seats = new HashMap<>();
    private final Map<PersonId, VillageId> leadsVillage = new HashMap<>();
    private final Set<PersonId> leaders = new HashSet<>();
    private final Map<TeamId, Map<TeamRule, String>> explanations = new HashMap<>();
    private final Map<PersonId, Integer> rosterIndex = new HashMap<>();

    Run(Township township, Roster roster, TeamPolicy policy, OffsetDateTime at) {
      this.township = township;
      this.roster = roster;
      this.policy = policy;
      this.at = at;
      for (int i = 0; i < roster.people().size(); i++) {
        rosterIndex.put(roster.people().get(i).id(), i);
      }
    }

    TeamProposal propose(List<ServedGrid> grids) {
      List<Team> teams = new ArrayList<>();
      for (ServedGrid grid : grids) {
        teams.add(villageTeam(grid));
      }
      Map<DistrictId, Set<VillageId>> districts = new LinkedHashMap<>();
      for (ServedGrid grid : grids) {
        districts.computeIfAbsent(grid.district(), d -> new LinkedHashSet<>()).add(grid.village());
      }
      districts.forEach((district, villages) -> teams.add(districtTeam(district, villages)));
      teams.add(townshipTeam());
      ImmutableList<TeamViolation> shortfalls = TeamValidation.validate(teams, roster, policy).stream()
          .map(this::explain)
          .collect(ImmutableList.toImmutableList());
      return new TeamProposal(ImmutableList.copyOf(teams), shortfalls);
    }

    private TeamViolation explain(TeamViolation violation) {
      if (violation.teams().size() != 1) {
        return violation;
      }
      String why = explanations.getOrDefault(violation.teams().get(0), Map.of()).get(violation.rule());
      return why == null ? violation : violation.explainedAs(violation.message() + ": " + why);
    }

    private Team villageTeam(ServedGrid grid) {
      TeamId id = TeamId.of(TeamId.PROPOSED_PREFIX + grid.id().value());
      TeamScope scope = new TeamScope.VillageGrid(grid.id(), grid.village());
      String village = villageName(grid.village());
      Predicate<Person> ofVillage = p -> p.of(grid.village());
      Predicate<Person> local = p -> p.of(grid.village()) || p.homeVillage().isEmpty();
      Comparator<Person> order = Comparator
          .comparing((Person p) -> p.of(grid.village()) ? 0 : 1)
          .thenComparing(p -> p.homeUnit().map(grid.units()::contains).orElse(false) ? 0 : 1)
          .thenComparing(p -> seats.getOrDefault(p.id(), 0))
          .thenComparing(p -> rosterIndex.get(p.id()));

      // leader: the party secretary of the village; with the split-village exception the same one for every grid
      Role leaderRole = policy.leaderRole().get(TeamLevel.VILLAGE_GRID);
      List<Person> secretaries = candidates(p -> p.holds(leaderRole) && ofVillage.test(p), order);
      Person leader = null;
      for (Person candidate : secretaries) {
        if (canLead(candidate, grid.village())) {
          leader = candidate;
          break;
        }
      }
      if (leader == null) {
        explain(id, TeamRule.LEADER_MISSING, secretaries.isEmpty()
            ? "no one on the roster holds " + leaderRole + " (村党组织书记) for " + village
            : "every " + leaderRole + " of " + village + " " + names(secretaries)
                + " already leads another team or sits on " + policy.maxTeamsPerPerson() + " teams");
      } else {
        takeLead(leader, grid.village());
      }

      Set<PersonId> members = new LinkedHashSet<>();
      if (leader != null) {
        members.add(leader.id());
      }
      Set<Role> backboneRoles = policy.backboneRoles().get(TeamLevel.VILLAGE_GRID);
      List<Person> backbone = new ArrayList<>();
      // village-stationed cadres first
      List<Person> cadres = candidates(p -> p.holds(Role.VILLAGE_STATIONED_CADRE) && local.test(p), order);
      for (Person cadre : cadres) {
        if (count(backbone, Role.VILLAGE_STATIONED_CADRE) >= policy.minimumStationedCadres()) {
          break;
        }
        if (!members.contains(cadre.id()) && hasSeat(cadre)) {
          seat(cadre, members, backbone);
        }
      }
      if (count(backbone, Role.VILLAGE_STATIONED_CADRE) < policy.minimumStationedCadres()) {
        explain(id, TeamRule.NO_STATIONED_CADRE, cadres.isEmpty()
            ? "no village-stationed cadre (驻村干部) of " + village + " is on the roster"
            : "the village-stationed cadres of " + village + " " + names(cadres) + " already sit on "
                + policy.maxTeamsPerPerson() + " teams");
      }
      // an information officer among the members, or one more backbone/other member who can be
      Person officer = null;
      if (policy.informationOfficersPerVillageGrid() > 0) {
        officer = firstMember(members, policy.informationOfficerRoles());
        if (officer == null) {
          List<Person> eligible = candidates(p -> p.holdsAny(policy.informationOfficerRoles()) && local.test(p), order);
          for (Person candidate : eligible) {
            if (!members.contains(candidate.id()) && hasSeat(candidate)) {
              officer = candidate;
              if (policy.isBackbone(TeamLevel.VILLAGE_GRID, candidate.roles())) {
                seat(candidate, members, backbone);
              } else {
                seatOther(candidate, members);
              }
              break;
            }
          }
          if (officer == null) {
            explain(id, TeamRule.INFORMATION_OFFICER_MISSING, eligible.isEmpty()
                ? "no one of " + village + " holding " + policy.informationOfficerRoles() + " is on the roster"
                : "everyone of " + village + " who could be information officer " + names(eligible)
                    + " already sits on " + policy.maxTeamsPerPerson() + " teams");
          }
        }
      }
      // backbone up to the minimum, then up to the team size
      List<Person> backboneCandidates = candidates(p -> p.holdsAny(backboneRoles) && local.test(p), order);
      for (Person candidate : backboneCandidates) {
        if (backbone.size() >= policy.minimumVillageBackbone()
            && members.size() >= policy.minimumSize(TeamLevel.VILLAGE_GRID)) {
          break;
        }
        if (!members.contains(candidate.id()) && hasSeat(candidate)) {
          seat(candidate, members, backbone);
        }
      }
      if (backbone.size() < policy.minimumVillageBackbone()) {
        explain(id, TeamRule.TOO_FEW_BACKBONE, "only " + backbone.size() + " people of " + village
            + " hold a backbone role and have a seat free (" + backboneCandidates.size() + " hold one in all)");
      }
      // other members of the village to the minimum size: only people holding a role the rulebook lists for a
      // village grid team (a villager with none of them is not a team member, however short the team is)
      Set<PersonId> others = new LinkedHashSet<>();
      for (Person candidate : candidates(
          p -> ofVillage.test(p) && policy.holdsListedRole(TeamLevel.VILLAGE_GRID, p.roles()), order)) {
        if (members.size() >= policy.minimumSize(TeamLevel.VILLAGE_GRID)) {
          break;
        }
        if (!members.contains(candidate.id()) && hasSeat(candidate)) {
          seatOther(candidate, members);
        }
      }
      for (PersonId member : members) {
        if ((leader == null || !member.equals(leader.id())) && backbone.stream().noneMatch(b -> b.id().equals(member))) {
          others.add(member);
        }
      }
      if (members.size() < policy.minimumSize(TeamLevel.VILLAGE_GRID)) {
        explain(id, TeamRule.TEAM_TOO_SMALL, "only " + members.size() + " people of " + village
            + " (and of no village) who hold a role listed for " + TeamLevel.VILLAGE_GRID
            + " (leader, backbone or may also include) have a seat free");
      }
      // the six duty roles, spread over the members in turn
      Map<DutyRole, PersonId> duties = new EnumMap<>(DutyRole.class);
      List<PersonId> holders = new ArrayList<>(members);
      if (holders.isEmpty()) {
        explain(id, TeamRule.DUTY_ROLE_UNHELD, "the team has no member to hold it");
      } else {
        int i = 0;
        for (DutyRole duty : policy.requiredDutyRoles()) {
          duties.put(duty, holders.get(i++ % holders.size()));
        }
      }
      return Team.of(id, township.id(), scope, leader == null ? null : leader.id(),
          ids(backbone), others, officer == null ? null : officer.id(), duties, at);
    }

    private Team districtTeam(DistrictId district, Set<VillageId> villages) {
      TeamId id = TeamId.of(TeamId.PROPOSED_PREFIX + district.value());
      Comparator<Person> order = Comparator
          .comparing((Person p) -> p.homeVillage().map(villages::contains).orElse(false) ? 0 : 1)
          .thenComparing(p -> seats.getOrDefault(p.id(), 0))
          .thenComparing(p -> rosterIndex.get(p.id()));
      Predicate<Person> inDistrict = p -> p.homeVillage().map(villages::contains).orElse(true);
      return upperTeam(id, new TeamScope.District(district), TeamLevel.DISTRICT_GRID, inDistrict, order,
          "district " + district);
    }

    private Team townshipTeam() {
      TeamId id = TeamId.of(TeamId.PROPOSED_PREFIX + township.id().value());
      Comparator<Person> order = Comparator
          .comparing((Person p) -> seats.getOrDefault(p.id(), 0))
          .thenComparing(p -> rosterIndex.get(p.id()));
      return upperTeam(id, new TeamScope.Township(township.id()), TeamLevel.TOWNSHIP_GRID, p -> true, order,
          "township " + township.name());
    }

    private Team upperTeam(
        TeamId id, TeamScope scope, TeamLevel level, Predicate<Person> eligible, Comparator<Person> order, String what) {
      Role leaderRole = policy.leaderRole().get(level);
      List<Person> heads = candidates(p -> p.holds(leaderRole) && eligible.test(p), order);
      Person leader = null;
      for (Person candidate : heads) {
        if (!leaders.contains(candidate.id()) && hasSeat(candidate)) {
          leader = candidate;
          break;
        }
      }
      Set<PersonId> members = new LinkedHashSet<>();
      if (leader == null) {
        explain(id, TeamRule.LEADER_MISSING, heads.isEmpty()
            ? "no one on the roster holds " + leaderRole + " for " + what
            : "every " + leaderRole + " " + names(heads) + " already leads another team or sits on "
                + policy.maxTeamsPerPerson() + " teams");
      } else {
        leaders.add(leader.id());
        seats.merge(leader.id(), 1, Integer::sum);
        members.add(leader.id());
      }
      List<Person> backbone = new ArrayList<>();
      List<Person> candidates = candidates(p -> policy.isBackbone(level, p.roles()) && eligible.test(p), order);
      for (Person candidate : candidates) {
        if (members.size() >= policy.minimumSize(level)) {
          break;
        }
        if (!members.contains(candidate.id()) && hasSeat(candidate)) {
          seat(candidate, members, backbone);
        }
      }
      if (members.size() < policy.minimumSize(level)) {
        explain(id, TeamRule.TEAM_TOO_SMALL, "only " + members.size() + " people for " + what
            + " hold a leader or backbone role of " + level + " and have a seat free");
      }
      return Team.of(id, township.id(), scope, leader == null ? null : leader.id(), ids(backbone), Set.of(), null,
          Map.of(), at);
    }

    private List<Person> candidates(Predicate<Person> filter, Comparator<Person> order) {
      return roster.people().stream().filter(filter).sorted(order).toList();
    }

    private boolean hasSeat(Person person) {
      return seats.getOrDefault(person.id(), 0) < policy.maxTeamsPerPerson();
    }

    private boolean canLead(Person person, VillageId village) {
      if (leaders.contains(person.id())) {
        return policy.splitVillageLeaderMayLeadAllGrids() && village.equals(leadsVillage.get(person.id()));
      }
      return hasSeat(person);
    }

    private void takeLead(Person person, VillageId village) {
      if (leaders.add(person.id())) {
        seats.merge(person.id(), 1, Integer::sum);
        leadsVillage.put(person.id(), village);
      } else if (!policy.splitVillageLeaderMayLeadAllGrids()) {
        seats.merge(person.id(), 1, Integer::sum);
      }
    }

    private void seat(Person person, Set<PersonId> members, List<Person> backbone) {
      seats.merge(person.id(), 1, Integer::sum);
      members.add(person.id());
      backbone.add(person);
    }

    private void seatOther(Person person, Set<PersonId> members) {
      seats.merge(person.id(), 1, Integer::sum);
      members.add(person.id());
    }

    private Person firstMember(Set<PersonId> members, Set<Role> roles) {
      for (Person person : roster.people()) {
        if (members.contains(person.id()) && person.holdsAny(roles)) {
          return person;
        }
      }
      return null;
    }

    private void explain(TeamId team, TeamRule rule, String why) {
      explanations.computeIfAbsent(team, t -> new EnumMap<>(TeamRule.class)).put(rule, why);
    }

    private String villageName(VillageId village) {
      return township.village(village).map(Village::name).orElse("village") + " (" + village + ")";
    }

    private static long count(List<Person> people, Role role) {
      return people.stream().filter(p -> p.holds(role)).count();
    }

    private static Set<PersonId> ids(List<Person> people) {
      Set<PersonId> ids = new LinkedHashSet<>();
      people.forEach(p -> ids.add(p.id()));
      return ids;
    }

    private static String names(List<Person> people) {
      return people.stream().map(Person::toString).toList().toString();
    }
  }
}
