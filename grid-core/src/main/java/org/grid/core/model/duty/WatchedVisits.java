package org.grid.core.model.duty;

import java.util.Arrays;

/**
 * Counts visits by month for the (person, household) pairs a visit duty asks about (应访对象), and for no others: a
 * village-stationed cadre and the households of their grid, a pairer and a paired household that is to be visited
 * monthly. A county's log is mostly visits no rule counts (party members visiting other households), so the
 * compliance computation numbers the pairs it needs before it reads the log and counts into a table sized by them
 * rather than by the log: a year's counts of a county fit in a few megabytes read and written in place.
 *
 * <p>People and households are numbered by the caller; months count from the period's first, {@code 0} to {@code
 * months - 1}. The pairs of a household are kept sorted in one flat array, so finding a visit's pair is a search
 * among the few people watching its household. When pairs times months exceed {@link #DENSE_LIMIT}, counts go to an
 * open-addressing {@link VisitCounts} keyed by pair and month instead of a dense array. Not thread-safe.
 */
final class WatchedVisits {

  /** The most pair-months counted in a dense array (64 MiB of counts); beyond it counts are hashed. */
  static final long DENSE_LIMIT = 1L << 24;

  /** By household number: the first pair of the household; {@code start[h + 1]} ends them. */
  private final int[] start;
  /** By pair: the watching person's number, sorted within each household. */
  private final int[] person;
  private final int months;
  /** By pair * months + month, or null when counts are hashed. */
  private final int[] dense;
  /** Keyed by pair << 16 | month, or null when counts are dense. */
  private final VisitCounts sparse;

  private WatchedVisits(int[] start, int[] person, int months, long denseLimit) {
    this.start = start;
    this.person = person;
    this.months = months;
    long cells = (long) person.length * months;
    if (cells <= denseLimit) {
      dense = new int[(int) cells];
      sparse = null;
    } else {
      dense = null;
      sparse = new VisitCounts(1024);
    }
  }

  /**
   * Returns a builder for the pairs of {@code households} households.
   *
   * @param households how many households are numbered, at least 0
   * @return an empty builder
   */
  static Builder builder(int households) {
    return new Builder(households);
  }

  /** Tells whether counts are held in a dense array (for tests). */
  boolean dense() {
    return dense != null;
  }

  /** The number of pairs watched (for tests). */
  int pairs() {
    return person.length;
  }

  /**
   * Counts a visit: nothing happens unless the pair is watched and the month lies in {@code 0} to {@code months - 1}.
   *
   * @param visitor the visitor's number
   * @param household the household's number, {@code 0} to the households given to the builder minus 1
   * @param month the month's number
   */
  void add(int visitor, int household, int month) {
    int pair = pairOf(visitor, household);
    if (pair < 0 || month < 0 || month >= months) {
      return;
    }
    if (dense != null) {
      dense[pair * months + month]++;
    } else {
      sparse.add(((long) pair << 16) | month);
    }
  }

  /**
   * Returns the visits counted for a pair in a month: 0 for a pair not watched or a month outside the period.
   *
   * @param visitor the visitor's number
   * @param household the household's number
   * @param month the month's number
   * @return the count
   */
  int get(int visitor, int household, int month) {
    int pair = pairOf(visitor, household);
    if (pair < 0 || month < 0 || month >= months) {
      return 0;
    }
    return dense != null ? dense[pair * months + month] : sparse.get(((long) pair << 16) | month);
  }

  private int pairOf(int visitor, int household) {
    if (household < 0 || household + 1 >= start.length) {
      return -1;
    }
    int from = start[household];
    int to = start[household + 1];
    for (int i = from; i < to; i++) { // a household has a few watchers: a scan beats a search
      if (person[i] == visitor) {
        return i;
      }
    }
    return -1;
  }

  /** Collects the watched pairs; each may be given more than once. */
  static final class Builder {
    private final int households;
    private long[] pairs = new long[1024];
    private int size;

    private Builder(int households) {
      if (households < 0) {
        throw new IllegalArgumentException("households must be at least 0: " + households);
      }
      this.households = households;
    }

    /**
     * Watches a pair.
     *
     * @param visitor the person's number, at least 0
     * @param household the household's number, {@code 0} to the households given minus 1
     * @return this builder
     * @throws IllegalArgumentException if a number is out of range
     */
    Builder watch(int visitor, int household) {
      if (visitor < 0 || household < 0 || household >= households) {
        throw new IllegalArgumentException("no such person " + visitor + " or household " + household);
      }
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, size * 2);
      }
      pairs[size++] = ((long) household << 32) | visitor;
      return this;
    }

    /**
     * Builds the counts.
     *
     * @param months how many months the period touches, at least 1 and below {@link VisitCounts#MAX_MONTH}
     * @return empty counts for the pairs watched
     */
    WatchedVisits build(int months) {
      return build(months, DENSE_LIMIT);
    }

    /** Builds the counts with another limit on dense counting (for tests). */
    WatchedVisits build(int months, long denseLimit) {
      if (months < 1 || months > VisitCounts.MAX_MONTH) {
        throw new IllegalArgumentException("months must be 1 to " + VisitCounts.MAX_MONTH + ": " + months);
      }
      long[] sorted = Arrays.copyOf(pairs, size);
      Arrays.sort(sorted);
      int[] start = new int[households + 1];
      int[] person = new int[sorted.length];
      int kept = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i > 0 && sorted[i] == sorted[i - 1]) {
          continue;
        }
        start[(int) (sorted[i] >>> 32) + 1]++;
        person[kept++] = (int) sorted[i];
      }
      for (int h = 0; h < households; h++) {
        start[h + 1] += start[h];
      }
      return new WatchedVisits(start, Arrays.copyOf(person, kept), months, denseLimit);
    }
  }
}
