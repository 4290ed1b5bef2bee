package org.grid.core.model.team;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;

/** A small township for the team tests: 五都村 (two grids) and 石门村 (one grid) in one district. */
final class TeamFixtures {

  static final TownshipId T = TownshipId.of("T01");
  static final VillageId WUDU = VillageId.of("T01-V04");
  static final VillageId SHIMEN = VillageId.of("T01-V07");
  static final OffsetDateTime AT = OffsetDateTime.parse("2025-01-01T00:00:00+08:00");

  private TeamFixtures() {}

  static Township township() {
    return Township.builder(CountyId.of("C1"), T, "示范乡")
        .village(Village.of(WUDU, "五都村", List.of(
            Unit.of(UnitId.of("T01-V04-G01"), "1组", 150), Unit.of(UnitId.of("T01-V04-G02"), "2组", 160))))
        .village(Village.of(SHIMEN, "石门村", List.of(Unit.of(UnitId.of("T01-V07-G01"), "1组", 180))))
        .adjacent(UnitId.of("T01-V04-G01"), UnitId.of("T01-V04-G02"))
        .build();
  }

  static List<ServedGrid> grids() {
    DistrictId d = DistrictId.of("T01-D1");
    return List.of(
        ServedGrid.of(GridId.of("T01-V04-N1"), WUDU, List.of(UnitId.of("T01-V04-G01")), d),
        ServedGrid.of(GridId.of("T01-V04-N2"), WUDU, List.of(UnitId.of("T01-V04-G02")), d),
        ServedGrid.of(GridId.of("T01-V07-N1"), SHIMEN, List.of(UnitId.of("T01-V07-G01")), d));
  }

  /** The plan whose grids are {@link #grids()}: the same grids, units and district, as partitioning gives them. */
  static Plan plan() {
    return Plan.of(T, PartitionPolicy.defaults(),
        List.of(
            Grid.of(GridId.of("T01-V04-N1"), WUDU, List.of(UnitId.of("T01-V04-G01"))),
            Grid.of(GridId.of("T01-V04-N2"), WUDU, List.of(UnitId.of("T01-V04-G02"))),
            Grid.of(GridId.of("T01-V07-N1"), SHIMEN, List.of(UnitId.of("T01-V07-G01")))),
        List.of(District.of(DistrictId.of("T01-D1"),
            List.of(GridId.of("T01-V04-N1"), GridId.of("T01-V04-N2"), GridId.of("T01-V07-N1")))));
  }

  /** A roster that allows every team to meet the default policy. */
  static List<Person> fullRoster() {
    List<Person> people = new ArrayList<>();
    for (VillageId village : List.of(WUDU, SHIMEN)) {
      String v = village.value();
      people.add(person(v + "-secretary", village, PartyMembership.WITH_POST, Role.VILLAGE_PARTY_SECRETARY));
      people.add(person(v + "-cadre", village, PartyMembership.NONE, Role.VILLAGE_STATIONED_CADRE));
      people.add(person(v + "-vc1", village, PartyMembership.WITH_POST, Role.VILLAGE_CADRE));
      people.add(person(v + "-vc2", village, PartyMembership.WITHOUT_POST, Role.VILLAGE_CADRE));
      people.add(person(v + "-rep", village, PartyMembership.NONE, Role.VILLAGER_REPRESENTATIVE));
      people.add(person(v + "-doctor", village, PartyMembership.NONE, Role.VILLAGE_DOCTOR));
    }
    people.add(person("lead1", null, PartyMembership.WITH_POST, Role.TOWNSHIP_LEADERSHIP_MEMBER));
    people.add(person("police", null, PartyMembership.WITH_POST, Role.RESPONSIBLE_POLICE_OFFICER));
    people.add(person("deputy", null, PartyMembership.NONE, Role.DEPUTY_OR_COMMITTEE_MEMBER));
    people.add(person("group1", null, PartyMembership.NONE, Role.RESIDENT_WORKING_GROUP_MEMBER));
    people.add(person("head", null, PartyMembership.WITH_POST, Role.TOWNSHIP_CENTRE_HEAD));
    people.add(person("conv", null, PartyMembership.NONE, Role.CONVENIENCE_SERVICE_CENTRE_STAFF));
    people.add(person("gov", null, PartyMembership.NONE, Role.COMPREHENSIVE_GOVERNANCE_CENTRE_STAFF));
    people.add(person("eco", null, PartyMembership.NONE, Role.ECONOMIC_DEVELOPMENT_CENTRE_STAFF));
    people.add(person("soc", null, PartyMembership.NONE, Role.SOCIAL_DEVELOPMENT_CENTRE_STAFF));
    return people;
  }

  static Person person(String id, VillageId village, PartyMembership party, Role... roles) {
    return Person.of(PersonId.of(id), "人" + id, village, party, List.of(roles));
  }
}
