package org.grid.adapters.jdbc.pairing;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.Sql;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.out.PairingRepository;

/**
 * A {@link PairingRepository} over the table {@code grid_pairing} (migration V4) of a database migrated by {@link
 * org.grid.adapters.jdbc.GridSchema}: pairings (联系结对), one row per paired household. A save replaces the
 * household's pairing in one transaction, under a row lock on its row, and the row's {@code version} goes up by one.
 * Queries use the key (township, household) or the index (township, pairer). Every row read back is checked against
 * the model; one that does not map gives a {@link RowMappingException} naming table, id and column. Thread-safe.
 */
public final class JdbcPairingRepository implements PairingRepository {

  private static final String PAIRINGS = "grid_pairing";
  private static final List<String> COLUMNS =
      List.of("township_id", "household_id", "pairer_id", "village_id", "version");

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the repository over a migrated database.
   *
   * @param unitOfWork the database's unit of work, whose transaction the adapter joins; not null
   * @throws NullPointerException if the data source is null
   */
  public JdbcPairingRepository(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the repository over a migrated database.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null.
   *     The adapter joins the unit of work of any {@link JdbcUnitOfWork} over the same data source object
   * @throws NullPointerException if the data source is null
   */
  public JdbcPairingRepository(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  @Override
  public void save(TownshipId township, Pairing pairing) {
    requireNonNull(township, "township");
    requireNonNull(pairing, "pairing");
    String t = township.value();
    String household = pairing.household().value();
    unitOfWork.run("saving the pairing of household " + household + " of township " + t,
        connection -> {
          if (Sql.exists(connection,
              "SELECT version FROM grid_pairing WHERE township_id = ? AND household_id = ? FOR UPDATE",
              t, household)) {
            Sql.update(connection, "UPDATE grid_pairing SET pairer_id = ?, village_id = ?, version = version + 1 "
                + "WHERE township_id = ? AND household_id = ?",
                pairing.pairer().value(), pairing.village().value(), t, household);
          } else {
            Sql.update(connection, "INSERT INTO grid_pairing (township_id, household_id, pairer_id, village_id, "
                + "version) VALUES (?, ?, ?, ?, 1)", t, household, pairing.pairer().value(), pairing.village().value());
          }
          return null;
        });
  }

  @Override
  public void replaceAll(TownshipId township, Collection<Pairing> pairings) {
    requireNonNull(township, "township");
    requireNonNull(pairings, "pairings");
    String t = township.value();
    Map<HouseholdId, Pairing> rows = new LinkedHashMap<>();
    for (Pairing pairing : pairings) {
      requireNonNull(pairing, "pairing");
      if (rows.putIfAbsent(pairing.household(), pairing) != null) {
        throw new IllegalArgumentException("pairings: household " + pairing.household() + " is paired twice");
      }
    }
    unitOfWork.run("replacing the " + rows.size() + " pairings of township " + t, connection -> {
      Sql.update(connection, "DELETE FROM grid_pairing WHERE township_id = ?", t);
      Sql.insertRows(connection, PAIRINGS, COLUMNS, List.copyOf(rows.values()), (statement, offset, pairing) -> {
        statement.setString(offset + 1, t);
        statement.setString(offset + 2, pairing.household().value());
        statement.setString(offset + 3, pairing.pairer().value());
        statement.setString(offset + 4, pairing.village().value());
        statement.setLong(offset + 5, 1);
      });
      return null;
    });
  }

  @Override
  public void remove(TownshipId township, HouseholdId household) {
    requireNonNull(township, "township");
    requireNonNull(household, "household");
    unitOfWork.run("removing the pairing of household " + household, connection ->
        Sql.update(connection, "DELETE FROM grid_pairing WHERE township_id = ? AND household_id = ?",
            township.value(), household.value()));
  }

  @Override
  public Optional<Pairing> findByHousehold(TownshipId township, HouseholdId household) {
    requireNonNull(township, "township");
    requireNonNull(household, "household");
    return unitOfWork.run("reading the pairing of household " + household,
        connection -> load(connection, township, " AND household_id = ?", household.value()).stream().findFirst());
  }

  @Override
  public List<Pairing> findByPairer(TownshipId township, PersonId pairer) {
    requireNonNull(township, "township");
    requireNonNull(pairer, "pairer");
    return unitOfWork.run("listing the pairings of " + pairer,
        connection -> load(connection, township, " AND pairer_id = ?", pairer.value()));
  }

  @Override
  public List<Pairing> findByTownship(TownshipId township) {
    requireNonNull(township, "township");
    return unitOfWork.run("listing the pairings of township " + township,
        connection -> load(connection, township, ""));
  }

  private static List<Pairing> load(Connection connection, TownshipId township, String and, String... values)
      throws SQLException {
    String t = township.value();
    Object[] parameters = new Object[values.length + 1];
    parameters[0] = t;
    System.arraycopy(values, 0, parameters, 1, values.length);
    List<Pairing> pairings = new ArrayList<>();
    Sql.query(connection, "SELECT household_id, pairer_id, village_id FROM grid_pairing WHERE township_id = ?" + and,
        rows -> {
          String household = rows.getString(1);
          String row = t + "/" + household;
          pairings.add(new Pairing(
              Sql.mapped(PAIRINGS, row, "household_id", household, HouseholdId::of),
              Sql.mapped(PAIRINGS, row, "pairer_id", rows.getString(2), PersonId::of),
              Sql.mapped(PAIRINGS, row, "village_id", rows.getString(3), VillageId::of)));
        }, parameters);
    // Sorted here, not by ORDER BY: database collations differ, the order of ids does not.
    pairings.sort((a, b) -> a.household().compareTo(b.household()));
    return pairings;
  }
}
