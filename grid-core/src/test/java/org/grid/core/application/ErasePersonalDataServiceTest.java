package org.grid.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.port.in.ErasePersonalDataCommand;
import org.grid.core.port.in.ErasePersonalDataUseCase;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.PersonalDataEraser;
import org.grid.core.port.out.Versioned;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ErasePersonalDataServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final TownshipId T = TownshipId.of("T1");
  private static final PersonId WANG = PersonId.of("p-wang");
  private static final Purpose GROUND = Purpose.of("the person's request of 2026-03-02");

  private final Map<PersonId, Versioned<Person>> stored = new TreeMap<>();
  private final CountingUnitOfWork unitOfWork = new CountingUnitOfWork();
  private final List<String> calls = new ArrayList<>();

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  /** A roster in a map, whose erase is the port's default (read, then save at the version read). */
  private final PersonRepository people = new PersonRepository() {
    @Override public void save(TownshipId t, Person p) {
      stored.merge(p.id(), new Versioned<>(p, 1), (old, now) -> new Versioned<>(p, old.version() + 1));
    }
    @Override public boolean save(TownshipId t, Person p, long expectedVersion) {
      Versioned<Person> old = stored.get(p.id());
      if ((old == null ? 0 : old.version()) != expectedVersion) {
        return false;
      }
      assertThat(unitOfWork.inUnit()).as("saved inside the unit of work").isTrue();
      stored.put(p.id(), new Versioned<>(p, expectedVersion + 1));
      calls.add("roster");
      return true;
    }
    @Override public Optional<Versioned<Person>> findVersioned(TownshipId t, PersonId id) {
      return t.equals(T) ? Optional.ofNullable(stored.get(id)) : Optional.empty();
    }
    @Override public Optional<Person> findById(TownshipId t, PersonId id) {
      return findVersioned(t, id).map(Versioned::value);
    }
    @Override public List<Person> findByTownship(TownshipId t) {
      return stored.values().stream().map(Versioned::value).toList();
    }
    @Override public List<Person> findByVillage(TownshipId t, VillageId v) { return List.of(); }
  };

  private PersonalDataEraser eraser(String name, int count) {
    return new PersonalDataEraser() {
      @Override public String name() { return name; }
      @Override public int erase(TownshipId township, PersonId person) {
        assertThat(unitOfWork.inUnit()).as("erased inside the unit of work").isTrue();
        calls.add(name + " " + township + " " + person);
        return count;
      }
    };
  }

  private ErasePersonalDataService service(PersonalDataEraser... erasers) {
    return new ErasePersonalDataService(people, List.of(erasers), unitOfWork, VALIDATION.getValidator());
  }

  @Test
  void theRosterAndEveryEraserEraseInOneUnitOfWork() {
    Person wang = Person.of(WANG, "王小明", VillageId.of("V1"), PartyMembership.WITH_POST,
        List.of(Role.VILLAGE_CADRE)).livingIn(UnitId.of("U1"));
    people.save(T, wang);

    ErasePersonalDataUseCase.Outcome outcome =
        service(eraser("requests", 3), eraser("notes", 0)).erase(new ErasePersonalDataCommand(T, WANG, GROUND));

    assertThat(outcome).isEqualTo(new ErasePersonalDataUseCase.Erased(WANG,
        ImmutableMap.of("roster", 1, "requests", 3, "notes", 0)));
    assertThat(calls).containsExactly("roster", "requests T1 p-wang", "notes T1 p-wang");
    assertThat(unitOfWork.units()).isEqualTo(1);
    Person erased = stored.get(WANG).value();
    assertThat(erased).isEqualTo(wang.erased());
    assertThat(erased.isErased()).isTrue();
    assertThat(erased.roles()).containsExactly(Role.VILLAGE_CADRE);
    assertThat(erased.toString()).isEqualTo("(erased) (p-wang)");
  }

  @Test
  void erasingAgainErasesNothingMoreOnTheRosterButStillAsksEveryEraser() {
    people.save(T, Person.of(WANG, "王小明", null, PartyMembership.NONE, List.of()));
    ErasePersonalDataService service = service(eraser("requests", 0));
    service.erase(new ErasePersonalDataCommand(T, WANG, GROUND));
    calls.clear();

    ErasePersonalDataUseCase.Outcome again = service.erase(new ErasePersonalDataCommand(T, WANG, GROUND));

    assertThat(again).isEqualTo(new ErasePersonalDataUseCase.Erased(WANG,
        ImmutableMap.of("roster", 0, "requests", 0)));
    assertThat(calls).containsExactly("requests T1 p-wang");
  }

  @Test
  void aPersonOnNoRosterIsErasedFromTheOtherStoresAndOneNoStoreHoldsIsAnOutcome() {
    assertThat(service(eraser("requests", 1)).erase(new ErasePersonalDataCommand(T, WANG, GROUND)))
        .as("a citizen who reported a request is on no roster")
        .isEqualTo(new ErasePersonalDataUseCase.Erased(WANG, ImmutableMap.of("roster", 0, "requests", 1)));
    assertThat(service(eraser("requests", 0)).erase(new ErasePersonalDataCommand(T, WANG, GROUND)))
        .isEqualTo(new ErasePersonalDataUseCase.UnknownPerson(WANG));
    assertThat(stored).isEmpty();
  }

  @Test
  void badCommandsAndEraserNamesAreRefused() {
    assertThatThrownBy(() -> service().erase(new ErasePersonalDataCommand(T, WANG, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ground");
    assertThatThrownBy(() -> service(eraser("roster", 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("two erasers are named roster");
    assertThatThrownBy(() -> service(eraser("a", 0), eraser("a", 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("two erasers are named a");
  }
}
