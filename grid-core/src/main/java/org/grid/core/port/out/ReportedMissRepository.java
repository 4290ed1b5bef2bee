package org.grid.core.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.grid.core.model.jurisdiction.TownshipId;

/**
 * Where the missed duties already reported are recorded (已通报的未履职事项), by their stable keys ({@code
 * MissedDuty.key()}), so that each miss is reported once however often a township's compliance is reported again.
 * Append-only. Every implementation passes {@code AbstractReportedMissRepositoryContractTest} of grid-testkit.
 */
public interface ReportedMissRepository {

  /** The longest key a repository takes. */
  int MAX_KEY = 200;

  /**
   * Records the keys a township has not recorded yet and tells which they were: an idempotent insert. A key given
   * twice is recorded once. A transactional adapter that loses a race to a concurrent transaction recording the same
   * key lets its unit of work run again, which then finds that key recorded.
   *
   * @param township the township, not null
   * @param keys the keys, not null, without null, blank or over {@value #MAX_KEY} characters long elements
   * @param at when they were reported, not null
   * @return the keys recorded now (not recorded before), in the order given, each once
   * @throws NullPointerException if an argument or a key is null
   * @throws IllegalArgumentException if a key is blank or longer than {@value #MAX_KEY} characters (the message names
   *     {@code key}); nothing is recorded then
   */
  List<String> recordNew(TownshipId township, List<String> keys, Instant at);

  /**
   * Tells whether a township has recorded a key.
   *
   * @param township the township, not null
   * @param key the key, not null
   * @return true when it is recorded
   * @throws NullPointerException if an argument is null
   */
  boolean isRecorded(TownshipId township, String key);

  /**
   * Checks keys as {@link #recordNew} requires them, for an implementation to call before it records anything.
   *
   * @param keys the keys, not null
   * @return the keys in the order given, each once
   * @throws NullPointerException if {@code keys} or a key is null
   * @throws IllegalArgumentException if a key is blank or longer than {@value #MAX_KEY} characters (the message names
   *     {@code key} and its length, never its text)
   */
  static Set<String> checkedKeys(List<String> keys) {
    requireNonNull(keys, "keys");
    Set<String> given = new LinkedHashSet<>();
    for (String key : keys) {
      requireNonNull(key, "key");
      if (key.isBlank() || key.length() > MAX_KEY) {
        throw new IllegalArgumentException("key must be 1 to " + MAX_KEY + " characters and not blank, but has "
            + key.length());
      }
      given.add(key);
    }
    return given;
  }
}
