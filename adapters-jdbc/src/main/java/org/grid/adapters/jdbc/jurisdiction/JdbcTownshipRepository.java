package org.grid.adapters.jdbc.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.graph.EndpointPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.Sql;
import org.grid.adapters.jdbc.Transactions;
import org.grid.core.model.jurisdiction.Coordinates;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.ExistingDistrict;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.port.out.TownshipRepository;

/**
 * A {@link TownshipRepository} over a relational database (H2, PostgreSQL or MariaDB) migrated by {@link
 * org.grid.adapters.jdbc.GridSchema}. A township is stored in normalised tables ({@code grid_township},
 * {@code grid_village}, {@code grid_unit}, ...) and saved as a whole in one transaction, under a row lock on its
 * township row, so that two concurrent saves never leave a mix of both. Every row read back is checked against the
 * model; one that does not map gives a {@link RowMappingException} naming table, id and column. Thread-safe.
 */
public final class JdbcTownshipRepository implements TownshipRepository {

  private static final Sql.Null NULL_DOUBLE = new Sql.Null(Types.DOUBLE);

  private final DataSource dataSource;

  /**
   * Creates the repository over a migrated database.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null
   */
  public JdbcTownshipRepository(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
  }

  @Override
  public void save(Township township) {
    requireNonNull(township, "township");
    Transactions.inTransaction(dataSource, "saving township " + township.id(), connection -> {
      String id = township.id().value();
      boolean exists = lock(connection, id);
      if (exists) {
        deleteChildren(connection, id);
        Sql.update(connection,
            "UPDATE grid_township SET name = ?, adjacency_known = ?, version = version + 1 WHERE id = ?",
            township.name(), township.adjacencyKnown(), id);
      } else {
        Sql.update(connection, "INSERT INTO grid_township (id, name, adjacency_known, version) VALUES (?, ?, ?, 1)",
            id, township.name(), township.adjacencyKnown());
      }
      insertChildren(connection, township);
      return null;
    });
  }

  @Override
  public Optional<Township> findById(TownshipId id) {
    requireNonNull(id, "id");
    return Transactions.inTransaction(dataSource, "reading township " + id, connection -> load(connection, id.value()));
  }

  @Override
  public List<TownshipId> ids() {
    return Transactions.inTransaction(dataSource, "listing townships", connection -> {
      List<TownshipId> ids = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM grid_township");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String id = rows.getString(1);
          ids.add(mapped("grid_township", id, "id", () -> TownshipId.of(id)));
        }
      }
      // Sorted here, not by ORDER BY: database collations differ, String order does not.
      ids.sort(null);
      return ids;
    });
  }

  private static boolean lock(Connection connection, String id) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT version FROM grid_township WHERE id = ? FOR UPDATE")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void deleteChildren(Connection connection, String id) throws SQLException {
    for (String table : List.of(
        "grid_existing_district_village", "grid_existing_district", "grid_unit_border", "grid_unit_tag",
        "grid_unit", "grid_village")) {
      Sql.update(connection, "DELETE FROM " + table + " WHERE township_id = ?", id);
    }
  }

  private static void insertChildren(Connection connection, Township township) throws SQLException {
    String id = township.id().value();
    try (PreparedStatement villages = connection.prepareStatement(
            "INSERT INTO grid_village (township_id, id, ord, name) VALUES (?, ?, ?, ?)");
        PreparedStatement units = connection.prepareStatement(
            "INSERT INTO grid_unit (township_id, id, village_id, ord, name, households, x, y) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement tags = connection.prepareStatement(
            "INSERT INTO grid_unit_tag (township_id, unit_id, ord, tag) VALUES (?, ?, ?, ?)")) {
      int villageOrd = 0;
      for (Village village : township.villages()) {
        Sql.bind(villages, id, village.id().value(), villageOrd++, village.name());
        villages.addBatch();
        int unitOrd = 0;
        for (Unit unit : village.units()) {
          Object x = unit.location().<Object>map(Coordinates::x).orElse(NULL_DOUBLE);
          Object y = unit.location().<Object>map(Coordinates::y).orElse(NULL_DOUBLE);
          Sql.bind(units, id, unit.id().value(), village.id().value(), unitOrd++, unit.name(), unit.households(), x, y);
          units.addBatch();
          int tagOrd = 0;
          for (String tag : unit.tags()) {
            Sql.bind(tags, id, unit.id().value(), tagOrd++, tag);
            tags.addBatch();
          }
        }
      }
      villages.executeBatch();
      units.executeBatch();
      tags.executeBatch();
    }
    try (PreparedStatement borders = connection.prepareStatement(
        "INSERT INTO grid_unit_border (township_id, ord, unit_a, unit_b) VALUES (?, ?, ?, ?)")) {
      int ord = 0;
      for (EndpointPair<UnitId> edge : township.unitAdjacency().edges()) {
        Sql.bind(borders, id, ord++, edge.nodeU().value(), edge.nodeV().value());
        borders.addBatch();
      }
      borders.executeBatch();
    }
    try (PreparedStatement districts = connection.prepareStatement(
            "INSERT INTO grid_existing_district (township_id, id, ord, name) VALUES (?, ?, ?, ?)");
        PreparedStatement members = connection.prepareStatement(
            "INSERT INTO grid_existing_district_village (township_id, district_id, ord, village_id) "
                + "VALUES (?, ?, ?, ?)")) {
      int districtOrd = 0;
      for (ExistingDistrict district : township.existingDistricts()) {
        Sql.bind(districts, id, district.id().value(), districtOrd++, district.name());
        districts.addBatch();
        int memberOrd = 0;
        for (VillageId village : district.villages()) {
          Sql.bind(members, id, district.id().value(), memberOrd++, village.value());
          members.addBatch();
        }
      }
      districts.executeBatch();
      members.executeBatch();
    }
  }

  private static Optional<Township> load(Connection connection, String id) throws SQLException {
    String name;
    boolean adjacencyKnown;
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT name, adjacency_known FROM grid_township WHERE id = ?")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        name = rows.getString(1);
        adjacencyKnown = rows.getBoolean(2);
      }
    }
    TownshipId townshipId = mapped("grid_township", id, "id", () -> TownshipId.of(id));
    Township.Builder builder = mapped("grid_township", id, "name", () -> Township.builder(townshipId, name));
    if (adjacencyKnown) {
      builder.adjacencyKnown();
    }

    Map<String, ImmutableSortedSet.Builder<String>> tagsByUnit = new LinkedHashMap<>();
    query(connection, "SELECT unit_id, tag FROM grid_unit_tag WHERE township_id = ? ORDER BY unit_id, ord", id,
        rows -> {
          String unit = rows.getString(1);
          String tag = rows.getString(2);
          if (tag.isBlank()) {
            throw new RowMappingException("grid_unit_tag", id + "/" + unit, "tag", "must not be blank");
          }
          tagsByUnit.computeIfAbsent(unit, u -> ImmutableSortedSet.naturalOrder()).add(tag);
        });

    Map<String, List<Unit>> unitsByVillage = new LinkedHashMap<>();
    query(connection,
        "SELECT village_id, id, name, households, x, y FROM grid_unit WHERE township_id = ? ORDER BY village_id, ord",
        id, rows -> {
          String village = rows.getString(1);
          String unit = rows.getString(2);
          String row = id + "/" + unit;
          UnitId unitId = mapped("grid_unit", row, "id", () -> UnitId.of(unit));
          String unitName = rows.getString(3);
          int households = rows.getInt(4);
          Double x = Sql.nullableDouble(rows, 5);
          Double y = Sql.nullableDouble(rows, 6);
          if ((x == null) != (y == null)) {
            throw new RowMappingException("grid_unit", row, x == null ? "x" : "y", "is null while the other is not");
          }
          ImmutableSortedSet.Builder<String> tags = tagsByUnit.remove(unit);
          Unit mappedUnit = mapped("grid_unit", row, households < 1 ? "households" : "name", () -> new Unit(
              unitId, unitName, households,
              x == null ? Optional.empty() : Optional.of(Coordinates.of(x, y)),
              tags == null ? ImmutableSortedSet.of() : tags.build()));
          unitsByVillage.computeIfAbsent(village, v -> new ArrayList<>()).add(mappedUnit);
        });
    if (!tagsByUnit.isEmpty()) {
      String unit = tagsByUnit.keySet().iterator().next();
      throw new RowMappingException("grid_unit_tag", id + "/" + unit, "unit_id", "names no unit of the township");
    }

    query(connection, "SELECT id, name FROM grid_village WHERE township_id = ? ORDER BY ord", id, rows -> {
      String village = rows.getString(1);
      String row = id + "/" + village;
      VillageId villageId = mapped("grid_village", row, "id", () -> VillageId.of(village));
      List<Unit> units = unitsByVillage.remove(village);
      if (units == null) {
        throw new RowMappingException("grid_village", row, "id", "no unit of the township lies in this village");
      }
      String villageName = rows.getString(2);
      builder.village(mapped("grid_village", row, "name", () -> Village.of(villageId, villageName, units)));
    });

    query(connection, "SELECT ord, unit_a, unit_b FROM grid_unit_border WHERE township_id = ? ORDER BY ord", id,
        rows -> {
          String row = id + "/" + rows.getInt(1);
          String a = rows.getString(2);
          String b = rows.getString(3);
          builder.adjacent(
              mapped("grid_unit_border", row, "unit_a", () -> UnitId.of(a)),
              mapped("grid_unit_border", row, "unit_b", () -> UnitId.of(b)));
        });

    Map<String, List<VillageId>> villagesByDistrict = new LinkedHashMap<>();
    query(connection,
        "SELECT district_id, village_id FROM grid_existing_district_village WHERE township_id = ? "
            + "ORDER BY district_id, ord",
        id, rows -> {
          String district = rows.getString(1);
          String village = rows.getString(2);
          villagesByDistrict.computeIfAbsent(district, d -> new ArrayList<>()).add(
              mapped("grid_existing_district_village", id + "/" + district, "village_id", () -> VillageId.of(village)));
        });
    query(connection, "SELECT id, name FROM grid_existing_district WHERE township_id = ? ORDER BY ord", id, rows -> {
      String district = rows.getString(1);
      String row = id + "/" + district;
      DistrictId districtId = mapped("grid_existing_district", row, "id", () -> DistrictId.of(district));
      String districtName = rows.getString(2);
      List<VillageId> villages = villagesByDistrict.getOrDefault(district, List.of());
      builder.existingDistrict(mapped("grid_existing_district", row, "name",
          () -> ExistingDistrict.of(districtId, districtName, villages)));
    });

    return Optional.of(mapped("grid_township", id, "id", builder::build));
  }

  /** Maps one value, turning the model's refusal into an error that names table, row and column. */
  private static <T> T mapped(String table, String row, String column, Supplier<T> mapping) {
    try {
      return mapping.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new RowMappingException(table, row, column, String.valueOf(e.getMessage()));
    }
  }

  private static void query(Connection connection, String sql, String townshipId, Sql.RowHandler handler)
      throws SQLException {
    Sql.query(connection, sql, handler, townshipId);
  }
}
