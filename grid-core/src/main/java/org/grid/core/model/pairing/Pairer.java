package org.grid.core.model.pairing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.Roster;

/**
 * Pairs every household of a township with a pairer (联系结对): an eligible person of the same village, at most
 * {@link PairingPolicy#maxHouseholdsPerPairer()} households each, nearer ones first: pairers of the household's own
 * unit, then of units one border away, and so on through the village's unit adjacency; pairers whose unit is
 * unknown come last. Among pairers equally near, the one holding fewest households so far, then roster order.
 * Every household that cannot be paired is reported with its reason. Deterministic, stateless and thread-safe.
 */
public final class Pairer {

  private static final int UNKNOWN_DISTANCE = Integer.MAX_VALUE;

  private Pairer() {}

  /**
   * Pairs the households of a register.
   *
   * @param township the township, not null
   * @param register its household register, not null
   * @param roster its roster, not null
   * @param policy the pairing policy, not null
   * @return the pairings and the unpaired households; every household of the register is in exactly one of them
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the register or roster is of another township
   */
  public static PairingPlan pair(Township township, HouseholdRegister register, Roster roster, PairingPolicy policy) {
    requireNonNull(township, "township");
    requireNonNull(register, "register");
    requireNonNull(roster, "roster");
    requireNonNull(policy, "policy");
    if (!register.township().equals(township.id()) || !roster.township().equals(township.id())) {
      throw new IllegalArgumentException("register (" + register.township() + ") and roster (" + roster.township()
          + ") must be of township " + township.id());
    }
    Map<VillageId, List<Household>> byVillage = new LinkedHashMap<>();
    township.villages().forEach(v -> byVillage.put(v.id(), new ArrayList<>()));
    List<UnpairedHousehold> unpaired = new ArrayList<>();
    for (Household household : register.households()) {
      Optional<VillageId> village = township.villageOf(household.unit());
      if (village.isEmpty()) {
        unpaired.add(new UnpairedHousehold(household.id(), Optional.empty(), UnpairedReason.UNKNOWN_UNIT,
            "household " + household.id() + " lives in unit " + household.unit() + ", which the township does not have"));
      } else {
        byVillage.get(village.get()).add(household);
      }
    }
    Map<VillageId, List<Person>> pairers = new HashMap<>();
    for (Person person : roster.people()) {
      if (person.homeVillage().isPresent() && policy.eligible(person)) {
        pairers.computeIfAbsent(person.homeVillage().get(), v -> new ArrayList<>()).add(person);
      }
    }
    List<Pairing> pairings = new ArrayList<>();
    for (Village village : township.villages()) {
      pairVillage(township, village, byVillage.get(village.id()), pairers.getOrDefault(village.id(), List.of()),
          policy, pairings, unpaired);
    }
    return new PairingPlan(ImmutableList.copyOf(pairings), ImmutableList.copyOf(unpaired));
  }

  private static void pairVillage(Township township, Village village, List<Household> households,
      List<Person> pairers, PairingPolicy policy, List<Pairing> pairings, List<UnpairedHousehold> unpaired) {
    if (households.isEmpty()) {
      return;
    }
    String where = village.name() + " (" + village.id() + ")";
    if (pairers.isEmpty()) {
      for (Household household : households) {
        unpaired.add(new UnpairedHousehold(household.id(), Optional.of(village.id()), UnpairedReason.NO_ELIGIBLE_PAIRER,
            "household " + household.id() + " of " + where
                + ": no party member, cadre or villager representative of the village is on the roster"));
      }
      return;
    }
    Map<UnitId, Map<UnitId, Integer>> distances = distances(township, village);
    int[] held = new int[pairers.size()];
    Household[] order = households.toArray(new Household[0]);
    boolean[] done = new boolean[order.length];
    List<Integer> levels = new ArrayList<>();
    for (int d = 0; d <= village.units().size(); d++) {
      levels.add(d);
    }
    levels.add(UNKNOWN_DISTANCE);
    for (int level : levels) {
      for (int h = 0; h < order.length; h++) {
        if (done[h]) {
          continue;
        }
        int best = -1;
        for (int p = 0; p < pairers.size(); p++) {
          if (held[p] >= policy.maxHouseholdsPerPairer()) {
            continue;
          }
          if (distance(distances, order[h].unit(), pairers.get(p)) != level) {
            continue;
          }
          if (best < 0 || held[p] < held[best]) {
            best = p;
          }
        }
        if (best >= 0) {
          held[best]++;
          done[h] = true;
          pairings.add(new Pairing(order[h].id(), pairers.get(best).id(), village.id()));
        }
      }
    }
    for (int h = 0; h < order.length; h++) {
      if (!done[h]) {
        unpaired.add(new UnpairedHousehold(order[h].id(), Optional.of(village.id()), UnpairedReason.NO_PAIRER_LEFT,
            "household " + order[h].id() + " of " + where + ": all " + pairers.size()
                + " eligible pairers of the village already hold " + policy.maxHouseholdsPerPairer() + " households"));
      }
    }
  }

  private static int distance(Map<UnitId, Map<UnitId, Integer>> distances, UnitId household, Person pairer) {
    if (pairer.homeUnit().isEmpty()) {
      return UNKNOWN_DISTANCE;
    }
    Integer d = distances.get(household).get(pairer.homeUnit().get());
    return d == null ? UNKNOWN_DISTANCE : d;
  }

  /** Breadth-first distances between the units of one village, through borders inside the village. */
  private static Map<UnitId, Map<UnitId, Integer>> distances(Township township, Village village) {
    Map<UnitId, Map<UnitId, Integer>> all = new HashMap<>();
    for (Unit start : village.units()) {
      Map<UnitId, Integer> reached = new HashMap<>();
      reached.put(start.id(), 0);
      Deque<UnitId> queue = new ArrayDeque<>(List.of(start.id()));
      while (!queue.isEmpty()) {
        UnitId unit = queue.removeFirst();
        for (UnitId next : township.unitAdjacency().adjacentNodes(unit)) {
          if (!reached.containsKey(next) && township.villageOf(next).map(village.id()::equals).orElse(false)) {
            reached.put(next, reached.get(unit) + 1);
            queue.addLast(next);
          }
        }
      }
      all.put(start.id(), reached);
    }
    return all;
  }
}
