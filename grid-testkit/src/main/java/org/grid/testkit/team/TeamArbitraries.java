package org.grid.testkit.team;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.ServedGrid;
import org.grid.testkit.jurisdiction.JurisdictionArbitraries;

/**
 * jqwik arbitraries for teams: small townships cut into grids (one or two per village, in one or two districts)
 * with rosters of people holding arbitrary roles, party classes and home units.
 *
 * <p>{@link #scenarios()} gives rosters of every richness, from empty to ample, so proposals both succeed and fall
 * short; {@link #ampleScenarios()} gives rosters with enough people of every kind that the default policy can be
 * met. Use them as {@code @ForAll("scenarios") TeamScenario s} with a {@code @Provide} method.
 */
public final class TeamArbitraries {

  static final TownshipId TOWNSHIP = TownshipId.of("T1");

  /** Why the generator reads a name in clear: to copy an extra person onto a generated roster. */
  private static final Purpose COPYING = Purpose.of("copying a generated person onto a generated roster");

  private static final List<Role> VILLAGE_ROLES = List.of(
      Role.VILLAGE_PARTY_SECRETARY, Role.VILLAGE_STATIONED_CADRE, Role.VILLAGE_CADRE, Role.VILLAGER_REPRESENTATIVE,
      Role.RURAL_PARTY_MEMBER, Role.COLLEGE_GRADUATE_VILLAGE_OFFICIAL, Role.TOWNSHIP_LIAISON_LEADER,
      Role.REMOTE_EDUCATION_ADMINISTRATOR, Role.VILLAGE_DOCTOR, Role.TEACHER);
  private static final List<Role> TOWNSHIP_ROLES = List.of(
      Role.TOWNSHIP_LEADERSHIP_MEMBER, Role.RESPONSIBLE_POLICE_OFFICER, Role.DEPUTY_OR_COMMITTEE_MEMBER,
      Role.RESIDENT_WORKING_GROUP_MEMBER, Role.TOWNSHIP_CENTRE_HEAD, Role.CONVENIENCE_SERVICE_CENTRE_STAFF,
      Role.COMPREHENSIVE_GOVERNANCE_CENTRE_STAFF, Role.ECONOMIC_DEVELOPMENT_CENTRE_STAFF,
      Role.SOCIAL_DEVELOPMENT_CENTRE_STAFF);

  private TeamArbitraries() {}

  /**
   * Returns townships with their grids: 1 to 4 villages of 1 to 4 units (1 to 30 households each).
   *
   * @return townships with their grids
   */
  public static Arbitrary<TeamScenario> townships() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 4).list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(1, 30).list().ofSize(16),
            Arbitraries.of(true, false).list().ofSize(4),
            Arbitraries.integers().between(1, 2))
        .as(TeamArbitraries::township);
  }

  /**
   * Returns scenarios with rosters of every richness, from empty to ample.
   *
   * @return scenarios with rosters of every richness, from empty to ample
   */
  public static Arbitrary<TeamScenario> scenarios() {
    return townships().flatMap(base -> rosters(base, 0, 3).map(roster -> withRoster(base, roster)));
  }

  /**
   * Returns scenarios whose rosters hold enough people of every kind for the default team policy.
   *
   * @return scenarios whose rosters hold enough people of every kind for the default team policy
   */
  public static Arbitrary<TeamScenario> ampleScenarios() {
    return townships().flatMap(base -> rosters(base, 0, 2).map(extra -> withRoster(base, ample(base, extra))));
  }

  private static TeamScenario withRoster(TeamScenario base, Roster roster) {
    return new TeamScenario(base.township(), base.grids(), roster);
  }

  private static TeamScenario township(
      List<Integer> unitsPerVillage, List<Integer> households, List<Boolean> split, int districts) {
    Township.Builder builder = Township.builder(JurisdictionArbitraries.COUNTY, TOWNSHIP, "示范乡").adjacencyKnown();
    List<ServedGrid> grids = new ArrayList<>();
    int next = 0;
    for (int v = 0; v < unitsPerVillage.size(); v++) {
      VillageId village = VillageId.of("V" + (v + 1));
      List<Unit> units = new ArrayList<>();
      for (int u = 0; u < unitsPerVillage.get(v); u++) {
        units.add(Unit.of(UnitId.of(village.value() + "-G" + (u + 1)), (u + 1) + "组", households.get(next++ % 16)));
      }
      builder.village(Village.of(village, "村" + (v + 1), units));
      for (int u = 1; u < units.size(); u++) {
        builder.adjacent(units.get(u - 1).id(), units.get(u).id());
      }
      DistrictId district = DistrictId.of("D" + (v % districts + 1));
      List<UnitId> ids = units.stream().map(Unit::id).toList();
      if (split.get(v) && ids.size() > 1) {
        int half = ids.size() / 2;
        grids.add(ServedGrid.of(GridId.of(village.value() + "-N1"), village, ids.subList(0, half), district));
        grids.add(ServedGrid.of(GridId.of(village.value() + "-N2"), village, ids.subList(half, ids.size()),
            district));
      } else {
        grids.add(ServedGrid.of(GridId.of(village.value() + "-N1"), village, ids, district));
      }
    }
    return new TeamScenario(builder.build(), ImmutableList.copyOf(grids), Roster.of(TOWNSHIP, List.of()));
  }

  /**
   * Returns rosters for a township: for each village and each village role, {@code min} to {@code max} people of
   * that village holding it (sometimes with a second role, a party class and a home unit); for each township role,
   * {@code min} to {@code max} people of no village.
   *
   * @param base the township and its grids
   * @param min the fewest people per role and place
   * @param max the most people per role and place
   * @return the arbitrary
   */
  public static Arbitrary<Roster> rosters(TeamScenario base, int min, int max) {
    int villages = base.township().villages().size();
    int slots = villages * VILLAGE_ROLES.size() + TOWNSHIP_ROLES.size();
    return Combinators.combine(
            Arbitraries.integers().between(min, max).list().ofSize(slots),
            Arbitraries.of(PartyMembership.class).list().ofSize(64),
            Arbitraries.integers().between(0, 1 << 16).list().ofSize(64))
        .as((counts, parties, seeds) -> {
          List<Person> people = new ArrayList<>();
          int slot = 0;
          for (Village village : base.township().villages()) {
            for (Role role : VILLAGE_ROLES) {
              for (int i = 0; i < counts.get(slot); i++) {
                int n = people.size();
                int seed = seeds.get(n % 64);
                List<Role> roles = seed % 5 == 0
                    ? List.of(role, VILLAGE_ROLES.get(seed % VILLAGE_ROLES.size()))
                    : List.of(role);
                Person person = Person.of(PersonId.of("P" + n), "人" + n, village.id(), parties.get(n % 64), roles);
                people.add(seed % 3 == 0 ? person
                    : person.livingIn(village.units().get(seed % village.units().size()).id()));
              }
              slot++;
            }
          }
          for (Role role : TOWNSHIP_ROLES) {
            for (int i = 0; i < counts.get(slot); i++) {
              int n = people.size();
              people.add(Person.of(PersonId.of("P" + n), "人" + n, null, parties.get(n % 64), List.of(role)));
            }
            slot++;
          }
          return Roster.of(TOWNSHIP, people);
        });
  }

  /**
   * Returns a roster ample for the default policy: per village, one party secretary and, per grid, a stationed
   * cadre, four village cadres and a villager representative; per district, a leadership member and four police
   * officers; a centre head and four centre staff; then the people of {@code extra} after them.
   */
  private static Roster ample(TeamScenario base, Roster extra) {
    List<Person> people = new ArrayList<>();
    for (Village village : base.township().villages()) {
      long grids = base.grids().stream().filter(g -> g.village().equals(village.id())).count();
      add(people, village.id(), Role.VILLAGE_PARTY_SECRETARY, 1, PartyMembership.WITH_POST);
      add(people, village.id(), Role.VILLAGE_STATIONED_CADRE, (int) grids, PartyMembership.WITH_POST);
      add(people, village.id(), Role.VILLAGE_CADRE, (int) grids * 4, PartyMembership.WITHOUT_POST);
      add(people, village.id(), Role.VILLAGER_REPRESENTATIVE, (int) grids, PartyMembership.NONE);
    }
    long districts = base.grids().stream().map(ServedGrid::district).distinct().count();
    add(people, null, Role.TOWNSHIP_LEADERSHIP_MEMBER, (int) districts, PartyMembership.WITH_POST);
    add(people, null, Role.RESPONSIBLE_POLICE_OFFICER, (int) districts * 4, PartyMembership.NONE);
    add(people, null, Role.TOWNSHIP_CENTRE_HEAD, 1, PartyMembership.WITH_POST);
    add(people, null, Role.CONVENIENCE_SERVICE_CENTRE_STAFF, 4, PartyMembership.NONE);
    for (Person person : extra.people()) {
      people.add(new Person(PersonId.of("X" + person.id().value()), person.nameInClear(COPYING), person.roles(),
          person.homeVillage(), person.homeUnit(), person.party()));
    }
    return Roster.of(TOWNSHIP, people);
  }

  private static void add(List<Person> people, VillageId village, Role role, int count, PartyMembership party) {
    for (int i = 0; i < count; i++) {
      String id = "A" + people.size();
      people.add(Person.of(PersonId.of(id), "人" + id, village, party, List.of(role)));
    }
  }
}
