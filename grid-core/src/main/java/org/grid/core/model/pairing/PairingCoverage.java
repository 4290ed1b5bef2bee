package org.grid.core.model.pairing;

/**
 * Pairing coverage (结对覆盖率): how many of the households are paired.
 *
 * @param paired the paired households, from 0 to {@code households}
 * @param households all households considered, at least 0
 */
public record PairingCoverage(int paired, int households) {

  /**
   * Checks the counts.
   *
   * @param paired the paired households, from 0 to {@code households}
   * @param households all households considered, at least 0
   * @throws IllegalArgumentException if a count is negative or {@code paired} exceeds {@code households}
   */
  public PairingCoverage {
    if (households < 0 || paired < 0 || paired > households) {
      throw new IllegalArgumentException("paired must be from 0 to households, was " + paired + " of " + households);
    }
  }

  /**
   * Returns the share of households paired, from 0 to 1; 1 when there is no household.
   *
   * @return the share of households paired, from 0 to 1
   */
  public double ratio() {
    return households == 0 ? 1.0 : (double) paired / households;
  }

  /**
   * Tells whether every household is paired.
   *
   * @return whether every household is paired
   */
  public boolean full() {
    return paired == households;
  }
}
