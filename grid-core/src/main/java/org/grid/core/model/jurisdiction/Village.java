package org.grid.core.model.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An administrative village (行政村). Its border is never changed by gridding (现有行政区划不变): every
 * responsibility grid lies inside one village, and villages are never merged.
 *
 * @param id the village's id, unique in its township
 * @param name the village's name, for example {@code 五都村}; not blank
 * @param units the village's units in the order the county lists them; at least one, ids distinct
 */
public record Village(VillageId id, String name, ImmutableList<Unit> units) {

  /**
   * Checks the village.
   *
   * @param id the village's id, unique in its township
   * @param name the village's name, for example {@code 五都村}; not blank
   * @param units the village's units in the order the county lists them; at least one, ids distinct
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the name is blank, there is no unit, or a unit id repeats
   */
  public Village {
    requireNonNull(id, "id");
    Ids.requireName(name, "name of village " + id);
    requireNonNull(units, "units");
    if (units.isEmpty()) {
      throw new IllegalArgumentException("village " + id + " must have at least one unit");
    }
    Set<UnitId> seen = new HashSet<>();
    for (Unit unit : units) {
      if (!seen.add(unit.id())) {
        throw new IllegalArgumentException("unit " + unit.id() + " is listed twice in village " + id);
      }
    }
  }

  /**
   * Returns a village of the given units.
   *
   * @param id the village's id
   * @param name the village's name
   * @param units at least one unit, ids distinct
   * @return the village
   * @throws IllegalArgumentException as the constructor
   */
  public static Village of(VillageId id, String name, List<Unit> units) {
    return new Village(id, name, ImmutableList.copyOf(units));
  }

  /**
   * Returns the number of households in the village: the sum over its units.
   *
   * @return the household count, at least 1
   */
  public int households() {
    int sum = 0;
    for (Unit unit : units) {
      sum = Math.addExact(sum, unit.households());
    }
    return sum;
  }
}
