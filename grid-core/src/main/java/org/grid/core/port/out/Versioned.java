package org.grid.core.port.out;

import static java.util.Objects.requireNonNull;

/**
 * An aggregate as its repository stores it, with the version the repository gave it: what a caller reads before a
 * conditional save (optimistic concurrency, 乐观锁). The first save stores version 1 and every later save, conditional
 * or not, one more; a stored version is never reused, so a save conditional on the version read succeeds only when
 * nobody saved in between.
 *
 * @param value the aggregate as last saved, not null
 * @param version its stored version, at least 1
 * @param <T> the aggregate's type
 */
public record Versioned<T>(T value, long version) {

  /**
   * Checks the pair.
   *
   * @param value the aggregate as last saved, not null
   * @param version its stored version, at least 1
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code version} is less than 1
   */
  public Versioned {
    requireNonNull(value, "value");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1: " + version);
    }
  }

  /**
   * Checks the expected version a conditional save is given: 0 (the aggregate must not exist yet) or a version a
   * read returned.
   *
   * @param expectedVersion the expected version
   * @return the expected version
   * @throws IllegalArgumentException if it is negative
   */
  public static long requireExpectedVersion(long expectedVersion) {
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative: " + expectedVersion);
    }
    return expectedVersion;
  }
}
