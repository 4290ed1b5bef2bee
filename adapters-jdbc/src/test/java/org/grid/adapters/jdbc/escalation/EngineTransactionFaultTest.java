package org.grid.adapters.jdbc.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.POLICY;
import static org.grid.testkit.escalation.EscalationSamples.at;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.grid.adapters.jdbc.FaultyDataSource;
import org.grid.adapters.jdbc.FaultyDataSource.Fault;
import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.JdbcAdapterException;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.MutableClock;

/**
 * The engine wired as the README shows it (every adapter built on the data source, the engine given a {@link
 * JdbcUnitOfWork} over the same data source, no transaction opened by the caller) cannot store a change without its
 * events: a fault at the outbox write, at commit or at {@code getConnection} leaves the request and the outbox as
 * they were, or, when the commit went through but its acknowledgement was lost, both stored; and the caller's retry
 * of the same command then applies once.
 */
class EngineTransactionFaultTest {

  private static final RequestId R1 = RequestId.of("R1");

  private TestDatabase database;

  @BeforeEach
  void createDatabase() {
    database = TestDatabase.h2();
    GridSchema.migrate(database.dataSource());
    Engines.seed(database.dataSource());
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  /** What is stored about R1, and how many events wait in the outbox, read through a healthy connection. */
  private List<Object> stored() {
    List<Object> state = new ArrayList<>();
    state.add(new JdbcRequestRepository(database.dataSource()).findById(R1).map(Request::snapshot));
    state.add(Outbox.pending(database.dataSource()));
    return state;
  }

  /** Delivers and returns the events waiting in the outbox. */
  private List<OutgoingEvent> outbox() {
    return Outbox.drain(database.dataSource());
  }

  private RequestService engineAsTheReadmeWiresIt(javax.sql.DataSource dataSource, MutableClock clock) {
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(dataSource);
    return new RequestService(new JdbcRequestRepository(dataSource), new JdbcRoutingTable(dataSource),
        new JdbcWorkCalendars(dataSource), new JdbcRequestEventPublisher(dataSource), unitOfWork,
        clock, POLICY, Engines.VALIDATOR, Engines.authorization(unitOfWork));
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("the outbox write fails", null, true),
        Arguments.of("the commit is refused", Fault.COMMIT_REFUSED, false),
        Arguments.of("no connection can be had", Fault.NO_CONNECTION, false));
  }

  @ParameterizedTest(name = "{0}: nothing is stored, and the retry applies once")
  @MethodSource("faults")
  void aFaultStoresNeitherTheChangeNorItsEventsAndTheRetryAppliesOnce(
      String what, Fault fault, boolean outboxWriteFails) {
    MutableClock clock = MutableClock.of(at("2026-03-02T09:00"), EscalationSamples.ZONE);
    List<RequestCommand> lifecycle = Engines.lifecycle("R1", PLACE_A);
    RequestService healthy = engineAsTheReadmeWiresIt(database.dataSource(), clock);
    assertThat(healthy.handle(lifecycle.get(0))).isInstanceOf(CommandOutcome.Applied.class);
    List<OutgoingEvent> reported = outbox();
    assertThat(reported).isNotEmpty();

    AtomicBoolean failing = new AtomicBoolean(true);
    FaultyDataSource faulty = outboxWriteFails
        ? FaultyDataSource.failingWhen(database.dataSource(),
            sql -> failing.get() && sql.startsWith("INSERT INTO grid_outbox"))
        : FaultyDataSource.failing(database.dataSource(), fault);
    RequestService engine = engineAsTheReadmeWiresIt(faulty, clock);
    RequestCommand accept = lifecycle.get(1);
    List<Object> before = stored();

    assertThatThrownBy(() -> engine.handle(accept)).isInstanceOf(JdbcAdapterException.class);
    assertThat(stored()).as("after a fault: %s", what).isEqualTo(before);

    failing.set(false);
    faulty.failFromNowOn(Fault.NONE);
    CommandOutcome retried = engine.handle(accept);
    assertThat(retried).isInstanceOf(CommandOutcome.Applied.class);
    assertThat(engine.handle(accept)).as("the retry of the retry").isInstanceOf(CommandOutcome.Duplicate.class);
    assertThat(outbox()).as("the accept's events, once")
        .isEqualTo(Outbox.encoded(((CommandOutcome.Applied) retried).events()));
    assertThat(new JdbcRequestRepository(database.dataSource()).findById(R1).orElseThrow().version()).isEqualTo(2);
  }

  @ParameterizedTest(name = "a lost commit acknowledgement: the change and its events are stored, the retry is a duplicate")
  @MethodSource("lostAcknowledgement")
  void aCommitWhoseAcknowledgementIsLostStoresBothAndTheRetryIsADuplicate(int command) {
    MutableClock clock = MutableClock.of(at("2026-03-02T09:00"), EscalationSamples.ZONE);
    List<RequestCommand> lifecycle = Engines.lifecycle("R1", PLACE_A);
    FaultyDataSource faulty = FaultyDataSource.failing(database.dataSource(), Fault.NONE);
    RequestService engine = engineAsTheReadmeWiresIt(faulty, clock);
    for (int i = 0; i < command; i++) {
      assertThat(engine.handle(lifecycle.get(i))).isInstanceOf(CommandOutcome.Applied.class);
    }
    outbox();

    faulty.failFromNowOn(Fault.COMMIT_ACKNOWLEDGEMENT_LOST);
    assertThatThrownBy(() -> engine.handle(lifecycle.get(command))).isInstanceOf(JdbcAdapterException.class);
    faulty.failFromNowOn(Fault.NONE);

    List<OutgoingEvent> written = outbox();
    assertThat(written).as("the events of the change that was committed").isNotEmpty()
        .allSatisfy(e -> assertThat(e.id()).startsWith("request/R1/" + (command + 1L) + "/"));
    assertThat(engine.handle(lifecycle.get(command))).isInstanceOf(CommandOutcome.Duplicate.class);
    assertThat(outbox()).as("no event written twice").isEmpty();
  }

  static Stream<Integer> lostAcknowledgement() {
    return Stream.of(0, 1, 4);
  }
}
