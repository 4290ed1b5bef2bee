package org.grid.core.model.team;

/**
 * A role (职务/身份) a person holds, from which the team policy decides who may lead, who counts as backbone, who
 * may be information officer and who may pair households. A person may hold several roles. Every role named in
 * section 3 of the rulebook is here.
 */
public enum Role {
  // village grid team: leader and backbone
  /** Village party organisation secretary (村党组织书记): leads the village grid teams of their village. */
  VILLAGE_PARTY_SECRETARY,
  /** Township liaison leader (乡联系领导): a township leader assigned to a village; backbone. */
  TOWNSHIP_LIAISON_LEADER,
  /** Village-stationed cadre (驻村干部): a township cadre stationed in a village; backbone. */
  VILLAGE_STATIONED_CADRE,
  /** Village cadre (村干部): a member of the village committees; backbone. */
  VILLAGE_CADRE,
  /** College-graduate village official (大学生村官); backbone. */
  COLLEGE_GRADUATE_VILLAGE_OFFICIAL,
  /** Rural work instructor (农村工作指导员); backbone. */
  RURAL_WORK_INSTRUCTOR,
  /** Science and technology commissioner (科技特派员); backbone. */
  SCIENCE_TECHNOLOGY_COMMISSIONER,
  /** Rural party member (农村党员); backbone. */
  RURAL_PARTY_MEMBER,
  /** Villager representative (村民代表); backbone. */
  VILLAGER_REPRESENTATIVE,
  // village grid team: may also include
  /** Old or retired cadre (老干部、退休干部). */
  RETIRED_CADRE,
  /** Reserve cadre (后备干部). */
  RESERVE_CADRE,
  /** Party activist (入党积极分子). */
  PARTY_ACTIVIST,
  /** Local talent (乡土人才). */
  LOCAL_TALENT,
  /** Capable entrepreneur (致富能人). */
  ENTREPRENEUR,
  /** Teacher (教师). */
  TEACHER,
  /** Village doctor (村医). */
  VILLAGE_DOCTOR,
  /** Credit officer (信贷员). */
  CREDIT_OFFICER,
  /** Village legal adviser (村法律顾问). */
  VILLAGE_LEGAL_ADVISER,
  /** Remote-education site administrator (远教站点管理员): may be a village grid's information officer. */
  REMOTE_EDUCATION_ADMINISTRATOR,
  // district grid team
  /** Township leadership member acting as work-area head (乡班子成员/工作片片长): leads a district grid team. */
  TOWNSHIP_LEADERSHIP_MEMBER,
  /** The police officer responsible for the area (职责民警); district backbone. */
  RESPONSIBLE_POLICE_OFFICER,
  /** A deputy or committee member living in the district (两代表一委员); district backbone. */
  DEPUTY_OR_COMMITTEE_MEMBER,
  /** A resident working-group member (驻村工作组成员); district backbone. */
  RESIDENT_WORKING_GROUP_MEMBER,
  // township grid team
  /** Head of a township centre (乡中心负责人): leads the township grid team. */
  TOWNSHIP_CENTRE_HEAD,
  /** Staff of the convenience service centre (便民服务中心); township backbone. */
  CONVENIENCE_SERVICE_CENTRE_STAFF,
  /** Staff of the comprehensive governance centre (综治中心); township backbone. */
  COMPREHENSIVE_GOVERNANCE_CENTRE_STAFF,
  /** Staff of the economic development centre (经济发展中心); township backbone. */
  ECONOMIC_DEVELOPMENT_CENTRE_STAFF,
  /** Staff of the social development centre (社会事业发展中心); township backbone. */
  SOCIAL_DEVELOPMENT_CENTRE_STAFF
}
