package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.grid.core.model.duty.CardCurrency;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.ServiceStation;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.grid.core.model.team.TeamValidation;
import org.grid.core.model.team.TeamViolation;
import org.grid.core.port.in.ReviewCardsCommand;
import org.grid.core.port.in.ReviewCardsUseCase;
import org.grid.core.port.out.DutyLogRepository;
import org.grid.core.port.out.ServiceStationRepository;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.UnitOfWork;

/**
 * Implements {@link ReviewCardsUseCase} over the team, station and duty log ports. The log is read from the earliest
 * composition of a reviewed team (earlier cards are out of date anyway) to the review's time. Thread-safe when its
 * ports are.
 */
public final class ReviewCardsService implements ReviewCardsUseCase {

  private final TeamRepository teams;
  private final ServiceStationRepository stations;
  private final DutyLogRepository log;
  private final UnitOfWork unitOfWork;
  private final Validator validator;

  /**
   * Creates the service.
   *
   * @param teams where teams are kept, not null
   * @param stations where stations are kept, not null
   * @param log where the duty log is kept, not null
   * @param unitOfWork the unit of work each review reads in, not null
   * @param validator the Jakarta validator that checks commands, not null
   * @throws NullPointerException if an argument is null
   */
  public ReviewCardsService(TeamRepository teams, ServiceStationRepository stations, DutyLogRepository log,
      UnitOfWork unitOfWork, Validator validator) {
    this.teams = requireNonNull(teams, "teams");
    this.stations = requireNonNull(stations, "stations");
    this.log = requireNonNull(log, "log");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.validator = requireNonNull(validator, "validator");
  }

  @Override
  public CardReview review(ReviewCardsCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    return unitOfWork.inTransaction(() -> reviewInTransaction(command));
  }

  private CardReview reviewInTransaction(ReviewCardsCommand command) {
    List<Team> all = teams.findByTownship(command.township());
    Set<GridId> grids = command.grids().stream().map(ServedGrid::id).collect(Collectors.toSet());
    Set<DistrictId> districts = command.grids().stream().map(ServedGrid::district).collect(Collectors.toSet());
    List<Team> reviewed = all.stream().filter(team -> reviews(team, grids, districts)).toList();
    Set<TeamId> known = all.stream().map(Team::id).collect(Collectors.toSet());
    Set<TeamId> reviewedIds = reviewed.stream().map(Team::id).collect(Collectors.toSet());
    List<ServiceStation> relevant = stations.findByTownship(command.township()).stream()
        .filter(s -> reviewedIds.contains(s.team()) || !known.contains(s.team()))
        .toList();
    ImmutableList<TeamViolation> shortfalls = TeamValidation.validateStations(reviewed, relevant, command.policy());

    Map<UnitId, GridId> gridOfUnit = new HashMap<>();
    command.grids().forEach(grid -> grid.units().forEach(unit -> gridOfUnit.put(unit, grid.id())));
    Map<GridId, Team> teamOfGrid = new HashMap<>();
    for (Team team : reviewed) {
      if (team.scope() instanceof TeamScope.VillageGrid grid) {
        teamOfGrid.put(grid.grid(), team);
      }
    }
    Map<HouseholdId, Team> teamOf = new LinkedHashMap<>();
    for (Household household : command.register().households()) {
      Team team = teamOfGrid.get(gridOfUnit.get(household.unit()));
      if (team != null) {
        teamOf.put(household.id(), team);
      }
    }
    OffsetDateTime to = command.at().plusNanos(1);
    OffsetDateTime from = teamOf.values().stream().map(Team::composedAt).min(OffsetDateTime.timeLineOrder())
        .orElse(to);
    List<DutyLogEntry> entries = from.isBefore(to) ? log.findByTownship(command.township(), from, to) : List.of();
    return new CardReview(shortfalls, CardCurrency.outOfDate(entries, teamOf, command.at()),
        ImmutableSet.copyOf(teamOf.keySet()));
  }

  /** A village grid team of a reviewed grid, the district team of a reviewed grid's district, the township team. */
  private static boolean reviews(Team team, Set<GridId> grids, Set<DistrictId> districts) {
    if (team.scope() instanceof TeamScope.VillageGrid grid) {
      return grids.contains(grid.grid());
    }
    if (team.scope() instanceof TeamScope.District district) {
      return districts.contains(district.district());
    }
    return true;
  }
}
