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
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.privacy.PersonalData;
import org.grid.core.model.privacy.Purpose;

/**
 * A person (人员) on a township's roster: a cadre, party member, villager representative or anyone else who may
 * serve on a team or pair households. Phone numbers and other contact details are personal data and are not part
 * of the domain model.
 *
 * <p>The name is personal information ({@link PersonalData}): {@link #toString()} shows it masked ({@code 王*明}),
 * {@link #maskedName()} gives the masked form for display, and {@link #nameInClear(Purpose)} the clear one for a
 * stated purpose. The record accessor {@code name()} returns it in clear too, as every record component must; it is
 * there for the adapters that store the name ({@link Purpose#STORAGE}), and other callers use the two methods above.
 * A person whose personal data was erased ({@link #erased()}) keeps id, roles, village and party, and has the name
 * {@link #ERASED_NAME}.
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
    @PersonalData(PersonalData.Kind.NAME) String name,
    Set<Role> roles,
    Optional<VillageId> homeVillage,
    Optional<UnitId> homeUnit,
    PartyMembership party) {

  /** The name an erased person has instead of theirs (已删除): the marker of {@link #erased()}. */
  public static final String ERASED_NAME = "(erased)";

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

  /**
   * Returns the name masked for display ({@link Masking#name(String)}): {@code 王小明} → {@code 王*明}. An erased
   * person's name is shown as it is.
   *
   * @return the masked name
   */
  public String maskedName() {
    return isErased() ? ERASED_NAME : Masking.name(name);
  }

  /**
   * Returns the name in clear, for a stated purpose.
   *
   * @param purpose why the name is read in clear, not null
   * @return the name as stored
   * @throws NullPointerException if {@code purpose} is null
   */
  public String nameInClear(Purpose purpose) {
    requireNonNull(purpose, "purpose");
    return name;
  }

  /**
   * Returns this person with their personal data erased: the name replaced by {@link #ERASED_NAME} and the home unit
   * (where they live) forgotten; the id, roles, home village and party class stay, so that teams, pairings and
   * histories that name the person keep their shape.
   *
   * @return the erased person; this person when already erased
   */
  public Person erased() {
    return isErased() ? this : new Person(id, ERASED_NAME, roles, homeVillage, Optional.empty(), party);
  }

  /**
   * Tells whether this person's personal data was erased.
   *
   * @return true when the name is {@link #ERASED_NAME} and no home unit is known
   */
  public boolean isErased() {
    return ERASED_NAME.equals(name) && homeUnit.isEmpty();
  }

  /** Returns the masked name and the id, for example {@code 王*明 (p-17)}; never the name in clear. */
  @Override
  public String toString() {
    return maskedName() + " (" + id + ")";
  }
}
