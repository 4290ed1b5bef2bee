package org.grid.adapters.inmemory.team;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.grid.adapters.inmemory.VersionedEntries;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.Versioned;

/** A {@link PersonRepository} in concurrent maps, one per township. People are immutable. Thread-safe. */
public final class InMemoryPersonRepository implements PersonRepository {

  private final ConcurrentMap<TownshipId, ConcurrentMap<PersonId, Versioned<Person>>> people =
      new ConcurrentHashMap<>();

  /** Creates an empty repository. */
  public InMemoryPersonRepository() {}

  @Override
  public void save(TownshipId township, Person person) {
    requireNonNull(township, "township");
    requireNonNull(person, "person");
    VersionedEntries.replace(township(township), person.id(), person);
  }

  @Override
  public boolean save(TownshipId township, Person person, long expectedVersion) {
    requireNonNull(township, "township");
    requireNonNull(person, "person");
    return VersionedEntries.replaceIf(township(township), person.id(), person, expectedVersion);
  }

  /** {@inheritDoc} One {@code computeIfPresent} on the person's entry, so no save can come in between. */
  @Override
  public boolean erase(TownshipId township, PersonId id) {
    requireNonNull(township, "township");
    requireNonNull(id, "id");
    Versioned<Person> after = of(township).computeIfPresent(id, (key, stored) -> stored.value().isErased()
        ? stored
        : new Versioned<>(stored.value().erased(), stored.version() + 1));
    return after != null;
  }

  private ConcurrentMap<PersonId, Versioned<Person>> township(TownshipId township) {
    return people.computeIfAbsent(township, t -> new ConcurrentHashMap<>());
  }

  @Override
  public Optional<Person> findById(TownshipId township, PersonId id) {
    return findVersioned(township, id).map(Versioned::value);
  }

  @Override
  public Optional<Versioned<Person>> findVersioned(TownshipId township, PersonId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(of(township).get(id));
  }

  @Override
  public List<Person> findByTownship(TownshipId township) {
    return of(township).values().stream().map(Versioned::value).sorted(Comparator.comparing(Person::id)).toList();
  }

  @Override
  public List<Person> findByVillage(TownshipId township, VillageId village) {
    requireNonNull(village, "village");
    return of(township).values().stream().map(Versioned::value).filter(p -> p.of(village))
        .sorted(Comparator.comparing(Person::id)).toList();
  }

  private Map<PersonId, Versioned<Person>> of(TownshipId township) {
    requireNonNull(township, "township");
    return people.getOrDefault(township, new ConcurrentHashMap<>());
  }
}
