package org.grid.adapters.jdbc.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.Sql;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.VersionedRows;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.DutyRole;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamLevel;
import org.grid.core.model.team.TeamScope;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.Versioned;

/**
 * A {@link TeamRepository} over the tables {@code grid_team}, {@code grid_team_member} and {@code
 * grid_team_duty_role} (migration V4) of a database migrated by {@link org.grid.adapters.jdbc.GridSchema}: service
 * teams (网格服务团队) at every level. A team is saved as a whole in one transaction, under a row lock on its {@code
 * grid_team} row, and the row's {@code version} goes up by one, so two concurrent saves never leave a mix of both.
 * {@code version} is the team's version for optimistic locking: conditional saves and whole reads follow {@link
 * VersionedRows}, so a stale write is refused having written nothing.
 * Members and duty roles keep the order the team lists them; {@code composedAt} keeps its offset. Queries use the key
 * (township, team) or the index (township, grid). Every row read back is checked against the model; one that does
 * not map gives a {@link RowMappingException} naming table, id and column. Thread-safe.
 */
public final class JdbcTeamRepository implements TeamRepository {

  private static final String TEAMS = "grid_team";
  private static final String MEMBERS = "grid_team_member";
  private static final String DUTY_ROLES = "grid_team_duty_role";

  /** Where a member stands in the team, besides the leader. */
  private enum Position { BACKBONE, OTHER }

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the repository over a migrated database.
   *
   * @param unitOfWork the database's unit of work, whose transaction the adapter joins; not null
   * @throws NullPointerException if the data source is null
   */
  public JdbcTeamRepository(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the repository over a migrated database.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null.
   *     The adapter joins the unit of work of any {@link JdbcUnitOfWork} over the same data source object
   * @throws NullPointerException if the data source is null
   */
  public JdbcTeamRepository(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code composedAt} is outside the years 1677 to 2262, which the database
   *     does not store; nothing is written
   */
  @Override
  public void save(Team team) {
    requireNonNull(team, "team");
    write(team, VersionedRows.ANY_VERSION);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code composedAt} is outside the years 1677 to 2262, which the database
   *     does not store; nothing is written
   */
  @Override
  public boolean save(Team team, long expectedVersion) {
    requireNonNull(team, "team");
    return write(team, Versioned.requireExpectedVersion(expectedVersion));
  }

  private boolean write(Team team, long expectedVersion) {
    String t = team.township().value();
    String id = team.id().value();
    long composedAt = Sql.epochNanos(team.composedAt().toInstant(), "composedAt of team " + id);
    int composedAtOffset = Sql.offsetSeconds(team.composedAt());
    Object[] scope = scopeColumns(team.scope());
    Object leader = Sql.textOrNull(team.leader().map(PersonId::value).orElse(null));
    Object officer = Sql.textOrNull(team.informationOfficer().map(PersonId::value).orElse(null));
    return VersionedRows.save(unitOfWork, "saving team " + id + " of township " + t, expectedVersion,
        new VersionedRows.Rows() {
          @Override
          public Long version(Connection connection, boolean lock) throws SQLException {
            return JdbcTeamRepository.version(connection, t, id, lock);
          }

          @Override
          public void insertHead(Connection connection) throws SQLException {
            Sql.update(connection, "INSERT INTO grid_team (township_id, id, scope, grid_id, village_id, "
                    + "district_id, scope_township_id, leader_id, information_officer_id, composed_at, "
                    + "composed_at_offset, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                t, id, scope[0], scope[1], scope[2], scope[3], scope[4], leader, officer, composedAt,
                composedAtOffset);
          }

          @Override
          public int updateHead(Connection connection, long expected) throws SQLException {
            String update = "UPDATE grid_team SET scope = ?, grid_id = ?, village_id = ?, district_id = ?, "
                + "scope_township_id = ?, leader_id = ?, information_officer_id = ?, composed_at = ?, "
                + "composed_at_offset = ?, version = version + 1 WHERE township_id = ? AND id = ?";
            return expected == VersionedRows.ANY_VERSION
                ? Sql.update(connection, update, scope[0], scope[1], scope[2], scope[3], scope[4], leader, officer,
                    composedAt, composedAtOffset, t, id)
                : Sql.update(connection, update + " AND version = ?", scope[0], scope[1], scope[2], scope[3],
                    scope[4], leader, officer, composedAt, composedAtOffset, t, id, expected);
          }

          @Override
          public void replaceChildren(Connection connection, boolean existed) throws SQLException {
            if (existed) {
              Sql.update(connection, "DELETE FROM grid_team_member WHERE township_id = ? AND team_id = ?", t, id);
              Sql.update(connection, "DELETE FROM grid_team_duty_role WHERE township_id = ? AND team_id = ?", t, id);
            }
            insertChildren(connection, team);
          }
        });
  }

  /** Reads the version of a row, optionally locking it; null when the township has none of that id. */
  private static Long version(Connection connection, String township, String id, boolean lock) throws SQLException {
    return VersionedRows.headVersion(connection, TEAMS, "township_id = ? AND id = ?", township + "/" + id, lock,
        township, id);
  }

  @Override
  public Optional<Versioned<Team>> findVersioned(TownshipId township, TeamId id) {
    requireNonNull(township, "township");
    requireNonNull(id, "id");
    return unitOfWork.run("reading team " + id + " of township " + township,
        connection -> VersionedRows.read(connection,
            (c, lock) -> version(c, township.value(), id.value(), lock),
            c -> load(c, township, " AND t.id = ?", id.value()).get(0)));
  }

  @Override
  public Optional<Team> findById(TownshipId township, TeamId id) {
    return findVersioned(township, id).map(Versioned::value);
  }

  @Override
  public List<Team> findByTownship(TownshipId township) {
    requireNonNull(township, "township");
    return unitOfWork.run("listing the teams of township " + township,
        connection -> load(connection, township, ""));
  }

  @Override
  public Optional<Team> findByGrid(TownshipId township, GridId grid) {
    requireNonNull(township, "township");
    requireNonNull(grid, "grid");
    // Only a village grid team has a grid_id (checked on read), and load sorts by id: the first is the least.
    return unitOfWork.run("reading the team of grid " + grid + " of township " + township,
        connection -> load(connection, township, " AND t.grid_id = ?", grid.value()).stream().findFirst());
  }

  /** Returns scope, grid_id, village_id, district_id and scope_township_id of a scope. */
  private static Object[] scopeColumns(TeamScope scope) {
    String grid = null;
    String village = null;
    String district = null;
    String township = null;
    if (scope instanceof TeamScope.VillageGrid villageGrid) {
      grid = villageGrid.grid().value();
      village = villageGrid.village().value();
    } else if (scope instanceof TeamScope.District ofDistrict) {
      district = ofDistrict.district().value();
    } else if (scope instanceof TeamScope.Township ofTownship) {
      township = ofTownship.township().value();
    } else {
      throw new IllegalArgumentException("unknown team scope: " + scope);
    }
    return new Object[] {scope.level().name(), Sql.textOrNull(grid), Sql.textOrNull(village),
        Sql.textOrNull(district), Sql.textOrNull(township)};
  }

  private static void insertChildren(Connection connection, Team team) throws SQLException {
    String t = team.township().value();
    String id = team.id().value();
    try (PreparedStatement members = connection.prepareStatement(
        "INSERT INTO grid_team_member (township_id, team_id, person_id, position, ord) VALUES (?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (PersonId person : team.backbone()) {
        Sql.bind(members, t, id, person.value(), Position.BACKBONE.name(), ord++);
        members.addBatch();
      }
      for (PersonId person : team.others()) {
        Sql.bind(members, t, id, person.value(), Position.OTHER.name(), ord++);
        members.addBatch();
      }
      members.executeBatch();
    }
    try (PreparedStatement roles = connection.prepareStatement(
        "INSERT INTO grid_team_duty_role (township_id, team_id, role, ord, person_id) VALUES (?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (Map.Entry<DutyRole, PersonId> holder : team.dutyRoles().entrySet()) {
        Sql.bind(roles, t, id, holder.getKey().name(), ord++, holder.getValue().value());
        roles.addBatch();
      }
      roles.executeBatch();
    }
  }

  /** One grid_team row, read before its members and duty roles. */
  private record Head(String id, String row, TeamId teamId, TeamScope scope, Optional<PersonId> leader,
      Optional<PersonId> informationOfficer, OffsetDateTime composedAt) {}

  private static List<Team> load(Connection connection, TownshipId township, String and, String... values)
      throws SQLException {
    String t = township.value();
    Object[] parameters = new Object[values.length + 1];
    parameters[0] = t;
    System.arraycopy(values, 0, parameters, 1, values.length);

    Map<String, Head> heads = new HashMap<>();
    Sql.query(connection, "SELECT t.id, t.scope, t.grid_id, t.village_id, t.district_id, t.scope_township_id, "
        + "t.leader_id, t.information_officer_id, t.composed_at, t.composed_at_offset FROM grid_team t "
        + "WHERE t.township_id = ?" + and, rows -> {
          String id = rows.getString("id");
          String row = t + "/" + id;
          TeamId teamId = Sql.mapped(TEAMS, row, "id", id, TeamId::of);
          TeamScope scope = scope(row, rows.getString("scope"), rows.getString("grid_id"),
              rows.getString("village_id"), rows.getString("district_id"), rows.getString("scope_township_id"));
          Optional<PersonId> leader = optionalPerson(row, "leader_id", rows.getString("leader_id"));
          Optional<PersonId> officer =
              optionalPerson(row, "information_officer_id", rows.getString("information_officer_id"));
          OffsetDateTime composedAt = Sql.offsetDateTime(rows, "composed_at", "composed_at_offset", TEAMS, row);
          heads.put(id, new Head(id, row, teamId, scope, leader, officer, composedAt));
        }, parameters);
    if (heads.isEmpty()) {
      return List.of();
    }

    Map<String, ImmutableSet.Builder<PersonId>> backbone = new HashMap<>();
    Map<String, ImmutableSet.Builder<PersonId>> others = new HashMap<>();
    Sql.query(connection, "SELECT m.team_id, m.person_id, m.position FROM grid_team_member m "
        + "JOIN grid_team t ON t.township_id = m.township_id AND t.id = m.team_id "
        + "WHERE t.township_id = ?" + and + " ORDER BY m.ord", rows -> {
          String team = rows.getString(1);
          String person = rows.getString(2);
          String row = t + "/" + team + "/" + person;
          PersonId member = Sql.mapped(MEMBERS, row, "person_id", person, PersonId::of);
          Position position = Sql.enumValue(MEMBERS, row, "position", rows.getString(3), Position.class);
          Head head = heads.get(team);
          if (head.leader().isPresent() && head.leader().get().equals(member)) {
            throw new RowMappingException(MEMBERS, row, "person_id", "is the team's leader, listed again as a member");
          }
          (position == Position.BACKBONE ? backbone : others)
              .computeIfAbsent(team, k -> ImmutableSet.builder()).add(member);
        }, parameters);

    Map<String, ImmutableMap.Builder<DutyRole, PersonId>> dutyRoles = new HashMap<>();
    Sql.query(connection, "SELECT d.team_id, d.role, d.person_id FROM grid_team_duty_role d "
        + "JOIN grid_team t ON t.township_id = d.township_id AND t.id = d.team_id "
        + "WHERE t.township_id = ?" + and + " ORDER BY d.ord", rows -> {
          String team = rows.getString(1);
          String roleName = rows.getString(2);
          String row = t + "/" + team + "/" + roleName;
          DutyRole role = Sql.enumValue(DUTY_ROLES, row, "role", roleName, DutyRole.class);
          PersonId holder = Sql.mapped(DUTY_ROLES, row, "person_id", rows.getString(3), PersonId::of);
          dutyRoles.computeIfAbsent(team, k -> ImmutableMap.builder()).put(role, holder);
        }, parameters);

    List<Team> teams = new ArrayList<>();
    for (Head head : heads.values()) {
      ImmutableSet<PersonId> backboneOf = build(backbone.get(head.id()));
      ImmutableSet<PersonId> othersOf = build(others.get(head.id()));
      ImmutableMap.Builder<DutyRole, PersonId> rolesOf = dutyRoles.get(head.id());
      teams.add(Sql.mapped(TEAMS, head.row(), "id", () -> new Team(head.teamId(), township, head.scope(),
          head.leader(), backboneOf, othersOf, head.informationOfficer(),
          rolesOf == null ? ImmutableMap.of() : rolesOf.buildOrThrow(), head.composedAt())));
    }
    // Sorted here, not by ORDER BY: database collations differ, the order of ids does not.
    teams.sort((a, b) -> a.id().compareTo(b.id()));
    return teams;
  }

  private static ImmutableSet<PersonId> build(ImmutableSet.Builder<PersonId> members) {
    return members == null ? ImmutableSet.of() : members.build();
  }

  private static Optional<PersonId> optionalPerson(String row, String column, String value) {
    return value == null ? Optional.empty() : Optional.of(Sql.mapped(TEAMS, row, column, value, PersonId::of));
  }

  /** Maps the scope columns: the level's own columns must be set and every other one null. */
  private static TeamScope scope(String row, String level, String grid, String village, String district,
      String township) {
    TeamLevel scope = Sql.enumValue(TEAMS, row, "scope", level, TeamLevel.class);
    Map<String, String> unused = new LinkedHashMap<>();
    unused.put("grid_id", grid);
    unused.put("village_id", village);
    unused.put("district_id", district);
    unused.put("scope_township_id", township);
    TeamScope mapped;
    switch (scope) {
      case VILLAGE_GRID -> {
        unused.remove("grid_id");
        unused.remove("village_id");
        mapped = new TeamScope.VillageGrid(Sql.mapped(TEAMS, row, "grid_id", grid, GridId::of),
            Sql.mapped(TEAMS, row, "village_id", village, VillageId::of));
      }
      case DISTRICT_GRID -> {
        unused.remove("district_id");
        mapped = new TeamScope.District(Sql.mapped(TEAMS, row, "district_id", district, DistrictId::of));
      }
      case TOWNSHIP_GRID -> {
        unused.remove("scope_township_id");
        mapped = new TeamScope.Township(Sql.mapped(TEAMS, row, "scope_township_id", township, TownshipId::of));
      }
      default -> throw new IllegalStateException("unknown team level " + scope);
    }
    for (Map.Entry<String, String> column : unused.entrySet()) {
      if (column.getValue() != null) {
        throw new RowMappingException(TEAMS, row, column.getKey(), "is set for a " + scope + " team");
      }
    }
    return mapped;
  }
}
