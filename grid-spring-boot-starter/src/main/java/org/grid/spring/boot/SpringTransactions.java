package org.grid.spring.boot;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Looks up the Spring transaction, if any, that the calling thread runs in over a data source. */
final class SpringTransactions {

  private SpringTransactions() {}

  /**
   * Returns the connection holder of the Spring transaction the calling thread runs in over a data source: what
   * {@code DataSourceTransactionManager} (or {@code JpaTransactionManager}, over the same data source) bound when an
   * {@code @Transactional} method began.
   *
   * @param dataSource the application's data source, as the transaction manager knows it
   * @return the holder, or null when the thread runs in no Spring transaction over that data source
   */
  static ConnectionHolder active(DataSource dataSource) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return null;
    }
    Object resource = TransactionSynchronizationManager.getResource(dataSource);
    return resource instanceof ConnectionHolder holder ? holder : null;
  }
}
