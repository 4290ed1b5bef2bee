package org.grid.adapters.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A primary and a synchronous streaming standby (主备同步复制) of PostgreSQL on this machine, made with
 * PostgreSQL's own tools for one test and removed by {@link #close()}: {@code initdb} makes the primary
 * ({@code wal_level=replica}, {@code synchronous_standby_names='*'}, replication allowed from 127.0.0.1),
 * {@code pg_basebackup -R} copies it into the standby, each runs on a free port of 127.0.0.1 in a temporary
 * directory. {@link #killPrimary()} stops the primary as a crash would ({@code pg_ctl stop -m immediate}: no
 * checkpoint, no goodbye to clients) and {@link #promote()} makes the standby the primary.
 *
 * <p>The binaries are those of the directory named by {@value #BIN}, for example {@code
 * /usr/lib/postgresql/15/bin}. PostgreSQL refuses to run as root, so as root the servers run as the user {@code
 * postgres} through {@code runuser}. A test is skipped (a JUnit assumption, with the reason) when the variable is
 * unset, the binaries are missing, or it runs as root without {@code runuser} or a {@code postgres} user.
 */
public final class ReplicatedPostgres implements AutoCloseable {

  /** The environment variable naming the directory of PostgreSQL's binaries ({@code initdb}, {@code pg_ctl}, ...). */
  public static final String BIN = "GRID_TEST_PG_BIN";

  private static final String RUNUSER = "/usr/sbin/runuser";
  private static final String OS_USER = "postgres";
  private static final long COMMAND_SECONDS = 120;

  private final Path bin;
  private final boolean asPostgres;
  private final Path directory;
  private final Path primary;
  private final Path standby;
  private final int primaryPort;
  private final int standbyPort;
  private final List<Path> started = new ArrayList<>();

  private ReplicatedPostgres(Path bin, boolean asPostgres, Path directory, int primaryPort, int standbyPort) {
    this.bin = bin;
    this.asPostgres = asPostgres;
    this.directory = directory;
    this.primary = directory.resolve("primary");
    this.standby = directory.resolve("standby");
    this.primaryPort = primaryPort;
    this.standbyPort = standbyPort;
  }

  /**
   * Makes and starts the primary and the standby, and waits until the standby streams synchronously.
   *
   * @return the running pair; close it
   */
  public static ReplicatedPostgres start() {
    String configured = System.getenv(BIN);
    Assumptions.assumeTrue(configured != null && !configured.isBlank(), BIN + " is not set: skipped");
    Path bin = Path.of(configured);
    for (String tool : List.of("initdb", "pg_ctl", "pg_basebackup", "postgres")) {
      Assumptions.assumeTrue(Files.isExecutable(bin.resolve(tool)),
          BIN + "=" + configured + " has no executable " + tool + ": skipped");
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      Assumptions.assumeTrue(Files.isExecutable(Path.of(RUNUSER)),
          "running as root, PostgreSQL must run as user postgres, but " + RUNUSER + " is missing: skipped");
      Assumptions.assumeTrue(userExists(OS_USER),
          "running as root, PostgreSQL must run as user postgres, which does not exist: skipped");
    }
    ReplicatedPostgres pair;
    try {
      Path directory = Files.createTempDirectory("grid-failover-");
      pair = new ReplicatedPostgres(bin, root, directory, freePort(), freePort());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the clusters' directory", e);
    }
    try {
      pair.setUp();
      return pair;
    } catch (RuntimeException | Error e) {
      pair.close();
      throw e;
    }
  }

  private void setUp() {
    if (asPostgres) {
      run(List.of("chown", OS_USER, directory.toString()), false);
    }
    run(List.of(tool("initdb"), "-D", primary.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
        "--locale=C"), true);
    append(primary.resolve("postgresql.conf"), String.join("\n",
        "",
        "# grid's failover test",
        "listen_addresses = '127.0.0.1'",
        "port = " + primaryPort,
        "unix_socket_directories = '" + directory + "'",
        "wal_level = replica",
        "max_wal_senders = 4",
        "synchronous_standby_names = '*'",
        "synchronous_commit = on",
        "max_connections = 50",
        "shared_buffers = 32MB",
        ""));
    append(primary.resolve("pg_hba.conf"), "\nhost replication postgres 127.0.0.1/32 trust\n");
    startCluster(primary);
    run(List.of(tool("pg_basebackup"), "-h", "127.0.0.1", "-p", String.valueOf(primaryPort), "-U", "postgres",
        "-D", standby.toString(), "-R", "-X", "stream", "-c", "fast"), true);
    // The copy has the primary's settings: the standby listens elsewhere, and once promoted it has no standby of
    // its own to wait for (a '*' left there would make every commit on it wait forever).
    append(standby.resolve("postgresql.auto.conf"), String.join("\n",
        "",
        "port = " + standbyPort,
        "cluster_name = 'grid_standby'",
        "synchronous_standby_names = ''",
        ""));
    startCluster(standby);
    awaitSynchronousStandby();
  }

  /**
   * Returns the JDBC URL of both servers that connects to whichever is the primary.
   *
   * @return {@code jdbc:postgresql://127.0.0.1:p1,127.0.0.1:p2/postgres?...&targetServerType=primary}
   */
  public String multiHostUrl() {
    // hostRecheckSeconds: the driver remembers for that long that a host was a standby; after a promotion a node
    // should not wait the default 10 s to find the new primary.
    return "jdbc:postgresql://127.0.0.1:" + primaryPort + ",127.0.0.1:" + standbyPort
        + "/postgres?user=postgres&targetServerType=primary&hostRecheckSeconds=1&connectTimeout=2&loginTimeout=5"
        + "&socketTimeout=60";
  }

  /**
   * Returns the JDBC URL of the primary as first made (before the promotion).
   *
   * @return the URL
   */
  public String primaryUrl() {
    return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/postgres?user=postgres";
  }

  /**
   * Returns the JDBC URL of the standby (the primary after {@link #promote()}).
   *
   * @return the URL
   */
  public String standbyUrl() {
    return "jdbc:postgresql://127.0.0.1:" + standbyPort + "/postgres?user=postgres";
  }

  /** Stops the primary as a crash would: {@code pg_ctl stop -m immediate}. */
  public void killPrimary() {
    run(List.of(tool("pg_ctl"), "-D", primary.toString(), "stop", "-m", "immediate"), true);
    started.remove(primary);
  }

  /** Promotes the standby to primary and waits until it accepts writes ({@code pg_ctl promote -w}). */
  public void promote() {
    run(List.of(tool("pg_ctl"), "-D", standby.toString(), "promote", "-w", "-t", "60"), true);
  }

  /** Stops whatever still runs and deletes the clusters' directory. */
  @Override
  public void close() {
    for (Path cluster : List.copyOf(started)) {
      try {
        run(List.of(tool("pg_ctl"), "-D", cluster.toString(), "stop", "-m", "immediate"), true);
      } catch (RuntimeException e) {
        // Already stopped; the directory goes anyway.
      }
    }
    started.clear();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + directory, e);
    }
  }

  @Override
  public String toString() {
    return "PostgreSQL primary :" + primaryPort + " with synchronous standby :" + standbyPort;
  }

  private void startCluster(Path cluster) {
    run(List.of(tool("pg_ctl"), "-D", cluster.toString(), "-l", cluster + ".log", "-w", "-t", "60", "start"), true);
    started.add(cluster);
  }

  private void awaitSynchronousStandby() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String state = "none";
    while (System.nanoTime() < deadline) {
      try (Connection connection = DriverManager.getConnection(primaryUrl());
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "SELECT state, sync_state FROM pg_stat_replication WHERE application_name = 'grid_standby'")) {
        if (rows.next()) {
          state = rows.getString(1) + "/" + rows.getString(2);
          if ("streaming/sync".equals(state)) {
            return;
          }
        }
      } catch (SQLException e) {
        state = e.getMessage();
      }
      sleep(200);
    }
    throw new IllegalStateException("the standby did not stream synchronously within 60 s (last seen: " + state
        + ")\n" + tail(standby + ".log"));
  }

  private String tool(String name) {
    return bin.resolve(name).toString();
  }

  private void run(List<String> command, boolean postgresUser) {
    List<String> full = new ArrayList<>();
    if (postgresUser && asPostgres) {
      full.addAll(List.of(RUNUSER, "-u", OS_USER, "--"));
    }
    full.addAll(command);
    try {
      Path output = Files.createTempFile("grid-pg-command-", ".log");
      try {
        Process process = new ProcessBuilder(full).directory(directory.toFile())
            .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException(String.join(" ", full) + " did not finish in " + COMMAND_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
          throw new IllegalStateException(String.join(" ", full) + " exited with " + process.exitValue() + ":\n"
              + Files.readString(output, StandardCharsets.UTF_8));
        }
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", full), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + String.join(" ", full), e);
    }
  }

  private void append(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
  }

  private static String tail(String file) {
    try {
      List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log " + file + ")";
    }
  }

  private static boolean userExists(String user) {
    try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"))) {
      return lines.anyMatch(line -> line.startsWith(user + ":"));
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
