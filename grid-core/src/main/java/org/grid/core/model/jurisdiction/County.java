package org.grid.core.model.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A county (县): owns the county grid office (县网格办) and the functional departments (职能部门), and the townships
 * below it. Townships are referenced by id, never held.
 *
 * @param id the county's id
 * @param name the county's name, not blank
 * @param townships the county's townships, distinct; may be empty
 */
public record County(CountyId id, String name, ImmutableList<TownshipId> townships) {

  /**
   * Checks the county.
   *
   * @param id the county's id
   * @param name the county's name, not blank
   * @param townships the county's townships, distinct; may be empty
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the name is blank or a township repeats
   */
  public County {
    requireNonNull(id, "id");
    Ids.requireName(name, "name of county " + id);
    requireNonNull(townships, "townships");
    Set<TownshipId> seen = new HashSet<>();
    for (TownshipId township : townships) {
      if (!seen.add(township)) {
        throw new IllegalArgumentException("township " + township + " is listed twice in county " + id);
      }
    }
  }

  /**
   * Returns a county of the given townships.
   *
   * @param id the county's id
   * @param name the county's name
   * @param townships its townships, distinct
   * @return the county
   */
  public static County of(CountyId id, String name, List<TownshipId> townships) {
    return new County(id, name, ImmutableList.copyOf(townships));
  }
}
