package org.grid.core.model.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A township's household register (户籍登记): every household with its unit and care tags. It must agree with the
 * township's household counts ({@link #mismatches(Township)}); a mismatch is an error, not a guess. The care tags
 * are sensitive personal data, read only through {@link Household#careTags(org.grid.core.model.privacy.Purpose)};
 * no port of grid stores a register, and its {@code toString()} shows each household's tag count, not its tags.
 *
 * @param township the township the register belongs to
 * @param households the households; ids distinct; may be empty
 */
public record HouseholdRegister(TownshipId township, ImmutableList<Household> households) {

  /**
   * Checks the register.
   *
   * @param township the township the register belongs to
   * @param households the households; ids distinct; may be empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a household id repeats
   */
  public HouseholdRegister {
    requireNonNull(township, "township");
    requireNonNull(households, "households");
    Set<HouseholdId> seen = new HashSet<>();
    for (Household household : households) {
      if (!seen.add(household.id())) {
        throw new IllegalArgumentException("household " + household.id() + " is registered twice");
      }
    }
  }

  /**
   * Returns a register of the given households.
   *
   * @param township the township
   * @param households the households, ids distinct
   * @return the register
   * @throws IllegalArgumentException if a household id repeats
   */
  public static HouseholdRegister of(TownshipId township, Collection<Household> households) {
    return new HouseholdRegister(township, ImmutableList.copyOf(households));
  }

  /**
   * Lists where the register disagrees with the township: a household in a unit the township does not have, or a
   * unit whose registered households differ from its household count.
   *
   * @param township the township, not null
   * @return one sentence per disagreement, naming the unit (or household) and both numbers; empty when they agree
   * @throws IllegalArgumentException if the township is not the register's township
   */
  public ImmutableList<String> mismatches(Township township) {
    if (!township.id().equals(this.township)) {
      throw new IllegalArgumentException("register of " + this.township + " checked against township " + township.id());
    }
    List<String> found = new ArrayList<>();
    Map<UnitId, Integer> registered = new LinkedHashMap<>();
    for (Household household : households) {
      if (township.unit(household.unit()).isEmpty()) {
        found.add("household " + household.id() + " lives in unit " + household.unit()
            + ", which the township does not have");
      } else {
        registered.merge(household.unit(), 1, Integer::sum);
      }
    }
    for (Unit unit : township.units()) {
      int count = registered.getOrDefault(unit.id(), 0);
      if (count != unit.households()) {
        found.add("unit " + unit.id() + " (" + unit.name() + ") has " + unit.households()
            + " households in the township but " + count + " in the register");
      }
    }
    return ImmutableList.copyOf(found);
  }
}
