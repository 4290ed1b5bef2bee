package org.grid.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.sql.DataSource;
import org.grid.core.model.jurisdiction.CountyId;

/**
 * Counties spread over several databases (按县分库): each county's requests, teams, pairings, duty log, scores and
 * outbox live in one database, named here, and a node reaches a county's data only through what this routing built
 * on that county's database. A county is never split, so nothing a use case reads or writes crosses counties; counties
 * may share a database.
 *
 * <p>{@code T} is whatever an application wires on one database: typically a record of its {@link JdbcUnitOfWork},
 * adapters and application services. The wiring function is called once per distinct database (by identity, as
 * {@link JdbcUnitOfWork} binds transactions to the data source object), so the counties of one database share one
 * unit of work, and a sweep or outbox relay runs once per database ({@link #each()}), not once per county.
 *
 * <pre>{@code
 * CountyShards<CountyServices> shards = CountyShards.of(
 *     Map.of(CountyId.of("C01"), firstDatabase, CountyId.of("C02"), secondDatabase),   // one pool per database
 *     dataSource -> { GridSchema.migrate(dataSource); return CountyServices.on(dataSource); });
 * shards.forCounty(command.place().county()).requests().handle(command);
 * shards.each().forEach(s -> s.requests().processDue(clock.instant()));
 * }</pre>
 *
 * <p>The county comes from the caller's context: the place of a report, the office of a staff actor, the county in
 * the path of a county system's URL. A request id alone does not name its county. Immutable and thread-safe when
 * {@code T} is.
 *
 * @param <T> what is wired on one database
 */
public final class CountyShards<T> {

  private final Map<CountyId, T> byCounty;
  private final List<T> distinct;

  private CountyShards(Map<CountyId, T> byCounty, List<T> distinct) {
    this.byCounty = byCounty;
    this.distinct = distinct;
  }

  /**
   * Routes each county to its database and wires each distinct database once.
   *
   * @param databases each county's database, not empty; no null key or value
   * @param wiring builds what a node uses on one database; called once per distinct data source, in the order the
   *     map first names it; must not return null
   * @param <T> what is wired on one database
   * @return the routing
   * @throws IllegalArgumentException if {@code databases} is empty, or the wiring returns null
   * @throws NullPointerException if an argument, a county or a database is null
   */
  public static <T> CountyShards<T> of(Map<CountyId, ? extends DataSource> databases, Function<DataSource, T> wiring) {
    requireNonNull(databases, "databases");
    requireNonNull(wiring, "wiring");
    if (databases.isEmpty()) {
      throw new IllegalArgumentException("databases: must name at least one county");
    }
    Map<DataSource, T> wired = new IdentityHashMap<>();
    List<T> distinct = new ArrayList<>();
    Map<CountyId, T> byCounty = new LinkedHashMap<>();
    databases.forEach((county, database) -> {
      requireNonNull(county, "databases: a county");
      requireNonNull(database, () -> "databases: the database of county " + county);
      T shard = wired.get(database);
      if (shard == null) {
        shard = wiring.apply(database);
        if (shard == null) {
          throw new IllegalArgumentException("wiring: returned null for the database of county " + county);
        }
        wired.put(database, shard);
        distinct.add(shard);
      }
      byCounty.put(county, shard);
    });
    return new CountyShards<>(Collections.unmodifiableMap(byCounty), List.copyOf(distinct));
  }

  /**
   * Returns what is wired on a county's database.
   *
   * @param county the county, not null
   * @return what was wired on its database
   * @throws IllegalArgumentException if the county has no database here, naming it and the counties there are
   */
  public T forCounty(CountyId county) {
    requireNonNull(county, "county");
    T shard = byCounty.get(county);
    if (shard == null) {
      throw new IllegalArgumentException("county: no database for county " + county + "; the counties routed are "
          + counties());
    }
    return shard;
  }

  /**
   * Returns the counties routed, in the order of their ids.
   *
   * @return the counties
   */
  public Set<CountyId> counties() {
    TreeSet<CountyId> sorted = new TreeSet<>();
    sorted.addAll(byCounty.keySet());
    return Collections.unmodifiableSet(sorted);
  }

  /**
   * Returns what is wired on each distinct database, once each: run the sweep and the outbox relay over these.
   *
   * @return one per database, in the order the databases were first named
   */
  public List<T> each() {
    return distinct;
  }

  @Override
  public String toString() {
    return "CountyShards[" + byCounty.size() + " counties on " + distinct.size() + " databases]";
  }
}
