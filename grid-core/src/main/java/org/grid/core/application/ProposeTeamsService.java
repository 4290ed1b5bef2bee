package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Validator;
import java.util.Optional;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamProposal;
import org.grid.core.model.team.TeamProposer;
import org.grid.core.port.in.ProposeTeamsCommand;
import org.grid.core.port.in.ProposeTeamsUseCase;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.TownshipRepository;
import org.grid.core.port.out.UnitOfWork;

/**
 * Implements {@link ProposeTeamsUseCase} over the township, people and team ports. Thread-safe when its ports
 * are.
 */
public final class ProposeTeamsService implements ProposeTeamsUseCase {

  private final TownshipRepository townships;
  private final PersonRepository people;
  private final TeamRepository teams;
  private final UnitOfWork unitOfWork;
  private final Validator validator;

  /**
   * Creates the service.
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
      for (Team team : proposal.teams()) {
        teams.save(team);
      }
    }
    return new Proposed(proposal, proposal.complete());
  }
}
