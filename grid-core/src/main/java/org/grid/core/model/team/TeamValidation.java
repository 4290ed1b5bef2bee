package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * Checks teams against the {@link TeamPolicy} (团队配置校验) and returns every violation, not only the first.
 * Stateless and thread-safe.
 */
public final class TeamValidation {

  private TeamValidation() {}

  /**
   * Checks a township's teams together: each team on its own, and the limits that span teams (teams per person,
   * teams per leader).
   *
   * @param teams the teams, not null; may be empty
   * @param roster the roster the members are drawn from, not null
   * @param policy the policy, not null
   * @return every violation, team by team in the order given, then the cross-team ones; empty when all is well
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<TeamViolation> validate(Collection<Team> teams, Roster roster, TeamPolicy policy) {
    requireNonNull(teams, "teams");
    requireNonNull(roster, "roster");
    requireNonNull(policy, "policy");
    Map<PersonId, Person> people = roster.byId();
    List<TeamViolation> found = new ArrayList<>();
    for (Team team : teams) {
      checkTeam(team, people, policy, found);
    }
    checkAcrossTeams(teams, people, policy, found);
    return ImmutableList.copyOf(found);
  }

  /**
   * Checks the convenience service stations (便民服务站, 一站) of a township's teams against a {@link StationPolicy}:
   * every team of a level that must run one has one ({@link TeamRule#STATION_MISSING}), each station has enough
   * members on duty ({@link TeamRule#STATION_TOO_FEW_ON_DUTY}), all of them members of its team ({@link
   * TeamRule#STATION_ON_DUTY_NOT_MEMBER}), and is open on enough days a week ({@link
   * TeamRule#STATION_OPEN_TOO_FEW_DAYS}); a station of a team not given, or a second station of a team, is {@link
   * TeamRule#STATION_OF_UNKNOWN_TEAM}. Messages name ids only (no names, no place).
   *
   * @param teams the township's teams, not null
   * @param stations the stations, not null; may be empty
   * @param policy the station policy, not null
   * @return every violation, team by team in the order given, then the stations of unknown teams; empty when all is
   *     well
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<TeamViolation> validateStations(
      Collection<Team> teams, Collection<ServiceStation> stations, StationPolicy policy) {
    requireNonNull(teams, "teams");
    requireNonNull(stations, "stations");
    requireNonNull(policy, "policy");
    Map<TeamId, Team> byId = new LinkedHashMap<>();
    teams.forEach(team -> byId.put(team.id(), team));
    Map<TeamId, ServiceStation> byTeam = new LinkedHashMap<>();
    List<TeamViolation> found = new ArrayList<>();
    List<TeamViolation> unknown = new ArrayList<>();
    for (ServiceStation station : stations) {
      if (!byId.containsKey(station.team())) {
        unknown.add(TeamViolation.of(TeamRule.STATION_OF_UNKNOWN_TEAM, List.of(station.team()), List.of(),
            "a service station (便民服务站) names team " + station.team() + ", which the township does not have"));
      } else if (byTeam.putIfAbsent(station.team(), station) != null) {
        unknown.add(TeamViolation.of(TeamRule.STATION_OF_UNKNOWN_TEAM, List.of(station.team()), List.of(),
            "team " + station.team() + " has more than one service station (便民服务站)"));
      }
    }
    for (Team team : teams) {
      String where = "team " + team.id() + " (" + team.scope().subject() + ")";
      ServiceStation station = byTeam.get(team.id());
      if (station == null) {
        if (policy.requiredAt().contains(team.level())) {
          found.add(violation(TeamRule.STATION_MISSING, team, List.of(),
              where + " runs no convenience service station (便民服务站)"));
        }
        continue;
      }
      checkStation(team, station, policy, where, found);
    }
    found.addAll(unknown);
    return ImmutableList.copyOf(found);
  }

  private static void checkStation(
      Team team, ServiceStation station, StationPolicy policy, String where, List<TeamViolation> out) {
    List<PersonId> members = station.onDuty().stream().filter(team::hasMember).toList();
    if (members.size() < policy.minimumOnDuty()) {
      out.add(violation(TeamRule.STATION_TOO_FEW_ON_DUTY, team, List.of(), where + " has " + members.size()
          + " members on duty at its service station, fewer than the " + policy.minimumOnDuty() + " required"));
    }
    for (PersonId person : station.onDuty()) {
      if (!team.hasMember(person)) {
        out.add(violation(TeamRule.STATION_ON_DUTY_NOT_MEMBER, team, List.of(person),
            where + " puts " + person + " on duty at its service station, who is not a member of the team"));
      }
    }
    int days = station.openDays().size();
    if (days < policy.minimumOpenDaysPerWeek()) {
      out.add(violation(TeamRule.STATION_OPEN_TOO_FEW_DAYS, team, List.of(), where + "'s service station is open on "
          + days + " days a week, fewer than the " + policy.minimumOpenDaysPerWeek() + " required"));
    }
  }

  private static void checkTeam(Team team, Map<PersonId, Person> people, TeamPolicy policy, List<TeamViolation> out) {
    TeamLevel level = team.level();
    String where = "team " + team.id() + " (" + team.scope().subject() + ")";
    Set<PersonId> named = new LinkedHashSet<>(team.members());
    team.informationOfficer().ifPresent(named::add);
    named.addAll(team.dutyRoles().values());
    for (PersonId person : named) {
      if (!people.containsKey(person)) {
        out.add(violation(TeamRule.UNKNOWN_PERSON, team, List.of(person),
            where + " names " + person + ", who is not on the roster"));
      }
    }

    int size = team.members().size();
    if (size < policy.minimumSize(level)) {
      out.add(violation(TeamRule.TEAM_TOO_SMALL, team, List.of(),
          where + " has " + size + " members, fewer than the " + policy.minimumSize(level) + " required"));
    }

    Role leaderRole = policy.leaderRole().get(level);
    if (team.leader().isEmpty()) {
      out.add(violation(TeamRule.LEADER_MISSING, team, List.of(), where + " has no leader (" + leaderRole + ")"));
    } else {
      PersonId leaderId = team.leader().get();
      Optional<Person> leader = Optional.ofNullable(people.get(leaderId));
      if (leader.isPresent() && !leader.get().holds(leaderRole)) {
        out.add(violation(TeamRule.LEADER_ROLE_MISSING, team, List.of(leaderId),
            where + " is led by " + leader.get() + ", who does not hold the leader role " + leaderRole));
      }
      if (leader.isPresent() && team.scope() instanceof TeamScope.VillageGrid grid && !leader.get().of(grid.village())) {
        out.add(violation(TeamRule.LEADER_OF_OTHER_VILLAGE, team, List.of(leaderId),
            where + " is led by " + leader.get() + ", who is of "
                + leader.get().homeVillage().map(VillageId::value).orElse("no village") + ", not of " + grid.village()));
      }
    }

    for (PersonId member : team.backbone()) {
      Person person = people.get(member);
      if (person != null && !policy.isBackbone(level, person.roles())) {
        out.add(violation(TeamRule.BACKBONE_WITHOUT_ROLE, team, List.of(member),
            where + " lists " + person + " as backbone, who holds no backbone role of " + level));
      }
    }
    for (PersonId member : team.others()) {
      Person person = people.get(member);
      if (person != null && !policy.holdsListedRole(level, person.roles())) {
        out.add(violation(TeamRule.MEMBER_WITHOUT_LISTED_ROLE, team, List.of(member),
            where + " lists " + person + " as a member, who holds none of the roles listed for " + level
                + " (leader, backbone or may also include)"));
      }
    }

    if (level != TeamLevel.VILLAGE_GRID) {
      return;
    }
    if (team.backbone().size() < policy.minimumVillageBackbone()) {
      out.add(violation(TeamRule.TOO_FEW_BACKBONE, team, List.of(), where + " has " + team.backbone().size()
          + " backbone members, fewer than the " + policy.minimumVillageBackbone() + " required"));
    }
    long cadres = team.members().stream()
        .map(people::get)
        .filter(p -> p != null && p.holds(Role.VILLAGE_STATIONED_CADRE))
        .count();
    if (cadres < policy.minimumStationedCadres()) {
      out.add(violation(TeamRule.NO_STATIONED_CADRE, team, List.of(), where + " has " + cadres
          + " village-stationed cadres (驻村干部), fewer than the " + policy.minimumStationedCadres() + " required"));
    }
    if (policy.informationOfficersPerVillageGrid() > 0) {
      if (team.informationOfficer().isEmpty()) {
        out.add(violation(TeamRule.INFORMATION_OFFICER_MISSING, team, List.of(),
            where + " names no information officer (信息员)"));
      } else {
        PersonId officerId = team.informationOfficer().get();
        Person officer = people.get(officerId);
        if (!team.hasMember(officerId)) {
          out.add(violation(TeamRule.INFORMATION_OFFICER_NOT_MEMBER, team, List.of(officerId),
              where + " names " + (officer == null ? officerId : officer)
                  + " as information officer, who is not a member of the team"));
        }
        if (officer != null && !officer.holdsAny(policy.informationOfficerRoles())) {
          out.add(violation(TeamRule.INFORMATION_OFFICER_NOT_ELIGIBLE, team, List.of(officerId),
              where + " names " + officer + " as information officer, who holds none of "
                  + policy.informationOfficerRoles()));
        }
      }
    }
    for (DutyRole duty : policy.requiredDutyRoles()) {
      PersonId holder = team.dutyRoles().get(duty);
      if (holder == null) {
        out.add(violation(TeamRule.DUTY_ROLE_UNHELD, team, List.of(),
            where + " leaves the duty role " + duty + " (六大员) unheld"));
      }
    }
    team.dutyRoles().forEach((duty, holder) -> {
      if (!team.hasMember(holder)) {
        out.add(violation(TeamRule.DUTY_ROLE_HOLDER_NOT_MEMBER, team, List.of(holder),
            where + " gives the duty role " + duty + " to " + holder + ", who is not a member of the team"));
      }
    });
  }

  private static void checkAcrossTeams(
      Collection<Team> teams, Map<PersonId, Person> people, TeamPolicy policy, List<TeamViolation> out) {
    Map<PersonId, List<Team>> seats = new LinkedHashMap<>();
    Map<PersonId, List<Team>> leads = new LinkedHashMap<>();
    for (Team team : teams) {
      for (PersonId member : team.members()) {
        seats.computeIfAbsent(member, p -> new ArrayList<>()).add(team);
      }
      team.leader().ifPresent(leader -> leads.computeIfAbsent(leader, p -> new ArrayList<>()).add(team));
    }
    seats.forEach((person, onTeams) -> {
      int counted = countedSeats(person, onTeams, policy);
      if (counted > policy.maxTeamsPerPerson()) {
        out.add(TeamViolation.of(TeamRule.TOO_MANY_TEAMS, ids(onTeams), List.of(person),
            name(person, people) + " sits on " + counted + " teams " + ids(onTeams) + ", more than the "
                + policy.maxTeamsPerPerson() + " allowed"));
      }
    });
    leads.forEach((person, led) -> {
      if (led.size() > 1 && !(policy.splitVillageLeaderMayLeadAllGrids() && oneVillage(led))) {
        out.add(TeamViolation.of(TeamRule.LEADS_SEVERAL_TEAMS, ids(led), List.of(person),
            name(person, people) + " leads " + led.size() + " teams " + ids(led)
                + "; only the grids of one split village may share a leader"));
      }
    });
  }

  /**
   * Counts a person's seats: with the split-village exception, the village grid teams the person leads in one
   * village count as one seat.
   */
  static int countedSeats(PersonId person, List<Team> onTeams, TeamPolicy policy) {
    if (!policy.splitVillageLeaderMayLeadAllGrids()) {
      return onTeams.size();
    }
    Set<VillageId> ledVillages = new LinkedHashSet<>();
    int count = 0;
    for (Team team : onTeams) {
      if (team.leader().map(person::equals).orElse(false) && team.scope() instanceof TeamScope.VillageGrid grid) {
        if (ledVillages.add(grid.village())) {
          count++;
        }
      } else {
        count++;
      }
    }
    return count;
  }

  private static boolean oneVillage(List<Team> teams) {
    Set<VillageId> villages = new LinkedHashSet<>();
    for (Team team : teams) {
      if (!(team.scope() instanceof TeamScope.VillageGrid grid)) {
        return false;
      }
      villages.add(grid.village());
    }
    return villages.size() == 1;
  }

  private static List<TeamId> ids(List<Team> teams) {
    return teams.stream().map(Team::id).toList();
  }

  private static String name(PersonId id, Map<PersonId, Person> people) {
    Person person = people.get(id);
    return person == null ? id.value() : person.toString();
  }

  private static TeamViolation violation(TeamRule rule, Team team, List<PersonId> people, String message) {
    return TeamViolation.of(rule, List.of(team.id()), people, message);
  }
}
