package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.OpeningHours;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.ServiceStation;
import org.grid.core.model.team.TeamId;
import org.grid.core.port.out.ServiceStationRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ServiceStationRepository}. An adapter proves itself by a test class that extends this one
 * and returns a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class AbstractServiceStationRepositoryContractTest {

  private static final TownshipId T1 = TownshipId.of("T1");
  private static final TownshipId T2 = TownshipId.of("T2");

  private ServiceStationRepository repository;

  /** For the subclass that JUnit runs, which supplies the repository under test through {@link #newRepository()}. */
  protected AbstractServiceStationRepositoryContractTest() {}

  /**
   * Returns a new repository holding no station; called before every test.
   *
   * @return the repository under test
   */
  protected abstract ServiceStationRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  private static ServiceStation station(TownshipId township, String team, String place, PersonId... onDuty) {
    return ServiceStation.of(township, TeamId.of(team), place, List.of(
        OpeningHours.of(DayOfWeek.MONDAY, "08:30", "12:00"), OpeningHours.of(DayOfWeek.MONDAY, "14:00", "17:30"),
        OpeningHours.of(DayOfWeek.SATURDAY, "09:00", "11:00")), List.of(onDuty));
  }

  @Test
  void aSavedStationIsFoundAsItWasWithItsHoursAndPeopleInOrder() {
    ServiceStation station = station(T1, "TEAM-N1", "五都村村委会一楼（便民服务站）", PersonId.of("P2"), PersonId.of("P1"));
    repository.save(station);

    assertThat(repository.findByTeam(T1, TeamId.of("TEAM-N1"))).contains(station);
    assertThat(repository.findByTeam(T1, TeamId.of("TEAM-N1")).orElseThrow().onDuty())
        .containsExactly(PersonId.of("P2"), PersonId.of("P1"));
    assertThat(repository.findByTeam(T2, TeamId.of("TEAM-N1"))).isEmpty();
    assertThat(repository.findByTeam(T1, TeamId.of("TEAM-N2"))).isEmpty();
  }

  @Test
  void aSaveReplacesTheTeamsStationAsAWhole() {
    repository.save(station(T1, "TEAM-N1", "old", PersonId.of("P1"), PersonId.of("P2")));
    ServiceStation replaced = ServiceStation.of(T1, TeamId.of("TEAM-N1"), "new",
        List.of(OpeningHours.of(DayOfWeek.TUESDAY, "09:00", "10:00")), List.of(PersonId.of("P3")));
    repository.save(replaced);

    assertThat(repository.findByTeam(T1, TeamId.of("TEAM-N1"))).contains(replaced);
    assertThat(repository.findByTownship(T1)).containsExactly(replaced);
  }

  @Test
  void aTownshipsStationsComeInTeamOrderAndStayInTheirTownship() {
    ServiceStation b = station(T1, "TEAM-N2", "b");
    ServiceStation a = station(T1, "TEAM-N1", "a", PersonId.of("P1"));
    ServiceStation other = station(T2, "TEAM-N1", "c");
    repository.save(b);
    repository.save(a);
    repository.save(other);

    assertThat(repository.findByTownship(T1)).containsExactly(a, b);
    assertThat(repository.findByTownship(T2)).containsExactly(other);
    assertThat(repository.findByTownship(TownshipId.of("T3"))).isEmpty();
  }

  @Test
  void deleteRemovesOnlyThatTeamsStation() {
    repository.save(station(T1, "TEAM-N1", "a"));
    repository.save(station(T2, "TEAM-N1", "b"));

    assertThat(repository.delete(T1, TeamId.of("TEAM-N1"))).isTrue();
    assertThat(repository.delete(T1, TeamId.of("TEAM-N1"))).isFalse();
    assertThat(repository.findByTownship(T1)).isEmpty();
    assertThat(repository.findByTownship(T2)).hasSize(1);
  }

  @Test
  void nullArgumentsAreRefused() {
    assertThatThrownBy(() -> repository.save(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findByTeam(null, TeamId.of("TEAM-N1")))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repository.findByTownship(null)).isInstanceOf(NullPointerException.class);
  }
}
