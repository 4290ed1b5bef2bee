package org.grid.adapters.jdbc.escalation;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.RowReader;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.port.out.RoutingTable;

/**
 * The county's {@link RoutingTable} in the table {@code grid_routing} (county, category → department), filled by
 * {@link #put}. A department id that the model refuses gives a {@link org.grid.adapters.jdbc.RowMappingException}.
 * Thread-safe.
 */
public final class JdbcRoutingTable implements RoutingTable {

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the table on a unit of work.
   *
   * @param unitOfWork the unit of work, not null
   */
  public JdbcRoutingTable(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the table on a database.
   *
   * @param dataSource the database, migrated; not null
   */
  public JdbcRoutingTable(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  /**
   * Sets the department for a category in a county, replacing any earlier one.
   *
   * @param county the county, not null
   * @param category the category, not null
   * @param department the department, not null
   * @return this table
   * @throws NullPointerException if an argument is null
   */
  public JdbcRoutingTable put(CountyId county, Category category, DepartmentId department) {
    requireNonNull(county, "county");
    requireNonNull(category, "category");
    requireNonNull(department, "department");
    unitOfWork.run("routing " + category + " in " + county, connection -> {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM grid_routing WHERE county_id = ? AND category = ?")) {
        delete.setString(1, county.value());
        delete.setString(2, category.code());
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO grid_routing (county_id, category, department_id) VALUES (?, ?, ?)")) {
        insert.setString(1, county.value());
        insert.setString(2, category.code());
        insert.setString(3, department.value());
        insert.executeUpdate();
      }
      return null;
    });
    return this;
  }

  @Override
  public Optional<DepartmentId> departmentFor(CountyId county, Category category) {
    requireNonNull(county, "county");
    requireNonNull(category, "category");
    return unitOfWork.run("reading the route of " + category, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT department_id FROM grid_routing WHERE county_id = ? AND category = ?")) {
        statement.setString(1, county.value());
        statement.setString(2, category.code());
        try (ResultSet rows = statement.executeQuery()) {
          if (!rows.next()) {
            return Optional.empty();
          }
          RowReader cells = new RowReader(rows, "grid_routing").row(county.value() + "/" + category.code());
          return Optional.of(cells.required("department_id", DepartmentId::of));
        }
      }
    });
  }

  @Override
  public SortedMap<Category, DepartmentId> routes(CountyId county) {
    requireNonNull(county, "county");
    return unitOfWork.run("reading the routes of " + county, connection -> {
      SortedMap<Category, DepartmentId> found = new TreeMap<>();
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT category, department_id FROM grid_routing WHERE county_id = ?")) {
        statement.setString(1, county.value());
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            String category = rows.getString("category");
            RowReader cells = new RowReader(rows, "grid_routing").row(county.value() + "/" + category);
            found.put(cells.required("category", Category::of), cells.required("department_id", DepartmentId::of));
          }
        }
      }
      return Collections.unmodifiableSortedMap(found);
    });
  }
}
