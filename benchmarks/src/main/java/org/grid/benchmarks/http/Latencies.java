package org.grid.benchmarks.http;

import java.util.Arrays;

/**
 * Latency samples of one kind of request (响应时间), kept exactly (a run holds tens of thousands), with the
 * percentiles read from them by the nearest-rank method. Not thread-safe: each client keeps its own and the run
 * merges them at the end.
 */
public final class Latencies {

  private long[] nanos = new long[1024];
  private int size;

  /** Creates an empty set of samples. */
  public Latencies() {}

  /**
   * Adds one sample.
   *
   * @param elapsedNanos the request's time from sending to the whole answer read, in nanoseconds, not negative
   * @throws IllegalArgumentException if {@code elapsedNanos} is negative
   */
  public void add(long elapsedNanos) {
    if (elapsedNanos < 0) {
      throw new IllegalArgumentException("elapsedNanos must not be negative, was " + elapsedNanos);
    }
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = elapsedNanos;
  }

  /**
   * Adds every sample of another set.
   *
   * @param other the samples to add, not null
   */
  public void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      add(other.nanos[i]);
    }
  }

  /**
   * Returns how many samples there are.
   *
   * @return the count
   */
  public int count() {
    return size;
  }

  /**
   * Returns a percentile by the nearest-rank method: the smallest sample that at least {@code percent} per cent
   * of the samples do not exceed.
   *
   * @param percent the percentile, above 0 and at most 100
   * @return the sample in milliseconds, or {@code NaN} when there are none
   * @throws IllegalArgumentException if {@code percent} is not above 0 and at most 100
   */
  public double percentileMillis(double percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be above 0 and at most 100, was " + percent);
    }
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * size);
    return sorted[Math.max(rank, 1) - 1] / 1e6;
  }

  /**
   * Returns the mean.
   *
   * @return the mean in milliseconds, or {@code NaN} when there are no samples
   */
  public double meanMillis() {
    if (size == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += nanos[i];
    }
    return sum / size / 1e6;
  }
}
