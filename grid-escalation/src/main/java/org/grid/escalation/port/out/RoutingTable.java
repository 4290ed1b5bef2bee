package org.grid.escalation.port.out;

import java.util.Optional;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DepartmentId;

/**
 * The county's routing table (分拨规则): which functional department handles a category, e.g. land to natural
 * resources, pensions to human resources and social security. Data the county supplies.
 *
 * <p>Every implementation passes {@code AbstractRoutingTableContractTest} of grid-testkit.
 */
public interface RoutingTable {

  /**
   * Finds the department for a category in a county.
   *
   * @param county the county, not null
   * @param category the category, not null
   * @return the department, or empty when the table has none for the category
   * @throws NullPointerException if an argument is null
   */
  Optional<DepartmentId> departmentFor(CountyId county, Category category);
}
