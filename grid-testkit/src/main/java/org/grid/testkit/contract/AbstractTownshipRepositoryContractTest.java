package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.port.out.TownshipRepository;
import org.grid.core.port.out.Versioned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TownshipRepository}. An adapter proves itself by a test class that extends this one and
 * returns a fresh, empty repository from {@link #newRepository()}:
 *
 * <pre>{@code
 * class MyTownshipRepositoryTest extends AbstractTownshipRepositoryContractTest {
 *   protected TownshipRepository newRepository() { return new MyTownshipRepository(dataSource); }
 * }
 * }</pre>
 *
 * <p>Besides storing and finding, it checks the optimistic concurrency of the port: versions start at 1 and go up
 * by one with every save, a conditional save at a stale version (or at 0 for an existing township) is refused and
 * leaves the stored township as it was, of two threads saving from the same read version exactly one wins, and a read
 * during concurrent saves returns one whole township with the version it was saved at.
 */
public abstract class AbstractTownshipRepositoryContractTest {

  private TownshipRepository repository;

  /**
   * Returns a new repository holding no township; called before every test.
   *
   * @return the repository under test
   */
  protected abstract TownshipRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  @Test
  void aSavedTownshipIsFoundEqual() {
    Township township = township("T1", "示范乡 \"一\" 🌾", 54);

    repository.save(township);

    assertThat(repository.findById(township.id())).contains(township);
  }

  @Test
  void anUnknownIdFindsNothing() {
    assertThat(repository.findById(TownshipId.of("nowhere"))).isEmpty();
    assertThat(repository.ids()).isEmpty();
  }

  @Test
  void savingAgainReplacesTheWholeTownship() {
    repository.save(township("T1", "旧名", 54));
    Township renamed = township("T1", "新名", 60);

    repository.save(renamed);

    assertThat(repository.findById(TownshipId.of("T1"))).contains(renamed);
    assertThat(repository.ids()).containsExactly(TownshipId.of("T1"));
  }

  @Test
  void idsAreListedInAscendingOrder() {
    repository.save(township("T2", "乙", 1));
    repository.save(township("T10", "丙", 1));
    repository.save(township("T1", "甲", 1));

    assertThat(repository.ids()).containsExactly(TownshipId.of("T1"), TownshipId.of("T10"), TownshipId.of("T2"));
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> repository.save(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findById(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theFirstSaveStoresVersionOneAndEverySaveOneMore() {
    Township first = township("T1", "旧名", 54);
    Township second = township("T1", "新名", 60);

    repository.save(first);
    Versioned<Township> afterFirst = repository.findVersioned(TownshipId.of("T1")).orElseThrow();
    repository.save(second);

    assertThat(afterFirst).isEqualTo(new Versioned<>(first, 1));
    assertThat(repository.findVersioned(TownshipId.of("T1"))).contains(new Versioned<>(second, 2));
    assertThat(repository.findVersioned(TownshipId.of("nowhere"))).isEmpty();
  }

  @Test
  void aConditionalSaveAtTheReadVersionSucceedsAndBumpsTheVersion() {
    Township created = township("T1", "示范乡", 54);
    assertThat(repository.save(created, 0)).isTrue();
    Versioned<Township> read = repository.findVersioned(created.id()).orElseThrow();
    Township changed = township("T1", "示范乡（新）", 61);

    boolean saved = repository.save(changed, read.version());

    assertThat(read).isEqualTo(new Versioned<>(created, 1));
    assertThat(saved).isTrue();
    assertThat(repository.findVersioned(created.id())).contains(new Versioned<>(changed, 2));
    assertThat(repository.findById(created.id())).contains(changed);
    assertThat(repository.ids()).containsExactly(created.id());
  }

  @Test
  void aSaveAtAStaleVersionIsRefusedAndLeavesTheStoredTownshipUnchanged() {
    repository.save(township("T1", "甲", 54));
    long read = repository.findVersioned(TownshipId.of("T1")).orElseThrow().version();
    Township concurrent = township("T1", "乙", 55);
    assertThat(repository.save(concurrent, read)).isTrue();

    boolean stale = repository.save(township("T1", "丙", 56), read);
    boolean ahead = repository.save(township("T1", "丁", 57), read + 5);

    assertThat(stale).isFalse();
    assertThat(ahead).isFalse();
    assertThat(repository.findVersioned(TownshipId.of("T1"))).contains(new Versioned<>(concurrent, read + 1));
  }

  @Test
  void anUnconditionalSaveMakesAnEarlierReadStale() {
    repository.save(township("T1", "甲", 54));
    long read = repository.findVersioned(TownshipId.of("T1")).orElseThrow().version();
    Township imported = township("T1", "导入", 80);
    repository.save(imported);

    assertThat(repository.save(township("T1", "乙", 55), read)).isFalse();
    assertThat(repository.findVersioned(TownshipId.of("T1"))).contains(new Versioned<>(imported, read + 1));
  }

  @Test
  void expectingZeroForAnExistingTownshipIsRefused() {
    Township existing = township("T1", "甲", 54);
    repository.save(existing);

    assertThat(repository.save(township("T1", "乙", 55), 0)).isFalse();
    assertThat(repository.findVersioned(existing.id())).contains(new Versioned<>(existing, 1));
  }

  @Test
  void expectingAVersionOfAnAbsentTownshipIsRefusedAndCreatesNothing() {
    assertThat(repository.save(township("T1", "甲", 54), 1)).isFalse();

    assertThat(repository.findById(TownshipId.of("T1"))).isEmpty();
    assertThat(repository.ids()).isEmpty();
  }

  @Test
  void aNegativeExpectedVersionOrANullIsRefused() {
    Township township = township("T1", "甲", 54);

    assertThatThrownBy(() -> repository.save(township, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> repository.save(null, 0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findVersioned(null)).isInstanceOf(NullPointerException.class);
    assertThat(repository.ids()).isEmpty();
  }

  @Test
  void ofTwoConcurrentSavesFromTheSameReadVersionExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 30; round++) {
        String id = "T" + round;
        repository.save(township(id, "起点", 10));
        long read = repository.findVersioned(TownshipId.of(id)).orElseThrow().version();
        List<Township> contenders = List.of(township(id, "甲", 20 + round), township(id, "乙", 40 + round));

        List<Boolean> outcomes = Race.run(threads, contenders.stream()
            .<Callable<Boolean>>map(township -> () -> repository.save(township, read))
            .toList());

        assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(true, false);
        Township winner = contenders.get(outcomes.indexOf(true));
        assertThat(repository.findVersioned(TownshipId.of(id))).contains(new Versioned<>(winner, read + 1));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void ofTwoConcurrentCreationsOfOneIdExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 30; round++) {
        String id = "T" + round;
        List<Township> contenders = List.of(township(id, "甲", 20 + round), township(id, "乙", 40 + round));

        List<Boolean> outcomes = Race.run(threads, contenders.stream()
            .<Callable<Boolean>>map(township -> () -> repository.save(township, 0))
            .toList());

        assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(true, false);
        Township winner = contenders.get(outcomes.indexOf(true));
        assertThat(repository.findVersioned(TownshipId.of(id))).contains(new Versioned<>(winner, 1));
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
        String id = "T" + round;
        List<Township> contenders = List.of(township(id, "甲", 20 + round), township(id, "乙", 40 + round));

        Race.run(threads, contenders.stream()
            .<Callable<Boolean>>map(township -> () -> {
              repository.save(township);
              return true;
            })
            .toList());

        Versioned<Township> stored = repository.findVersioned(TownshipId.of(id)).orElseThrow();
        assertThat(stored.version()).as("round %d", round).isEqualTo(2);
        assertThat(contenders).contains(stored.value());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aReadDuringConcurrentSavesSeesOneWholeTownshipWithTheVersionItWasSavedAt() throws Exception {
    // Odd versions hold the small township, even ones the large: a read that mixed two saves, or paired a
    // township with another save's version, shows.
    Township small = township("T1", "小", 3);
    Township large = Township.builder(TownshipId.of("T1"), "大")
        .village(Village.of(VillageId.of("T1-V9"), "新村", List.of(
            Unit.of(UnitId.of("T1-V9-G1"), "1组", 8).withTags(List.of("new", "hill")),
            Unit.of(UnitId.of("T1-V9-G2"), "2组", 9))))
        .adjacent(UnitId.of("T1-V9-G1"), UnitId.of("T1-V9-G2"))
        .build();
    assertThat(repository.save(small, 0)).isTrue();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      AtomicBoolean writing = new AtomicBoolean(true);
      Callable<Integer> writer = () -> {
        try {
          for (long version = 1; version <= 150; version++) {
            if (!repository.save(version % 2 == 1 ? large : small, version)) {
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
          Versioned<Township> read = repository.findVersioned(small.id()).orElseThrow();
          assertThat(read.value()).as("version %d", read.version()).isEqualTo(read.version() % 2 == 1 ? small : large);
          assertThat(read.version()).isGreaterThanOrEqualTo(last);
          last = read.version();
          reads++;
        } while (writing.get());
        return reads;
      };

      Race.run(threads, List.of(writer, reader));

      assertThat(repository.findVersioned(small.id())).contains(new Versioned<>(small, 151));
    } finally {
      threads.shutdownNow();
    }
  }

  private static Township township(String id, String name, int households) {
    UnitId a = UnitId.of(id + "-V1-G1");
    UnitId b = UnitId.of(id + "-V1-G2");
    UnitId c = UnitId.of(id + "-V2-G1");
    return Township.builder(TownshipId.of(id), name)
        .village(Village.of(VillageId.of(id + "-V1"), "五都村",
            List.of(Unit.of(a, "1组", households).withTags(List.of("tea")), Unit.of(b, "2组'; --", 12))))
        .village(Village.of(VillageId.of(id + "-V2"), "石门村", List.of(Unit.of(c, "1组", 7))))
        .adjacent(a, b)
        .adjacent(b, c)
        .build();
  }
}
