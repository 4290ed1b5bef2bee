package org.grid.spring.boot.open311;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.Plan;

/**
 * A township the Open311 façade places reports in (已标图乡镇): the township with its units' points, its current
 * plan (which grid each unit is in) and the frame that puts the points on the earth. The application defines one
 * bean of this type per township it serves (docs/open311.md); the façade serves the counties of these townships.
 *
 * @param township the township, whose units carry the points ({@link org.grid.core.model.jurisdiction.Unit#location()})
 * @param plan the township's current plan, the one adopted in the place directory
 * @param frame where the township's coordinates lie on the earth
 */
public record MappedTownship(Township township, Plan plan, GeoFrame frame) {

  /**
   * Checks the township.
   *
   * @param township the township, not null
   * @param plan the township's plan, not null
   * @param frame the township's frame, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the plan is of another township
   */
  public MappedTownship {
    requireNonNull(township, "township");
    requireNonNull(plan, "plan");
    requireNonNull(frame, "frame");
    if (!plan.township().equals(township.id())) {
      throw new IllegalArgumentException("plan of township " + plan.township() + " given for township "
          + township.id());
    }
  }
}
