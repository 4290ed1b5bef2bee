package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
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
import org.grid.core.port.out.Versioned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TeamRepository}. An adapter proves itself by a test class that extends this one and
 * returns a fresh, empty repository from {@link #newRepository()}.
 *
 * <p>Besides storing and finding, it checks the optimistic concurrency of the port: the tests it inherits from
 * {@link AbstractVersionedRepositoryContractTest} (versions, stale and concurrent saves, a read beside a writer),
 * and that a team's version is its own (another township's team of the same id, or another team, does not move it).
 */
public abstract class AbstractTeamRepositoryContractTest extends AbstractVersionedRepositoryContractTest<Team> {

  private static final TownshipId T1 = TownshipId.of("T1");
  private static final OffsetDateTime AT = OffsetDateTime.parse("2025-01-01T08:00:00+08:00");

  private TeamRepository repository;

  /**
   * For the subclass that JUnit runs, which supplies the team repository under test through {@link #newRepository()}.
   */
  protected AbstractTeamRepositoryContractTest() {}

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

  @Override
  protected Team aggregate(String key, int variant) {
    String id = "TEAM-N" + key;
    String grid = "N" + key;
    return switch (variant) {
      case 0 -> villageTeam(id, grid, "L1");
      case 1 -> Team.of(TeamId.of(id), T1, new TeamScope.VillageGrid(GridId.of(grid), VillageId.of("V1")),
          PersonId.of("L2"), Set.of(PersonId.of("B3"), PersonId.of("B4"), PersonId.of("B5")),
          Set.of(PersonId.of("O2"), PersonId.of("O3")), PersonId.of("B4"),
          Map.of(DutyRole.VILLAGE_SURVEY, PersonId.of("O3"), DutyRole.POLICY_OUTREACH, PersonId.of("B5")),
          AT.plusDays(1));
      case 2 -> villageTeam(id, grid, "LA");
      default -> villageTeam(id, grid, "LB");
    };
  }

  @Override
  protected void saveUnconditionally(Team team) {
    repository.save(team);
  }

  @Override
  protected boolean saveAt(Team team, long expectedVersion) {
    return repository.save(team, expectedVersion);
  }

  @Override
  protected Optional<Versioned<Team>> findVersioned(Team team) {
    return repository.findVersioned(team.township(), team.id());
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
  void aConditionalSaveIsSeenByEveryQuery() {
    Team created = villageTeam("TEAM-N1", "N1", "L1");
    assertThat(repository.save(created, 0)).isTrue();
    Team changed = villageTeam("TEAM-N1", "N1", "L2");

    assertThat(repository.save(changed, 1)).isTrue();

    assertThat(repository.findById(T1, created.id())).contains(changed);
    assertThat(repository.findByTownship(T1)).containsExactly(changed);
    assertThat(repository.findByGrid(T1, GridId.of("N1"))).contains(changed);
  }

  @Test
  void eachTeamHasAVersionOfItsOwn() {
    Team other = Team.of(TeamId.of("TEAM-N1"), TownshipId.of("T2"), new TeamScope.Township(TownshipId.of("T2")),
        PersonId.of("H"), Set.of(), Set.of(), null, Map.of(), AT);
    repository.save(villageTeam("TEAM-N1", "N1", "L1"));
    repository.save(villageTeam("TEAM-N2", "N2", "L1"));
    repository.save(villageTeam("TEAM-N2", "N2", "L2"));
    repository.save(other);
    repository.save(other);
    repository.save(other);

    assertThat(repository.save(villageTeam("TEAM-N1", "N1", "L3"), 1)).isTrue();
    assertThat(repository.findVersioned(T1, TeamId.of("TEAM-N1")).orElseThrow().version()).isEqualTo(2);
    assertThat(repository.findVersioned(T1, TeamId.of("TEAM-N2")).orElseThrow().version()).isEqualTo(2);
    assertThat(repository.findVersioned(TownshipId.of("T2"), other.id())).contains(new Versioned<>(other, 3));
  }

  @Test
  void aNegativeExpectedVersionOrANullIsRefused() {
    Team team = villageTeam("TEAM-N1", "N1", "L1");

    assertThatThrownBy(() -> repository.save(team, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> repository.save(null, 0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findVersioned(null, team.id())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findVersioned(T1, null)).isInstanceOf(NullPointerException.class);
    assertThat(repository.findByTownship(T1)).isEmpty();
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> repository.save(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findById(null, TeamId.of("X"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findByGrid(T1, null)).isInstanceOf(NullPointerException.class);
  }
}
