package org.grid.core.port.in;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.pairing.PairingPlan;

/**
 * Pairs every household of a township with a pairer from its stored roster (联系结对) and stores the pairings,
 * replacing the pairing of every household of the register (an unpaired household loses its old pairing).
 */
public interface PairHouseholdsUseCase {

  /**
   * Pairs the households.
   *
   * @param command the command, not null
   * @return the outcome: the plan (stored), or that the township is unknown
   * @throws IllegalArgumentException if the command breaks its constraints (the message names each field) or the
   *     register is of another township
   */
  Outcome pair(PairHouseholdsCommand command);

  /** The outcome of pairing. */
  sealed interface Outcome {}

  /**
   * The households were paired as far as the roster allows, and the pairings stored.
   *
   * @param plan the pairings, the coverage and every unpaired household with its reason
   */
  record Paired(PairingPlan plan) implements Outcome {
    /**
     * Checks the outcome.
     *
     * @param plan the pairings, the coverage and every unpaired household with its reason, as stored; not null
     * @throws NullPointerException if the plan is null
     */
    public Paired {
      requireNonNull(plan, "plan");
    }
  }

  /**
   * No township with the command's id is stored.
   *
   * @param township the id asked for
   */
  record UnknownTownship(TownshipId township) implements Outcome {
    /**
     * Checks the outcome.
     *
     * @param township the id asked for, not null
     * @throws NullPointerException if the township is null
     */
    public UnknownTownship {
      requireNonNull(township, "township");
    }
  }
}
