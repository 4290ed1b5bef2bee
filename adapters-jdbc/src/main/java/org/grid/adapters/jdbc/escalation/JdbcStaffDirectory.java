package org.grid.adapters.jdbc.escalation;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.RowReader;
import org.grid.adapters.jdbc.Sql;
import org.grid.adapters.jdbc.TableColumns;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Tier;
import org.grid.escalation.port.out.StaffDirectory;

/**
 * The {@link StaffDirectory} in the table {@code grid_appointment}: one row per appointment, its office stored as
 * the tier, the whole path (county, township, district, village; a part the tier does not have as {@code ''}) and
 * the unit, so that offices are compared on their whole path. {@link #save} replaces the row of the same person,
 * office, role and start (a delete and an insert in one transaction: the caller's, inside a {@link JdbcUnitOfWork}).
 * The queries are answered from the primary key (by person and office) and from {@code ix_grid_appointment_office}
 * (by office), and sorted here, not by {@code ORDER BY}: database collations differ, the model's order does not. A
 * row the model refuses gives a {@link org.grid.adapters.jdbc.RowMappingException} naming its column. Thread-safe.
 */
public final class JdbcStaffDirectory implements StaffDirectory {

  static final String TABLE = "grid_appointment";

  /** What a part of the path the office's tier does not have is stored as. */
  private static final String ABSENT = "";

  private static final TableColumns<Appointment> COLUMNS = TableColumns.<Appointment>of(TABLE)
      .fixedText("person_id", a -> a.person().value())
      .fixedText("office_tier", a -> a.office().tier())
      .fixedText("office_county", a -> a.office().county().value())
      .fixedText("office_township", a -> part(a.office().township()))
      .fixedText("office_district", a -> part(a.office().district()))
      .fixedText("office_village", a -> part(a.office().village()))
      .fixedText("office_unit", a -> a.office().unit())
      .fixedText("role", Appointment::role)
      .fixedInstant("term_from", Appointment::from)
      .fixedInstant("term_until", Appointment::until)
      .build();

  private static final String OFFICE_IS = "office_tier = ? AND office_county = ? AND office_township = ? "
      + "AND office_district = ? AND office_village = ? AND office_unit = ?";

  private static final String IN_FORCE = "term_from <= ? AND (term_until IS NULL OR term_until > ?)";

  /** The order of {@link StaffDirectory}'s lists: person, role, then start. */
  private static final Comparator<Appointment> BY_PERSON_ROLE_START = Comparator
      .comparing((Appointment a) -> a.person().value())
      .thenComparing(Appointment::role)
      .thenComparing(Appointment::from);

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the directory on a unit of work, so that its statements join the unit's transaction.
   *
   * @param unitOfWork the unit of work, not null
   */
  public JdbcStaffDirectory(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the directory on a database; each call runs in a transaction of its own.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null
   */
  public JdbcStaffDirectory(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  private static String part(TownshipId id) {
    return id == null ? ABSENT : id.value();
  }

  private static String part(DistrictId id) {
    return id == null ? ABSENT : id.value();
  }

  private static String part(VillageId id) {
    return id == null ? ABSENT : id.value();
  }

  @Override
  public void save(Appointment appointment) {
    requireNonNull(appointment, "appointment");
    // Checked before any statement: an instant the table cannot hold changes nothing.
    long from = Sql.epochNanos(appointment.from(), "from of the appointment");
    if (appointment.until() != null) {
      Sql.epochNanos(appointment.until(), "until of the appointment");
    }
    Office office = appointment.office();
    unitOfWork.run("saving the appointment of " + appointment.person() + " to " + office, connection -> {
      List<Object> key = new ArrayList<>(officeValues(office));
      key.add(0, appointment.person().value());
      key.add(appointment.role());
      key.add(from);
      Sql.update(connection, "DELETE FROM " + TABLE + " WHERE person_id = ? AND " + OFFICE_IS
          + " AND role = ? AND term_from = ?", key.toArray());
      try (PreparedStatement insert = connection.prepareStatement(COLUMNS.insert())) {
        COLUMNS.bindAll(insert, 0, appointment);
        insert.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public List<Appointment> appointmentsAt(PersonId person, Office office, Instant at) {
    requireNonNull(person, "person");
    requireNonNull(office, "office");
    requireNonNull(at, "at");
    List<Object> values = new ArrayList<>(officeValues(office));
    values.add(0, person.value());
    values.add(Sql.epochNanosBound(at));
    values.add(Sql.epochNanosBound(at));
    return unitOfWork.run("reading the appointments of " + person + " to " + office, connection ->
        select(connection, "person_id = ? AND " + OFFICE_IS + " AND " + IN_FORCE, values));
  }

  @Override
  public List<Appointment> servingAt(Office office, Instant at) {
    requireNonNull(office, "office");
    requireNonNull(at, "at");
    List<Object> values = new ArrayList<>(officeValues(office));
    values.add(Sql.epochNanosBound(at));
    values.add(Sql.epochNanosBound(at));
    return unitOfWork.run("reading who serves " + office, connection ->
        select(connection, OFFICE_IS + " AND " + IN_FORCE, values));
  }

  /** The values of {@link #OFFICE_IS}, in order. */
  private static List<Object> officeValues(Office office) {
    return List.of(office.tier().name(), office.county().value(), part(office.township()),
        part(office.district()), part(office.village()), office.unit());
  }

  private static List<Appointment> select(Connection connection, String where, List<Object> values)
      throws SQLException {
    List<Appointment> found = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT " + COLUMNS.selectList() + " FROM " + TABLE + " WHERE " + where)) {
      Sql.bind(statement, values.toArray());
      try (ResultSet rows = statement.executeQuery()) {
        RowReader reader = COLUMNS.reader(rows);
        while (rows.next()) {
          found.add(read(reader));
        }
      }
    }
    found.sort(BY_PERSON_ROLE_START);
    return Collections.unmodifiableList(found);
  }

  private static Appointment read(RowReader c) throws SQLException {
    String person = c.requiredText("person_id");
    String unit = c.requiredText("office_unit");
    String role = c.requiredText("role");
    Instant from = c.requiredInstant("term_from");
    c.row(person + "/" + unit + "/" + role + "/" + from);
    PersonId personId = c.required("person_id", PersonId::of);
    Tier tier = c.requiredEnum("office_tier", Tier.class);
    CountyId county = c.required("office_county", CountyId::of);
    TownshipId township = optionalPart(c, "office_township", TownshipId::of);
    DistrictId district = optionalPart(c, "office_district", DistrictId::of);
    VillageId village = optionalPart(c, "office_village", VillageId::of);
    Office office = c.check("office_unit", () -> new Office(tier, county, township, district, village, unit));
    Instant until = c.instant("term_until");
    return c.check("role", () -> new Appointment(personId, office, role, from, until));
  }

  private static <T> T optionalPart(RowReader c, String column, Function<String, T> factory)
      throws SQLException {
    String value = c.requiredText(column);
    return value.equals(ABSENT) ? null : c.required(column, factory);
  }
}
