package org.grid.benchmarks.http;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP load generator's command line (HTTP 负载测试): {@code clients} threads, each a {@link LifecycleClient},
 * run complete lifecycles through the example application's REST API; the first {@code warmup} seconds are not
 * counted, then the lifecycles begun in the next {@code duration} seconds are (each runs to its end). Prints a text
 * table, writes the same as JSON, and exits 0 when no request failed, 1 when some did (in the warm-up too), 2 on
 * bad arguments or when the application cannot be read.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.grid.benchmarks.http.HttpLoad \
 *     --url http://127.0.0.1:8080 --clients 4 --warmup 20 --duration 60 --json target/http-load.json
 * </pre>
 */
public final class HttpLoad {

  private HttpLoad() {}

  /**
   * The run's settings.
   *
   * @param url the application's address, without a trailing slash
   * @param clients how many clients run at once, at least 1
   * @param warmupSeconds the seconds not counted at the start, at least 0
   * @param durationSeconds the seconds measured, at least 1
   * @param json the file the JSON result is written to, or null for none
   * @param citizenUser the citizen's user name
   * @param handlerUser the handling staff member's user name
   * @param password the users' password
   * @param sessions whether the clients keep the sessions the application gives
   */
  public record Options(String url, int clients, int warmupSeconds, int durationSeconds, Path json,
      String citizenUser, String handlerUser, String password, boolean sessions) {

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public Options {
      if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
        throw new IllegalArgumentException("--url must be an http:// or https:// address");
      }
      while (url.endsWith("/")) {
        url = url.substring(0, url.length() - 1);
      }
      if (clients < 1) {
        throw new IllegalArgumentException("--clients must be at least 1, was " + clients);
      }
      if (warmupSeconds < 0) {
        throw new IllegalArgumentException("--warmup must not be negative, was " + warmupSeconds);
      }
      if (durationSeconds < 1) {
        throw new IllegalArgumentException("--duration must be at least 1, was " + durationSeconds);
      }
    }

    /**
     * Reads the settings from the command line's arguments.
     *
     * @param args {@code --url U --clients N --warmup S --duration S --json FILE --citizen USER --handler USER
     *     --password P --no-sessions}, each optional
     * @return the settings (defaults: {@code http://127.0.0.1:8080}, 4 clients, 20 s warm-up, 60 s measured, no
     *     JSON file, users {@code citizen} and {@code grid}, password {@code demo}, sessions kept)
     * @throws IllegalArgumentException naming the argument that is unknown, lacks its value or is out of range
     */
    public static Options parse(String... args) {
      String url = "http://127.0.0.1:8080";
      int clients = 4;
      int warmup = 20;
      int duration = 60;
      Path json = null;
      String citizen = "citizen";
      String handler = "grid";
      String password = "demo";
      boolean sessions = true;
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (name.equals("--no-sessions")) {
          sessions = false;
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--url" -> url = value;
          case "--clients" -> clients = number(name, value);
          case "--warmup" -> warmup = number(name, value);
          case "--duration" -> duration = number(name, value);
          case "--json" -> json = Path.of(value);
          case "--citizen" -> citizen = value;
          case "--handler" -> handler = value;
          case "--password" -> password = value;
          default -> throw new IllegalArgumentException("unknown argument " + name);
        }
      }
      return new Options(url, clients, warmup, duration, json, citizen, handler, password, sessions);
    }

    private static int number(String name, String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
      }
    }
  }

  /**
   * Runs the load as the command line describes.
   *
   * @param args the arguments ({@link Options#parse})
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the load and reports it.
   *
   * @param args the arguments ({@link Options#parse})
   * @param out where the table goes
   * @param err where errors of the arguments or the set-up go
   * @return the exit status: 0 no errors, 1 some requests failed, 2 bad arguments or no application to read
   * @throws InterruptedException if interrupted
   */
  public static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    Options options;
    Scenario scenario;
    try {
      options = Options.parse(args);
      scenario = Scenario.discover(options.url(), options.citizenUser(), options.handlerUser(), options.password());
    } catch (IllegalArgumentException | IOException e) {
      err.println("http-load: " + e.getMessage());
      return 2;
    }
    out.printf("http-load: %s, %d clients, warm-up %d s, measured %d s, category %s, grid %s%n", options.url(),
        options.clients(), options.warmupSeconds(), options.durationSeconds(), scenario.category(),
        scenario.place().get("grid"));
    LoadResult result;
    try {
      result = measure(scenario, options);
    } catch (IOException e) {
      err.println("http-load: " + e.getMessage());
      return 2;
    }
    out.print(result.table());
    if (options.json() != null) {
      try {
        Path parent = options.json().toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(options.json(), result.json(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("http-load: cannot write " + options.json() + ": " + e.getMessage());
        return 2;
      }
    }
    return result.errorCount() == 0 ? 0 : 1;
  }

  /**
   * Runs the clients: each runs lifecycles until the warm-up and the measured time are over, counting those begun
   * after the warm-up.
   *
   * @param scenario who runs the lifecycles and where
   * @param options the run's settings
   * @return the result of the measured time
   * @throws IOException if a client cannot sign in
   * @throws InterruptedException if interrupted while waiting for the clients
   */
  public static LoadResult measure(Scenario scenario, Options options) throws IOException, InterruptedException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<LifecycleClient> clients = new ArrayList<>();
    for (int i = 0; i < options.clients(); i++) {
      LifecycleClient client = new LifecycleClient(scenario, "LOAD-" + run + "-" + (i + 1), options.sessions());
      client.signIn();
      clients.add(client);
    }
    long start = System.nanoTime();
    long measureFrom = start + options.warmupSeconds() * 1_000_000_000L;
    long end = measureFrom + options.durationSeconds() * 1_000_000_000L;
    AtomicLong lastAnswer = new AtomicLong(measureFrom);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> crashes = new ArrayList<>();
    for (int i = 0; i < options.clients(); i++) {
      LifecycleClient client = clients.get(i);
      Thread thread = new Thread(() -> {
        try {
          for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
            client.runLifecycle(now >= measureFrom);
          }
          lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
          synchronized (crashes) {
            crashes.add(e);
          }
        }
      }, "http-load-" + (i + 1));
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (!crashes.isEmpty()) {
      throw new IllegalStateException("a client stopped", crashes.get(0));
    }
    long completed = 0;
    long failed = 0;
    long warmupErrors = 0;
    Map<String, Long> errors = new TreeMap<>();
    Map<Step, Latencies> byStep = new EnumMap<>(Step.class);
    for (Step step : Step.values()) {
      byStep.put(step, new Latencies());
    }
    for (LifecycleClient client : clients) {
      completed += client.completed();
      failed += client.failed();
      warmupErrors += client.warmupErrors();
      client.errors().forEach((what, count) -> errors.merge(what, count, Long::sum));
      client.latencies().forEach((step, latencies) -> byStep.get(step).addAll(latencies));
    }
    double seconds = (lastAnswer.get() - measureFrom) / 1e9;
    return new LoadResult(options.clients(), seconds, completed, failed, errors, warmupErrors, byStep);
  }
}
