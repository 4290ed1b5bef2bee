package org.grid.core.model.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A district (片区) of the township's current assignment of whole villages, as the township manages it today
 * ("依照乡现有片区管理的模式"). A re-plan may keep it and move as few villages as it must.
 *
 * @param id the district's id, unique in its township
 * @param name the district's name, for example {@code 第1片区}; not blank
 * @param villages the villages of the district; at least one, distinct
 */
public record ExistingDistrict(DistrictId id, String name, ImmutableList<VillageId> villages) {

  /**
   * Checks the district.
   *
   * @param id the district's id, unique in its township
   * @param name the district's name, for example {@code 第1片区}; not blank
   * @param villages the villages of the district; at least one, distinct
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the name is blank, there is no village or a village repeats
   */
  public ExistingDistrict {
    requireNonNull(id, "id");
    Ids.requireName(name, "name of district " + id);
    requireNonNull(villages, "villages");
    if (villages.isEmpty()) {
      throw new IllegalArgumentException("district " + id + " must have at least one village");
    }
    Set<VillageId> seen = new HashSet<>();
    for (VillageId village : villages) {
      if (!seen.add(village)) {
        throw new IllegalArgumentException("village " + village + " is listed twice in district " + id);
      }
    }
  }

  /**
   * Returns a district of the given villages.
   *
   * @param id the district's id
   * @param name the district's name
   * @param villages at least one village, distinct
   * @return the district
   * @throws IllegalArgumentException as the constructor
   */
  public static ExistingDistrict of(DistrictId id, String name, List<VillageId> villages) {
    return new ExistingDistrict(id, name, ImmutableList.copyOf(villages));
  }
}
