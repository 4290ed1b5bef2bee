package org.grid.escalation.port.out;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
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

  /**
   * Lists a county's routes: every category the table knows in the county with its department. A front end that
   * offers the categories a citizen may report in (the Open311 façade's service list, say) reads them here.
   *
   * <p>The adapters' tables list their routes (the contract test checks it). This default lists none: a table
   * given as a function (a lambda over {@link #departmentFor}) routes without knowing its categories, and then a
   * front end offers no category to choose.
   *
   * @param county the county, not null
   * @return the routes ordered by category; empty when the table has none for the county
   * @throws NullPointerException if {@code county} is null
   */
  default SortedMap<Category, DepartmentId> routes(CountyId county) {
    requireNonNull(county, "county");
    return Collections.emptySortedMap();
  }
}
