package org.grid.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.assessment.JdbcEvidenceSource;
import org.grid.adapters.jdbc.assessment.JdbcRuleSetRepository;
import org.grid.adapters.jdbc.assessment.JdbcScoreRepository;
import org.grid.adapters.jdbc.duty.JdbcDutyLogRepository;
import org.grid.adapters.jdbc.escalation.JdbcPlaceDirectory;
import org.grid.adapters.jdbc.escalation.JdbcRequestEventPublisher;
import org.grid.adapters.jdbc.escalation.JdbcRequestRepository;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.adapters.jdbc.escalation.JdbcStaffDirectory;
import org.grid.adapters.jdbc.escalation.JdbcWorkCalendars;
import org.grid.adapters.jdbc.jurisdiction.JdbcTownshipRepository;
import org.grid.adapters.jdbc.pairing.JdbcPairingRepository;
import org.grid.adapters.jdbc.team.JdbcPersonRepository;
import org.grid.adapters.jdbc.team.JdbcTeamRepository;
import org.grid.escalation.model.RequestId;
import org.junit.jupiter.api.Test;

/**
 * Every adapter can be built while the database is down (a node starts before its database, or while it fails
 * over): none connects before its first transaction, and that transaction fails with a {@link JdbcAdapterException}
 * that says what was being done, not with whatever the driver threw.
 */
class DatabaseDownTest {

  /** A database that refuses every connection, and counts the attempts. */
  private static final class Unreachable implements DataSource {
    final AtomicInteger attempts = new AtomicInteger();

    @Override
    public Connection getConnection() throws SQLException {
      attempts.incrementAndGet();
      throw new SQLException("Connection refused", "08001");
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  @Test
  void everyAdapterIsBuiltWithoutConnecting() {
    Unreachable database = new Unreachable();
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);
    List<Function<JdbcUnitOfWork, Object>> fromUnitOfWork = List.of(JdbcPersonRepository::new,
        JdbcTeamRepository::new, JdbcScoreRepository::new, JdbcRuleSetRepository::new, JdbcEvidenceSource::new,
        JdbcPairingRepository::new, JdbcTownshipRepository::new, JdbcDutyLogRepository::new, JdbcRoutingTable::new,
        JdbcWorkCalendars::new, JdbcRequestEventPublisher::new, JdbcRequestRepository::new, JdbcStaffDirectory::new,
        JdbcPlaceDirectory::new);
    List<Function<DataSource, Object>> fromDataSource = List.of(JdbcPersonRepository::new,
        JdbcTeamRepository::new, JdbcScoreRepository::new, JdbcRuleSetRepository::new, JdbcEvidenceSource::new,
        JdbcPairingRepository::new, JdbcTownshipRepository::new, JdbcDutyLogRepository::new, JdbcRoutingTable::new,
        JdbcWorkCalendars::new, JdbcRequestEventPublisher::new, JdbcRequestRepository::new, JdbcStaffDirectory::new,
        JdbcPlaceDirectory::new);

    fromUnitOfWork.forEach(adapter -> assertThat(adapter.apply(unitOfWork)).isNotNull());
    fromDataSource.forEach(adapter -> assertThat(adapter.apply(database)).isNotNull());

    assertThat(database.attempts).hasValue(0);
  }

  @Test
  void theFirstTransactionFailsWithTheAdaptersOwnExceptionAndTheDatabaseIsTriedAgainNextTime() {
    Unreachable database = new Unreachable();
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);
    JdbcRequestRepository requests = new JdbcRequestRepository(unitOfWork);

    for (int attempt = 1; attempt <= 2; attempt++) {
      assertThatThrownBy(() -> unitOfWork.inTransaction(() -> requests.findById(RequestId.of("R1"))))
          .isInstanceOf(JdbcAdapterException.class)
          .hasRootCauseMessage("Connection refused");
    }
    assertThat(database.attempts.get()).isGreaterThanOrEqualTo(2);
  }
}
