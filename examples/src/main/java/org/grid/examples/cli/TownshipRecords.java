package org.grid.examples.cli;

import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.grid.adapters.inmemory.duty.InMemoryDutyLogRepository;
import org.grid.adapters.inmemory.jurisdiction.InMemoryTownshipRepository;
import org.grid.adapters.inmemory.pairing.InMemoryPairingRepository;
import org.grid.adapters.inmemory.team.InMemoryPersonRepository;
import org.grid.adapters.inmemory.team.InMemoryTeamRepository;
import org.grid.adapters.json.duty.DutyLogJsonReader;
import org.grid.adapters.json.jurisdiction.HouseholdRegisterJsonReader;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.adapters.json.team.RosterJsonReader;
import org.grid.adapters.json.team.ServedGridsJsonReader;
import org.grid.core.application.ComputeComplianceService;
import org.grid.core.application.PairHouseholdsService;
import org.grid.core.application.ProposeTeamsService;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.pairing.PairingPlan;
import org.grid.core.model.pairing.PairingPolicy;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.TeamPolicy;
import org.grid.core.model.team.TeamProposal;
import org.grid.core.port.in.ComputeComplianceUseCase;
import org.grid.core.port.in.PairHouseholdsCommand;
import org.grid.core.port.in.PairHouseholdsUseCase;
import org.grid.core.port.in.ProposeTeamsCommand;
import org.grid.core.port.in.ProposeTeamsUseCase;
import org.grid.core.port.out.UnitOfWork;

/**
 * A township's files (township, grids, roster, households, and a duty log) read into in-memory stores, with the
 * service teams proposed and the households paired through the use cases, with the default policies: where the
 * {@code teams} and {@code assess} commands both start. The use cases read what they work on from repositories, so
 * the files go into in-memory ones first. The duty log is checked against the grids, the register and the teams
 * proposed ({@link DutyLogJsonReader#create(TownshipId, List, List, HouseholdRegister)}): an entry naming what the township does not have, or
 * an id used for two different entries, is refused with its path.
 */
final class TownshipRecords {

  final Township town;
  final List<ServedGrid> served;
  final Roster people;
  final HouseholdRegister register;
  final List<DutyLogEntry> entries;
  final InMemoryPersonRepository persons = new InMemoryPersonRepository();
  final InMemoryTeamRepository teams = new InMemoryTeamRepository();
  final InMemoryPairingRepository pairings = new InMemoryPairingRepository();
  final InMemoryDutyLogRepository dutyLog = new InMemoryDutyLogRepository();
  final TeamProposal proposal;
  final PairingPlan plan;

  private TownshipRecords(Path township, Path grids, Path roster, Path households, Path log,
      OffsetDateTime teamsSince, UnitOfWork unitOfWork, Validator validator) {
    town = TownshipJsonReader.create().read(township);
    served = ServedGridsJsonReader.create(town).read(grids);
    people = RosterJsonReader.create(town).read(roster);
    register = HouseholdRegisterJsonReader.create(town).read(households);
    InMemoryTownshipRepository townships = new InMemoryTownshipRepository();
    townships.save(town);
    people.people().forEach(person -> persons.save(town.id(), person));

    ProposeTeamsUseCase proposing = new ProposeTeamsService(townships, persons, teams, unitOfWork, validator);
    if (!(proposing.propose(new ProposeTeamsCommand(town.id(), served, TeamPolicy.defaults(), teamsSince))
        instanceof ProposeTeamsUseCase.Proposed proposed)) {
      throw new IllegalStateException("the township just stored is unknown to the team use case");
    }
    proposal = proposed.proposal();
    if (!proposed.stored()) {
      // The use case stores only a complete proposal, but the commands report compliance for the teams proposed,
      // complete or not (what the township would owe with them); compliance reads the stored teams, so the
      // incomplete proposal goes into this throw-away repository here.
      proposal.teams().forEach(teams::save);
    }
    PairHouseholdsUseCase pairing = new PairHouseholdsService(townships, persons, pairings, unitOfWork, validator);
    if (!(pairing.pair(new PairHouseholdsCommand(town.id(), register, PairingPolicy.defaults()))
        instanceof PairHouseholdsUseCase.Paired paired)) {
      throw new IllegalStateException("the township just stored is unknown to the pairing use case");
    }
    plan = paired.plan();
    // The log is read last: it is checked against the grids, the register and the teams just proposed, as the other
    // files are checked against the township.
    entries = log == null ? List.of()
        : DutyLogJsonReader.create(town.id(), served, teams.findByTownship(town.id()), register).read(log);
    entries.forEach(entry -> dutyLog.append(town.id(), entry));
  }

  /**
   * Reads the files, proposes the teams and pairs the households.
   *
   * @param township the township file
   * @param grids the served-grids file
   * @param roster the roster file
   * @param households the household-register file
   * @param log the duty-log file, or null for none
   * @param teamsSince when the proposed teams were composed
   * @param unitOfWork the unit of work of the use cases
   * @param validator the validator of the use cases' commands
   * @return the records
   */
  static TownshipRecords read(Path township, Path grids, Path roster, Path households, Path log,
      OffsetDateTime teamsSince, UnitOfWork unitOfWork, Validator validator) {
    return new TownshipRecords(township, grids, roster, households, log, teamsSince, unitOfWork, validator);
  }

  /**
   * Returns the compliance use case over these stores.
   *
   * @param unitOfWork its unit of work
   * @param validator its validator
   * @return the use case
   */
  ComputeComplianceUseCase compliance(UnitOfWork unitOfWork, Validator validator) {
    return new ComputeComplianceService(persons, teams, pairings, dutyLog, unitOfWork, validator);
  }
}
