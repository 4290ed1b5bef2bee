package org.grid.core.model.team;

/**
 * A rule of the team policy (团队配置规则) that a team can break. The constant names are stable codes: reports, files and
 * county systems may store them.
 */
public enum TeamRule {
  /** A member, information officer or duty-role holder is not on the township's roster. */
  UNKNOWN_PERSON,
  /** The team has fewer members than {@link TeamPolicy#minimumSize()} of its level. */
  TEAM_TOO_SMALL,
  /** The team has no leader. */
  LEADER_MISSING,
  /** The leader does not hold the leader role of the team's level ({@link TeamPolicy#leaderRole()}). */
  LEADER_ROLE_MISSING,
  /** A village grid team's leader is not of that team's village. */
  LEADER_OF_OTHER_VILLAGE,
  /** A village grid team has fewer backbone members than {@link TeamPolicy#minimumVillageBackbone()}. */
  TOO_FEW_BACKBONE,
  /** A backbone member holds none of the backbone roles of the team's level. */
  BACKBONE_WITHOUT_ROLE,
  /** A village grid team has fewer village-stationed cadres than {@link TeamPolicy#minimumStationedCadres()}. */
  NO_STATIONED_CADRE,
  /** A village grid team names no information officer. */
  INFORMATION_OFFICER_MISSING,
  /** The information officer holds none of {@link TeamPolicy#informationOfficerRoles()}. */
  INFORMATION_OFFICER_NOT_ELIGIBLE,
  /** The information officer is not a member of the team. */
  INFORMATION_OFFICER_NOT_MEMBER,
  /** A village grid team leaves one of the required duty roles (六大员) unheld. */
  DUTY_ROLE_UNHELD,
  /** A duty role (六大员) is held by someone who is not a member of the team. */
  DUTY_ROLE_HOLDER_NOT_MEMBER,
  /** A person sits on more teams than {@link TeamPolicy#maxTeamsPerPerson()}. */
  TOO_MANY_TEAMS,
  /** A person leads more than one team, other than the grids of one split village when the policy allows it. */
  LEADS_SEVERAL_TEAMS,
  /**
   * A member holds none of the roles the rulebook lists for the team's level: its leader role, a backbone role, a role
   * it may also include ({@link TeamPolicy#otherMemberRoles()}) or, for a village grid team, an information officer's
   * role ({@link TeamPolicy#holdsListedRole}).
   */
  MEMBER_WITHOUT_LISTED_ROLE,
  /** A team of a level that must run a convenience service station ({@link StationPolicy#requiredAt()}) has none. */
  STATION_MISSING,
  /** A station has fewer members on duty than {@link StationPolicy#minimumOnDuty()}. */
  STATION_TOO_FEW_ON_DUTY,
  /** Someone on duty at a station is not a member of the team that runs it. */
  STATION_ON_DUTY_NOT_MEMBER,
  /** A station is open on fewer days a week than {@link StationPolicy#minimumOpenDaysPerWeek()}. */
  STATION_OPEN_TOO_FEW_DAYS,
  /** A station names a team the township does not have, or a team has two stations. */
  STATION_OF_UNKNOWN_TEAM
}
