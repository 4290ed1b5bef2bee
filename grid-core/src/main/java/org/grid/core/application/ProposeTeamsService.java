package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamEvent;
import org.grid.core.model.team.TeamProposal;
import org.grid.core.model.team.TeamProposer;
import org.grid.core.port.in.ProposeTeamsCommand;
import org.grid.core.port.in.ProposeTeamsUseCase;
import org.grid.core.port.out.DomainEventPublisher;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.TownshipRepository;
import org.grid.core.port.out.UnitOfWork;
import org.grid.core.port.out.Versioned;

/**
 * Implements {@link ProposeTeamsUseCase} over the township, people and team ports. Thread-safe when its ports
 * are.
 *
 * <p>When a complete proposal is stored, each team stored for the first time is published as {@link
 * TeamEvent.TeamFormed} and each whose membership differs from the stored one as {@link TeamEvent.TeamChanged}
 * (a team stored again unchanged publishes nothing), through the {@link DomainEventPublisher} and inside the same
 * unit of work, after the teams were saved.
 */
public final class ProposeTeamsService implements ProposeTeamsUseCase {

  private final TownshipRepository townships;
  private final PersonRepository people;
  private final TeamRepository teams;
  private final UnitOfWork unitOfWork;
  private final Validator validator;
  private final DomainEventPublisher events;

  /**
   * Creates the service without events (they are dropped: {@link DomainEventPublisher#none()}).
   *
   * @param townships where townships are kept, not null
   * @param people where people are kept, not null
   * @param teams where teams are stored when a proposal is complete, not null
   * @param unitOfWork the unit of work each use case runs in (one transaction), not null
   * @param validator the Jakarta validator that checks commands, not null
   * @throws NullPointerException if an argument is null
   */
  public ProposeTeamsService(
      TownshipRepository townships, PersonRepository people, TeamRepository teams, UnitOfWork unitOfWork,
      Validator validator) {
    this(townships, people, teams, unitOfWork, validator, DomainEventPublisher.none());
  }

  /**
   * Creates the service that publishes team events.
   *
   * @param townships where townships are kept, not null
   * @param people where people are kept, not null
   * @param teams where teams are stored when a proposal is complete, not null
   * @param unitOfWork the unit of work each use case runs in (one transaction), not null
   * @param validator the Jakarta validator that checks commands, not null
   * @param events where team events are published, in the unit of work of the change; not null
   * @throws NullPointerException if an argument is null
   */
  public ProposeTeamsService(
      TownshipRepository townships, PersonRepository people, TeamRepository teams, UnitOfWork unitOfWork,
      Validator validator, DomainEventPublisher events) {
    this.events = requireNonNull(events, "events");
    this.townships = requireNonNull(townships, "townships");
    this.people = requireNonNull(people, "people");
    this.teams = requireNonNull(teams, "teams");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.validator = requireNonNull(validator, "validator");
  }

  @Override
  public Outcome propose(ProposeTeamsCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    return unitOfWork.inTransaction(() -> proposeInTransaction(command));
  }

  private Outcome proposeInTransaction(ProposeTeamsCommand command) {
    Optional<Township> township = townships.findById(command.township());
    if (township.isEmpty()) {
      return new UnknownTownship(command.township());
    }
    Roster roster = people.roster(command.township());
    TeamProposal proposal =
        TeamProposer.propose(township.get(), command.grids(), roster, command.policy(), command.at());
    if (proposal.complete()) {
      List<TeamEvent> published = new ArrayList<>();
      for (Team team : proposal.teams()) {
        Optional<Versioned<Team>> before = teams.findVersioned(command.township(), team.id());
        teams.save(team);
        if (before.isEmpty() || TeamEvent.changed(before.get().value(), team)) {
          // Read after the save: the version this save gave, even if another writer saved in between.
          long version = teams.findVersioned(command.township(), team.id()).map(Versioned::version)
              .orElseThrow(() -> new IllegalStateException("team " + team.id() + " was not found after saving it"));
          published.add(before.isEmpty()
              ? new TeamEvent.TeamFormed(township.get().county(), team, version, command.at().toInstant())
              : new TeamEvent.TeamChanged(township.get().county(), team, version, command.at().toInstant()));
        }
      }
      events.publish(published);
    }
    return new Proposed(proposal, proposal.complete());
  }
}
