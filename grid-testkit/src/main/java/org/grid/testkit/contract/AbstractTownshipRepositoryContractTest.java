package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.port.out.TownshipRepository;
import org.grid.core.port.out.Versioned;
import org.grid.testkit.jurisdiction.JurisdictionArbitraries;
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
 * <p>Besides storing and finding, it checks the optimistic concurrency of the port with the tests it inherits from
 * {@link AbstractVersionedRepositoryContractTest}: versions start at 1 and go up by one with every save, a
 * conditional save at a stale version (or at 0 for an existing township) is refused and leaves the stored township
 * as it was, of two threads saving from the same read version exactly one wins, and a read during concurrent saves
 * returns one whole township with the version it was saved at.
 */
public abstract class AbstractTownshipRepositoryContractTest
    extends AbstractVersionedRepositoryContractTest<Township> {

  private TownshipRepository repository;

  /**
   * For the subclass that JUnit runs, which supplies the township repository under test through {@link
   * #newRepository()}.
   */
  protected AbstractTownshipRepositoryContractTest() {}

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

  @Override
  protected Township aggregate(String key, int variant) {
    String id = "T" + key;
    return switch (variant) {
      case 0 -> township(id, "小", 3);
      case 1 -> Township.builder(CountyId.of("C2"), TownshipId.of(id), "大")
          .village(Village.of(VillageId.of(id + "-V9"), "新村", List.of(
              Unit.of(UnitId.of(id + "-V9-G1"), "1组", 8).withTags(List.of("new", "hill")),
              Unit.of(UnitId.of(id + "-V9-G2"), "2组", 9))))
          .adjacent(UnitId.of(id + "-V9-G1"), UnitId.of(id + "-V9-G2"))
          .build();
      case 2 -> township(id, "甲", 20);
      default -> township(id, "乙", 40);
    };
  }

  @Override
  protected void saveUnconditionally(Township township) {
    repository.save(township);
  }

  @Override
  protected boolean saveAt(Township township, long expectedVersion) {
    return repository.save(township, expectedVersion);
  }

  @Override
  protected Optional<Versioned<Township>> findVersioned(Township township) {
    return repository.findVersioned(township.id());
  }

  @Test
  void aSavedTownshipIsFoundEqual() {
    Township township = township("T1", "示范乡 \"一\" 🌾", 54);

    repository.save(township);

    assertThat(repository.findById(township.id())).contains(township);
  }

  @Test
  void aTownshipKeepsItsCountyAndASaveMovesItToAnother() {
    Township first = township("T1", "甲", 54, JurisdictionArbitraries.COUNTY);
    Township moved = township("T1", "甲", 54, CountyId.of("县 'C2' \"二\" 🌾"));
    repository.save(first);
    assertThat(repository.findById(first.id())).map(Township::county).contains(JurisdictionArbitraries.COUNTY);

    repository.save(moved);

    assertThat(repository.findById(first.id())).map(Township::county).contains(moved.county());
    assertThat(repository.findById(first.id())).contains(moved);
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
  void aNegativeExpectedVersionOrANullIsRefused() {
    Township township = township("T1", "甲", 54);

    assertThatThrownBy(() -> repository.save(township, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> repository.save(null, 0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findVersioned(null)).isInstanceOf(NullPointerException.class);
    assertThat(repository.ids()).isEmpty();
  }

  private static Township township(String id, String name, int households) {
    return township(id, name, households, JurisdictionArbitraries.COUNTY);
  }

  private static Township township(String id, String name, int households, CountyId county) {
    UnitId a = UnitId.of(id + "-V1-G1");
    UnitId b = UnitId.of(id + "-V1-G2");
    UnitId c = UnitId.of(id + "-V2-G1");
    return Township.builder(county, TownshipId.of(id), name)
        .village(Village.of(VillageId.of(id + "-V1"), "五都村",
            List.of(Unit.of(a, "1组", households).withTags(List.of("tea")), Unit.of(b, "2组'; --", 12))))
        .village(Village.of(VillageId.of(id + "-V2"), "石门村", List.of(Unit.of(c, "1组", 7))))
        .adjacent(a, b)
        .adjacent(b, c)
        .build();
  }
}
