package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.grid.core.port.out.Versioned;
import org.junit.jupiter.api.Test;

/**
 * The optimistic-concurrency (乐观锁) part of the contract of every repository whose aggregates carry a {@link
 * Versioned version}: versions start at 1 and go up by one with every save, conditional or not; a conditional save
 * at a stale version, at a version ahead of the stored one, at 0 for an existing aggregate or at a version of an
 * absent one is refused and leaves the store as it was; of two threads saving from the same read version exactly one
 * wins; of two creating the same aggregate exactly one wins; and a read during concurrent saves returns one whole
 * aggregate with the version it was saved at.
 *
 * <p>The township and team contracts extend it; a repository of another versioned aggregate gets the same tests by
 * extending it and answering its four hooks.
 *
 * @param <T> the aggregate
 */
public abstract class AbstractVersionedRepositoryContractTest<T> {

  /**
   * For the contract of one repository that extends this one (such as {@link AbstractTeamRepositoryContractTest}),
   * which supplies the aggregates and the repository calls under test through {@link #aggregate(String, int)},
   * {@link #saveUnconditionally}, {@link #saveAt} and {@link #findVersioned}.
   */
  protected AbstractVersionedRepositoryContractTest() {}

  /**
   * Makes an aggregate. Aggregates of one key share their identity (a save of one replaces another); different
   * variants of a key differ in content. Variants 0 and 1 should differ in their child rows (other members,
   * villages, ...), so that a read mixing two saves shows.
   *
   * @param key a short key, unique per aggregate identity, such as {@code "7"}
   * @param variant 0, 1, 2 or 3
   * @return the aggregate
   */
  protected abstract T aggregate(String key, int variant);

  /**
   * Saves unconditionally (the port's last-writer-wins save).
   *
   * @param aggregate the aggregate
   */
  protected abstract void saveUnconditionally(T aggregate);

  /**
   * Saves conditionally (the port's {@code save(aggregate, expectedVersion)}).
   *
   * @param aggregate the aggregate
   * @param expectedVersion the expected version
   * @return what the port answered
   */
  protected abstract boolean saveAt(T aggregate, long expectedVersion);

  /**
   * Reads the stored aggregate with the identity of the given one (the port's {@code findVersioned}).
   *
   * @param aggregate an aggregate of that identity
   * @return what the port answered
   */
  protected abstract Optional<Versioned<T>> findVersioned(T aggregate);

  @Test
  void theFirstSaveStoresVersionOneAndEverySaveOneMore() {
    T first = aggregate("1", 0);
    T second = aggregate("1", 2);

    saveUnconditionally(first);
    Versioned<T> afterFirst = findVersioned(first).orElseThrow();
    saveUnconditionally(second);

    assertThat(afterFirst).isEqualTo(new Versioned<>(first, 1));
    assertThat(findVersioned(first)).contains(new Versioned<>(second, 2));
    assertThat(findVersioned(aggregate("2", 0))).isEmpty();
  }

  @Test
  void aConditionalSaveAtTheReadVersionSucceedsAndBumpsTheVersion() {
    T created = aggregate("1", 0);
    assertThat(saveAt(created, 0)).isTrue();
    Versioned<T> read = findVersioned(created).orElseThrow();
    T changed = aggregate("1", 2);

    boolean saved = saveAt(changed, read.version());

    assertThat(read).isEqualTo(new Versioned<>(created, 1));
    assertThat(saved).isTrue();
    assertThat(findVersioned(created)).contains(new Versioned<>(changed, 2));
  }

  @Test
  void aSaveAtAStaleVersionIsRefusedAndLeavesTheStoredAggregateUnchanged() {
    saveUnconditionally(aggregate("1", 0));
    long read = findVersioned(aggregate("1", 0)).orElseThrow().version();
    T concurrent = aggregate("1", 1);
    assertThat(saveAt(concurrent, read)).isTrue();

    boolean stale = saveAt(aggregate("1", 2), read);
    boolean ahead = saveAt(aggregate("1", 3), read + 5);

    assertThat(stale).isFalse();
    assertThat(ahead).isFalse();
    assertThat(findVersioned(concurrent)).contains(new Versioned<>(concurrent, read + 1));
  }

  @Test
  void anUnconditionalSaveMakesAnEarlierReadStale() {
    saveUnconditionally(aggregate("1", 0));
    long read = findVersioned(aggregate("1", 0)).orElseThrow().version();
    T imported = aggregate("1", 1);
    saveUnconditionally(imported);

    assertThat(saveAt(aggregate("1", 2), read)).isFalse();
    assertThat(findVersioned(imported)).contains(new Versioned<>(imported, read + 1));
  }

  @Test
  void expectingZeroForAnExistingAggregateIsRefused() {
    T existing = aggregate("1", 0);
    saveUnconditionally(existing);

    assertThat(saveAt(aggregate("1", 2), 0)).isFalse();
    assertThat(findVersioned(existing)).contains(new Versioned<>(existing, 1));
  }

  @Test
  void expectingAVersionOfAnAbsentAggregateIsRefusedAndCreatesNothing() {
    T absent = aggregate("1", 0);

    assertThat(saveAt(absent, 1)).isFalse();

    assertThat(findVersioned(absent)).isEmpty();
  }

  @Test
  void ofTwoConcurrentSavesFromTheSameReadVersionExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 30; round++) {
        String key = String.valueOf(round);
        saveUnconditionally(aggregate(key, 0));
        long read = findVersioned(aggregate(key, 0)).orElseThrow().version();
        List<T> contenders = List.of(aggregate(key, 2), aggregate(key, 3));

        List<Boolean> outcomes = Race.run(threads, contenders.stream()
            .<Callable<Boolean>>map(aggregate -> () -> saveAt(aggregate, read))
            .toList());

        assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(true, false);
        T winner = contenders.get(outcomes.indexOf(true));
        assertThat(findVersioned(winner)).contains(new Versioned<>(winner, read + 1));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void ofTwoConcurrentCreationsOfOneAggregateExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 30; round++) {
        String key = String.valueOf(round);
        List<T> contenders = List.of(aggregate(key, 2), aggregate(key, 3));

        List<Boolean> outcomes = Race.run(threads, contenders.stream()
            .<Callable<Boolean>>map(aggregate -> () -> saveAt(aggregate, 0))
            .toList());

        assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(true, false);
        T winner = contenders.get(outcomes.indexOf(true));
        assertThat(findVersioned(winner)).contains(new Versioned<>(winner, 1));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void ofTwoConcurrentUnconditionalFirstSavesBothSucceedAndOneIsStoredAtVersionTwo() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 30; round++) {
        String key = String.valueOf(round);
        List<T> contenders = List.of(aggregate(key, 2), aggregate(key, 3));

        Race.run(threads, contenders.stream()
            .<Callable<Boolean>>map(aggregate -> () -> {
              saveUnconditionally(aggregate);
              return true;
            })
            .toList());

        Versioned<T> stored = findVersioned(contenders.get(0)).orElseThrow();
        assertThat(stored.version()).as("round %d", round).isEqualTo(2);
        assertThat(contenders).contains(stored.value());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aReadDuringConcurrentSavesSeesOneWholeAggregateWithTheVersionItWasSavedAt() throws Exception {
    // Odd versions hold the small aggregate, even ones the large: a read that mixed two saves, or paired an
    // aggregate with another save's version, shows.
    T small = aggregate("1", 0);
    T large = aggregate("1", 1);
    assertThat(saveAt(small, 0)).isTrue();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      AtomicBoolean writing = new AtomicBoolean(true);
      Callable<Integer> writer = () -> {
        try {
          for (long version = 1; version <= 150; version++) {
            if (!saveAt(version % 2 == 1 ? large : small, version)) {
              throw new AssertionError("the only writer was refused at version " + version);
            }
          }
          return 150;
        } finally {
          writing.set(false);
        }
      };
      Callable<Integer> reader = () -> {
        int reads = 0;
        long last = 0;
        do {
          Versioned<T> read = findVersioned(small).orElseThrow();
          assertThat(read.value()).as("version %d", read.version()).isEqualTo(read.version() % 2 == 1 ? small : large);
          assertThat(read.version()).isGreaterThanOrEqualTo(last);
          last = read.version();
          reads++;
        } while (writing.get());
        return reads;
      };

      Race.run(threads, List.of(writer, reader));

      assertThat(findVersioned(small)).contains(new Versioned<>(small, 151));
    } finally {
      threads.shutdownNow();
    }
  }
}
