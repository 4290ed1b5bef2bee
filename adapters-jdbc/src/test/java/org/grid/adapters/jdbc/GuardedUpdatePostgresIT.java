package org.grid.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcUnitOfWork#updateLater} on PostgreSQL (skipped unless GRID_TEST_POSTGRES_URL is set): the update waits
 * to go with the inserts and the COMMIT in one statement, and when it changes no row the server stops that
 * statement before the COMMIT: nothing of the transaction is stored, and the unit of work tries it again as a whole.
 */
class GuardedUpdatePostgresIT extends AbstractDatabaseTest {

  private static final String UPDATE =
      "UPDATE grid_routing SET department_id = ? WHERE county_id = ? AND category = ? AND department_id = ?";

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.postgres());
  }

  private static boolean updateLater(JdbcUnitOfWork unitOfWork, String category, String from, String to) {
    return unitOfWork.updateLater("routing " + category, UPDATE, List.of(to, "C1", category, from),
        (statement, offset, values) -> {
          for (int i = 0; i < values.size(); i++) {
            statement.setString(offset + i + 1, values.get(i));
          }
        });
  }

  private static void insertLater(JdbcUnitOfWork unitOfWork, String category) {
    assertThat(unitOfWork.insertLater("grid_routing", List.of("county_id", "category", "department_id"),
        List.of(category), (statement, offset, c) -> {
          statement.setString(offset + 1, "C1");
          statement.setString(offset + 2, c);
          statement.setString(offset + 3, "water");
        })).isTrue();
  }

  private static String department(String category) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT department_id FROM grid_routing WHERE county_id = 'C1' AND category = '" + category + "'")) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  @Test
  void an_update_that_hits_is_committed_with_the_inserts() throws SQLException {
    execute("INSERT INTO grid_routing (county_id, category, department_id) VALUES ('C1', 'land', 'land-office')");
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database.dataSource());

    unitOfWork.inTransaction(() -> {
      assertThat(updateLater(unitOfWork, "land", "land-office", "natural-resources")).isTrue();
      insertLater(unitOfWork, "ditch");
      return null;
    });

    assertThat(department("land")).isEqualTo("natural-resources");
    assertThat(department("ditch")).isEqualTo("water");
  }

  @Test
  void an_update_that_misses_stops_the_commit_and_the_transaction_is_tried_again() throws SQLException {
    execute("INSERT INTO grid_routing (county_id, category, department_id) VALUES ('C1', 'road', 'transport')");
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database.dataSource());
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
      attempts.incrementAndGet();
      // expects a department the row does not hold: the update changes no row
      assertThat(updateLater(unitOfWork, "road", "somebody-else", "highways")).isTrue();
      insertLater(unitOfWork, "bridge");
      return null;
    })).isInstanceOf(JdbcAdapterException.class).hasMessageContaining("routing road");

    assertThat(attempts).as("tried as a whole, as often as a lost race is").hasValue(JdbcUnitOfWork.ATTEMPTS);
    assertThat(department("road")).isEqualTo("transport");
    assertThat(department("bridge")).as("the inserts of the statement were not committed").isNull();
  }

  @Test
  void a_read_after_the_update_sends_it_first_and_a_miss_stops_the_transaction() throws SQLException {
    execute("INSERT INTO grid_routing (county_id, category, department_id) VALUES ('C1', 'well', 'water')");
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database.dataSource());
    AtomicInteger attempts = new AtomicInteger();

    String read = unitOfWork.inTransaction(() -> {
      boolean miss = attempts.incrementAndGet() == 1;
      assertThat(updateLater(unitOfWork, "well", miss ? "nobody" : "water", "water-bureau")).isTrue();
      return unitOfWork.run("reading", connection -> {
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery(
                "SELECT department_id FROM grid_routing WHERE county_id = 'C1' AND category = 'well'")) {
          rows.next();
          return rows.getString(1);
        }
      });
    });

    assertThat(attempts).as("the miss ended the first attempt").hasValue(2);
    assertThat(read).as("the second attempt read its own update").isEqualTo("water-bureau");
    assertThat(department("well")).isEqualTo("water-bureau");
  }

  @Test
  void outside_a_transaction_the_unit_of_work_began_nothing_waits() throws SQLException {
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database.dataSource());
    assertThat(updateLater(unitOfWork, "land", "a", "b")).as("no unit of work").isFalse();
    try (Connection connection = database.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      // handed over in its owner's transaction, as Spring hands over a joined one: commit and close are the owner's
      JdbcUnitOfWork joined = new JdbcUnitOfWork(DelegatingDataSource.owned(database.dataSource(), connection));
      assertThat(joined.inTransaction(() -> updateLater(joined, "land", "a", "b")))
          .as("a transaction its owner began").isFalse();
      connection.rollback();
      connection.setAutoCommit(true);
    }
    assertThat(unitOfWork.claimingDue(() -> updateLater(unitOfWork, "land", "a", "b"))).as("claiming").isFalse();
  }
}
