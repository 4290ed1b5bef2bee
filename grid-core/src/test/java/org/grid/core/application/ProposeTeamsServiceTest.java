package org.grid.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.jurisdiction.CountyId;
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
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamEvent;
import org.grid.core.model.team.TeamPolicy;
import org.grid.core.model.team.TeamRule;
import org.grid.core.port.in.ProposeTeamsCommand;
import org.grid.core.port.in.ProposeTeamsUseCase;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.TownshipRepository;
import org.grid.core.port.out.Versioned;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ProposeTeamsServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final TownshipId T = TownshipId.of("T1");
  private static final VillageId V = VillageId.of("V1");
  private static final OffsetDateTime AT = OffsetDateTime.parse("2025-01-01T00:00:00+08:00");
  private static final List<ServedGrid> GRIDS =
      List.of(ServedGrid.of(GridId.of("N1"), V, List.of(UnitId.of("U1")), DistrictId.of("D1")));

  private final Map<TeamId, Team> stored = new HashMap<>();
  private final Map<TeamId, Long> versions = new HashMap<>();
  private final List<DomainEvent> published = new ArrayList<>();
  private final List<Person> roster = new ArrayList<>();
  private final CountingUnitOfWork unitOfWork = new CountingUnitOfWork();
  private final ProposeTeamsService service = new ProposeTeamsService(townships(), people(), teams(), unitOfWork,
      VALIDATION.getValidator());

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  private void staff(PersonId id, VillageId village, Role... roles) {
    roster.add(Person.of(id, id.value(), village, PartyMembership.NONE, Arrays.asList(roles)));
  }

  private void fullRoster() {
    staff(PersonId.of("sec"), V, Role.VILLAGE_PARTY_SECRETARY);
    staff(PersonId.of("cadre"), V, Role.VILLAGE_STATIONED_CADRE);
    staff(PersonId.of("vc1"), V, Role.VILLAGE_CADRE);
    staff(PersonId.of("vc2"), V, Role.VILLAGE_CADRE);
    staff(PersonId.of("rep"), V, Role.VILLAGER_REPRESENTATIVE);
    staff(PersonId.of("lead"), null, Role.TOWNSHIP_LEADERSHIP_MEMBER);
    staff(PersonId.of("head"), null, Role.TOWNSHIP_CENTRE_HEAD);
    for (int i = 0; i < 4; i++) {
      staff(PersonId.of("police" + i), null, Role.RESPONSIBLE_POLICE_OFFICER);
      staff(PersonId.of("staff" + i), null, Role.CONVENIENCE_SERVICE_CENTRE_STAFF);
    }
  }

  @Test
  void aCompleteProposalIsStored() {
    fullRoster();

    ProposeTeamsUseCase.Outcome outcome =
        service.propose(new ProposeTeamsCommand(T, GRIDS, TeamPolicy.defaults(), AT));

    assertThat(outcome).isInstanceOfSatisfying(ProposeTeamsUseCase.Proposed.class, proposed -> {
      assertThat(proposed.proposal().shortfalls()).isEmpty();
      assertThat(proposed.stored()).isTrue();
    });
    assertThat(stored).containsOnlyKeys(TeamId.of("TEAM-N1"), TeamId.of("TEAM-D1"), TeamId.of("TEAM-T1"));
    assertThat(unitOfWork.units()).as("the three teams are stored in one unit of work").isEqualTo(1);
  }

  @Test
  void storedTeamsArePublishedAsFormedThenAsChangedOnlyWhenTheirMembershipChanges() {
    ProposeTeamsService publishing = new ProposeTeamsService(townships(), people(), teams(), unitOfWork,
        VALIDATION.getValidator(), events -> {
          assertThat(unitOfWork.inUnit()).as("events are published inside the use case's unit of work").isTrue();
          published.addAll(events);
        });
    fullRoster();

    publishing.propose(new ProposeTeamsCommand(T, GRIDS, TeamPolicy.defaults(), AT));

    assertThat(published).hasSize(3).allSatisfy(e -> {
      assertThat(e).isInstanceOf(TeamEvent.TeamFormed.class);
      assertThat(e.county()).isEqualTo(CountyId.of("C1"));
      assertThat(e.at()).isEqualTo(AT.toInstant());
      assertThat(((TeamEvent) e).version()).isEqualTo(1);
      assertThat(((TeamEvent) e).team()).isEqualTo(stored.get(((TeamEvent) e).team().id()));
    });

    published.clear();
    publishing.propose(new ProposeTeamsCommand(T, GRIDS, TeamPolicy.defaults(), AT.plusDays(1)));
    assertThat(published).as("the same teams proposed again: stored, but nothing changed").isEmpty();

    roster.removeIf(p -> p.id().equals(PersonId.of("vc2")));
    staff(PersonId.of("vc3"), V, Role.VILLAGE_CADRE);
    publishing.propose(new ProposeTeamsCommand(T, GRIDS, TeamPolicy.defaults(), AT.plusDays(2)));
    assertThat(published).as("only the village grid team had a member replaced").singleElement()
        .isInstanceOfSatisfying(TeamEvent.TeamChanged.class, changed -> {
          assertThat(changed.team().id()).isEqualTo(TeamId.of("TEAM-N1"));
          assertThat(changed.team().hasMember(PersonId.of("vc3"))).isTrue();
          assertThat(changed.team().hasMember(PersonId.of("vc2"))).isFalse();
          assertThat(changed.version()).isEqualTo(3);
        });
  }

  @Test
  void aPlanIsProposedForAsItsServedGrids() {
    fullRoster();
    Plan plan = Plan.of(T, PartitionPolicy.defaults(), List.of(Grid.of(GridId.of("N1"), V, List.of(UnitId.of("U1")))),
        List.of(District.of(DistrictId.of("D1"), List.of(GridId.of("N1")))));

    ProposeTeamsCommand command = ProposeTeamsCommand.of(plan, TeamPolicy.defaults(), AT);

    assertThat(command).isEqualTo(new ProposeTeamsCommand(T, GRIDS, TeamPolicy.defaults(), AT));
    assertThat(service.propose(command)).isInstanceOfSatisfying(ProposeTeamsUseCase.Proposed.class,
        proposed -> assertThat(proposed.stored()).isTrue());
    assertThat(stored).containsOnlyKeys(TeamId.of("TEAM-N1"), TeamId.of("TEAM-D1"), TeamId.of("TEAM-T1"));
  }

  @Test
  void thePlannersResultIsStaffedGridByGrid() {
    fullRoster();
    Township township = townships().findById(T).orElseThrow();
    PlanResult result = PartitionPlanner.create().plan(township, PartitionPolicy.defaults().withDistricts(1));

    ProposeTeamsUseCase.Outcome outcome = service.propose(ProposeTeamsCommand.of(result, TeamPolicy.defaults(), AT));

    assertThat(outcome).isInstanceOfSatisfying(ProposeTeamsUseCase.Proposed.class, proposed -> {
      assertThat(proposed.proposal().shortfalls()).isEmpty();
      assertThat(proposed.stored()).isTrue();
    });
    GridId grid = result.plan().grids().get(0).id();
    DistrictId district = result.plan().districts().get(0).id();
    assertThat(stored).containsOnlyKeys(
        TeamId.of("TEAM-" + grid.value()), TeamId.of("TEAM-" + district.value()), TeamId.of("TEAM-T1"));
  }

  @Test
  void aPlanWhoseGridsCannotBeServedIsRefusedNamingTheGrid() {
    Plan plan = Plan.of(T, PartitionPolicy.defaults(), List.of(Grid.of(GridId.of("N1"), V, List.of(UnitId.of("U1")))),
        List.of());

    assertThatThrownBy(() -> ProposeTeamsCommand.of(plan, TeamPolicy.defaults(), AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grid N1 is in no district of the plan of township T1");
    assertThat(stored).isEmpty();
  }

  @Test
  void anIncompleteProposalIsExplainedAndNotStored() {
    staff(PersonId.of("cadre"), V, Role.VILLAGE_STATIONED_CADRE);

    ProposeTeamsUseCase.Outcome outcome =
        service.propose(new ProposeTeamsCommand(T, GRIDS, TeamPolicy.defaults(), AT));

    assertThat(outcome).isInstanceOfSatisfying(ProposeTeamsUseCase.Proposed.class, proposed -> {
      assertThat(proposed.stored()).isFalse();
      assertThat(proposed.proposal().shortfalls()).anySatisfy(v -> {
        assertThat(v.rule()).isEqualTo(TeamRule.LEADER_MISSING);
        assertThat(v.message()).contains("五都村");
      });
    });
    assertThat(stored).isEmpty();
  }

  @Test
  void anUnknownTownshipIsAnOutcome() {
    assertThat(service.propose(new ProposeTeamsCommand(TownshipId.of("nowhere"), GRIDS, TeamPolicy.defaults(), AT)))
        .isEqualTo(new ProposeTeamsUseCase.UnknownTownship(TownshipId.of("nowhere")));
  }

  @Test
  void aBrokenCommandNamesEachField() {
    assertThatThrownBy(() -> service.propose(new ProposeTeamsCommand(null, List.of(), TeamPolicy.defaults(), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("township")
        .hasMessageContaining("grids")
        .hasMessageContaining("at");
  }

  private TownshipRepository townships() {
    Township township = Township.builder(CountyId.of("C1"), T, "示范乡")
        .village(Village.of(V, "五都村", List.of(Unit.of(UnitId.of("U1"), "1组", 200))))
        .build();
    return new TownshipRepository() {
      @Override
      public void save(Township t) {
        throw new UnsupportedOperationException();
      }

      @Override
      public boolean save(Township t, long expectedVersion) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Versioned<Township>> findVersioned(TownshipId id) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Township> findById(TownshipId id) {
        return id.equals(T) ? Optional.of(township) : Optional.empty();
      }

      @Override
      public List<TownshipId> ids() {
        return List.of(T);
      }
    };
  }

  private PersonRepository people() {
    return new PersonRepository() {
      @Override
      public void save(TownshipId township, Person person) {
        roster.add(person);
      }

      @Override
      public boolean save(TownshipId township, Person person, long expectedVersion) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Versioned<Person>> findVersioned(TownshipId township, PersonId id) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Person> findById(TownshipId township, PersonId id) {
        return roster.stream().filter(p -> p.id().equals(id)).findFirst();
      }

      @Override
      public List<Person> findByTownship(TownshipId township) {
        return township.equals(T) ? List.copyOf(roster) : List.of();
      }

      @Override
      public List<Person> findByVillage(TownshipId township, VillageId village) {
        return findByTownship(township).stream().filter(p -> p.of(village)).toList();
      }
    };
  }

  private TeamRepository teams() {
    return new TeamRepository() {
      @Override
      public void save(Team team) {
        assertThat(unitOfWork.inUnit()).as("a team is stored inside the use case's unit of work").isTrue();
        stored.put(team.id(), team);
        versions.merge(team.id(), 1L, Long::sum);
      }

      @Override
      public boolean save(Team team, long expectedVersion) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Versioned<Team>> findVersioned(TownshipId township, TeamId id) {
        return Optional.ofNullable(stored.get(id)).map(team -> new Versioned<>(team, versions.get(id)));
      }

      @Override
      public Optional<Team> findById(TownshipId township, TeamId id) {
        return Optional.ofNullable(stored.get(id));
      }

      @Override
      public List<Team> findByTownship(TownshipId township) {
        return List.copyOf(stored.values());
      }

      @Override
      public Optional<Team> findByGrid(TownshipId township, GridId grid) {
        return Optional.empty();
      }
    };
  }
}
