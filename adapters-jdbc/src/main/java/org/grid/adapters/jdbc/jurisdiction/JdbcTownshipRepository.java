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
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.VersionedRows;
import org.grid.core.model.jurisdiction.Coordinates;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.ExistingDistrict;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.port.out.TownshipRepository;
import org.grid.core.port.out.Versioned;

/**
 * A {@link TownshipRepository} over a relational database (H2, PostgreSQL or MariaDB) migrated by {@link
 * org.grid.adapters.jdbc.GridSchema}. A township is stored in normalised tables ({@code grid_township},
 * {@code grid_village}, {@code grid_unit}, ...) and saved as a whole in one transaction, under a row lock on its
 * township row, so that two concurrent saves never leave a mix of both. Every row read back is checked against the
 * model; one that does not map gives a {@link RowMappingException} naming table, id and column. Thread-safe.
 *
 * <p>The township's county is {@code grid_township.county_id} (schema version 9). A township stored before that
 * version has none: reading it gives a {@link RowMappingException} on that column, since a county is never guessed
 * (it decides where requests are routed); saving the township again, with its county, repairs the row.
 *
 * <p>Optimistic locking: {@code grid_township.version} is the township's version. Saves and reads follow {@link
 * VersionedRows}: a conditional save compares the locked version and then updates the township row with the check
 * repeated in its {@code WHERE} before any child row is touched, so a refused save writes nothing; a concurrent
 * first save and a deadlock victim are handled there; a read reads the version before and after the rows, and
 * again under the row lock when it moved, so a township is always read whole and with the version it was saved at.
 * On H2 this needs the database URL option {@code OPTIMIZE_REUSE_RESULTS=FALSE}: H2 2.3 may otherwise answer a
 * repeated query from a result cached before another connection's commit (H2 issue 4208), and a stale read defeats
 * any version check (see docs/jdbc.md).
 */
public final class JdbcTownshipRepository implements TownshipRepository {

  private static final Sql.Null NULL_DOUBLE = new Sql.Null(Types.DOUBLE);

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the repository over a migrated database.
   *
   * @param unitOfWork the database's unit of work, whose transaction the adapter joins; not null
   */
  public JdbcTownshipRepository(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the repository over a migrated database.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null.
   *     The adapter joins the unit of work of any {@link JdbcUnitOfWork} over the same data source object
   */
  public JdbcTownshipRepository(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  @Override
  public void save(Township township) {
    requireNonNull(township, "township");
    write(township, VersionedRows.ANY_VERSION);
  }

  @Override
  public boolean save(Township township, long expectedVersion) {
    requireNonNull(township, "township");
    return write(township, Versioned.requireExpectedVersion(expectedVersion));
  }

  @Override
  public Optional<Township> findById(TownshipId id) {
    return findVersioned(id).map(Versioned::value);
  }

  @Override
  public Optional<Versioned<Township>> findVersioned(TownshipId id) {
    requireNonNull(id, "id");
    String key = id.value();
    return unitOfWork.run("reading township " + id,
        connection -> VersionedRows.read(connection, (c, lock) -> version(c, key, lock), c -> load(c, key)));
  }

  @Override
  public List<TownshipId> ids() {
    return unitOfWork.run("listing townships", connection -> {
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

  private boolean write(Township township, long expectedVersion) {
    return VersionedRows.save(unitOfWork, "saving township " + township.id(), expectedVersion,
        rows(township.id().value(), township));
  }

  /** The statements that save a township's rows. */
  private static VersionedRows.Rows rows(String id, Township township) {
    return new VersionedRows.Rows() {
      @Override
      public Long version(Connection connection, boolean lock) throws SQLException {
        return JdbcTownshipRepository.version(connection, id, lock);
      }

      @Override
      public void insertHead(Connection connection) throws SQLException {
        Sql.update(connection,
            "INSERT INTO grid_township (id, county_id, name, adjacency_known, version) VALUES (?, ?, ?, ?, 1)",
            id, township.county().value(), township.name(), township.adjacencyKnown());
      }

      @Override
      public int updateHead(Connection connection, long expectedVersion) throws SQLException {
        String update = "UPDATE grid_township SET county_id = ?, name = ?, adjacency_known = ?, version = version + 1 "
            + "WHERE id = ?";
        String county = township.county().value();
        return expectedVersion == VersionedRows.ANY_VERSION
            ? Sql.update(connection, update, county, township.name(), township.adjacencyKnown(), id)
            : Sql.update(connection, update + " AND version = ?", county, township.name(), township.adjacencyKnown(),
                id, expectedVersion);
      }

      @Override
      public void replaceChildren(Connection connection, boolean existed) throws SQLException {
        if (existed) {
          deleteChildren(connection, id);
        }
        insertChildren(connection, township);
      }
    };
  }

  /** Reads a township's version, optionally locking its row; null when no township has the id. */
  private static Long version(Connection connection, String id, boolean lock) throws SQLException {
    return VersionedRows.headVersion(connection, "grid_township", "id = ?", id, lock, id);
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

  /** Reads the rows of a township whose row exists. */
  private static Township load(Connection connection, String id) throws SQLException {
    String county;
    String name;
    boolean adjacencyKnown;
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT county_id, name, adjacency_known FROM grid_township WHERE id = ?")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("township " + id + " vanished; townships are never deleted");
        }
        county = rows.getString(1);
        name = rows.getString(2);
        adjacencyKnown = rows.getBoolean(3);
      }
    }
    TownshipId townshipId = mapped("grid_township", id, "id", () -> TownshipId.of(id));
    if (county == null) {
      throw new RowMappingException("grid_township", id, "county_id", "is null: the township was stored before "
          + "schema version 9 gave townships a county; save it again with its county, or set the column");
    }
    CountyId countyId = mapped("grid_township", id, "county_id", () -> CountyId.of(county));
    Township.Builder builder =
        mapped("grid_township", id, "name", () -> Township.builder(countyId, townshipId, name));
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

    return mapped("grid_township", id, "id", builder::build);
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
