package org.grid.adapters.jdbc.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.grid.adapters.jdbc.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The assessment's read of the requests active in a period is a range of the history's time index, not a scan of
 * the history table (H2's plan names the index and the range condition).
 */
class ActiveRequestsQueryPlanTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.h2();

  @Test
  void the_requests_active_in_a_period_are_found_by_a_range_of_the_history_time_index() throws SQLException {
    String plan;
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("EXPLAIN " + JdbcRequestRepository.ACTIVE_BETWEEN
            .replaceFirst("\\?", "0").replaceFirst("\\?", "100").replaceFirst("\\?", "'C1'"))) {
      rows.next();
      plan = rows.getString(1);
    }

    assertThat(plan).containsIgnoringCase("IX_GRID_REQUEST_HISTORY_AT")
        .containsPattern("(?i)IX_GRID_REQUEST_HISTORY_AT: AT >= CAST\\(0 AS BIGINT\\)\\s+AND AT < CAST\\(100")
        .containsPattern("(?i)GRID_REQUEST\"? \"R\"\\s+/\\* PUBLIC.PRIMARY_KEY_\\w*: ID = H.REQUEST_ID");
  }
}
