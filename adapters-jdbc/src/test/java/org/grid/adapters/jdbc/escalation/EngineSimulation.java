package org.grid.adapters.jdbc.escalation;

import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.COUNTY;
import static org.grid.testkit.escalation.EscalationSamples.LAND;
import static org.grid.testkit.escalation.EscalationSamples.LAND_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.PENSION_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.SOCIAL;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.grid.adapters.jdbc.ChaosDataSource;
import org.grid.adapters.jdbc.ChaosDataSource.Fault;
import org.grid.adapters.jdbc.ChaosDataSource.Point;
import org.grid.adapters.jdbc.Dialect;
import org.grid.adapters.jdbc.JdbcAdapterException;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RefusalReason;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.TransitionKind;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.in.SweepResult;
import org.grid.testkit.escalation.EscalationSamples;
import org.threeten.extra.MutableClock;

/**
 * A deterministic simulation of the request engine (诉求办理引擎) over JDBC, in the spirit of FoundationDB's simulation
 * testing: two engine nodes, each a {@link org.grid.escalation.application.RequestService} wired to the JDBC adapters
 * over a pool of its own, with clocks skewed from the true time, serve citizens' and staff's commands, sweep deadlines
 * (到期巡检) and
 * deliver the outbox, while the connections under them fail at random statements, at commit (also after the
 * commit was stored) and at {@code getConnection}, and a node now and then dies in the middle of what it does and
 * is restarted. Every decision, from the next step to each fault, comes from one {@link SplittableRandom} seeded
 * with the run's seed, so a seed replays the run on the same database.
 *
 * <p><b>One thread.</b> The simulation runs on the test's thread only. At each outer step it picks a node and
 * what it does; while that node runs, its data source ({@link ChaosDataSource}) asks the simulation at every
 * point where the node talks to the database, and there the simulation may first run one or two whole steps of
 * the <em>other</em> node (a sweep, a command, a retry of the very command in flight, a relay delivery, a monitoring
 * query) before the first node's statement goes on. So the nodes race exactly where their transactions overlap in a real
 * deployment: a sweep claims rows a command has read, a command's update waits on a sweep's claim, a retry runs
 * while the first attempt is still open. A step of the other node that waits for a lock the suspended node holds
 * cannot be granted (the holder cannot go on until it returns), so each node's connections run with a short lock
 * timeout and the wait fails, deterministically, like a timed-out request. Nothing depends on thread scheduling.
 *
 * <p>A command the client saw fail is retried later with the same command id and content, on either node, as a
 * client that cannot know whether it was stored must. At the end the faults stop, every command still in doubt
 * is retried until it is answered, the outbox is drained, and {@link #checkInvariants()} compares the database
 * with everything the clients were told.
 */
final class EngineSimulation {

  /** How far the true time starts: Monday 28 September 2026, 09:00 in the township, before the October holidays. */
  private static final Instant START = EscalationSamples.at("2026-09-28T09:00");

  /** A category no department is routed for: a lapse at the county office is supervised, not routed. */
  private static final Category ROADS = Category.of("roads");

  private static final List<Place> PLACES = EscalationSamples.places();
  private static final List<Category> CATEGORIES = List.of(LAND_CATEGORY, PENSION_CATEGORY, ROADS);

  /** What a node does in one step. */
  enum Kind {
    COMMAND, REPORT, RETRY, SWEEP, RELAY, MONITOR
  }

  private final TestDatabase database;
  private final long seed;
  private final int steps;
  private final SplittableRandom random;
  /** How often faults strike in this run: 0.5 to 1.5 times the base rates. */
  private final double intensity;
  /** How often, at a statement, the other node runs first: 1% to 8%. */
  private final double interleaving;
  /** The largest clock skew of a node in this run: 15 minutes, or in one run of four 3 hours. */
  private final Duration maxSkew;
  private final Node[] nodes;
  private final JdbcRequestRepository observer;
  private final List<String> trace = new ArrayList<>();
  /** The steps in progress, outermost first: at most one per node. */
  private final Deque<Running> running = new ArrayDeque<>();
  private Instant now = START;
  private SweepResult lastSweep;
  private boolean chaos = true;
  private int step;

  // What the clients know.
  private int requestCount;
  private int commandCount;
  private final List<RequestId> reportedIds = new ArrayList<>();
  private final Map<CommandId, Attempts> attempts = new LinkedHashMap<>();
  private final List<RequestCommand> inDoubt = new ArrayList<>();
  private final List<SeenChange> seenChanges = new ArrayList<>();
  private final List<OutgoingEvent> delivered = new ArrayList<>();
  private final Map<String, Integer> tally = new LinkedHashMap<>();

  /** A step in progress on a node, and the command it runs (null for a sweep or a delivery). */
  private record Running(Node node, Kind kind, RequestCommand command) {}

  /** The answers given to the attempts of one command. */
  private static final class Attempts {
    final RequestCommand command;
    final List<String> answers = new ArrayList<>();
    int applied;
    int duplicate;
    int notApplied;

    Attempts(RequestCommand command) {
      this.command = command;
    }

    boolean answered() {
      return applied + duplicate + notApplied > 0;
    }
  }

  /** A change the clients were told of: a command's applied outcome, or the events of a sweep. */
  private record SeenChange(RequestId request, long version, List<RequestEvent> events, List<HistoryEntry> history) {}

  /** An engine node: its skewed clock, its pool and the engine wired on it; a restart replaces all but the clock. */
  final class Node {
    final String name;
    final MutableClock clock = MutableClock.of(START, EscalationSamples.ZONE);
    Duration skew = Duration.ZERO;
    HikariDataSource pool;
    ChaosDataSource source;
    Engines.Node engine;
    int deaths;

    Node(String name) {
      this.name = name;
    }

    void start() {
      pool = database.newPool("grid-sim-" + name, 3, lockTimeout(database.dialect()));
      source = new ChaosDataSource(pool, (point, sql) -> decide(this, point, sql));
      engine = Engines.node(source, clock);
    }

    void restart() {
      deaths++;
      pool.close();
      start();
    }

    Instant tick() {
      clock.setInstant(now.plus(skew));
      return clock.instant();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Prepares a run on a migrated database, which it empties and fills with the sample calendar, routes,
   * appointments and places.
   *
   * @param database the database
   * @param seed the seed of every decision
   * @param steps how many outer steps to take
   */
  EngineSimulation(TestDatabase database, long seed, int steps) {
    this.database = database;
    this.seed = seed;
    this.steps = steps;
    this.random = new SplittableRandom(seed);
    this.intensity = 0.5 + random.nextDouble();
    this.interleaving = 0.01 + 0.07 * random.nextDouble();
    this.maxSkew = random.nextInt(4) == 0 ? Duration.ofHours(3) : Duration.ofMinutes(15);
    database.deleteAll(TestDatabase.ESCALATION_TABLES);
    Engines.seed(database.dataSource());
    new JdbcRoutingTable(database.dataSource()).put(COUNTY, PENSION_CATEGORY, SOCIAL);
    this.observer = new JdbcRequestRepository(database.dataSource());
    this.nodes = new Node[] {new Node("A"), new Node("B")};
    for (Node node : nodes) {
      node.skew = skew();
      node.start();
    }
  }

  /** The session setting that makes a node's lock waits fail soon (see the class comment). */
  static String lockTimeout(Dialect dialect) {
    return switch (dialect) {
      case H2 -> "SET LOCK_TIMEOUT 20";
      case POSTGRESQL -> "SET lock_timeout = '20ms'";
      case MARIADB -> "SET SESSION innodb_lock_wait_timeout = 0";
    };
  }

  /** The trace of the run: one line per step, outcome and injected fault. */
  List<String> trace() {
    return trace;
  }

  /** How often each kind of thing happened, for the log. */
  Map<String, Integer> tally() {
    return tally;
  }

  /**
   * Runs the simulation and checks the invariants.
   *
   * @throws AssertionError naming the seed, when an invariant fails or the engine misbehaves
   */
  void run() {
    try {
      for (step = 1; step <= steps; step++) {
        advanceTime();
        outerStep();
      }
      long t0 = System.nanoTime();
      heal();
      count("ms heal", (int) ((System.nanoTime() - t0) / 1_000_000));
      t0 = System.nanoTime();
      checkInvariants();
      count("ms check", (int) ((System.nanoTime() - t0) / 1_000_000));
    } catch (Throwable failure) {
      List<String> tail = trace.subList(Math.max(0, trace.size() - 60), trace.size());
      throw new AssertionError("simulation seed " + seed + " on " + database + " failed at step " + step + ": "
          + failure + "\nrerun it with -D" + EngineSimulationSeeds.SEED_PROPERTY + "=" + seed
          + "\nthe whole trace is in " + writeTrace() + "; its last lines:\n  " + String.join("\n  ", tail), failure);
    } finally {
      for (Node node : nodes) {
        node.pool.close();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Steps

  private void advanceTime() {
    double r = random.nextDouble();
    long minutes = r < 0.7 ? random.nextLong(31) : r < 0.95 ? 60 + random.nextLong(7 * 60) : 24 * 60
        + random.nextLong(2 * 24 * 60);
    now = now.plus(Duration.ofMinutes(minutes)).plusMillis(random.nextLong(1000));
    if (random.nextDouble() < 0.05) {
      Node node = nodes[random.nextInt(2)];
      node.skew = skew();
      log(node + " clock skew " + node.skew);
    }
  }

  private Duration skew() {
    return Duration.ofSeconds(random.nextLong(-maxSkew.toSeconds(), maxSkew.toSeconds() + 1));
  }

  private void outerStep() {
    Node node = nodes[random.nextInt(2)];
    double r = random.nextDouble();
    if (r < 0.15 || reportedIds.isEmpty()) {
      runStep(node, Kind.REPORT, newReport());
    } else if (r < 0.50) {
      RequestCommand command = newCommand();
      if (command != null) {
        runStep(node, Kind.COMMAND, command);
      }
    } else if (r < 0.62) {
      if (!inDoubt.isEmpty()) {
        runStep(node, Kind.RETRY, inDoubt.get(random.nextInt(inDoubt.size())));
      }
    } else if (r < 0.84) {
      runStep(node, Kind.SWEEP, null);
    } else if (r < 0.94) {
      runStep(node, Kind.RELAY, null);
    } else {
      runStep(node, Kind.MONITOR, null);
    }
  }

  /** Runs one or two whole steps of the other node while {@code node} is in the middle of its step. */
  private void interleave(Node node) {
    Node other = node == nodes[0] ? nodes[1] : nodes[0];
    Running outer = running.peekFirst();
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      double r = random.nextDouble();
      if (r < 0.2 && outer.command() != null) {
        // The client gave up waiting and sends the same command to the other node while the first is still open.
        runStep(other, Kind.RETRY, outer.command());
      } else if (r < 0.5) {
        RequestCommand command = newCommand();
        if (command != null) {
          runStep(other, Kind.COMMAND, command);
        }
      } else if (r < 0.8) {
        runStep(other, Kind.SWEEP, null);
      } else if (r < 0.9) {
        runStep(other, Kind.RELAY, null);
      } else {
        runStep(other, Kind.MONITOR, null);
      }
    }
  }

  private void runStep(Node node, Kind kind, RequestCommand command) {
    String where = (running.isEmpty() ? "" : "  | ") + node + " ";
    if (!running.isEmpty()) {
      count(kind + " inside " + running.peekFirst().kind(), 1);
    }
    running.addLast(new Running(node, kind, command));
    Instant at = node.tick();
    long t0 = System.nanoTime();
    try {
      switch (kind) {
        case REPORT, COMMAND, RETRY -> {
          Attempts a = attempts.computeIfAbsent(command.commandId(), id -> new Attempts(command));
          CommandOutcome outcome;
          try {
            outcome = node.engine.engine().handle(command);
          } catch (RuntimeException | ChaosDataSource.NodeDied e) {
            a.answers.add(node + ": " + failure(e));
            if (!inDoubt.contains(command)) {
              inDoubt.add(command);
            }
            throw e;
          }
          answered(a, outcome);
          log(where + kind + " " + describe(command) + " -> " + describe(outcome));
        }
        case SWEEP -> {
          SweepResult result = node.engine.engine().processDue(at);
          lastSweep = result;
          Map<String, List<RequestEvent>> changes = new LinkedHashMap<>();
          for (RequestEvent event : result.events()) {
            changes.computeIfAbsent(event.requestId().value() + "/" + event.version(), k -> new ArrayList<>())
                .add(event);
          }
          changes.values().forEach(events -> seenChanges.add(
              new SeenChange(events.get(0).requestId(), events.get(0).version(), List.copyOf(events), null)));
          count("sweep changes", result.changed());
          count("sweep stale", result.skippedStale());
          log(where + "SWEEP at " + at + " -> changed " + result.changed() + ", stale " + result.skippedStale());
        }
        case MONITOR -> log(where + "MONITOR " + monitor(node, at));
        case RELAY -> {
          int limit = 1 + random.nextInt(20);
          int n = new OutboxRelay(node.source, Outbox.recording(delivered), Clock.systemUTC(),
              OutboxRelay.Settings.defaults().withBatchSize(limit)).relayOnce().delivered();
          log(where + "RELAY " + limit + " -> delivered " + n);
        }
      }
      count(kind + " answered", 1);
    } catch (ChaosDataSource.NodeDied died) {
      count(kind + " died", 1);
      log(where + kind + " -> node died; restarted");
      node.restart();
    } catch (JdbcAdapterException e) {
      if (e instanceof RowMappingException) {
        throw e;
      }
      count(kind + " failed", 1);
      log(where + kind + " -> " + failure(e));
    } finally {
      running.removeLast();
      count("ms " + kind + (running.isEmpty() ? "" : " nested"), (int) ((System.nanoTime() - t0) / 1_000_000));
    }
  }

  private void answered(Attempts a, CommandOutcome outcome) {
    a.answers.add(describe(outcome));
    if (outcome instanceof CommandOutcome.Applied applied) {
      a.applied++;
      seenChanges.add(new SeenChange(applied.requestId(), applied.request().version(), applied.events(),
          applied.request().history()));
    } else if (outcome instanceof CommandOutcome.Duplicate) {
      a.duplicate++;
    } else {
      if (outcome instanceof CommandOutcome.Refused refused && refused.reason() == RefusalReason.COMMAND_ID_REUSED) {
        throw new AssertionError("the retry of " + describe(a.command) + " was taken for another command: " + outcome);
      }
      a.notApplied++;
    }
    inDoubt.remove(a.command);
  }

  /**
   * Runs one of the monitoring queries on a node, as a supervisor's screen does, and checks what it answers: open
   * requests at a tier are open and there, overdue ones are due before the node's now, counts are not negative.
   */
  private String monitor(Node node, Instant at) {
    RequestService engine = node.engine.engine();
    switch (random.nextInt(4)) {
      case 0 -> {
        Tier tier = Tier.values()[random.nextInt(Tier.values().length)];
        List<Request> open = engine.openAt(tier, null);
        open.forEach(r -> check(r.state().isOpen() && r.tier() == tier, "openAt(%s) answered %s, %s at %s", tier,
            r.id(), r.state(), r.tier()));
        return "open at " + tier + ": " + open.size();
      }
      case 1 -> {
        List<Request> overdue = engine.overdue(at, 50);
        overdue.forEach(r -> check(r.nextDeadline().orElseThrow().isBefore(at), "overdue(%s) answered %s, due %s",
            at, r.id(), r.nextDeadline()));
        return "overdue: " + overdue.size();
      }
      case 2 -> {
        List<Request> due = engine.dueWithin(at, Duration.ofDays(1), 50);
        due.forEach(r -> check(!r.nextDeadline().orElseThrow().isBefore(at), "dueWithin(%s) answered %s, due %s",
            at, r.id(), r.nextDeadline()));
        return "due within a day: " + due.size();
      }
      default -> {
        Map<RequestState, Long> counts = engine.countsByState();
        counts.forEach((state, n) -> check(n > 0, "countsByState: %s %d", state, n));
        return "counts " + counts;
      }
    }
  }

  /** What the chaos of a node decides at a point (see {@link ChaosDataSource}). */
  private Fault decide(Node node, Point point, String sql) {
    if (!chaos) {
      return Fault.NONE;
    }
    if (running.size() == 1 && running.peekFirst().node() == node && point != Point.CONNECT
        && random.nextDouble() < interleaving) {
      interleave(node);
    }
    boolean sweeping = running.peekLast() != null && running.peekLast().kind() == Kind.SWEEP;
    double r = random.nextDouble() / intensity;
    Fault fault = switch (point) {
      case CONNECT -> r < 0.02 ? Fault.FAIL_BEFORE : r < 0.022 ? Fault.DIE : Fault.NONE;
      case STATEMENT -> r < 0.003 ? Fault.FAIL_BEFORE : r < 0.006 ? Fault.FAIL_AFTER : r < 0.009 ? Fault.KILL
          : r < 0.011 ? Fault.ABORT : r < (sweeping ? 0.015 : 0.012) ? Fault.DIE : Fault.NONE;
      case COMMIT -> r < 0.03 ? Fault.FAIL_BEFORE : r < 0.07 ? Fault.FAIL_AFTER : r < 0.09 ? Fault.KILL
          : r < (sweeping ? 0.11 : 0.095) ? Fault.DIE : Fault.NONE;
    };
    if (fault != Fault.NONE) {
      count(point + " " + fault, 1);
      log("    ! " + node + " " + point + " " + fault + (sql == null ? "" : " at " + abbreviate(sql)));
    }
    return fault;
  }

  // ---------------------------------------------------------------------------------------------------------
  // The clients' commands

  private RequestCommand newReport() {
    RequestId id = RequestId.of(String.format("R%03d", ++requestCount));
    reportedIds.add(id);
    MustAttendType mustAttend = random.nextDouble() < 0.2
        ? MustAttendType.values()[random.nextInt(MustAttendType.values().length)] : null;
    return new RequestCommand.Report(CommandId.of(id + "-report"), id, Actor.citizen(CITIZEN), CITIZEN,
        PLACES.get(random.nextInt(PLACES.size())), CATEGORIES.get(random.nextInt(CATEGORIES.size())),
        "request " + id, random.nextDouble() < 0.2 ? Urgency.URGENT : Urgency.NORMAL, mustAttend, null);
  }

  /** A command on a request as its client sees it now (a read through a healthy pool), or null if none exists. */
  private RequestCommand newCommand() {
    RequestId id = reportedIds.get(random.nextInt(reportedIds.size()));
    Optional<Request> seen = observer.findById(id);
    if (seen.isEmpty()) {
      return null;
    }
    Request r = seen.get();
    CommandId c = CommandId.of("c" + ++commandCount);
    long v = r.version();
    Actor.Staff holder = Actor.staff(EscalationSamples.staffId(r.holder()), EscalationSamples.roleOf(r.tier()),
        r.holder());
    Actor citizen = Actor.citizen(CITIZEN);
    String kind = random.nextDouble() < 0.6 ? naturalNext(r) : List.of("ROUTE", "ESCALATE", "RETURN", "SUSPEND",
        "RESUME", "WITHDRAW", "ON_SITE", "RECATEGORIZE", "CLOSE_AS_DUPLICATE", "RATE").get(random.nextInt(10));
    return switch (kind) {
      case "ACCEPT" -> new RequestCommand.Accept(c, id, v, holder, PersonId.of("handler-" + random.nextInt(3)));
      case "ROUTE" -> new RequestCommand.Route(c, id, v, holder,
          List.of(LAND, SOCIAL).get(random.nextInt(2)));
      case "ROUTE_BY_TABLE" -> new RequestCommand.Route(c, id, v, holder, null);
      case "ESCALATE" -> new RequestCommand.Escalate(c, id, v, holder, "beyond this tier");
      case "RETURN" -> new RequestCommand.Return(c, id, v, holder, "not ours");
      case "SUSPEND" -> new RequestCommand.Suspend(c, id, v, holder, "waiting for the survey");
      case "RESUME" -> new RequestCommand.Resume(c, id, v, holder);
      case "RESOLVE" -> new RequestCommand.Resolve(c, id, v, holder, "done");
      case "FEEDBACK" -> new RequestCommand.Feedback(c, id, v, holder, "told the household");
      case "RATE" -> new RequestCommand.Rate(c, id, v, citizen,
          List.of(Rating.SATISFIED, Rating.BASICALLY_SATISFIED, Rating.DISSATISFIED).get(random.nextInt(3)));
      case "WITHDRAW" -> new RequestCommand.Withdraw(c, id, v, citizen, "no longer needed");
      case "ON_SITE" -> new RequestCommand.OnSite(c, id, v, holder);
      case "RECATEGORIZE" -> new RequestCommand.Recategorize(c, id, v, holder,
          CATEGORIES.get(random.nextInt(CATEGORIES.size())), "reported under another category");
      case "CLOSE_AS_DUPLICATE" -> new RequestCommand.CloseAsDuplicate(c, id, v, holder,
          reportedIds.get(random.nextInt(reportedIds.size())), "reported twice");
      default -> throw new IllegalStateException(kind);
    };
  }

  /** The command that moves a request along its main path, so that runs reach the later states. */
  private String naturalNext(Request r) {
    return switch (r.state()) {
      case REPORTED -> r.tier() == Tier.COUNTY_OFFICE ? "ROUTE_BY_TABLE" : "ACCEPT";
      case ACCEPTED -> random.nextDouble() < 0.8 ? "RESOLVE" : "SUSPEND";
      case SUSPENDED -> "RESUME";
      case RESOLVED -> "FEEDBACK";
      case FEEDBACK_GIVEN -> "RATE";
      case CLOSED, WITHDRAWN, DUPLICATE -> "WITHDRAW";
    };
  }

  // ---------------------------------------------------------------------------------------------------------
  // The end of a run

  /**
   * Stops the faults, answers every command in doubt, sweeps once more on each node (the second sweep at the same
   * instant must change nothing, and nothing may be left due: no request is stuck behind a claim or unreadable),
   * and drains the outbox.
   */
  private void heal() {
    chaos = false;
    log("heal: " + inDoubt.size() + " commands in doubt");
    while (!inDoubt.isEmpty()) {
      RequestCommand command = inDoubt.get(0);
      runStep(nodes[random.nextInt(2)], Kind.RETRY, command);
      if (inDoubt.contains(command)) {
        throw new AssertionError("without faults, the retry of " + describe(command) + " still fails: "
            + attempts.get(command.commandId()).answers);
      }
    }
    Node ahead = nodes[0].skew.compareTo(nodes[1].skew) >= 0 ? nodes[0] : nodes[1];
    Node behind = ahead == nodes[0] ? nodes[1] : nodes[0];
    Instant end = ahead.tick();
    for (Node node : List.of(ahead, behind)) {
      node.skew = ahead.skew;
      lastSweep = null;
      runStep(node, Kind.SWEEP, null);
    }
    check(lastSweep != null && lastSweep.changed() == 0 && lastSweep.skippedStale() == 0,
        "a second sweep at %s changed something: %s", end, lastSweep);
    check(observer.findDueBefore(end, 1).isEmpty(), "a request is still due before %s after two sweeps: %s", end,
        observer.findDueBefore(end, 1));
    // Claims of relays that died are released at once: the lease of the drain's clock is over.
    new OutboxRelay(database.dataSource(), Outbox.recording(delivered), Clock.offset(Clock.systemUTC(),
        OutboxRelay.Settings.defaults().lease().multipliedBy(2)), OutboxRelay.Settings.defaults()).drain();
  }

  /**
   * Checks what the database holds against what the clients were told:
   *
   * <ul>
   *   <li>no request is lost or doubled: every report a client saw applied (or, retried, a duplicate) is stored
   *       once, and nothing else is;
   *   <li>each command is applied at most once: no two attempts of one command id were both answered "applied", an
   *       answered command is stored exactly when some attempt said applied or duplicate;
   *   <li>every change is stored once: each request's versions run 1, 2, ... without gaps, one per applied
   *       command or sweep change, and every history entry has exactly one outbox event of the same version, kind
   *       and instant (delivered at least once, each delivery the same, in version order);
   *   <li>what a client was told applied is what is stored: its events are the outbox's for that version, its
   *       history is the stored history's beginning.
   * </ul>
   */
  private void checkInvariants() {
    Set<String> storedIds = new LinkedHashSet<>(strings("SELECT id FROM grid_request ORDER BY id"));
    for (String id : storedIds) {
      check(reportedIds.contains(RequestId.of(id)), "request %s is stored, but no client reported it", id);
    }
    // Commands: at most once, and stored exactly when a client was told so.
    for (Attempts a : attempts.values()) {
      RequestCommand c = a.command;
      check(a.answered(), "%s was never answered: %s", describe(c), a.answers);
      check(a.applied <= 1, "%s was applied %d times: %s", describe(c), a.applied, a.answers);
      long stored = longValue("SELECT COUNT(*) FROM grid_request_command WHERE request_id = ? AND command_id = ?",
          c.requestId().value(), c.commandId().value());
      boolean applied = a.applied + a.duplicate > 0;
      check(stored == (applied ? 1 : 0), "%s is stored %d times, but its attempts were answered %s",
          describe(c), stored, a.answers);
      if (c instanceof RequestCommand.Report) {
        check(storedIds.contains(c.requestId().value()) == applied, "report %s: stored %s, answers %s",
            c.requestId(), storedIds.contains(c.requestId().value()), a.answers);
      }
    }
    // Deliveries: each event id always the same event, first deliveries of a request in version order.
    Map<String, DeliveredEvent> byEventId = new LinkedHashMap<>();
    Map<String, List<String>> firstDeliveries = new LinkedHashMap<>();
    for (OutgoingEvent e : delivered) {
      DeliveredEvent event = DeliveredEvent.of(e);
      DeliveredEvent before = byEventId.putIfAbsent(e.id(), event);
      if (before == null) {
        firstDeliveries.computeIfAbsent(event.requestId(), k -> new ArrayList<>()).add(e.id());
      } else {
        check(before.equals(event), "event %s was delivered as %s and again as %s", e.id(), before, event);
      }
    }
    Set<String> delivering = new LinkedHashSet<>();
    byEventId.values().forEach(event -> delivering.add(event.requestId()));
    for (String id : delivering) {
      check(storedIds.contains(id), "events of %s were delivered, but it is not stored", id);
    }
    firstDeliveries.forEach((id, eventIds) -> {
      List<String> sorted = new ArrayList<>(eventIds);
      sorted.sort(Comparator.comparing(EngineSimulation::eventOrder));
      check(sorted.equals(eventIds), "the events of %s were delivered out of order: %s", id, eventIds);
    });
    // Each request: versions, history and events.
    for (String stored : storedIds) {
      RequestId id = RequestId.of(stored);
      Request r = observer.findById(id).orElseThrow();
      List<String> eventIds = new ArrayList<>();
      byEventId.keySet().stream().filter(k -> k.startsWith("request/" + stored + "/")).forEach(eventIds::add);
      eventIds.sort(Comparator.comparing(EngineSimulation::eventOrder));
      List<DeliveredEvent> events = eventIds.stream().map(byEventId::get).toList();
      List<HistoryEntry> history = r.history();
      check(events.size() == history.size(), "%s has %d history entries but %d events: %s", id, history.size(),
          events.size(), eventIds);
      long version = 0;
      int position = 0;
      int commandChanges = 0;
      for (int i = 0; i < events.size(); i++) {
        DeliveredEvent event = events.get(i);
        HistoryEntry entry = history.get(i);
        if (event.version() != version) {
          check(event.version() == version + 1, "%s: after version %d comes event %s", id, version, eventIds.get(i));
          version = event.version();
          position = 0;
          if (!(entry.actor() instanceof Actor.SystemActor)) {
            commandChanges++;
          }
        } else {
          check(entry.actor().equals(history.get(i - 1).actor()), "%s: version %d mixes the actors %s and %s",
              id, version, history.get(i - 1).actor(), entry.actor());
          check(event.at().equals(events.get(i - 1).at()), "%s: version %d has events at two instants", id, version);
        }
        check(eventIds.get(i).equals("request/" + stored + "/" + version + "/" + position),
            "%s: event %s where request/%s/%d/%d was due",
            id, eventIds.get(i), stored, version, position);
        position++;
        check(event.at().equals(entry.at()), "%s: history entry %d (%s) at %s, its event %s at %s", id, i,
            entry.kind(), entry.at(), eventIds.get(i), event.at());
        check(kindOf(event.type()).contains(entry.kind()), "%s: history entry %d is %s, its event %s is %s", id, i,
            entry.kind(), eventIds.get(i), event.type());
      }
      check(version == r.version(), "%s is at version %d, its events reach version %d", id, r.version(), version);
      check(commandChanges == r.appliedCommands().size(), "%s: %d changes by commands, %d command ids stored", id,
          commandChanges, r.appliedCommands().size());
      Map<Long, List<String>> byVersion = new LinkedHashMap<>();
      events.forEach(e -> byVersion.computeIfAbsent(e.version(), k -> new ArrayList<>()).add(e.json()));
      for (SeenChange change : seenChanges) {
        if (!change.request().equals(id)) {
          continue;
        }
        List<String> told = Outbox.encodedCall(change.events()).stream().map(OutgoingEvent::json).toList();
        check(told.equals(byVersion.get(change.version())),
            "%s version %d: a client was told of the events %s, the outbox holds %s", id, change.version(),
            change.events(), byVersion.get(change.version()));
        if (change.history() != null) {
          check(history.size() >= change.history().size()
                  && history.subList(0, change.history().size()).equals(change.history()),
              "%s version %d: the stored history does not begin with the one a client was told of", id,
              change.version());
        }
      }
    }
    count("requests", storedIds.size());
  }

  private static String eventOrder(String eventId) {
    String[] parts = eventId.split("/");
    return String.format("%s/%09d/%04d", parts[1], Long.parseLong(parts[2]), Integer.parseInt(parts[3]));
  }

  /** A delivered event as the checks read it: from its id and attributes, and its whole JSON. */
  private record DeliveredEvent(String requestId, long version, Instant at, String type, String json) {
    static DeliveredEvent of(OutgoingEvent e) {
      String[] parts = e.id().split("/");
      return new DeliveredEvent(e.subject(), Long.parseLong(parts[2]), e.time(), e.type(), e.json());
    }
  }

  /** The history kinds each kind of event records. */
  private static final Map<Class<?>, Set<TransitionKind>> RECORDS = Map.ofEntries(
      Map.entry(RequestEvent.RequestReported.class, Set.of(TransitionKind.REPORTED)),
      Map.entry(RequestEvent.RequestAccepted.class, Set.of(TransitionKind.ACCEPTED)),
      Map.entry(RequestEvent.RequestRouted.class, Set.of(TransitionKind.ROUTED)),
      Map.entry(RequestEvent.RequestEscalated.class, Set.of(TransitionKind.ESCALATED, TransitionKind.AUTO_ESCALATED)),
      Map.entry(RequestEvent.ReminderIssued.class, Set.of(TransitionKind.REMINDED)),
      Map.entry(RequestEvent.SupervisionAlerted.class, Set.of(TransitionKind.SUPERVISED)),
      Map.entry(RequestEvent.RequestReturned.class, Set.of(TransitionKind.RETURNED)),
      Map.entry(RequestEvent.RequestSuspended.class, Set.of(TransitionKind.SUSPENDED)),
      Map.entry(RequestEvent.RequestResumed.class, Set.of(TransitionKind.RESUMED)),
      Map.entry(RequestEvent.RequestResolved.class, Set.of(TransitionKind.RESOLVED)),
      Map.entry(RequestEvent.FeedbackDelivered.class, Set.of(TransitionKind.FEEDBACK_DELIVERED)),
      Map.entry(RequestEvent.RequestRated.class, Set.of(TransitionKind.RATED)),
      Map.entry(RequestEvent.RequestReopened.class, Set.of(TransitionKind.REOPENED)),
      Map.entry(RequestEvent.RequestClosed.class, Set.of(TransitionKind.CLOSED)),
      Map.entry(RequestEvent.RequestWithdrawn.class, Set.of(TransitionKind.WITHDRAWN)),
      Map.entry(RequestEvent.OnSiteArrived.class,
          Set.of(TransitionKind.ON_SITE_ARRIVED, TransitionKind.ON_SITE_ARRIVED_LATE)),
      Map.entry(RequestEvent.OnSiteLapsed.class, Set.of(TransitionKind.ON_SITE_LAPSED)),
      Map.entry(RequestEvent.RequestRecategorized.class, Set.of(TransitionKind.RECATEGORIZED)),
      Map.entry(RequestEvent.RequestClosedAsDuplicate.class, Set.of(TransitionKind.CLOSED_AS_DUPLICATE)));

  /** The history kinds an event records. */
  private static Set<TransitionKind> kindOf(String type) {
    Set<TransitionKind> kinds = null;
    for (Map.Entry<Class<?>, String> known : RequestCloudEvents.types().entrySet()) {
      if (known.getValue().equals(type)) {
        kinds = RECORDS.get(known.getKey());
      }
    }
    if (kinds == null) {
      throw new AssertionError("the simulation does not know the event " + type);
    }
    return kinds;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers

  private static void check(boolean condition, String message, Object... args) {
    if (!condition) {
      throw new AssertionError(String.format(message, args));
    }
  }

  /** Writes the whole trace to {@code target/simulation/<database>-seed-<seed>.trace}; returns where. */
  private Path writeTrace() {
    Path file = Path.of("target", "simulation", database + "-seed-" + seed + ".trace");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, trace);
    } catch (IOException e) {
      return Path.of("(not written: " + e.getMessage() + ")");
    }
    return file;
  }

  private void log(String line) {
    trace.add(step + " " + line);
  }

  private void count(String what, int n) {
    if (n != 0) {
      tally.merge(what, n, Integer::sum);
    }
  }

  private static String failure(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return e.getClass().getSimpleName() + (root == e ? "" : " (" + root.getClass().getSimpleName() + ")");
  }

  private static String abbreviate(String sql) {
    String oneLine = sql.replaceAll("\\s+", " ");
    return oneLine.length() <= 50 ? oneLine : oneLine.substring(0, 50) + "...";
  }

  private static String describe(RequestCommand c) {
    String kind = c.getClass().getSimpleName();
    return c instanceof RequestCommand.Change change
        ? kind + " " + c.commandId() + " of " + c.requestId() + "@" + change.expectedVersion()
        : kind + " " + c.commandId() + " of " + c.requestId();
  }

  private static String describe(CommandOutcome outcome) {
    if (outcome instanceof CommandOutcome.Applied a) {
      return "applied, version " + a.request().version() + " " + a.request().state();
    } else if (outcome instanceof CommandOutcome.Refused r) {
      return "refused " + r.reason();
    } else if (outcome instanceof CommandOutcome.StaleVersion s) {
      return "stale (" + s.expected() + ", is " + s.actual() + ")";
    }
    return "duplicate";
  }

  private List<String> strings(String sql) {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private long longValue(String sql, String... parameters) {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
