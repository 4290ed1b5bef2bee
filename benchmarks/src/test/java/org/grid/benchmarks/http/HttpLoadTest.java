package org.grid.benchmarks.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load generator's counting, against a stub of the example application that keeps the true counts. */
class HttpLoadTest {

  @Test
  void countsClosedLifecyclesRefusalsAndOpenRequestsAsTheApplicationSawThem() throws Exception {
    try (StubApplication stub = new StubApplication(3, 5)) {
      HttpLoad.Options options = HttpLoad.Options.parse("--url", stub.url() + "/", "--clients", "3", "--warmup", "0",
          "--duration", "1");
      Scenario scenario = Scenario.discover(options.url(), "citizen", "grid", "demo");

      LoadResult result = HttpLoad.measure(scenario, options);

      assertThat(stub.bad).as("requests the stub found malformed").hasValue(0);
      assertThat(stub.formSignIns).as("one sign-in per user and client").hasValue(6);
      assertThat(stub.basicSignIns).as("HTTP Basic only to read the scenario").hasValue(3);
      assertThat(stub.refusedAccepts.get()).isPositive();
      assertThat(stub.openAfterRate.get()).isPositive();
      assertThat(result.completed()).isEqualTo(stub.closed.get()).isPositive();
      assertThat(result.errors()).isEqualTo(Map.of(
          "accept 409 WRONG_STATE", (long) stub.refusedAccepts.get(),
          "rate 200 state FEEDBACK_GIVEN", (long) stub.openAfterRate.get()));
      assertThat(result.warmupErrors()).isZero();
      assertThat(result.failed()).isEqualTo(result.errorCount());
      assertThat(result.completed() + result.failed()).isEqualTo(stub.reports.get());
      assertThat(result.byStep().get(Step.REPORT).count()).isEqualTo(stub.reports.get());
      assertThat(result.byStep().get(Step.ACCEPT).count()).isEqualTo(stub.reports.get());
      assertThat(result.byStep().get(Step.RESOLVE).count()).isEqualTo(stub.reports.get() - stub.refusedAccepts.get());
      assertThat(result.byStep().get(Step.RATE).count())
          .isEqualTo(stub.closed.get() + stub.openAfterRate.get());
      assertThat(result.overall().count()).isEqualTo(
          result.byStep().values().stream().mapToInt(Latencies::count).sum());
      assertThat(result.seconds()).isGreaterThanOrEqualTo(1.0);
      assertThat(result.lifecyclesPerSecond()).isEqualTo(result.completed() / result.seconds());
    }
  }

  @Test
  void leavesTheWarmUpUncountedAndSignsEveryCallWithoutSessions() throws Exception {
    try (StubApplication stub = new StubApplication(1_000_000, 1_000_000)) {
      HttpLoad.Options options = HttpLoad.Options.parse("--url", stub.url(), "--clients", "2", "--warmup", "1",
          "--duration", "1", "--no-sessions");
      Scenario scenario = Scenario.discover(options.url(), "citizen", "grid", "demo");
      int discovery = stub.basicSignIns.get();

      LoadResult result = HttpLoad.measure(scenario, options);

      assertThat(stub.bad).hasValue(0);
      assertThat(stub.formSignIns).hasValue(0);
      assertThat(stub.basicSignIns.get() - discovery).isEqualTo(5 * stub.reports.get());
      assertThat(result.errors()).isEmpty();
      assertThat(result.completed()).isPositive().isLessThan(stub.closed.get());
      assertThat(result.byStep().get(Step.REPORT).count()).isEqualTo(result.completed());
    }
  }

  @Test
  void countsErrorsInTheWarmUpApartAndExitsOneForThem() throws Exception {
    try (StubApplication stub = new StubApplication(4, 1_000_000)) {
      HttpLoad.Options options = HttpLoad.Options.parse("--url", stub.url(), "--clients", "1", "--warmup", "1",
          "--duration", "1");
      Scenario scenario = Scenario.discover(options.url(), "citizen", "grid", "demo");

      LoadResult result = HttpLoad.measure(scenario, options);

      assertThat(result.warmupErrors() + result.failed()).isEqualTo(stub.refusedAccepts.get());
      assertThat(result.warmupErrors()).isPositive();
      assertThat(result.errorCount()).isEqualTo(stub.refusedAccepts.get());
      assertThat(result.table()).contains("errors in the warm-up: " + result.warmupErrors());
    }
  }

  @Test
  void writesTheTableAndTheJsonAndExitsOneWhenRequestsFailed(@TempDir Path dir) throws Exception {
    try (StubApplication stub = new StubApplication(2, 1_000_000)) {
      Path json = dir.resolve("out/http-load.json");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int status = HttpLoad.run(new String[] {"--url", stub.url(), "--clients", "1", "--warmup", "0",
          "--duration", "1", "--json", json.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

      assertThat(status).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
      String table = out.toString(StandardCharsets.UTF_8);
      assertThat(table).contains("lifecycles closed", "p99 ms", "accept 409 WRONG_STATE");
      JsonNode written = new ObjectMapper().readTree(Files.readString(json));
      assertThat(written.path("completed").asLong()).isEqualTo(stub.closed.get());
      assertThat(written.path("failed").asLong()).isEqualTo(stub.refusedAccepts.get());
      assertThat(written.path("warmupErrors").asLong()).isZero();
      assertThat(written.path("errors").path("accept 409 WRONG_STATE").asLong()).isEqualTo(stub.refusedAccepts.get());
      assertThat(written.path("latencies").path("all").path("count").asInt())
          .isEqualTo(stub.reports.get() * 2 + stub.closed.get() * 3);
      assertThat(written.path("latencies").path("rate").path("p99Ms").isNumber()).isTrue();
    }
  }

  @Test
  void refusesBadArgumentsNamingThemAndAnApplicationItCannotRead() throws Exception {
    assertThatThrownBy(() -> HttpLoad.Options.parse("--clients", "0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--clients must be at least 1, was 0");
    assertThatThrownBy(() -> HttpLoad.Options.parse("--duration", "ten"))
        .hasMessage("--duration must be a whole number, was 'ten'");
    assertThatThrownBy(() -> HttpLoad.Options.parse("--url")).hasMessage("--url needs a value");
    assertThatThrownBy(() -> HttpLoad.Options.parse("--threads", "4")).hasMessage("unknown argument --threads");
    assertThatThrownBy(() -> HttpLoad.Options.parse("--url", "ftp://host")).hasMessageContaining("--url");
    try (StubApplication stub = new StubApplication(2, 2)) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = HttpLoad.run(new String[] {"--url", stub.url(), "--password", "wrong"},
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(status).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("GET /console/api/me as grid: status 401");
    }
  }

  @Test
  void readsPercentilesByNearestRank() {
    Latencies latencies = new Latencies();
    assertThat(latencies.percentileMillis(99)).isNaN();
    for (int ms = 2_000; ms >= 1; ms--) {
      latencies.add(ms * 1_000_000L);
    }
    assertThat(latencies.count()).isEqualTo(2_000);
    assertThat(latencies.percentileMillis(50)).isEqualTo(1_000.0);
    assertThat(latencies.percentileMillis(90)).isEqualTo(1_800.0);
    assertThat(latencies.percentileMillis(99)).isEqualTo(1_980.0);
    assertThat(latencies.percentileMillis(100)).isEqualTo(2_000.0);
    assertThat(latencies.meanMillis()).isEqualTo(1_000.5);
    assertThatThrownBy(() -> latencies.percentileMillis(0)).hasMessageContaining("percent");
    assertThatThrownBy(() -> latencies.add(-1)).hasMessageContaining("elapsedNanos");
  }
}
