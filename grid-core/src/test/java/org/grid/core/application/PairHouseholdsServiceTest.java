package org.grid.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.pairing.PairingEvent.PairingChanged;
import org.grid.core.model.pairing.PairingPolicy;
import org.grid.core.model.pairing.UnpairedReason;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.port.in.PairHouseholdsCommand;
import org.grid.core.port.in.PairHouseholdsUseCase;
import org.grid.core.port.out.DomainEventPublisher;
import org.grid.core.port.out.PairingRepository;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.TownshipRepository;
import org.grid.core.port.out.Versioned;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PairHouseholdsServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final TownshipId T = TownshipId.of("T1");
  private static final VillageId V = VillageId.of("V1");
  private static final UnitId U = UnitId.of("U1");
  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  private final Map<HouseholdId, Pairing> stored = new LinkedHashMap<>();
  private final List<Person> roster = new ArrayList<>();
  private final CountingUnitOfWork unitOfWork = new CountingUnitOfWork();
  private final List<String> writes = new ArrayList<>();

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  private final List<DomainEvent> published = new ArrayList<>();

  private PairHouseholdsService service() {
    return service(null);
  }

  private PairHouseholdsService service(DomainEventPublisher events) {
    Township township = Township.builder(CountyId.of("C1"), T, "乡")
        .village(Village.of(V, "五都村", List.of(Unit.of(U, "1组", 3))))
        .build();
    TownshipRepository townships = new TownshipRepository() {
      @Override public void save(Township t) {}
      @Override public boolean save(Township t, long expectedVersion) { throw new UnsupportedOperationException(); }
      @Override public Optional<Township> findById(TownshipId id) {
        return id.equals(T) ? Optional.of(township) : Optional.empty();
      }
      @Override public Optional<Versioned<Township>> findVersioned(TownshipId id) {
        throw new UnsupportedOperationException();
      }
      @Override public List<TownshipId> ids() { return List.of(T); }
    };
    PersonRepository people = new PersonRepository() {
      @Override public void save(TownshipId t, Person p) { roster.add(p); }
      @Override public boolean save(TownshipId t, Person p, long expectedVersion) {
        throw new UnsupportedOperationException();
      }
      @Override public Optional<Versioned<Person>> findVersioned(TownshipId t, PersonId id) {
        throw new UnsupportedOperationException();
      }
      @Override public Optional<Person> findById(TownshipId t, PersonId id) { return Optional.empty(); }
      @Override public List<Person> findByTownship(TownshipId t) { return List.copyOf(roster); }
      @Override public List<Person> findByVillage(TownshipId t, VillageId v) { return List.copyOf(roster); }
    };
    PairingRepository pairings = new PairingRepository() {
      @Override public void save(TownshipId t, Pairing p) { writes.add("save"); stored.put(p.household(), p); }
      @Override public void replaceAll(TownshipId t, Collection<Pairing> all) {
        writes.add(unitOfWork.inUnit() ? "replaceAll in a unit of work" : "replaceAll outside");
        stored.clear();
        all.forEach(p -> stored.put(p.household(), p));
      }
      @Override public void remove(TownshipId t, HouseholdId h) { writes.add("remove"); stored.remove(h); }
      @Override public Optional<Pairing> findByHousehold(TownshipId t, HouseholdId h) {
        return Optional.ofNullable(stored.get(h));
      }
      @Override public List<Pairing> findByPairer(TownshipId t, PersonId p) { return List.of(); }
      @Override public List<Pairing> findByTownship(TownshipId t) { return List.copyOf(stored.values()); }
    };
    return events == null
        ? new PairHouseholdsService(townships, people, pairings, unitOfWork, VALIDATION.getValidator())
        : new PairHouseholdsService(townships, people, pairings, unitOfWork, VALIDATION.getValidator(), events,
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static HouseholdRegister register() {
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      households.add(Household.of(HouseholdId.of("H" + i), U, List.of()));
    }
    return HouseholdRegister.of(T, households);
  }

  @Test
  void pairingsAreStoredAndAnUnpairedHouseholdLosesItsOldPairing() {
    PairHouseholdsService service = service();
    stored.put(HouseholdId.of("H2"), new Pairing(HouseholdId.of("H2"), PersonId.of("gone"), V));
    roster.add(Person.of(PersonId.of("P1"), "村干部", V, PartyMembership.NONE, List.of(Role.VILLAGE_CADRE)));

    PairHouseholdsUseCase.Outcome outcome = service.pair(
        new PairHouseholdsCommand(T, register(), PairingPolicy.defaults().withMaxHouseholdsPerPairer(2)));

    assertThat(outcome).isInstanceOfSatisfying(PairHouseholdsUseCase.Paired.class, paired -> {
      assertThat(paired.plan().coverage().paired()).isEqualTo(2);
      assertThat(paired.plan().unpaired()).singleElement()
          .satisfies(u -> assertThat(u.reason()).isEqualTo(UnpairedReason.NO_PAIRER_LEFT));
    });
    assertThat(stored.values()).extracting(Pairing::pairer).containsOnly(PersonId.of("P1")).hasSize(2);
    // The township is paired in one unit of work with one bulk replace, not a write per household.
    assertThat(writes).containsExactly("replaceAll in a unit of work");
    assertThat(unitOfWork.units()).isEqualTo(1);
  }

  @Test
  void everyHouseholdWhosePairerChangedIsPublishedAfterTheReplaceAndNoOther() {
    PairHouseholdsService service = service(events -> {
      assertThat(writes).as("published after the pairings were stored").containsExactly("replaceAll in a unit of work");
      assertThat(unitOfWork.inUnit()).as("inside the use case's unit of work").isTrue();
      published.addAll(events);
    });
    stored.put(HouseholdId.of("H0"), new Pairing(HouseholdId.of("H0"), PersonId.of("P1"), V));
    stored.put(HouseholdId.of("H2"), new Pairing(HouseholdId.of("H2"), PersonId.of("gone"), V));
    roster.add(Person.of(PersonId.of("P1"), "村干部", V, PartyMembership.NONE, List.of(Role.VILLAGE_CADRE)));

    service.pair(new PairHouseholdsCommand(T, register(), PairingPolicy.defaults().withMaxHouseholdsPerPairer(2)));

    CountyId c1 = CountyId.of("C1");
    assertThat(stored).containsKeys(HouseholdId.of("H0"), HouseholdId.of("H1"));
    assertThat(published).as("H0 kept its pairer: no event").containsExactly(
        new PairingChanged(c1, T, V, HouseholdId.of("H1"), Optional.of(PersonId.of("P1")), Optional.empty(), NOW),
        new PairingChanged(c1, T, V, HouseholdId.of("H2"), Optional.empty(), Optional.of(PersonId.of("gone")), NOW));

    published.clear();
    writes.clear();
    service.pair(new PairHouseholdsCommand(T, register(), PairingPolicy.defaults().withMaxHouseholdsPerPairer(2)));
    assertThat(published).as("the same pairing again").isEmpty();
  }

  @Test
  void anUnknownTownshipAndABrokenCommandAreReported() {
    assertThat(service().pair(new PairHouseholdsCommand(TownshipId.of("X"), register(), PairingPolicy.defaults())))
        .isEqualTo(new PairHouseholdsUseCase.UnknownTownship(TownshipId.of("X")));
    assertThatThrownBy(() -> service().pair(new PairHouseholdsCommand(T, null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid PairHouseholdsCommand").hasMessageContaining("register").hasMessageContaining("policy");
  }
}
