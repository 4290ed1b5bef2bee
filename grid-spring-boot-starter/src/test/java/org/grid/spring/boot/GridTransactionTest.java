package org.grid.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.core.port.out.OutboxMonitor;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/** grid's use cases inside and outside an application's Spring transaction (on H2; GridTransactionPostgresIT). */
class GridTransactionTest {

  /**
   * The application the tests start.
   *
   * @return the runner, on a fresh H2 database here
   */
  ApplicationContextRunner runner() {
    return GridContexts.runner();
  }

  private static int requestRows(AssertableApplicationContext context) throws SQLException {
    // a connection of its own, not the transaction's (as JdbcTemplate's would be): sees only what was committed
    try (Connection connection = context.getBean(DataSource.class).getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM grid_request")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static int committedRows(AssertableApplicationContext context) {
    try {
      return requestRows(context);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static TransactionTemplate transaction(AssertableApplicationContext context) {
    return new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
  }

  @Test
  void aGridCommandAloneCommitsItsOwnTransaction() {
    runner().run(context -> {
      GridContexts.township(context);
      assertThat(context.getBean(SpringUnitOfWork.class).inSpringTransaction()).isFalse();
      GridContexts.reported(context, "R1");
      assertThat(requestRows(context)).isEqualTo(1);
      assertThat(context.getBean(OutboxMonitor.class).pendingCount()).isPositive();
    });
  }

  @Test
  void aRollbackOfTheApplicationsTransactionUndoesTheGridCommandInIt() {
    runner().run(context -> {
      GridContexts.township(context);
      RequestRepository requests = context.getBean(RequestRepository.class);
      transaction(context).executeWithoutResult(status -> {
        assertThat(context.getBean(SpringUnitOfWork.class).inSpringTransaction()).isTrue();
        GridContexts.reported(context, "R1");
        // inside the transaction the request is there, and nothing is committed yet
        assertThat(requests.findById(RequestId.of("R1"))).isPresent();
        assertThat(committedRows(context)).isZero();
        status.setRollbackOnly();
      });
      assertThat(requestRows(context)).isZero();
      assertThat(requests.findById(RequestId.of("R1"))).isEmpty();
      assertThat(context.getBean(OutboxMonitor.class).pendingCount()).isZero();
    });
  }

  @Test
  void theApplicationsCommitCommitsItsOwnWritesAndGridsTogether() {
    runner().run(context -> {
      GridContexts.township(context);
      JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
      jdbc.execute("CREATE TABLE app_note (id INT PRIMARY KEY)");
      transaction(context).executeWithoutResult(status -> {
        jdbc.update("INSERT INTO app_note VALUES (1)");
        GridContexts.reported(context, "R1");
      });
      assertThat(requestRows(context)).isEqualTo(1);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_note", Integer.class)).isEqualTo(1);

      assertThatThrownBy(() -> transaction(context).executeWithoutResult(status -> {
        jdbc.update("INSERT INTO app_note VALUES (2)");
        GridContexts.reported(context, "R2");
        throw new IllegalStateException("the application fails after grid's command");
      })).hasMessageContaining("the application fails");
      assertThat(requestRows(context)).isEqualTo(1);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_note", Integer.class)).isEqualTo(1);
    });
  }

  @Test
  void aGridUseCaseThatFailsInsideMarksTheApplicationsTransactionRollbackOnly() {
    runner().run(context -> {
      SpringUnitOfWork unitOfWork = context.getBean(SpringUnitOfWork.class);
      JdbcRoutingTable routing = context.getBean(JdbcRoutingTable.class);
      IllegalStateException failure = new IllegalStateException("the use case fails after a write");
      assertThatThrownBy(() -> transaction(context).executeWithoutResult(status -> {
        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
          routing.put(EscalationSamples.COUNTY, EscalationSamples.LAND_CATEGORY, EscalationSamples.LAND);
          throw failure;
        })).isSameAs(failure); // not wrapped, and not tried again
        // the application swallows the failure and commits: Spring refuses
      })).isInstanceOf(UnexpectedRollbackException.class);
      assertThat(routing.departmentFor(EscalationSamples.COUNTY, EscalationSamples.LAND_CATEGORY)).isEmpty();
    });
  }

  @Test
  void outsideATransactionAFailedUseCaseRollsBackAlone() {
    runner().run(context -> {
      SpringUnitOfWork unitOfWork = context.getBean(SpringUnitOfWork.class);
      JdbcRoutingTable routing = context.getBean(JdbcRoutingTable.class);
      assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
        routing.put(EscalationSamples.COUNTY, EscalationSamples.LAND_CATEGORY, EscalationSamples.LAND);
        throw new IllegalStateException("fails");
      })).hasMessage("fails");
      assertThat(routing.departmentFor(EscalationSamples.COUNTY, EscalationSamples.LAND_CATEGORY)).isEmpty();
      unitOfWork.inTransaction(() -> routing.put(EscalationSamples.COUNTY, EscalationSamples.LAND_CATEGORY,
          EscalationSamples.LAND));
      assertThat(routing.departmentFor(EscalationSamples.COUNTY, EscalationSamples.LAND_CATEGORY))
          .contains(EscalationSamples.LAND);
    });
  }

  @Test
  void aTransientFailureIsTriedAgainAloneButNotInsideTheApplicationsTransaction() {
    runner().run(context -> {
      SpringUnitOfWork unitOfWork = context.getBean(SpringUnitOfWork.class);
      AtomicInteger alone = new AtomicInteger();
      assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
        alone.incrementAndGet();
        throw new IllegalStateException(new SQLException("lost an insert race", "23505"));
      })).isInstanceOf(IllegalStateException.class);
      assertThat(alone).hasValue(JdbcUnitOfWork.ATTEMPTS);

      AtomicInteger inside = new AtomicInteger();
      IllegalStateException failure = new IllegalStateException(new SQLException("deadlock victim", "40001"));
      assertThatThrownBy(() -> transaction(context).executeWithoutResult(status ->
          unitOfWork.inTransaction(() -> {
            inside.incrementAndGet();
            throw failure;
          }))).isSameAs(failure);
      assertThat(inside).hasValue(1); // the surrounding transaction is spoilt: the application retries it whole
    });
  }
}
