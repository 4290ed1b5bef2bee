package org.grid.adapters.json.escalation;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DepartmentId;

/**
 * One row of a county's routing table (分拨规则): a category and the department it is routed to.
 *
 * @param county the county, not null
 * @param category the category, not null
 * @param department the department, not null
 */
public record Route(CountyId county, Category category, DepartmentId department) {

  /**
   * Checks the route.
   *
   * @param county the county, not null
   * @param category the category, not null
   * @param department the department, not null
   * @throws NullPointerException if an argument is null
   */
  public Route {
    requireNonNull(county, "county");
    requireNonNull(category, "category");
    requireNonNull(department, "department");
  }
}
