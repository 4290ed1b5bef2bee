package org.grid.core.model.team;

/**
 * One of the six duty roles (六大员) a village grid team spreads over its members so that every one is held.
 */
public enum DutyRole {
  /** Survey of village conditions (村情民意调研员). */
  VILLAGE_SURVEY,
  /** Policy and law outreach (政策法规宣传员). */
  POLICY_OUTREACH,
  /** Prosperity services (富民强村服务员). */
  PROSPERITY_SERVICES,
  /** Dispute mediation (矛盾纠纷化解员). */
  DISPUTE_MEDIATION,
  /** Democratic procedure (民主制度规范员). */
  DEMOCRATIC_PROCEDURE,
  /** Organisation building (组织建设督导员). */
  ORGANISATION_BUILDING
}
