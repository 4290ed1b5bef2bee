package org.grid.adapters.inmemory.escalation;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.port.out.RoutingTable;

/** A {@link RoutingTable} in a concurrent map, filled by {@link #put}. Thread-safe. */
public final class InMemoryRoutingTable implements RoutingTable {

  private record Key(CountyId county, Category category) {}

  private final Map<Key, DepartmentId> routes = new ConcurrentHashMap<>();

  /** Creates an empty table. */
  public InMemoryRoutingTable() {}

  /**
   * Sets the department for a category in a county, replacing any earlier one.
   *
   * @param county the county, not null
   * @param category the category, not null
   * @param department the department, not null
   * @return this table
   * @throws NullPointerException if an argument is null
   */
  public InMemoryRoutingTable put(CountyId county, Category category, DepartmentId department) {
    routes.put(
        new Key(requireNonNull(county, "county"), requireNonNull(category, "category")),
        requireNonNull(department, "department"));
    return this;
  }

  @Override
  public Optional<DepartmentId> departmentFor(CountyId county, Category category) {
    return Optional.ofNullable(
        routes.get(new Key(requireNonNull(county, "county"), requireNonNull(category, "category"))));
  }

  @Override
  public SortedMap<Category, DepartmentId> routes(CountyId county) {
    requireNonNull(county, "county");
    SortedMap<Category, DepartmentId> found = new TreeMap<>();
    routes.forEach((key, department) -> {
      if (key.county().equals(county)) {
        found.put(key.category(), department);
      }
    });
    return Collections.unmodifiableSortedMap(found);
  }
}
