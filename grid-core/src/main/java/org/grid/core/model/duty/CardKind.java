package org.grid.core.model.duty;

/** The two cards every household holds from its grid team (联系卡、监督卡). */
public enum CardKind {
  /** The contact card (联系卡): the team's members, roles and phone numbers. */
  CONTACT,
  /** The supervision card (监督卡): where to complain about a team member's conduct. */
  SUPERVISION
}
