package org.grid.core.model.duty;

/**
 * Numbers ids 0, 1, 2, … in the order they are first added, and finds an id's number in an open-addressing table
 * of the ids, their hash codes and their numbers: the compliance computation looks up the person and household of
 * every visit of a county's year (millions), so it avoids a map node and a boxed number per lookup. Ids are
 * compared with {@code equals}. Not thread-safe.
 *
 * @param <K> the id type
 */
final class DenseIndex<K> {

  private final Object[] keys;
  private final int[] hashes;
  private final int[] numbers;
  private final int shift;
  private int size;

  /**
   * Returns an empty index for at most {@code capacity} ids.
   *
   * @param capacity the most ids that will be added, at least 0
   */
  DenseIndex(int capacity) {
    int slots = Integer.highestOneBit(Math.max(8, capacity) * 2 - 1) << 1;
    keys = new Object[slots];
    hashes = new int[slots];
    numbers = new int[slots];
    shift = Integer.numberOfLeadingZeros(slots - 1);
  }

  /** Returns how many ids have been added. */
  int size() {
    return size;
  }

  /**
   * Adds an id unless present.
   *
   * @param key the id, not null
   * @return its number: {@link #size()} before the call if it was new
   * @throws IllegalStateException if the index already holds as many ids as its capacity allows
   */
  int add(K key) {
    int hash = key.hashCode();
    int slot = slot(hash);
    while (keys[slot] != null) {
      if (hashes[slot] == hash && keys[slot].equals(key)) {
        return numbers[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    if (size * 2 >= keys.length) {
      throw new IllegalStateException("index is full at " + size + " ids");
    }
    keys[slot] = key;
    hashes[slot] = hash;
    numbers[slot] = size;
    return size++;
  }

  /**
   * Returns an id's number.
   *
   * @param key the id, not null
   * @return its number, or -1 when it was never added
   */
  int indexOf(Object key) {
    int hash = key.hashCode();
    int slot = slot(hash);
    Object candidate;
    while ((candidate = keys[slot]) != null) {
      if (hashes[slot] == hash && (candidate == key || candidate.equals(key))) {
        return numbers[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    return -1;
  }

  /** Fibonacci hashing: the top bits of the hash times 2^32 / φ, so that ids with close hash codes spread out. */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
