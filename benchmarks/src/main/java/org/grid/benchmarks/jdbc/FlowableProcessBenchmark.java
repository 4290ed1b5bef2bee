package org.grid.benchmarks.jdbc;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
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
 * The peer of {@link LifecycleBenchmark} (同类对比): the same request lifecycle through Flowable's embedded BPMN engine
 * ({@code request-lifecycle.bpmn20.xml}: a user task per step, each with a timer boundary event standing for its
 * time limit, history level {@code audit}) on the same kind of database, so that one JMH run puts the two side by
 * side. One operation starts a process instance with the report's fields as variables (the report), then for each
 * of accept, resolve, feedback and rate queries the instance's open task and completes it with that step's
 * variables; the satisfied rating ends the instance. Each start and each complete is one Flowable command, one
 * transaction. Same forks, warm-up, measurement and heap as {@link LifecycleBenchmark}; run with {@code -t 1} and
 * {@code -t 4}; {@code database} is {@code h2} (in memory) or {@code postgres} (needs {@code
 * GRID_BENCH_POSTGRES_URL}; a database of its own on that server, dropped afterwards).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class FlowableProcessBenchmark {

  /** The database: h2 or postgres. */
  @Param({"h2"})
  public String database;

  FlowableDatabase db;
  private RuntimeService runtime;
  private TaskService tasks;
  private final AtomicLong ids = new AtomicLong();

  /** Opens the database, builds the engine and deploys the model. */
  @Setup(Level.Trial)
  public void setUp() {
    open(UnaryOperator.identity());
  }

  /** Opens the database with the engine on {@code decorate(pool)}; {@link CommitsPerLifecycle} counts there. */
  void open(UnaryOperator<DataSource> decorate) {
    db = FlowableDatabase.open(database, 8, decorate);
    runtime = db.engine.getRuntimeService();
    tasks = db.engine.getTaskService();
  }

  /** Closes the engine and drops the database. */
  @TearDown(Level.Trial)
  public void tearDown() {
    db.close();
  }

  /**
   * One full lifecycle: report, accept, resolve, feedback, satisfied rating.
   *
   * @return the process instance's id
   */
  @Benchmark
  public String lifecycle() {
    long i = ids.incrementAndGet();
    Map<String, Object> report = new HashMap<>();
    report.put("reporter", LifecycleBenchmark.CITIZEN.value());
    report.put("county", LifecycleBenchmark.PLACE.county().value());
    report.put("township", LifecycleBenchmark.PLACE.township().value());
    report.put("district", LifecycleBenchmark.PLACE.district().value());
    report.put("village", LifecycleBenchmark.PLACE.village().value());
    report.put("grid", LifecycleBenchmark.PLACE.grid().value());
    report.put("category", LifecycleBenchmark.LAND.code());
    report.put("description", "a wall blocks the ditch");
    report.put("urgency", "NORMAL");
    report.put("tier", 0);
    report.put("holderUnit", LifecycleBenchmark.PLACE.grid().value());
    String instance = runtime.startProcessInstanceByKey(FlowableDatabase.PROCESS, "R" + i, report).getId();
    complete(instance, "accept", Map.of("handler", "handler"));
    complete(instance, "resolve", Map.of("resolution", "done"));
    complete(instance, "feedback", Map.of("feedbackNote", "told"));
    complete(instance, "rate", Map.of("rating", "SATISFIED"));
    return instance;
  }

  private void complete(String instance, String step, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    if (task == null || !task.getTaskDefinitionKey().equals(step)) {
      throw new IllegalStateException("instance " + instance + ": expected the task " + step + ", found "
          + (task == null ? "none" : task.getTaskDefinitionKey()));
    }
    tasks.complete(task.getId(), variables);
  }
}
