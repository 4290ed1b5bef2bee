package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.out.PairingRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PairingRepository}. An adapter proves itself by a test class that extends this one and
 * returns a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class AbstractPairingRepositoryContractTest {

  private static final TownshipId T1 = TownshipId.of("T1");
  private static final VillageId V = VillageId.of("V1");

  private PairingRepository repository;

  /**
   * For the subclass that JUnit runs, which supplies the pairing repository under test through {@link
   * #newRepository()}.
   */
  protected AbstractPairingRepositoryContractTest() {}

  /**
   * Returns a new repository holding no pairing; called before every test.
   *
   * @return the repository under test
   */
  protected abstract PairingRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  private static Pairing pairing(String household, String pairer) {
    return new Pairing(HouseholdId.of(household), PersonId.of(pairer), V);
  }

  @Test
  void aHouseholdHasAtMostOnePairing() {
    repository.save(T1, pairing("H1", "P1"));
    repository.save(T1, pairing("H1", "P2"));

    assertThat(repository.findByHousehold(T1, HouseholdId.of("H1"))).contains(pairing("H1", "P2"));
    assertThat(repository.findByPairer(T1, PersonId.of("P1"))).isEmpty();
    assertThat(repository.findByTownship(T1)).containsExactly(pairing("H1", "P2"));
  }

  @Test
  void pairingsAreListedByPairerAndTownshipInHouseholdOrder() {
    repository.save(T1, pairing("H2", "P1"));
    repository.save(T1, pairing("H10", "P1"));
    repository.save(T1, pairing("H3", "P2"));
    repository.save(TownshipId.of("T2"), pairing("H1", "P1"));

    assertThat(repository.findByPairer(T1, PersonId.of("P1"))).containsExactly(pairing("H10", "P1"), pairing("H2", "P1"));
    assertThat(repository.findByTownship(T1)).extracting(Pairing::household)
        .containsExactly(HouseholdId.of("H10"), HouseholdId.of("H2"), HouseholdId.of("H3"));
  }

  @Test
  void aRemovedPairingIsGone() {
    repository.save(T1, pairing("H1", "P1"));

    repository.remove(T1, HouseholdId.of("H1"));
    repository.remove(T1, HouseholdId.of("never-paired"));

    assertThat(repository.findByHousehold(T1, HouseholdId.of("H1"))).isEmpty();
    assertThat(repository.findByTownship(T1)).isEmpty();
  }

  @Test
  void replaceAllReplacesEveryPairingOfTheTownshipAndNoOther() {
    repository.save(T1, pairing("H1", "P1"));
    repository.save(T1, pairing("H2", "P1"));
    repository.save(TownshipId.of("T2"), pairing("H1", "P9"));
    List<Pairing> next = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      next.add(pairing("H" + (i + 2), "P" + (i % 7)));
    }

    repository.replaceAll(T1, next);

    assertThat(repository.findByHousehold(T1, HouseholdId.of("H1"))).as("not in the new pairings").isEmpty();
    assertThat(repository.findByTownship(T1)).hasSize(450).containsAll(next);
    assertThat(repository.findByPairer(T1, PersonId.of("P0"))).hasSize(65);
    assertThat(repository.findByTownship(TownshipId.of("T2"))).containsExactly(pairing("H1", "P9"));

    repository.replaceAll(T1, List.of());
    assertThat(repository.findByTownship(T1)).isEmpty();
  }

  @Test
  void replaceAllRefusesAHouseholdPairedTwiceAndKeepsWhatWasStored() {
    repository.save(T1, pairing("H1", "P1"));

    assertThatThrownBy(() -> repository.replaceAll(T1, List.of(pairing("H2", "P1"), pairing("H2", "P2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("H2");
    assertThatThrownBy(() -> repository.replaceAll(T1, Arrays.asList(pairing("H3", "P1"), null)))
        .isInstanceOf(NullPointerException.class);
    assertThat(repository.findByTownship(T1)).containsExactly(pairing("H1", "P1"));
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> repository.save(T1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findByHousehold(null, HouseholdId.of("H"))).isInstanceOf(NullPointerException.class);
  }
}
