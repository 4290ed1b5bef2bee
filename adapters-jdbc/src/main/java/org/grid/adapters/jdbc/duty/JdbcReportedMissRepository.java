package org.grid.adapters.jdbc.duty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.Sql;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.port.out.ReportedMissRepository;

/**
 * A {@link ReportedMissRepository} (已通报的未履职事项) over the table {@code grid_duty_missed_reported} (migration
 * V14) of a database migrated by {@link org.grid.adapters.jdbc.GridSchema}. {@code recordNew} reads which of the
 * given keys the township holds (primary key look-ups, {@value #KEYS_PER_QUERY} keys a statement) and inserts the
 * others with multi-row inserts, in the caller's transaction. A concurrent transaction that records one of the same
 * keys first makes the insert fail with an integrity violation; {@link JdbcUnitOfWork} then runs the whole unit of
 * work again, which finds the key recorded: a miss is reported by one of them only, and the other's run is a no-op.
 * Thread-safe.
 */
public final class JdbcReportedMissRepository implements ReportedMissRepository {

  /** How many keys one look-up statement asks for. */
  static final int KEYS_PER_QUERY = 500;

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the repository over a migrated database.
   *
   * @param unitOfWork the database's unit of work, whose transaction the adapter joins; not null
   * @throws NullPointerException if {@code unitOfWork} is null
   */
  public JdbcReportedMissRepository(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the repository over a migrated database.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null. The
   *     adapter joins the unit of work of any {@link JdbcUnitOfWork} over the same data source object
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcReportedMissRepository(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.grid.adapters.jdbc.JdbcAdapterException if the database fails
   */
  @Override
  public List<String> recordNew(TownshipId township, List<String> keys, Instant at) {
    requireNonNull(township, "township");
    requireNonNull(keys, "keys");
    requireNonNull(at, "at");
    Set<String> given = ReportedMissRepository.checkedKeys(keys);
    if (given.isEmpty()) {
      return List.of();
    }
    long reportedAt = Sql.epochNanos(at, "at");
    List<String> all = new ArrayList<>(given);
    return unitOfWork.run("recording " + all.size() + " reported missed duties of township " + township,
        connection -> {
          Set<String> stored = new HashSet<>();
          for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            Object[] parameters = new Object[chunk.size() + 1];
            parameters[0] = township.value();
            for (int i = 0; i < chunk.size(); i++) {
              parameters[i + 1] = chunk.get(i);
            }
            Sql.query(connection, "SELECT miss_key FROM grid_duty_missed_reported WHERE township_id = ? AND miss_key IN ("
                + "?, ".repeat(chunk.size() - 1) + "?)", row -> stored.add(row.getString(1)), parameters);
          }
          List<String> added = new ArrayList<>();
          for (String key : all) {
            if (!stored.contains(key)) {
              added.add(key);
            }
          }
          Sql.insertRows(connection, "grid_duty_missed_reported", List.of("township_id", "miss_key", "reported_at"),
              added, (statement, offset, key) -> {
                statement.setString(offset + 1, township.value());
                statement.setString(offset + 2, key);
                statement.setLong(offset + 3, reportedAt);
              });
          return added;
        });
  }

  @Override
  public boolean isRecorded(TownshipId township, String key) {
    requireNonNull(township, "township");
    requireNonNull(key, "key");
    return unitOfWork.run("looking up a reported missed duty of township " + township, connection -> Sql.exists(
        connection, "SELECT 1 FROM grid_duty_missed_reported WHERE township_id = ? AND miss_key = ?",
        township.value(), key));
  }
}
