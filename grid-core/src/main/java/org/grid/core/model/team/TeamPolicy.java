package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The team policy (团队配置规则): every number and role list of section 3 of the rulebook, with its documented
 * default in {@link #defaults()}. A county changes a value with the {@code with…} copies, never by code.
 *
 * @param minimumSize the least number of members (leader included) per level; default 5 at every level
 *     ("一般不少于5人")
 * @param leaderRole the role the leader must hold, per level: 村党组织书记, 乡班子成员/工作片片长, 乡中心负责人
 * @param backboneRoles the roles that make a member backbone (骨干), per level
 * @param otherMemberRoles the further roles a team of a level may also include (可吸纳), per level: for a village
 *     grid team the old or retired cadre, reserve cadre, party activist, local talent, capable entrepreneur, teacher,
 *     village doctor, credit officer and village legal adviser; none for the other levels. A team is filled only
 *     with people holding a role listed for its level ({@link #holdsListedRole})
 * @param minimumVillageBackbone the least number of backbone members in a village grid team; default 3
 * @param minimumStationedCadres the least number of village-stationed cadres (驻村干部) in a village grid team;
 *     default 1
 * @param informationOfficersPerVillageGrid how many information officers (信息员) a village grid names; default 1
 * @param informationOfficerRoles the roles an information officer is drawn from: village-stationed cadre,
 *     college-graduate village official, remote-education site administrator
 * @param maxTeamsPerPerson the most teams one person may sit on; default 3
 * @param splitVillageLeaderMayLeadAllGrids whether the leader of a village cut into several grids may lead all its
 *     grid teams (those teams then count as one toward {@code maxTeamsPerPerson}); default true
 * @param requiredDutyRoles the duty roles (六大员) every village grid team must have held; default all six
 */
public record TeamPolicy(
    ImmutableMap<TeamLevel, Integer> minimumSize,
    ImmutableMap<TeamLevel, Role> leaderRole,
    ImmutableMap<TeamLevel, ImmutableSet<Role>> backboneRoles,
    ImmutableMap<TeamLevel, ImmutableSet<Role>> otherMemberRoles,
    int minimumVillageBackbone,
    int minimumStationedCadres,
    int informationOfficersPerVillageGrid,
    ImmutableSet<Role> informationOfficerRoles,
    int maxTeamsPerPerson,
    boolean splitVillageLeaderMayLeadAllGrids,
    ImmutableSet<DutyRole> requiredDutyRoles) {

  /**
   * Checks the policy.
   *
   * @param minimumSize the least number of members (leader included) per level; default 5 at every level
   *     ("一般不少于5人")
   * @param leaderRole the role the leader must hold, per level: 村党组织书记, 乡班子成员/工作片片长, 乡中心负责人
   * @param backboneRoles the roles that make a member backbone (骨干), per level
   * @param otherMemberRoles the further roles a team of a level may also include (可吸纳), per level: for a village
   *     grid team the old or retired cadre, reserve cadre, party activist, local talent, capable entrepreneur, teacher,
   *     village doctor, credit officer and village legal adviser; none for the other levels. A team is filled only
   *     with people holding a role listed for its level ({@link #holdsListedRole})
   * @param minimumVillageBackbone the least number of backbone members in a village grid team; default 3
   * @param minimumStationedCadres the least number of village-stationed cadres (驻村干部) in a village grid team;
   *     default 1
   * @param informationOfficersPerVillageGrid how many information officers (信息员) a village grid names; default 1
   * @param informationOfficerRoles the roles an information officer is drawn from: village-stationed cadre,
   *     college-graduate village official, remote-education site administrator
   * @param maxTeamsPerPerson the most teams one person may sit on; default 3
   * @param splitVillageLeaderMayLeadAllGrids whether the leader of a village cut into several grids may lead all its
   *     grid teams (those teams then count as one toward {@code maxTeamsPerPerson}); default true
   * @param requiredDutyRoles the duty roles (六大员) every village grid team must have held; default all six
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if a level lacks a size, leader role, backbone roles or other member roles, a
   *     size is below 1, a
   *     count is negative, {@code maxTeamsPerPerson} is below 1, or the information officer count is not 0 or 1
   */
  public TeamPolicy {
    requireNonNull(minimumSize, "minimumSize");
    requireNonNull(leaderRole, "leaderRole");
    requireNonNull(backboneRoles, "backboneRoles");
    requireNonNull(otherMemberRoles, "otherMemberRoles");
    requireNonNull(informationOfficerRoles, "informationOfficerRoles");
    requireNonNull(requiredDutyRoles, "requiredDutyRoles");
    for (TeamLevel level : TeamLevel.values()) {
      Integer size = minimumSize.get(level);
      if (size == null || size < 1) {
        throw new IllegalArgumentException("minimumSize of " + level + " must be at least 1, was " + size);
      }
      if (!leaderRole.containsKey(level)) {
        throw new IllegalArgumentException("leaderRole of " + level + " is missing");
      }
      if (!backboneRoles.containsKey(level)) {
        throw new IllegalArgumentException("backboneRoles of " + level + " is missing");
      }
      if (!otherMemberRoles.containsKey(level)) {
        throw new IllegalArgumentException("otherMemberRoles of " + level + " is missing");
      }
    }
    requireAtLeast(minimumVillageBackbone, 0, "minimumVillageBackbone");
    requireAtLeast(minimumStationedCadres, 0, "minimumStationedCadres");
    requireAtLeast(maxTeamsPerPerson, 1, "maxTeamsPerPerson");
    if (informationOfficersPerVillageGrid < 0 || informationOfficersPerVillageGrid > 1) {
      throw new IllegalArgumentException(
          "informationOfficersPerVillageGrid must be 0 or 1, was " + informationOfficersPerVillageGrid);
    }
  }

  private static void requireAtLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
    }
  }

  /**
   * Returns the policy with every default of the rulebook.
   *
   * @return the policy with every default of the rulebook
   */
  public static TeamPolicy defaults() {
    return new TeamPolicy(
        ImmutableMap.of(TeamLevel.VILLAGE_GRID, 5, TeamLevel.DISTRICT_GRID, 5, TeamLevel.TOWNSHIP_GRID, 5),
        ImmutableMap.of(
            TeamLevel.VILLAGE_GRID, Role.VILLAGE_PARTY_SECRETARY,
            TeamLevel.DISTRICT_GRID, Role.TOWNSHIP_LEADERSHIP_MEMBER,
            TeamLevel.TOWNSHIP_GRID, Role.TOWNSHIP_CENTRE_HEAD),
        ImmutableMap.of(
            TeamLevel.VILLAGE_GRID, Sets.immutableEnumSet(EnumSet.of(
                Role.TOWNSHIP_LIAISON_LEADER, Role.VILLAGE_STATIONED_CADRE, Role.VILLAGE_CADRE,
                Role.COLLEGE_GRADUATE_VILLAGE_OFFICIAL, Role.RURAL_WORK_INSTRUCTOR,
                Role.SCIENCE_TECHNOLOGY_COMMISSIONER, Role.RURAL_PARTY_MEMBER, Role.VILLAGER_REPRESENTATIVE)),
            TeamLevel.DISTRICT_GRID, Sets.immutableEnumSet(EnumSet.of(
                Role.VILLAGE_STATIONED_CADRE, Role.RESPONSIBLE_POLICE_OFFICER, Role.DEPUTY_OR_COMMITTEE_MEMBER,
                Role.RESIDENT_WORKING_GROUP_MEMBER)),
            TeamLevel.TOWNSHIP_GRID, Sets.immutableEnumSet(EnumSet.of(
                Role.CONVENIENCE_SERVICE_CENTRE_STAFF, Role.COMPREHENSIVE_GOVERNANCE_CENTRE_STAFF,
                Role.ECONOMIC_DEVELOPMENT_CENTRE_STAFF, Role.SOCIAL_DEVELOPMENT_CENTRE_STAFF))),
        ImmutableMap.of(
            TeamLevel.VILLAGE_GRID, Sets.immutableEnumSet(EnumSet.of(
                Role.RETIRED_CADRE, Role.RESERVE_CADRE, Role.PARTY_ACTIVIST, Role.LOCAL_TALENT, Role.ENTREPRENEUR,
                Role.TEACHER, Role.VILLAGE_DOCTOR, Role.CREDIT_OFFICER, Role.VILLAGE_LEGAL_ADVISER)),
            TeamLevel.DISTRICT_GRID, ImmutableSet.of(),
            TeamLevel.TOWNSHIP_GRID, ImmutableSet.of()),
        3,
        1,
        1,
        Sets.immutableEnumSet(EnumSet.of(
            Role.VILLAGE_STATIONED_CADRE, Role.COLLEGE_GRADUATE_VILLAGE_OFFICIAL, Role.REMOTE_EDUCATION_ADMINISTRATOR)),
        3,
        true,
        Sets.immutableEnumSet(EnumSet.allOf(DutyRole.class)));
  }

  /**
   * Returns the least number of members of a team of the given level.
   *
   * @param level the level, not null
   * @return the minimum size, at least 1
   */
  public int minimumSize(TeamLevel level) {
    return minimumSize.get(level);
  }

  /**
   * Returns a copy of this policy with the given minimum size at every level.
   *
   * @param size the minimum size, at least 1
   * @return a new policy
   * @throws IllegalArgumentException if {@code size} is below 1
   */
  public TeamPolicy withMinimumSize(int size) {
    Map<TeamLevel, Integer> sizes = new java.util.EnumMap<>(TeamLevel.class);
    for (TeamLevel level : TeamLevel.values()) {
      sizes.put(level, size);
    }
    return new TeamPolicy(ImmutableMap.copyOf(sizes), leaderRole, backboneRoles, otherMemberRoles,
        minimumVillageBackbone, minimumStationedCadres, informationOfficersPerVillageGrid, informationOfficerRoles,
        maxTeamsPerPerson, splitVillageLeaderMayLeadAllGrids, requiredDutyRoles);
  }

  /**
   * Returns a copy of this policy allowing a person on at most {@code max} teams.
   *
   * @param max the most teams per person, at least 1
   * @return a new policy
   * @throws IllegalArgumentException if {@code max} is below 1
   */
  public TeamPolicy withMaxTeamsPerPerson(int max) {
    return new TeamPolicy(minimumSize, leaderRole, backboneRoles, otherMemberRoles, minimumVillageBackbone,
        minimumStationedCadres, informationOfficersPerVillageGrid, informationOfficerRoles, max,
        splitVillageLeaderMayLeadAllGrids, requiredDutyRoles);
  }

  /**
   * Returns a copy of this policy with or without the split-village leader exception.
   *
   * @param allowed whether the leader of a split village may lead all its grids
   * @return a new policy
   */
  public TeamPolicy withSplitVillageLeaderMayLeadAllGrids(boolean allowed) {
    return new TeamPolicy(minimumSize, leaderRole, backboneRoles, otherMemberRoles, minimumVillageBackbone,
        minimumStationedCadres, informationOfficersPerVillageGrid, informationOfficerRoles, maxTeamsPerPerson, allowed,
        requiredDutyRoles);
  }

  /**
   * Tells whether a set of roles makes a member backbone at a level.
   *
   * @param level the team's level, not null
   * @param roles the member's roles, not null
   * @return true when one of the roles is a backbone role of the level
   */
  public boolean isBackbone(TeamLevel level, Set<Role> roles) {
    for (Role role : roles) {
      if (backboneRoles.get(level).contains(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a set of roles is one the rulebook lists for a team of a level: the level's leader role, one of
   * its backbone roles or of the further roles it may also include, or, for a village grid team, a role an
   * information officer is drawn from.
   *
   * @param level the team's level, not null
   * @param roles the person's roles, not null
   * @return true when one of the roles is listed for the level
   */
  public boolean holdsListedRole(TeamLevel level, Set<Role> roles) {
    for (Role role : roles) {
      if (role == leaderRole.get(level) || backboneRoles.get(level).contains(role)
          || otherMemberRoles.get(level).contains(role)
          || level == TeamLevel.VILLAGE_GRID && informationOfficerRoles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
