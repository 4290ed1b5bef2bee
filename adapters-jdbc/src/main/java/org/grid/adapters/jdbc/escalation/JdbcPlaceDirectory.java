package org.grid.adapters.jdbc.escalation;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.Dialect;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.Sql;
import org.grid.adapters.jdbc.TableColumns;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.Plan;
import org.grid.escalation.model.Place;
import org.grid.escalation.port.out.PlaceDirectory;

/**
 * The {@link PlaceDirectory} in the table {@code grid_place}: one row per grid of each township's current plan, with
 * its village, district, township and county. Townships are keyed by county and id, so two counties' townships of
 * the same id stay apart. {@link #adopt} is one delete of the township's rows and a multi-row insert of the plan's,
 * in one transaction (the caller's, inside a {@link JdbcUnitOfWork}); {@link #contains} reads one row by its key and
 * compares every part. Thread-safe.
 */
public final class JdbcPlaceDirectory implements PlaceDirectory {

  static final String TABLE = "grid_place";

  private static final TableColumns<Place> COLUMNS = TableColumns.<Place>of(TABLE)
      .fixedText("county_id", p -> p.county().value())
      .fixedText("township_id", p -> p.township().value())
      .fixedText("district_id", p -> p.district().value())
      .fixedText("village_id", p -> p.village().value())
      .fixedText("grid_id", p -> p.grid().value())
      .build();

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the directory on a unit of work, so that its statements join the unit's transaction.
   *
   * @param unitOfWork the unit of work, not null
   */
  public JdbcPlaceDirectory(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the directory on a database; each call runs in a transaction of its own.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null
   */
  public JdbcPlaceDirectory(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  @Override
  public void adopt(Township township, Plan plan) {
    requireNonNull(township, "township");
    requireNonNull(plan, "plan");
    // Every place first: a plan the model refuses changes nothing. A grid the plan lists twice is one place.
    Set<Place> places = new LinkedHashSet<>();
    for (Grid grid : plan.grids()) {
      places.add(Place.of(township, plan, grid.id()));
    }
    unitOfWork.run("adopting the plan of township " + township.id() + " of " + township.county(), connection -> {
      Sql.update(connection, "DELETE FROM " + TABLE + " WHERE township_id = ? AND county_id = ?",
          township.id().value(), township.county().value());
      Sql.insertRows(connection, TABLE, COLUMNS.names(), List.copyOf(places), COLUMNS::bindAll);
      return null;
    });
  }

  /** A place by its key. */
  private static final String CONTAINS = "SELECT 1 FROM " + TABLE
      + " WHERE township_id = ? AND county_id = ? AND grid_id = ? AND district_id = ? AND village_id = ?";

  /** A place and the work calendar of its township, in one statement. */
  private static final String CONTAINS_WITH_CALENDAR = CONTAINS + "; " + JdbcWorkCalendars.LOAD;

  /**
   * {@inheritDoc}
   *
   * <p>On PostgreSQL inside a unit of work, the calendar of the place's township comes in the same round trip, for
   * the rest of the transaction ({@link JdbcWorkCalendars}): a report asks for it right after its place.
   */
  @Override
  public boolean contains(Place place) {
    requireNonNull(place, "place");
    Object[] key = {place.township().value(), place.county().value(), place.grid().value(),
        place.district().value(), place.village().value()};
    return unitOfWork.run("looking up place " + place.grid() + " of township " + place.township(), connection -> {
      if (unitOfWork.dialect() != Dialect.POSTGRESQL || !unitOfWork.inUnitOfWork()) {
        return Sql.exists(connection, CONTAINS, key);
      }
      try (PreparedStatement statement = connection.prepareStatement(CONTAINS_WITH_CALENDAR)) {
        Sql.bind(statement, key);
        statement.setString(key.length + 1, place.township().value());
        statement.execute();
        boolean found;
        try (ResultSet rows = statement.getResultSet()) {
          found = rows.next();
        }
        statement.getMoreResults();
        try (ResultSet rows = statement.getResultSet()) {
          JdbcWorkCalendars.remember(unitOfWork, place.township(), rows);
        }
        return found;
      }
    });
  }

  @Override
  public List<Place> placesOf(CountyId county, TownshipId township) {
    requireNonNull(county, "county");
    requireNonNull(township, "township");
    return unitOfWork.run("listing the places of township " + township + " of " + county, connection -> {
      List<Place> places = new java.util.ArrayList<>();
      Sql.query(connection, "SELECT district_id, village_id, grid_id FROM " + TABLE
              + " WHERE township_id = ? AND county_id = ?",
          row -> places.add(new Place(county, township,
              Sql.mapped(TABLE, row.getString(3), "district_id", row.getString(1), DistrictId::of),
              Sql.mapped(TABLE, row.getString(3), "village_id", row.getString(2), VillageId::of),
              Sql.mapped(TABLE, row.getString(3), "grid_id", row.getString(3), GridId::of))),
          township.value(), county.value());
      return places;
    });
  }
}
