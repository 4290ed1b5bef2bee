package org.grid.benchmarks.escalation;

import static org.grid.benchmarks.escalation.Fixture.HANDLER;
import static org.grid.benchmarks.escalation.Fixture.REPORTER;
import static org.grid.benchmarks.escalation.Fixture.VILLAGE;
import static org.grid.benchmarks.escalation.Fixture.applied;
import static org.grid.benchmarks.escalation.Fixture.ctx;

import java.util.concurrent.TimeUnit;
import org.grid.adapters.inmemory.escalation.InMemoryRequestRepository;
import org.threeten.extra.MutableClock;
import org.grid.escalation.application.RequestCommandValidator;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Transitions per second, single thread: one invocation takes a request through its main path, five
 * transitions (report, accept, resolve, feedback, satisfied rating that closes). Measured on the rules alone
 * and on the engine over the in-memory repository, with and without bean validation of the commands.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
@State(Scope.Thread)
public class TransitionBenchmark {

  private static final int TRANSITIONS = 5;

  private long n;
  private RuleContext ctx;
  private InMemoryRequestRepository repository;
  private MutableClock clock;
  private RequestService validated;
  private RequestService unvalidated;
  private RequestService plainValidated;

  /** Fresh repository per iteration, so it does not grow without bound. */
  @Setup(Level.Iteration)
  public void setUp() {
    ctx = ctx(Fixture.START);
    repository = new InMemoryRequestRepository();
    clock = MutableClock.of(Fixture.START, Fixture.ZONE);
    validated = Fixture.engine(repository, clock, Fixture.hibernateValidator());
    unvalidated = Fixture.engine(repository, clock, new NoValidation());
    plainValidated = Fixture.engine(repository, clock, RequestCommandValidator.create());
  }

  /**
   * The rules alone.
   *
   * @return the closed request
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public Request rulesOnly() {
    long i = ++n;
    Request r = Fixture.reported(i, ctx.now());
    r = applied(r.accept(CommandId.of("a" + i), VILLAGE, HANDLER, ctx));
    r = applied(r.resolve(CommandId.of("s" + i), VILLAGE, "done", ctx));
    r = applied(r.deliverFeedback(CommandId.of("f" + i), VILLAGE, "told", ctx));
    return applied(r.rate(CommandId.of("t" + i), REPORTER, Rating.SATISFIED, ctx));
  }

  /**
   * The engine with the in-memory repository, without bean validation.
   *
   * @return the last outcome's request id
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public Object engineWithoutValidation() {
    return mainPath(unvalidated);
  }

  /**
   * The engine with the in-memory repository and Hibernate Validator.
   *
   * @return the last outcome's request id
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public Object engineWithValidation() {
    return mainPath(validated);
  }

  /**
   * The main path validated by {@link RequestCommandValidator}, the engine's plain validator (same checks, no
   * reflection).
   *
   * @return the last command's request id
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public Object engineWithPlainValidation() {
    return mainPath(plainValidated);
  }

  private Object mainPath(RequestService engine) {
    long i = ++n;
    RequestId id = RequestId.of("R" + i);
    engine.handle(new RequestCommand.Report(CommandId.of("r" + i), id, REPORTER, Fixture.CITIZEN, Fixture.PLACE,
        Fixture.LAND, "a wall blocks the ditch", Urgency.NORMAL, null, null));
    engine.handle(new RequestCommand.Accept(CommandId.of("a" + i), id, 1, VILLAGE, HANDLER));
    engine.handle(new RequestCommand.Resolve(CommandId.of("s" + i), id, 2, VILLAGE, "done"));
    engine.handle(new RequestCommand.Feedback(CommandId.of("f" + i), id, 3, VILLAGE, "told"));
    return engine.handle(new RequestCommand.Rate(CommandId.of("t" + i), id, 4, REPORTER, Rating.SATISFIED))
        .requestId();
  }
}
