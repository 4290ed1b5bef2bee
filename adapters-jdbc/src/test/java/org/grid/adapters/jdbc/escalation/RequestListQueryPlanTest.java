package org.grid.adapters.jdbc.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.Sql;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.PageCursor;
import org.grid.escalation.model.RequestFilter;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Visibility;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page of a request list is read through an index whose leading column the viewer's visibility fixes (the
 * township, the reporter) or through the list order's index (a county-wide viewer), never by a scan of the request
 * table: H2's plan names the index and its condition. Which of two usable indexes H2 takes on an empty table is its
 * estimate's choice, so the township viewers' plan is held to the township condition, not to one index name.
 */
class RequestListQueryPlanTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.h2();

  private static String plan(Visibility visibility) throws SQLException {
    JdbcRequestRepository.PageQuery query = JdbcRequestRepository.pageQuery(RequestFilter.visibleTo(visibility),
        new PageCursor(EscalationSamples.at("2026-03-02T09:00"), RequestId.of("R1")), 50);
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement("EXPLAIN " + query.sql())) {
      Sql.bind(statement, query.values().toArray());
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  @Test
  void each_viewer_reads_its_page_through_its_index() throws SQLException {
    for (Tier tier : new Tier[] {Tier.VILLAGE_GRID, Tier.DISTRICT_GRID, Tier.TOWNSHIP_OFFICE}) {
      assertThat(plan(new Visibility(Office.of(tier, EscalationSamples.PLACE_A), null))).as(tier.toString())
          .containsPattern("(?i)/\\* PUBLIC\\.IX_GRID_REQUEST_\\w+: [^*]*TOWNSHIP_ID = \\?")
          .doesNotContainIgnoringCase("tableScan");
    }
    assertThat(plan(Visibility.of(Actor.citizen(PersonId.of("citizen-1")))))
        .containsPattern("(?i)/\\* PUBLIC\\.IX_GRID_REQUEST_REPORTER\\w*: [^*]*REPORTER = \\?")
        .doesNotContainIgnoringCase("tableScan");
    assertThat(plan(new Visibility(Office.county(CountyId.of("C1")), null)))
        .containsIgnoringCase("IX_GRID_REQUEST_REPORTED").doesNotContainIgnoringCase("tableScan");
    assertThat(plan(new Visibility(Office.department(CountyId.of("C1"), EscalationSamples.LAND), null)))
        .containsIgnoringCase("IX_GRID_REQUEST_REPORTED").doesNotContainIgnoringCase("tableScan");
  }

  /**
   * The erasure of a reporter's free text reads the reporter's requests through the reporter's index (V18 dropped
   * the township-and-reporter index of V10, which no other query used): one citizen's requests, not the table.
   */
  @Test
  void the_erasure_reads_the_reporters_requests_through_the_reporters_index() throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement("EXPLAIN " + JdbcRequestRepository.REPORTER_IN_TOWNSHIP)) {
      statement.setString(1, "T01");
      statement.setString(2, "citizen-1");
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        assertThat(rows.getString(1))
            .containsPattern("(?i)/\\* PUBLIC\\.IX_GRID_REQUEST_REPORTER_REPORTED: [^*]*REPORTER = \\?")
            .doesNotContainIgnoringCase("tableScan");
      }
    }
  }
}
