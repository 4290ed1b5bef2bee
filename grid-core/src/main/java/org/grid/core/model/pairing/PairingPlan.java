package org.grid.core.model.pairing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The outcome of pairing a township's households (联系结对方案): the pairings made and every household left
 * unpaired with its reason.
 *
 * @param pairings the pairings, village by village
 * @param unpaired every household left unpaired, each with its reason
 */
public record PairingPlan(ImmutableList<Pairing> pairings, ImmutableList<UnpairedHousehold> unpaired) {

  /**
   * Checks the plan.
   *
   * @param pairings the pairings, village by village
   * @param unpaired every household left unpaired, each with its reason
   * @throws NullPointerException if an argument is null
   */
  public PairingPlan {
    requireNonNull(pairings, "pairings");
    requireNonNull(unpaired, "unpaired");
  }

  /**
   * Returns the coverage: pairings over pairings plus unpaired households.
   *
   * @return the coverage
   */
  public PairingCoverage coverage() {
    return new PairingCoverage(pairings.size(), pairings.size() + unpaired.size());
  }
}
