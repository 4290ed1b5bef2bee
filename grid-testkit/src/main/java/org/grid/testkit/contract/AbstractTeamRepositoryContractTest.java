package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.DutyRole;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.grid.core.port.out.TeamRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TeamRepository}. An adapter proves itself by a test class that extends this one and
 * returns a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class AbstractTeamRepositoryContractTest {

  private static final TownshipId T1 = TownshipId.of("T1");
  private static final OffsetDateTime AT = OffsetDateTime.parse("2025-01-01T08:00:00+08:00");

  private TeamRepository repository;

  /**
   * Returns a new repository holding no team; called before every test.
   *
   * @return the repository under test
   */
  protected abstract TeamRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  private static Team villageTeam(String id, String grid, String leader) {
    return Team.of(TeamId.of(id), T1, new TeamScope.VillageGrid(GridId.of(grid), VillageId.of("V1")),
        PersonId.of(leader), Set.of(PersonId.of("B1"), PersonId.of("B2")), Set.of(PersonId.of("O1")),
        PersonId.of("B1"), Map.of(DutyRole.VILLAGE_SURVEY, PersonId.of("O1")), AT);
  }

  @Test
  void aSavedTeamIsFoundEqual() {
    Team team = villageTeam("TEAM-N1", "N1", "L1");

    repository.save(team);

    assertThat(repository.findById(T1, team.id())).contains(team);
    assertThat(repository.findById(TownshipId.of("T2"), team.id())).isEmpty();
    assertThat(repository.findByGrid(T1, GridId.of("N1"))).contains(team);
    assertThat(repository.findByGrid(T1, GridId.of("N2"))).isEmpty();
  }

  @Test
  void savingAgainReplacesTheWholeTeam() {
    repository.save(villageTeam("TEAM-N1", "N1", "L1"));
    Team changed = villageTeam("TEAM-N1", "N1", "L2");

    repository.save(changed);

    assertThat(repository.findByTownship(T1)).containsExactly(changed);
  }

  @Test
  void teamsOfEveryLevelAreListedInIdOrder() {
    Team district = Team.of(TeamId.of("TEAM-D1"), T1, new TeamScope.District(DistrictId.of("D1")), null, Set.of(),
        Set.of(), null, Map.of(), AT);
    Team township = Team.of(TeamId.of("TEAM-T1"), T1, new TeamScope.Township(T1), PersonId.of("H"), Set.of(),
        Set.of(), null, Map.of(), AT);
    Team village = villageTeam("TEAM-N1", "N1", "L1");
    repository.save(township);
    repository.save(village);
    repository.save(district);

    assertThat(repository.findByTownship(T1)).containsExactly(district, village, township);
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> repository.save(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findById(null, TeamId.of("X"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findByGrid(T1, null)).isInstanceOf(NullPointerException.class);
  }
}
