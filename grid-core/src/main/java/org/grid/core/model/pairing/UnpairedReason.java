package org.grid.core.model.pairing;

/** Why a household is left unpaired (未结对原因). The constant names are stable codes. */
public enum UnpairedReason {
  /** Nobody of the household's village is eligible to pair it. */
  NO_ELIGIBLE_PAIRER,
  /** The village has eligible pairers, but every one already holds the most households the policy allows. */
  NO_PAIRER_LEFT,
  /** The household's unit is not a unit of the township, so its village is unknown. */
  UNKNOWN_UNIT
}
