package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.Versioned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PersonRepository}. An adapter proves itself by a test class that extends this one and
 * returns a fresh, empty repository from {@link #newRepository()}. Besides storing and finding, it checks the
 * optimistic concurrency of the port with the tests it inherits from {@link AbstractVersionedRepositoryContractTest}.
 */
public abstract class AbstractPersonRepositoryContractTest
    extends AbstractVersionedRepositoryContractTest<Person> {

  private static final TownshipId T1 = TownshipId.of("T1");
  private static final TownshipId T2 = TownshipId.of("T2");
  private static final VillageId V1 = VillageId.of("T1-V1");
  private static final Purpose CHECK = Purpose.of("checking what the repository stored");

  private PersonRepository repository;

  /**
   * For the subclass that JUnit runs, which supplies the person repository under test through {@link #newRepository()}.
   */
  protected AbstractPersonRepositoryContractTest() {}

  /**
   * Returns a new repository holding nobody; called before every test.
   *
   * @return the repository under test
   */
  protected abstract PersonRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  @Override
  protected Person aggregate(String key, int variant) {
    PersonId id = PersonId.of("P" + key);
    return switch (variant) {
      case 0 -> Person.of(id, "甲", V1, PartyMembership.NONE, List.of(Role.VILLAGER_REPRESENTATIVE));
      case 1 -> Person.of(id, "乙", V1, PartyMembership.WITH_POST,
          List.of(Role.VILLAGE_PARTY_SECRETARY, Role.VILLAGE_CADRE, Role.VILLAGE_STATIONED_CADRE)).livingIn(UnitId.of("T1-V1-G1"));
      case 2 -> Person.of(id, "丙", null, PartyMembership.NONE, List.of());
      default -> Person.of(id, "丁", V1, PartyMembership.WITH_POST, List.of(Role.VILLAGE_CADRE));
    };
  }

  @Override
  protected void saveUnconditionally(Person person) {
    repository.save(T1, person);
  }

  @Override
  protected boolean saveAt(Person person, long expectedVersion) {
    return repository.save(T1, person, expectedVersion);
  }

  @Override
  protected Optional<Versioned<Person>> findVersioned(Person person) {
    return repository.findVersioned(T1, person.id());
  }

  private static Person secretary(String id, String name) {
    return Person.of(PersonId.of(id), name, V1, PartyMembership.WITH_POST,
        List.of(Role.VILLAGE_PARTY_SECRETARY, Role.VILLAGE_CADRE)).livingIn(UnitId.of("T1-V1-G1"));
  }

  @Test
  void aSavedPersonIsFoundEqual() {
    Person person = secretary("P1", "王 \"书记\" 🌾");

    repository.save(T1, person);

    assertThat(repository.findById(T1, person.id())).contains(person);
    assertThat(repository.findById(T2, person.id())).isEmpty();
  }

  @Test
  void savingAgainReplacesThePerson() {
    repository.save(T1, secretary("P1", "旧名"));
    Person renamed = Person.of(PersonId.of("P1"), "新名", null, PartyMembership.NONE, List.of());

    repository.save(T1, renamed);

    assertThat(repository.findByTownship(T1)).containsExactly(renamed);
  }

  @Test
  void peopleAreListedByTownshipAndVillageInIdOrder() {
    Person b = secretary("P2", "乙");
    Person a = secretary("P10", "甲");
    Person townshipStaff = Person.of(PersonId.of("P3"), "丙", null, PartyMembership.NONE,
        List.of(Role.TOWNSHIP_CENTRE_HEAD));
    repository.save(T1, b);
    repository.save(T1, a);
    repository.save(T1, townshipStaff);
    repository.save(T2, secretary("P1", "别乡"));

    assertThat(repository.findByTownship(T1)).containsExactly(a, b, townshipStaff);
    assertThat(repository.findByVillage(T1, V1)).containsExactly(a, b);
    assertThat(repository.roster(T1).people()).containsExactly(a, b, townshipStaff);
    assertThat(repository.findByTownship(TownshipId.of("none"))).isEmpty();
  }

  @Test
  void erasingAPersonReplacesTheNameAndHomeUnitAndKeepsTheRest() {
    Person person = secretary("P1", "王小明");
    repository.save(T1, person);
    repository.save(T1, secretary("P2", "李四"));
    repository.save(T2, secretary("P1", "别乡"));
    long before = repository.findVersioned(T1, person.id()).orElseThrow().version();

    assertThat(repository.erase(T1, person.id())).isTrue();

    Versioned<Person> erased = repository.findVersioned(T1, person.id()).orElseThrow();
    assertThat(erased.version()).isEqualTo(before + 1);
    assertThat(erased.value()).isEqualTo(person.erased());
    assertThat(erased.value().nameInClear(CHECK)).isEqualTo(Person.ERASED_NAME);
    assertThat(erased.value().roles()).isEqualTo(person.roles());
    assertThat(erased.value().homeVillage()).contains(V1);
    assertThat(erased.value().homeUnit()).isEmpty();
    assertThat(repository.findById(T1, PersonId.of("P2")).orElseThrow().nameInClear(CHECK)).isEqualTo("李四");
    assertThat(repository.findById(T2, person.id()).orElseThrow().nameInClear(CHECK)).isEqualTo("别乡");
  }

  @Test
  void erasingTwiceChangesNothingMoreAndAnUnknownPersonIsNamedFalse() {
    repository.save(T1, secretary("P1", "王小明"));
    repository.erase(T1, PersonId.of("P1"));
    long version = repository.findVersioned(T1, PersonId.of("P1")).orElseThrow().version();

    assertThat(repository.erase(T1, PersonId.of("P1"))).isTrue();
    assertThat(repository.findVersioned(T1, PersonId.of("P1")).orElseThrow().version()).isEqualTo(version);
    assertThat(repository.erase(T1, PersonId.of("nobody"))).isFalse();
    assertThat(repository.erase(T2, PersonId.of("P1"))).isFalse();
    assertThat(repository.findById(T2, PersonId.of("P1"))).isEmpty();
    assertThatThrownBy(() -> repository.erase(T1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> repository.save(T1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.save(null, secretary("P1", "甲"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findById(T1, null)).isInstanceOf(NullPointerException.class);
  }
}
