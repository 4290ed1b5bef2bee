package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.jurisdiction.Ids;

/**
 * A person (人员) on a township's roster: a cadre, party member, villager representative or anyone else who may
 * serve on a team or pair households. Phone numbers and other contact details are personal data and are not part
 * of the domain model.
 *
 * @param id the person's id, unique in the township
 * @param name the person's name, not blank
 * @param roles the roles the person holds; may be empty
 * @param homeVillage the village the person lives in or, for a village-stationed cadre, is stationed in; empty for
 *     township staff who belong to no village
 * @param homeUnit the unit (村民小组) the person lives in, used to pair nearer households first; empty when unknown
 * @param party the person's party-membership class
 */
public record Person(
    PersonId id,
    String name,
    Set<Role> roles,
    Optional<VillageId> homeVillage,
    Optional<UnitId> homeUnit,
    PartyMembership party) {

  /**
   * Checks the person and freezes the roles.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the name is blank, or a home unit is given without a home village
   */
  public Person {
    requireNonNull(id, "id");
    Ids.requireName(name, "name of person " + id);
    requireNonNull(roles, "roles");
    requireNonNull(homeVillage, "homeVillage");
    requireNonNull(homeUnit, "homeUnit");
    requireNonNull(party, "party");
    roles = Sets.immutableEnumSet(roles);
    if (homeUnit.isPresent() && homeVillage.isEmpty()) {
      throw new IllegalArgumentException("person " + id + " has a home unit but no home village");
    }
  }

  /**
   * Returns a person of a village without a known unit.
   *
   * @param id the person's id
   * @param name the name, not blank
   * @param village the home village, or null for township staff
   * @param party the party-membership class
   * @param roles the roles held, possibly empty
   * @return the person
   */
  public static Person of(PersonId id, String name, VillageId village, PartyMembership party, Collection<Role> roles) {
    return new Person(id, name, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
        Optional.ofNullable(village), Optional.empty(), party);
  }

  /**
   * Returns a copy of this person living in the given unit of their home village.
   *
   * @param unit the unit, not null
   * @return a new person
   * @throws IllegalArgumentException if this person has no home village
   */
  public Person livingIn(UnitId unit) {
    return new Person(id, name, roles, homeVillage, Optional.of(unit), party);
  }

  /**
   * Tells whether the person holds a role.
   *
   * @param role the role, not null
   * @return true when held
   */
  public boolean holds(Role role) {
    return roles.contains(role);
  }

  /**
   * Tells whether the person holds any of the given roles.
   *
   * @param any the roles, not null
   * @return true when at least one is held
   */
  public boolean holdsAny(Collection<Role> any) {
    for (Role role : any) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the person lives in (or is stationed in) the given village.
   *
   * @param village the village, not null
   * @return true when the home village is {@code village}
   */
  public boolean of(VillageId village) {
    return homeVillage.isPresent() && homeVillage.get().equals(village);
  }

  @Override
  public String toString() {
    return name + " (" + id + ")";
  }
}
