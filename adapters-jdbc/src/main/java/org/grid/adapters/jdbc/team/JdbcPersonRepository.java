package org.grid.adapters.jdbc.team;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.Sql;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.VersionedRows;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.Versioned;

/**
 * A {@link PersonRepository} over the tables {@code grid_person} and {@code grid_person_role} (migration V4) of a
 * database migrated by {@link org.grid.adapters.jdbc.GridSchema}: a township's roster (人员名册). A person is saved as
 * a whole in one transaction, under a row lock on its {@code grid_person} row, and the row's {@code version} goes up
 * by one, so two concurrent saves never leave a mix of both; conditional saves and whole reads follow {@link
 * org.grid.adapters.jdbc.VersionedRows} (optimistic locking). Queries use the key (township, person) or the index
 * (township, village). Every row read back is checked against the model; one that does not map gives a {@link
 * RowMappingException} naming table, id and column. Thread-safe.
 */
public final class JdbcPersonRepository implements PersonRepository {

  private static final String PEOPLE = "grid_person";
  private static final String ROLES = "grid_person_role";

  private static final String SELECT = "SELECT p.id, p.name, p.home_village, p.home_unit, p.party, r.role "
      + "FROM grid_person p LEFT JOIN grid_person_role r ON r.township_id = p.township_id AND r.person_id = p.id "
      + "WHERE p.township_id = ?";

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the repository over a migrated database.
   *
   * @param unitOfWork the database's unit of work, whose transaction the adapter joins; not null
   * @throws NullPointerException if the data source is null
   */
  public JdbcPersonRepository(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the repository over a migrated database.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null.
   *     The adapter joins the unit of work of any {@link JdbcUnitOfWork} over the same data source object
   * @throws NullPointerException if the data source is null
   */
  public JdbcPersonRepository(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  @Override
  public void save(TownshipId township, Person person) {
    requireNonNull(township, "township");
    requireNonNull(person, "person");
    write(township, person, VersionedRows.ANY_VERSION);
  }

  @Override
  public boolean save(TownshipId township, Person person, long expectedVersion) {
    requireNonNull(township, "township");
    requireNonNull(person, "person");
    return write(township, person, Versioned.requireExpectedVersion(expectedVersion));
  }

  private boolean write(TownshipId township, Person person, long expectedVersion) {
    String t = township.value();
    String id = person.id().value();
    String name = person.nameInClear(Purpose.STORAGE);
    Object village = Sql.textOrNull(person.homeVillage().map(VillageId::value).orElse(null));
    Object unit = Sql.textOrNull(person.homeUnit().map(UnitId::value).orElse(null));
    return VersionedRows.save(unitOfWork, "saving person " + id + " of township " + t, expectedVersion,
        new VersionedRows.Rows() {
          @Override
          public Long version(Connection connection, boolean lock) throws SQLException {
            return JdbcPersonRepository.version(connection, t, id, lock);
          }

          @Override
          public void insertHead(Connection connection) throws SQLException {
            Sql.update(connection, "INSERT INTO grid_person (township_id, id, name, home_village, home_unit, party, "
                + "version) VALUES (?, ?, ?, ?, ?, ?, 1)", t, id, name, village, unit, person.party().name());
          }

          @Override
          public int updateHead(Connection connection, long expected) throws SQLException {
            String update = "UPDATE grid_person SET name = ?, home_village = ?, home_unit = ?, party = ?, "
                + "version = version + 1 WHERE township_id = ? AND id = ?";
            return expected == VersionedRows.ANY_VERSION
                ? Sql.update(connection, update, name, village, unit, person.party().name(), t, id)
                : Sql.update(connection, update + " AND version = ?", name, village, unit,
                    person.party().name(), t, id, expected);
          }

          @Override
          public void replaceChildren(Connection connection, boolean existed) throws SQLException {
            if (existed) {
              Sql.update(connection, "DELETE FROM grid_person_role WHERE township_id = ? AND person_id = ?", t, id);
            }
            try (PreparedStatement roles = connection.prepareStatement(
                "INSERT INTO grid_person_role (township_id, person_id, role) VALUES (?, ?, ?)")) {
              for (Role role : person.roles()) {
                Sql.bind(roles, t, id, role.name());
                roles.addBatch();
              }
              roles.executeBatch();
            }
          }
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One {@code UPDATE} of the person's {@code grid_person} row (the name column gets {@link Person#ERASED_NAME},
   * {@code home_unit} null, {@code version} one more); the roles are kept.
   */
  @Override
  public boolean erase(TownshipId township, PersonId id) {
    requireNonNull(township, "township");
    requireNonNull(id, "id");
    String t = township.value();
    String p = id.value();
    return unitOfWork.run("erasing the personal data of person " + id + " of township " + township, connection -> {
      int erased = Sql.update(connection, "UPDATE grid_person SET name = ?, home_unit = NULL, version = version + 1 "
          + "WHERE township_id = ? AND id = ? AND (name <> ? OR home_unit IS NOT NULL)",
          Person.ERASED_NAME, t, p, Person.ERASED_NAME);
      return erased > 0 || version(connection, t, p, false) != null;
    });
  }

  @Override
  public Optional<Person> findById(TownshipId township, PersonId id) {
    return findVersioned(township, id).map(Versioned::value);
  }

  /** Reads the version of a row, optionally locking it; null when the township has none of that id. */
  private static Long version(Connection connection, String township, String id, boolean lock) throws SQLException {
    return VersionedRows.headVersion(connection, PEOPLE, "township_id = ? AND id = ?", township + "/" + id, lock,
        township, id);
  }

  @Override
  public Optional<Versioned<Person>> findVersioned(TownshipId township, PersonId id) {
    requireNonNull(township, "township");
    requireNonNull(id, "id");
    return unitOfWork.run("reading person " + id + " of township " + township,
        connection -> VersionedRows.read(connection,
            (c, lock) -> version(c, township.value(), id.value(), lock),
            c -> load(c, township, " AND p.id = ?", id.value()).get(0)));
  }

  @Override
  public List<Person> findByTownship(TownshipId township) {
    requireNonNull(township, "township");
    return unitOfWork.run("listing the people of township " + township,
        connection -> load(connection, township, ""));
  }

  @Override
  public List<Person> findByVillage(TownshipId township, VillageId village) {
    requireNonNull(township, "township");
    requireNonNull(village, "village");
    return unitOfWork.run("listing the people of village " + village,
        connection -> load(connection, township, " AND p.home_village = ?", village.value()));
  }

  /** One grid_person row with the roles of its grid_person_role rows. */
  private record Stored(String id, String name, String village, String unit, String party, Set<Role> roles) {}

  private static List<Person> load(Connection connection, TownshipId township, String and, String... values)
      throws SQLException {
    String t = township.value();
    Object[] parameters = new Object[values.length + 1];
    parameters[0] = t;
    System.arraycopy(values, 0, parameters, 1, values.length);
    Map<String, Stored> stored = new LinkedHashMap<>();
    Sql.query(connection, SELECT + and, row -> {
      String id = row.getString(1);
      Stored person = stored.get(id);
      if (person == null) {
        person = new Stored(id, row.getString(2), row.getString(3), row.getString(4), row.getString(5),
            EnumSet.noneOf(Role.class));
        stored.put(id, person);
      }
      String role = row.getString(6);
      if (role != null) {
        person.roles().add(Sql.enumValue(ROLES, t + "/" + id, "role", role, Role.class));
      }
    }, parameters);
    List<Person> people = new ArrayList<>();
    for (Stored person : stored.values()) {
      people.add(map(t, person));
    }
    // Sorted here, not by ORDER BY: database collations differ, the order of ids does not.
    people.sort((a, b) -> a.id().compareTo(b.id()));
    return people;
  }

  private static Person map(String township, Stored stored) {
    String row = township + "/" + stored.id();
    PersonId id = Sql.mapped(PEOPLE, row, "id", stored.id(), PersonId::of);
    Optional<VillageId> village = stored.village() == null
        ? Optional.empty()
        : Optional.of(Sql.mapped(PEOPLE, row, "home_village", stored.village(), VillageId::of));
    Optional<UnitId> unit = stored.unit() == null
        ? Optional.empty()
        : Optional.of(Sql.mapped(PEOPLE, row, "home_unit", stored.unit(), UnitId::of));
    if (unit.isPresent() && village.isEmpty()) {
      throw new RowMappingException(PEOPLE, row, "home_unit", "is set while home_village is null");
    }
    PartyMembership party = Sql.enumValue(PEOPLE, row, "party", stored.party(), PartyMembership.class);
    // What the constructor can still refuse is the name.
    return Sql.mapped(PEOPLE, row, "name", () -> new Person(id, stored.name(), stored.roles(), village, unit, party));
  }
}
