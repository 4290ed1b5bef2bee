package org.grid.adapters.inmemory.pairing;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.out.PairingRepository;

/** A {@link PairingRepository} in concurrent maps keyed by township and household. Thread-safe. */
public final class InMemoryPairingRepository implements PairingRepository {

  private final ConcurrentMap<TownshipId, ConcurrentMap<HouseholdId, Pairing>> pairings = new ConcurrentHashMap<>();

  /** Creates an empty repository. */
  public InMemoryPairingRepository() {}

  @Override
  public void save(TownshipId township, Pairing pairing) {
    requireNonNull(township, "township");
    requireNonNull(pairing, "pairing");
    pairings.computeIfAbsent(township, t -> new ConcurrentHashMap<>()).put(pairing.household(), pairing);
  }

  @Override
  public void replaceAll(TownshipId township, Collection<Pairing> replacement) {
    requireNonNull(township, "township");
    ConcurrentMap<HouseholdId, Pairing> next = new ConcurrentHashMap<>();
    for (Pairing pairing : requireNonNull(replacement, "pairings")) {
      requireNonNull(pairing, "pairing");
      if (next.putIfAbsent(pairing.household(), pairing) != null) {
        throw new IllegalArgumentException("pairings: household " + pairing.household() + " is paired twice");
      }
    }
    pairings.put(township, next);
  }

  @Override
  public void remove(TownshipId township, HouseholdId household) {
    requireNonNull(household, "household");
    of(township).remove(household);
  }

  @Override
  public Optional<Pairing> findByHousehold(TownshipId township, HouseholdId household) {
    requireNonNull(household, "household");
    return Optional.ofNullable(of(township).get(household));
  }

  @Override
  public List<Pairing> findByPairer(TownshipId township, PersonId pairer) {
    requireNonNull(pairer, "pairer");
    return of(township).values().stream().filter(p -> p.pairer().equals(pairer))
        .sorted(Comparator.comparing(Pairing::household)).toList();
  }

  @Override
  public List<Pairing> findByTownship(TownshipId township) {
    return of(township).values().stream().sorted(Comparator.comparing(Pairing::household)).toList();
  }

  private Map<HouseholdId, Pairing> of(TownshipId township) {
    requireNonNull(township, "township");
    return pairings.getOrDefault(township, new ConcurrentHashMap<>());
  }
}
