package org.grid.benchmarks.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a measured load run (负载测试结果): the lifecycles that closed and those that failed, the errors by
 * step, status and reason, and the latencies per step and over all requests. Written as a text table and as JSON.
 *
 * @param clients how many clients ran at once
 * @param seconds the measured time, in seconds, from the end of the warm-up to the last client's last answer
 * @param completed the lifecycles begun in the measured time that closed (every step as it should)
 * @param failed the lifecycles begun in the measured time that ended with an error
 * @param errors the errors by step, status and reason, e.g. {@code accept 409 WRONG_STATE}
 * @param warmupErrors the errors in the warm-up (not in {@code errors})
 * @param byStep the latencies of the measured lifecycles' requests, by step
 */
public record LoadResult(int clients, double seconds, long completed, long failed, Map<String, Long> errors,
    long warmupErrors, Map<Step, Latencies> byStep) {

  private static final double[] PERCENTILES = {50, 90, 99, 100};

  /**
   * Copies the maps: the errors sorted by name, the latencies in the steps' order.
   */
  public LoadResult {
    errors = Collections.unmodifiableMap(new TreeMap<>(errors));
    Map<Step, Latencies> steps = new EnumMap<>(Step.class);
    steps.putAll(byStep);
    byStep = Collections.unmodifiableMap(steps);
  }

  /**
   * Returns the closed lifecycles per second.
   *
   * @return the throughput
   */
  public double lifecyclesPerSecond() {
    return seconds > 0 ? completed / seconds : 0;
  }

  /**
   * Returns the latencies of every request of the measured lifecycles.
   *
   * @return the samples of all steps together
   */
  public Latencies overall() {
    Latencies all = new Latencies();
    for (Step step : Step.values()) {
      Latencies one = byStep.get(step);
      if (one != null) {
        all.addAll(one);
      }
    }
    return all;
  }

  /**
   * Returns the errors counted.
   *
   * @return the sum of {@link #errors()} and {@link #warmupErrors()}
   */
  public long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum() + warmupErrors;
  }

  /**
   * Writes the result as a short text table.
   *
   * @return the table, lines ending in {@code \n}
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "clients %d, measured %.1f s: %d lifecycles closed (%.1f/s), %d failed%n",
        clients, seconds, completed, lifecyclesPerSecond(), failed));
    out.append(String.format(Locale.ROOT, "%-10s %8s %9s %9s %9s %9s %9s%n", "request", "count", "mean ms", "p50 ms",
        "p90 ms", "p99 ms", "max ms"));
    for (Step step : Step.values()) {
      row(out, step.label(), byStep.getOrDefault(step, new Latencies()));
    }
    row(out, "all", overall());
    if (warmupErrors > 0) {
      out.append("errors in the warm-up: ").append(warmupErrors).append('\n');
    }
    if (errors.isEmpty()) {
      out.append("errors: none\n");
    } else {
      out.append("errors:\n");
      errors.forEach((what, count) -> out.append(String.format(Locale.ROOT, "  %-40s %d%n", what, count)));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String name, Latencies latencies) {
    out.append(String.format(Locale.ROOT, "%-10s %8d %9.2f %9.2f %9.2f %9.2f %9.2f%n", name, latencies.count(),
        latencies.meanMillis(), latencies.percentileMillis(50), latencies.percentileMillis(90),
        latencies.percentileMillis(99), latencies.percentileMillis(100)));
  }

  /**
   * Writes the result as JSON: {@code clients}, {@code seconds}, {@code completed}, {@code failed},
   * {@code lifecyclesPerSecond}, {@code errors}, {@code warmupErrors} and {@code latencies} (per step and {@code all}: {@code count},
   * {@code meanMs}, {@code p50Ms}, {@code p90Ms}, {@code p99Ms}, {@code maxMs}; null where there are no samples).
   *
   * @return the JSON text
   */
  public String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("clients", clients);
    root.put("seconds", seconds);
    root.put("completed", completed);
    root.put("failed", failed);
    root.put("lifecyclesPerSecond", lifecyclesPerSecond());
    root.put("errors", new TreeMap<>(errors));
    root.put("warmupErrors", warmupErrors);
    Map<String, Object> latencies = new LinkedHashMap<>();
    for (Step step : Step.values()) {
      latencies.put(step.label(), summary(byStep.getOrDefault(step, new Latencies())));
    }
    latencies.put("all", summary(overall()));
    root.put("latencies", latencies);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the result as JSON", e);
    }
  }

  private static Map<String, Object> summary(Latencies latencies) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("count", latencies.count());
    summary.put("meanMs", finite(latencies.meanMillis()));
    String[] names = {"p50Ms", "p90Ms", "p99Ms", "maxMs"};
    for (int i = 0; i < PERCENTILES.length; i++) {
      summary.put(names[i], finite(latencies.percentileMillis(PERCENTILES[i])));
    }
    return summary;
  }

  private static Double finite(double value) {
    return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
  }
}
