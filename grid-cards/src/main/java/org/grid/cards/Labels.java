package org.grid.cards;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import org.grid.core.model.team.DutyRole;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.TeamLevel;

/** The Chinese words the cards print for grid's constants: roles, duty roles, levels, days. */
final class Labels {

  private static final Map<Role, String> ROLES = new EnumMap<>(Role.class);
  private static final Map<DutyRole, String> DUTIES = new EnumMap<>(DutyRole.class);

  static {
    ROLES.put(Role.VILLAGE_PARTY_SECRETARY, "村党组织书记");
    ROLES.put(Role.TOWNSHIP_LIAISON_LEADER, "乡联系领导");
    ROLES.put(Role.VILLAGE_STATIONED_CADRE, "驻村干部");
    ROLES.put(Role.VILLAGE_CADRE, "村干部");
    ROLES.put(Role.COLLEGE_GRADUATE_VILLAGE_OFFICIAL, "大学生村官");
    ROLES.put(Role.RURAL_WORK_INSTRUCTOR, "农村工作指导员");
    ROLES.put(Role.SCIENCE_TECHNOLOGY_COMMISSIONER, "科技特派员");
    ROLES.put(Role.RURAL_PARTY_MEMBER, "农村党员");
    ROLES.put(Role.VILLAGER_REPRESENTATIVE, "村民代表");
    ROLES.put(Role.RETIRED_CADRE, "老干部");
    ROLES.put(Role.RESERVE_CADRE, "后备干部");
    ROLES.put(Role.PARTY_ACTIVIST, "入党积极分子");
    ROLES.put(Role.LOCAL_TALENT, "乡土人才");
    ROLES.put(Role.ENTREPRENEUR, "致富能人");
    ROLES.put(Role.TEACHER, "教师");
    ROLES.put(Role.VILLAGE_DOCTOR, "村医");
    ROLES.put(Role.CREDIT_OFFICER, "信贷员");
    ROLES.put(Role.VILLAGE_LEGAL_ADVISER, "村法律顾问");
    ROLES.put(Role.REMOTE_EDUCATION_ADMINISTRATOR, "远教站点管理员");
    ROLES.put(Role.TOWNSHIP_LEADERSHIP_MEMBER, "乡班子成员");
    ROLES.put(Role.RESPONSIBLE_POLICE_OFFICER, "职责民警");
    ROLES.put(Role.DEPUTY_OR_COMMITTEE_MEMBER, "两代表一委员");
    ROLES.put(Role.RESIDENT_WORKING_GROUP_MEMBER, "驻村工作组成员");
    ROLES.put(Role.TOWNSHIP_CENTRE_HEAD, "乡中心负责人");
    ROLES.put(Role.CONVENIENCE_SERVICE_CENTRE_STAFF, "便民服务中心");
    ROLES.put(Role.COMPREHENSIVE_GOVERNANCE_CENTRE_STAFF, "综治中心");
    ROLES.put(Role.ECONOMIC_DEVELOPMENT_CENTRE_STAFF, "经济发展中心");
    ROLES.put(Role.SOCIAL_DEVELOPMENT_CENTRE_STAFF, "社会事业发展中心");
    DUTIES.put(DutyRole.VILLAGE_SURVEY, "村情民意调研员");
    DUTIES.put(DutyRole.POLICY_OUTREACH, "政策法规宣传员");
    DUTIES.put(DutyRole.PROSPERITY_SERVICES, "富民强村服务员");
    DUTIES.put(DutyRole.DISPUTE_MEDIATION, "矛盾纠纷化解员");
    DUTIES.put(DutyRole.DEMOCRATIC_PROCEDURE, "民主制度规范员");
    DUTIES.put(DutyRole.ORGANISATION_BUILDING, "组织建设督导员");
    if (ROLES.size() != Role.values().length || DUTIES.size() != DutyRole.values().length) {
      throw new ExceptionInInitializerError("a role or duty role has no Chinese label");
    }
  }

  private Labels() {}

  static String role(Role role) {
    return ROLES.get(role);
  }

  static String duty(DutyRole duty) {
    return DUTIES.get(duty);
  }

  static String team(TeamLevel level) {
    return switch (level) {
      case VILLAGE_GRID -> "网格服务团队";
      case DISTRICT_GRID -> "片区网格团队";
      case TOWNSHIP_GRID -> "乡镇网格团队";
    };
  }

  static String day(DayOfWeek day) {
    return switch (day) {
      case MONDAY -> "周一";
      case TUESDAY -> "周二";
      case WEDNESDAY -> "周三";
      case THURSDAY -> "周四";
      case FRIDAY -> "周五";
      case SATURDAY -> "周六";
      case SUNDAY -> "周日";
    };
  }
}
