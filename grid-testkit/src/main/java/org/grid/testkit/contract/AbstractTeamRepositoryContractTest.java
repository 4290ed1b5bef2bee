package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>Besides storing and finding, it checks the optimistic concurrency of the port: versions start at 1 and go up
 * by one with every save, a conditional save at a stale version (or at 0 for an existing team) is refused and leaves
 * the stored team as it was, a team's version is its own (another township's team of the same id, or another team,
 * does not move it), of two threads saving from the same read version exactly one wins, and a read during
 * concurrent saves returns one whole team with the version it was saved at.
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
  void theFirstSaveStoresVersionOneAndEverySaveOneMore() {
    Team first = villageTeam("TEAM-N1", "N1", "L1");
    Team second = villageTeam("TEAM-N1", "N1", "L2");

    repository.save(first);
    Versioned<Team> afterFirst = repository.findVersioned(T1, first.id()).orElseThrow();
    repository.save(second);

    assertThat(afterFirst).isEqualTo(new Versioned<>(first, 1));
    assertThat(repository.findVersioned(T1, first.id())).contains(new Versioned<>(second, 2));
    assertThat(repository.findVersioned(T1, TeamId.of("TEAM-N2"))).isEmpty();
    assertThat(repository.findVersioned(TownshipId.of("T2"), first.id())).isEmpty();
  }

  @Test
  void aConditionalSaveAtTheReadVersionSucceedsAndBumpsTheVersion() {
    Team created = villageTeam("TEAM-N1", "N1", "L1");
    assertThat(repository.save(created, 0)).isTrue();
    Versioned<Team> read = repository.findVersioned(T1, created.id()).orElseThrow();
    Team changed = villageTeam("TEAM-N1", "N1", "L2");

    boolean saved = repository.save(changed, read.version());

    assertThat(read).isEqualTo(new Versioned<>(created, 1));
    assertThat(saved).isTrue();
    assertThat(repository.findVersioned(T1, created.id())).contains(new Versioned<>(changed, 2));
    assertThat(repository.findByTownship(T1)).containsExactly(changed);
    assertThat(repository.findByGrid(T1, GridId.of("N1"))).contains(changed);
  }

  @Test
  void aSaveAtAStaleVersionIsRefusedAndLeavesTheStoredTeamUnchanged() {
    repository.save(villageTeam("TEAM-N1", "N1", "L1"));
    long read = repository.findVersioned(T1, TeamId.of("TEAM-N1")).orElseThrow().version();
    Team concurrent = villageTeam("TEAM-N1", "N1", "L2");
    assertThat(repository.save(concurrent, read)).isTrue();

    boolean stale = repository.save(villageTeam("TEAM-N1", "N1", "L3"), read);
    boolean ahead = repository.save(villageTeam("TEAM-N1", "N1", "L4"), read + 5);

    assertThat(stale).isFalse();
    assertThat(ahead).isFalse();
    assertThat(repository.findVersioned(T1, TeamId.of("TEAM-N1"))).contains(new Versioned<>(concurrent, read + 1));
    assertThat(repository.findByTownship(T1)).containsExactly(concurrent);
  }

  @Test
  void anUnconditionalSaveMakesAnEarlierReadStale() {
    repository.save(villageTeam("TEAM-N1", "N1", "L1"));
    long read = repository.findVersioned(T1, TeamId.of("TEAM-N1")).orElseThrow().version();
    Team imported = villageTeam("TEAM-N1", "N1", "L9");
    repository.save(imported);

    assertThat(repository.save(villageTeam("TEAM-N1", "N1", "L2"), read)).isFalse();
    assertThat(repository.findVersioned(T1, TeamId.of("TEAM-N1"))).contains(new Versioned<>(imported, read + 1));
  }

  @Test
  void expectingZeroForAnExistingTeamIsRefused() {
    Team existing = villageTeam("TEAM-N1", "N1", "L1");
    repository.save(existing);

    assertThat(repository.save(villageTeam("TEAM-N1", "N1", "L2"), 0)).isFalse();
    assertThat(repository.findVersioned(T1, existing.id())).contains(new Versioned<>(existing, 1));
  }

  @Test
  void expectingAVersionOfAnAbsentTeamIsRefusedAndCreatesNothing() {
    assertThat(repository.save(villageTeam("TEAM-N1", "N1", "L1"), 1)).isFalse();

    assertThat(repository.findById(T1, TeamId.of("TEAM-N1"))).isEmpty();
    assertThat(repository.findByTownship(T1)).isEmpty();
    assertThat(repository.findByGrid(T1, GridId.of("N1"))).isEmpty();
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
  void ofTwoConcurrentSavesFromTheSameReadVersionExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 30; round++) {
        String id = "TEAM-N" + round;
        repository.save(villageTeam(id, "N" + round, "L0"));
        long read = repository.findVersioned(T1, TeamId.of(id)).orElseThrow().version();
        List<Team> contenders = List.of(villageTeam(id, "N" + round, "LA"), villageTeam(id, "N" + round, "LB"));

        List<Boolean> outcomes = Race.run(threads, contenders.stream()
            .<Callable<Boolean>>map(team -> () -> repository.save(team, read))
            .toList());

        assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(true, false);
        Team winner = contenders.get(outcomes.indexOf(true));
        assertThat(repository.findVersioned(T1, TeamId.of(id))).contains(new Versioned<>(winner, read + 1));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void ofTwoConcurrentCreationsOfOneTeamExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 30; round++) {
        String id = "TEAM-N" + round;
        List<Team> contenders = List.of(villageTeam(id, "N" + round, "LA"), villageTeam(id, "N" + round, "LB"));

        List<Boolean> outcomes = Race.run(threads, contenders.stream()
            .<Callable<Boolean>>map(team -> () -> repository.save(team, 0))
            .toList());

        assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(true, false);
        Team winner = contenders.get(outcomes.indexOf(true));
        assertThat(repository.findVersioned(T1, TeamId.of(id))).contains(new Versioned<>(winner, 1));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void ofTwoConcurrentUnconditionalFirstSavesBothSucceedAndOneIsStoredAtVersionTwo() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 30; round++) {
        String id = "TEAM-N" + round;
        List<Team> contenders = List.of(villageTeam(id, "N" + round, "LA"), villageTeam(id, "N" + round, "LB"));

        Race.run(threads, contenders.stream()
            .<Callable<Boolean>>map(team -> () -> {
              repository.save(team);
              return true;
            })
            .toList());

        Versioned<Team> stored = repository.findVersioned(T1, TeamId.of(id)).orElseThrow();
        assertThat(stored.version()).as("round %d", round).isEqualTo(2);
        assertThat(contenders).contains(stored.value());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aReadDuringConcurrentSavesSeesOneWholeTeamWithTheVersionItWasSavedAt() throws Exception {
    // Odd versions hold the small team, even ones the large: a read that mixed two saves, or paired a team with
    // another save's version, shows.
    Team small = villageTeam("TEAM-N1", "N1", "L1");
    Team large = Team.of(small.id(), T1, small.scope(), PersonId.of("L2"),
        Set.of(PersonId.of("B3"), PersonId.of("B4"), PersonId.of("B5")), Set.of(PersonId.of("O2"), PersonId.of("O3")),
        PersonId.of("B4"), Map.of(DutyRole.VILLAGE_SURVEY, PersonId.of("O3"), DutyRole.POLICY_OUTREACH,
            PersonId.of("B5")),
        AT.plusDays(1));
    assertThat(repository.save(small, 0)).isTrue();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      AtomicBoolean writing = new AtomicBoolean(true);
      Callable<Integer> writer = () -> {
        try {
          for (long version = 1; version <= 150; version++) {
            if (!repository.save(version % 2 == 1 ? large : small, version)) {
              throw new AssertionError("the only writer was refused at version " + version);
            }
          }
          return 150;
        } finally {
          writing.set(false);
        }
      };
      Callable<Integer> reader = () -> {
        int reads = 0;
        long last = 0;
        do {
          Versioned<Team> read = repository.findVersioned(T1, small.id()).orElseThrow();
          assertThat(read.value()).as("version %d", read.version()).isEqualTo(read.version() % 2 == 1 ? small : large);
          assertThat(read.version()).isGreaterThanOrEqualTo(last);
          last = read.version();
          reads++;
        } while (writing.get());
        return reads;
      };

      Race.run(threads, List.of(writer, reader));

      assertThat(repository.findVersioned(T1, small.id())).contains(new Versioned<>(small, 151));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> repository.save(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findById(null, TeamId.of("X"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findByGrid(T1, null)).isInstanceOf(NullPointerException.class);
  }
}
