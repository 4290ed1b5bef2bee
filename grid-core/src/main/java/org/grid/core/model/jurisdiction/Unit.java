package org.grid.core.model.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Optional;

/**
 * A unit (村民小组 / 自然村): a villager group or hamlet, the smallest piece a village is cut into when it is
 * divided into responsibility grids. A unit always lies in exactly one village.
 *
 * @param id the unit's id, unique in its township
 * @param name the unit's name, for example {@code 1组}; not blank
 * @param households the number of households living in the unit, at least 1
 * @param location a point inside the unit; empty when the county has not given one
 * @param tags free words for customs or industry (习惯相近), such as {@code tea}; each not blank; may be empty
 */
public record Unit(
    UnitId id, String name, int households, Optional<Coordinates> location, ImmutableSortedSet<String> tags) {

  /**
   * Checks the unit.
   *
   * @param id the unit's id, unique in its township
   * @param name the unit's name, for example {@code 1组}; not blank
   * @param households the number of households living in the unit, at least 1
   * @param location a point inside the unit; empty when the county has not given one
   * @param tags free words for customs or industry (习惯相近), such as {@code tea}; each not blank; may be empty
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the name or a tag is blank, or {@code households} is less than 1
   */
  public Unit {
    requireNonNull(id, "id");
    Ids.requireName(name, "name of unit " + id);
    requireNonNull(location, "location");
    requireNonNull(tags, "tags");
    if (households < 1) {
      throw new IllegalArgumentException(
          "households of unit " + id + " must be at least 1, was " + households);
    }
    for (String tag : tags) {
      if (tag.isBlank()) {
        throw new IllegalArgumentException("tags of unit " + id + " must not be blank");
      }
    }
  }

  /**
   * Returns a unit without location or tags.
   *
   * @param id the unit's id
   * @param name the unit's name
   * @param households the number of households, at least 1
   * @return the unit
   * @throws IllegalArgumentException as the constructor
   */
  public static Unit of(UnitId id, String name, int households) {
    return new Unit(id, name, households, Optional.empty(), ImmutableSortedSet.of());
  }

  /**
   * Returns a copy of this unit placed at the given point.
   *
   * @param point the point inside the unit, not null
   * @return a new unit
   */
  public Unit at(Coordinates point) {
    return new Unit(id, name, households, Optional.of(point), tags);
  }

  /**
   * Returns a copy of this unit with the given tags instead of its own.
   *
   * @param newTags the tags, none blank
   * @return a new unit
   */
  public Unit withTags(Collection<String> newTags) {
    return new Unit(id, name, households, location, ImmutableSortedSet.copyOf(newTags));
  }
}
