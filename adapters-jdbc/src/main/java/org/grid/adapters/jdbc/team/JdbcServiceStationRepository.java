package org.grid.adapters.jdbc.team;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.Sql;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.OpeningHours;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.ServiceStation;
import org.grid.core.model.team.TeamId;
import org.grid.core.port.out.ServiceStationRepository;

/**
 * A {@link ServiceStationRepository} (便民服务站) over the tables {@code grid_station}, {@code grid_station_hours} and
 * {@code grid_station_duty} (migration V16) of a database migrated by {@link org.grid.adapters.jdbc.GridSchema}. A
 * save deletes the team's rows, children first, and inserts them again in the caller's transaction; a read takes the
 * three tables in three statements for the whole township. Thread-safe.
 */
public final class JdbcServiceStationRepository implements ServiceStationRepository {

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the repository over a migrated database.
   *
   * @param unitOfWork the database's unit of work, whose transaction the adapter joins; not null
   * @throws NullPointerException if {@code unitOfWork} is null
   */
  public JdbcServiceStationRepository(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the repository over a migrated database.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null. The
   *     adapter joins the unit of work of any {@link JdbcUnitOfWork} over the same data source object
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcServiceStationRepository(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.grid.adapters.jdbc.JdbcAdapterException if the database fails
   */
  @Override
  public void save(ServiceStation station) {
    requireNonNull(station, "station");
    String township = station.township().value();
    String team = station.team().value();
    unitOfWork.run("saving the service station of team " + team + " of township " + township, connection -> {
      delete(connection, township, team);
      Sql.update(connection, "INSERT INTO grid_station (township_id, team_id, place) VALUES (?, ?, ?)",
          township, team, station.place());
      List<OpeningHours> hours = station.hours();
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < hours.size(); i++) {
        positions.add(i);
      }
      Sql.insertRows(connection, "grid_station_hours",
          List.of("township_id", "team_id", "position", "day_of_week", "opens", "closes"), positions,
          (statement, offset, i) -> {
            statement.setString(offset + 1, township);
            statement.setString(offset + 2, team);
            statement.setInt(offset + 3, i);
            statement.setInt(offset + 4, hours.get(i).day().getValue());
            statement.setInt(offset + 5, hours.get(i).opens().toSecondOfDay());
            statement.setInt(offset + 6, hours.get(i).closes().toSecondOfDay());
          });
      List<PersonId> onDuty = List.copyOf(station.onDuty());
      List<Integer> dutyPositions = new ArrayList<>();
      for (int i = 0; i < onDuty.size(); i++) {
        dutyPositions.add(i);
      }
      Sql.insertRows(connection, "grid_station_duty", List.of("township_id", "team_id", "position", "person_id"),
          dutyPositions, (statement, offset, i) -> {
            statement.setString(offset + 1, township);
            statement.setString(offset + 2, team);
            statement.setInt(offset + 3, i);
            statement.setString(offset + 4, onDuty.get(i).value());
          });
      return null;
    });
  }

  @Override
  public Optional<ServiceStation> findByTeam(TownshipId township, TeamId team) {
    requireNonNull(township, "township");
    requireNonNull(team, "team");
    return read(township, team).stream().findFirst();
  }

  @Override
  public List<ServiceStation> findByTownship(TownshipId township) {
    requireNonNull(township, "township");
    return read(township, null);
  }

  @Override
  public boolean delete(TownshipId township, TeamId team) {
    requireNonNull(township, "township");
    requireNonNull(team, "team");
    return unitOfWork.run("deleting the service station of team " + team + " of township " + township,
        connection -> delete(connection, township.value(), team.value()) > 0);
  }

  private static int delete(Connection connection, String township, String team) throws SQLException {
    Sql.update(connection, "DELETE FROM grid_station_duty WHERE township_id = ? AND team_id = ?", township, team);
    Sql.update(connection, "DELETE FROM grid_station_hours WHERE township_id = ? AND team_id = ?", township, team);
    return Sql.update(connection, "DELETE FROM grid_station WHERE township_id = ? AND team_id = ?", township, team);
  }

  /** Reads one team's station, or (team null) every station of the township, in ascending order of team id. */
  private List<ServiceStation> read(TownshipId township, TeamId team) {
    String where = " WHERE township_id = ?" + (team == null ? "" : " AND team_id = ?");
    Object[] parameters = team == null ? new Object[] {township.value()}
        : new Object[] {township.value(), team.value()};
    return unitOfWork.run("reading the service stations of township " + township, connection -> {
      Map<String, String> places = new LinkedHashMap<>();
      Sql.query(connection, "SELECT team_id, place FROM grid_station" + where + " ORDER BY team_id",
          row -> places.put(row.getString(1), row.getString(2)), parameters);
      Map<String, List<OpeningHours>> hours = new LinkedHashMap<>();
      Sql.query(connection, "SELECT team_id, day_of_week, opens, closes FROM grid_station_hours" + where
              + " ORDER BY team_id, position",
          row -> {
            String id = row.getString(1);
            int day = row.getInt(2);
            int opens = row.getInt(3);
            int closes = row.getInt(4);
            OpeningHours period = Sql.mapped("grid_station_hours", township + "/" + id, "day_of_week",
                () -> new OpeningHours(DayOfWeek.of(day), LocalTime.ofSecondOfDay(opens),
                    LocalTime.ofSecondOfDay(closes)));
            hours.computeIfAbsent(id, k -> new ArrayList<>()).add(period);
          }, parameters);
      Map<String, List<PersonId>> onDuty = new LinkedHashMap<>();
      Sql.query(connection, "SELECT team_id, person_id FROM grid_station_duty" + where + " ORDER BY team_id, position",
          row -> onDuty.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(
              Sql.mapped("grid_station_duty", township + "/" + row.getString(1), "person_id", row.getString(2),
                  PersonId::of)), parameters);
      List<ServiceStation> stations = new ArrayList<>();
      for (Map.Entry<String, String> station : places.entrySet()) {
        String id = station.getKey();
        stations.add(Sql.mapped("grid_station", township + "/" + id, "place", () -> ServiceStation.of(township,
            TeamId.of(id), station.getValue(), hours.getOrDefault(id, List.of()), onDuty.getOrDefault(id, List.of()))));
      }
      return stations;
    });
  }
}
