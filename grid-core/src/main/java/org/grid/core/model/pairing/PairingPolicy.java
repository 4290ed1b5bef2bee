package org.grid.core.model.pairing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.Role;

/**
 * The pairing policy (联系结对规则): who may pair households and how many each may hold, with the rulebook's
 * defaults in {@link #defaults()}.
 *
 * @param maxHouseholdsPerPairer the most households one pairer holds; default 15
 * @param eligibleRoles roles that make a person eligible: the cadres and villager representatives
 * @param eligibleParty party-membership classes that make a person eligible; default every party member
 */
public record PairingPolicy(
    int maxHouseholdsPerPairer, ImmutableSet<Role> eligibleRoles, ImmutableSet<PartyMembership> eligibleParty) {

  /**
   * Checks the policy.
   *
   * @param maxHouseholdsPerPairer the most households one pairer holds; default 15
   * @param eligibleRoles roles that make a person eligible: the cadres and villager representatives
   * @param eligibleParty party-membership classes that make a person eligible; default every party member
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code maxHouseholdsPerPairer} is below 1
   */
  public PairingPolicy {
    requireNonNull(eligibleRoles, "eligibleRoles");
    requireNonNull(eligibleParty, "eligibleParty");
    if (maxHouseholdsPerPairer < 1) {
      throw new IllegalArgumentException("maxHouseholdsPerPairer must be at least 1, was " + maxHouseholdsPerPairer);
    }
  }

  /**
   * Returns the policy with the rulebook's defaults: 15 households, cadres, villager representatives, party members.
   *
   * @return the policy with the rulebook's defaults
   */
  public static PairingPolicy defaults() {
    return new PairingPolicy(
        15,
        Sets.immutableEnumSet(EnumSet.of(Role.VILLAGE_PARTY_SECRETARY, Role.VILLAGE_CADRE, Role.VILLAGE_STATIONED_CADRE,
            Role.COLLEGE_GRADUATE_VILLAGE_OFFICIAL, Role.TOWNSHIP_LIAISON_LEADER, Role.RURAL_PARTY_MEMBER,
            Role.VILLAGER_REPRESENTATIVE)),
        Sets.immutableEnumSet(EnumSet.complementOf(EnumSet.of(PartyMembership.NONE))));
  }

  /**
   * Returns a copy with another household limit.
   *
   * @param max the most households per pairer, at least 1
   * @return a new policy
   * @throws IllegalArgumentException if {@code max} is below 1
   */
  public PairingPolicy withMaxHouseholdsPerPairer(int max) {
    return new PairingPolicy(max, eligibleRoles, eligibleParty);
  }

  /**
   * Tells whether a person may pair households.
   *
   * @param person the person, not null
   * @return true for a holder of an eligible role or an eligible party member
   */
  public boolean eligible(Person person) {
    return person.holdsAny(eligibleRoles) || eligibleParty.contains(person.party());
  }
}
