package org.grid.core.model.duty;

import java.util.Arrays;

/**
 * Counts visits by (person, household, month) in an open-addressing table of primitive longs and ints: the
 * compliance computation adds every visit of a county's year (millions) once, so it avoids a key object, a boxed
 * count and a map node per visit. Persons and households are numbered by the caller; months count from the
 * period's first month. Any other non-negative long serves as a key as well (the computation also counts round
 * visits by round and household number). Not thread-safe.
 */
final class VisitCounts {

  /** The most persons or households that can be numbered: 2^24. */
  static final int MAX_INDEX = 1 << 24;

  /** The most months a period may span: 2^16. */
  static final int MAX_MONTH = 1 << 16;

  private static final long EMPTY = -1L;

  private long[] keys;
  private int[] counts;
  private int size;

  VisitCounts(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    counts = new int[capacity];
  }

  static long key(int person, int household, int month) {
    return ((long) person << 40) | ((long) household << 16) | month;
  }

  void add(long key) {
    int slot = slot(keys, key);
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      counts[slot] = 1;
      if (++size * 2 > keys.length) {
        grow();
      }
    } else {
      counts[slot]++;
    }
  }

  int get(long key) {
    int slot = slot(keys, key);
    return keys[slot] == EMPTY ? 0 : counts[slot];
  }

  private static int slot(long[] table, long key) {
    int mask = table.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int slot = (int) (h ^ (h >>> 32)) & mask;
    while (table[slot] != EMPTY && table[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    counts = new int[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
