package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.Assumptions;

/**
 * The RabbitMQ server the *IT tests run on: the one of {@code GRID_TEST_RABBITMQ_URI} (tests are skipped when it is
 * unset, so a machine without RabbitMQ still passes {@code ./mvnw verify}); the broker restart test also needs the
 * {@code rabbitmqctl} command of {@code GRID_TEST_RABBITMQCTL}. {@code .ci/run} sets both.
 */
final class TestBroker {

  /** The environment variable with the broker's AMQP URI, for example {@code amqp://guest:guest@127.0.0.1:5672}. */
  static final String URI = "GRID_TEST_RABBITMQ_URI";

  /** The environment variable with the command that controls the same broker, for example {@code rabbitmqctl}. */
  static final String CTL = "GRID_TEST_RABBITMQCTL";

  private TestBroker() {}

  /** Returns settings for the configured broker with short timeouts; skips the test when none is configured. */
  static RabbitMqSinkSettings settings() {
    String uri = System.getenv(URI);
    Assumptions.assumeTrue(uri != null && !uri.isBlank(), URI + " is not set: skipped");
    return RabbitMqSinkSettings.fromUri(uri)
        .withConfirmTimeout(Duration.ofSeconds(5))
        .withConnectionTimeout(Duration.ofSeconds(2))
        .withRecoveryInterval(Duration.ofMillis(500))
        .withConnectionName("grid-test-sink");
  }

  /** Returns an exchange name of its own for one test. */
  static String uniqueExchange(String what) {
    return "grid.test." + what + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Opens a plain connection (no recovery) to the broker of {@code settings}, for declaring and consuming. */
  static Connection connect(RabbitMqSinkSettings settings) throws IOException, TimeoutException {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(settings.host());
    factory.setPort(settings.port());
    factory.setVirtualHost(settings.virtualHost());
    factory.setUsername(settings.username());
    factory.setPassword(settings.password());
    factory.setAutomaticRecoveryEnabled(false);
    return factory.newConnection("grid-test-admin");
  }

  /** Runs {@code rabbitmqctl} with the arguments and checks it succeeded; skips the test when none is configured. */
  static void rabbitmqctl(String... arguments) throws IOException, InterruptedException {
    String ctl = System.getenv(CTL);
    Assumptions.assumeTrue(ctl != null && !ctl.isBlank(), CTL + " is not set: skipped");
    List<String> command = new ArrayList<>(List.of(ctl.split(" ")));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    assertThat(process.exitValue()).as("exit status of %s", command).isZero();
  }

  /**
   * Waits until at most {@code left} events are left to deliver (for at most 60 s), then stops and starts the broker's
   * application once, with {@code restarting} true meanwhile, so that a test's relay can go slowly while it restarts.
   *
   * @param stillLeft how many events are left to deliver
   * @param left the number left at which to restart
   * @param restarting set while the broker restarts
   */
  static void restartWhenLeft(LongSupplier stillLeft, long left, AtomicBoolean restarting) {
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (stillLeft.getAsLong() > left && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      restarting.set(true);
      try {
        rabbitmqctl("stop_app");
        Thread.sleep(1000);
      } finally {
        rabbitmqctl("start_app");
        rabbitmqctl("await_startup");
        restarting.set(false);
      }
    } catch (Exception e) {
      throw new IllegalStateException("restarting the broker failed", e);
    }
  }

  /** Runs {@code rabbitmqctl} with the arguments, checks it succeeded and returns its output, trimmed. */
  static String rabbitmqctlOutput(String... arguments) throws IOException, InterruptedException {
    String ctl = System.getenv(CTL);
    Assumptions.assumeTrue(ctl != null && !ctl.isBlank(), CTL + " is not set: skipped");
    List<String> command = new ArrayList<>(List.of(ctl.split(" ")));
    command.add("-q");
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    assertThat(process.exitValue()).as("exit status of %s", command).isZero();
    return output.trim();
  }

  /** Returns a small CloudEvent of aggregate {@code aggregate}, number {@code sequence}, of the county given. */
  static OutgoingEvent event(String run, String county, int aggregate, int sequence) {
    String subject = "R-" + run + "-" + aggregate;
    String id = run + "-" + aggregate + "-" + sequence;
    String type = "org.grid.request.reported.v1";
    Instant time = Instant.parse("2026-03-02T01:30:00Z").plusSeconds(sequence);
    String source = "/counties/" + county + "/townships/T01";
    String json = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"source\":\"" + source
        + "\",\"subject\":\"" + subject + "\",\"time\":\"" + time + "\",\"datacontenttype\":\"application/json\","
        + "\"data\":{\"sequence\":" + sequence + ",\"category\":\"土地纠纷\",\"tier\":\"VILLAGE_GRID\"}}";
    return new OutgoingEvent(id, type, source, subject, county, subject, time, json);
  }
}
