package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

/**
 * The key of a time-limit override: a tier, a category and an urgency.
 *
 * @param tier the tier, not null
 * @param category the category, not null
 * @param urgency the urgency, not null
 */
public record LimitKey(Tier tier, Category category, Urgency urgency) {

  /**
   * Checks the key.
   *
   * @param tier the tier, not null
   * @param category the category, not null
   * @param urgency the urgency, not null
   * @throws NullPointerException if an argument is null
   */
  public LimitKey {
    requireNonNull(tier, "tier");
    requireNonNull(category, "category");
    requireNonNull(urgency, "urgency");
  }
}
