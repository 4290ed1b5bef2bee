package org.grid.benchmarks.jdbc;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.escalation.JdbcRequestEventPublisher;
import org.grid.adapters.jdbc.escalation.JdbcRequestRepository;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.adapters.jdbc.escalation.JdbcWorkCalendars;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.escalation.application.RequestCommandValidator;
import org.grid.escalation.application.RequestService;
import org.grid.adapters.jdbc.escalation.JdbcPlaceDirectory;
import org.grid.adapters.jdbc.escalation.JdbcStaffDirectory;
import org.grid.benchmarks.escalation.BenchAuthorization;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.core.model.partition.GridId;
import org.grid.escalation.model.Office;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.model.WorkCalendar;
import org.grid.escalation.port.in.RequestCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full request lifecycles per second through the engine over the JDBC adapter: one operation reports a request,
 * accepts, resolves, delivers feedback and closes it with a satisfied rating: five commands, each in its own
 * transaction of a {@link JdbcUnitOfWork} (so five commits, each with its outbox events), with {@link
 * RequestCommandValidator} checking the commands as the Spring Boot starter's engine does (the constraints and messages
 * of Hibernate Validator, in code). Run with {@code -t 1} and {@code -t 4}; {@code database} is
 * {@code h2} (in memory) or {@code postgres} (needs {@code GRID_BENCH_POSTGRES_URL}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@State(Scope.Benchmark)
public class LifecycleBenchmark {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final WorkCalendar CALENDAR = WorkCalendar.of(ZONE, LocalTime.of(17, 30),
      List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(), List.of());
  static final Place PLACE = new Place(CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D1"),
      VillageId.of("T01-V04"), GridId.of("T01-V04-N1"));
  static final PersonId CITIZEN = PersonId.of("citizen");
  static final Actor REPORTER = Actor.citizen(CITIZEN);
  static final Actor.Staff VILLAGE =
      Actor.staff(PersonId.of("officer"), AuthorizationPolicy.LEADER, Office.of(Tier.VILLAGE_GRID, PLACE));
  static final Category LAND = Category.of("land");
  /** A Monday morning. */
  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

  /** The database: h2 or postgres. */
  @Param({"h2"})
  public String database;

  private BenchDatabase db;
  private JdbcUnitOfWork unitOfWork;
  private RequestService engine;
  private final AtomicLong ids = new AtomicLong();

  /** Opens and migrates the database and wires the engine. */
  @Setup(Level.Trial)
  public void setUp() {
    db = BenchDatabase.open(database, 8);
    wire(db.dataSource);
  }

  /**
   * Wires the engine over a migrated database and fills its calendar, routing table and directories; {@link
   * CommitsPerLifecycle} passes a counting data source here.
   */
  void wire(DataSource dataSource) {
    unitOfWork = new JdbcUnitOfWork(dataSource);
    new JdbcWorkCalendars(unitOfWork).put(PLACE.township(), CALENDAR);
    new JdbcRoutingTable(unitOfWork).put(PLACE.county(), LAND, DepartmentId.of("natural-resources"));
    engine = new RequestService(new JdbcRequestRepository(unitOfWork), new JdbcRoutingTable(unitOfWork),
        new JdbcWorkCalendars(unitOfWork), new JdbcRequestEventPublisher(unitOfWork), unitOfWork, Clock.fixed(START, ZONE),
        EscalationPolicy.defaults(), RequestCommandValidator.create(),
        BenchAuthorization.of(new JdbcStaffDirectory(unitOfWork), new JdbcPlaceDirectory(unitOfWork), PLACE,
            VILLAGE));
  }

  /** Drops the database. */
  @TearDown(Level.Trial)
  public void tearDown() {
    db.close();
  }

  /**
   * One full lifecycle.
   *
   * @return the last outcome
   */
  @Benchmark
  public CommandOutcome lifecycle() {
    long i = ids.incrementAndGet();
    RequestId id = RequestId.of("R" + i);
    run(new RequestCommand.Report(CommandId.of("r" + i), id, REPORTER, CITIZEN, PLACE, LAND,
        "a wall blocks the ditch", Urgency.NORMAL, null, null));
    run(new RequestCommand.Accept(CommandId.of("a" + i), id, 1, VILLAGE, PersonId.of("handler")));
    run(new RequestCommand.Resolve(CommandId.of("s" + i), id, 2, VILLAGE, "done"));
    run(new RequestCommand.Feedback(CommandId.of("f" + i), id, 3, VILLAGE, "told"));
    return run(new RequestCommand.Rate(CommandId.of("t" + i), id, 4, REPORTER, Rating.SATISFIED));
  }

  private CommandOutcome run(RequestCommand command) {
    CommandOutcome outcome = engine.handle(command);
    if (!(outcome instanceof CommandOutcome.Applied)) {
      throw new IllegalStateException(command + " was not applied: " + outcome);
    }
    return outcome;
  }
}
