package org.grid.examples.cli;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.pairing.PairingPlan;
import org.grid.core.model.pairing.UnpairedHousehold;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamProposal;
import org.grid.core.model.team.TeamScope;
import org.grid.core.model.team.TeamViolation;
import org.grid.core.port.in.ComputeComplianceCommand;
import org.grid.core.port.in.ComputeComplianceUseCase;
import org.grid.core.port.in.PairHouseholdsUseCase;
import org.grid.core.port.in.ProposeTeamsUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code teams --township FILE --grids FILE --roster FILE --households FILE [--log FILE --from TIME --to TIME]
 * [--clear-text PURPOSE] [--format text|json]}: proposes the service teams of a township from its roster (with the
 * default policies), pairs its households, and, given a duty log, prints the compliance report for the period, as
 * text tables or, with {@code --format json}, as one JSON document of the same content ({@link TeamsJson}). Exit code
 * 0 when the proposed teams meet the team policy, 1 when they fall short (each shortfall is printed), 2 for
 * unreadable input.
 *
 * <p>Names are printed masked ({@code 王*明}) and care tags not at all; {@code --clear-text PURPOSE} prints the
 * names in clear for the stated purpose (处理目的), and says so with the purpose on the error stream, so that the
 * clear print is on record wherever the county keeps its logs.
 *
 * <p>The command reaches the rules only through grid-core's use cases ({@link ProposeTeamsUseCase}, {@link
 * PairHouseholdsUseCase}, {@link ComputeComplianceUseCase}), over in-memory repositories that it fills from the
 * files and drops when done. The use cases read the roster from the people repository, in ascending order of
 * person id, which is the order that breaks ties between equally suited people.
 */
@Command(name = "teams", mixinStandardHelpOptions = true,
    description = "Proposes a township's service teams, pairs its households and reports duty compliance "
        + "(组团式服务、联系结对、走访与会议).")
final class TeamsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--township", required = true, paramLabel = "FILE", description = "the township JSON file")
  Path township;

  @Option(names = "--grids", required = true, paramLabel = "FILE",
      description = "a plan JSON file whose grids and districts the teams serve")
  Path grids;

  @Option(names = "--roster", required = true, paramLabel = "FILE", description = "the roster JSON file")
  Path roster;

  @Option(names = "--households", required = true, paramLabel = "FILE",
      description = "the household register JSON file; must agree with the township's household counts")
  Path households;

  @Option(names = "--log", paramLabel = "FILE", description = "the duty log JSON file; needs --from and --to")
  Path log;

  @Option(names = "--from", paramLabel = "TIME",
      description = "start of the compliance period, ISO 8601 with offset, e.g. 2025-01-01T00:00:00+08:00")
  String from;

  @Option(names = "--to", paramLabel = "TIME", description = "end of the compliance period (excluded)")
  String to;

  @Option(names = "--teams-since", paramLabel = "TIME",
      description = "when the proposed teams took their membership (cards issued earlier are out of date); "
          + "default: --from, or 1970-01-01T00:00:00Z without it")
  String teamsSince;

  @Option(names = "--clear-text", paramLabel = "PURPOSE",
      description = "print names in clear, for this stated purpose (处理目的), which is repeated on stderr; "
          + "without it names are masked (王*明)")
  String clearText;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  OutputFormat format = OutputFormat.TEXT;

  @Override
  public Integer call() {
    Purpose purpose = purpose();
    OffsetDateTime periodFrom = OptionLimits.time(spec, "--from", from);
    OffsetDateTime periodTo = OptionLimits.time(spec, "--to", to);
    OffsetDateTime since = teamsSince != null ? OptionLimits.time(spec, "--teams-since", teamsSince) : periodFrom;
    if (log != null && (periodFrom == null || periodTo == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--log needs --from and --to");
    }
    if (periodFrom != null && periodTo != null && !periodTo.isAfter(periodFrom)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to must be after --from");
    }
    if (periodFrom != null && periodTo != null) {
      OptionLimits.period(spec, periodFrom, periodTo);
    }
    if (since == null) {
      // without a log nothing depends on when the teams were composed
      since = OffsetDateTime.ofInstant(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC);
    }

    PrintWriter out = spec.commandLine().getOut();
    if (purpose != null) {
      spec.commandLine().getErr().println("teams: names printed in clear for the stated purpose: " + purpose);
      spec.commandLine().getErr().flush();
    }
    TownshipRecords records;
    ComplianceReport report = null;
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      Validator validator = validation.getValidator();
      InMemoryUnitOfWork unitOfWork = InMemoryUnitOfWork.create();
      records = TownshipRecords.read(township, grids, roster, households, log, since, unitOfWork, validator);
      if (log != null) {
        report = records.compliance(unitOfWork, validator).compute(new ComputeComplianceCommand(
            records.town.id(), records.served, records.register, new DutyPeriod(periodFrom, periodTo),
            DutyPolicy.defaults()));
      }
    }
    Township town = records.town;
    List<ServedGrid> served = records.served;
    Roster people = records.people;
    List<DutyLogEntry> entries = records.entries;
    TeamProposal proposal = records.proposal;
    PairingPlan plan = records.plan;
    Map<PersonId, String> byId = new HashMap<>();
    people.byId().forEach((id, person) ->
        byId.put(id, purpose == null ? person.maskedName() : person.nameInClear(purpose)));
    if (format == OutputFormat.JSON) {
      out.println(TeamsJson.document(town, served.size(), people.people().size(), proposal, plan, report,
          entries.size(), byId, purpose != null));
    } else {
      printTeams(out, town, served, people, proposal, byId);
      printPairing(out, plan, byId);
      if (report != null) {
        printCompliance(out, report, entries.size());
      }
    }
    out.flush();
    return proposal.complete() ? GridCli.OK : GridCli.RULE_BROKEN;
  }

  /** Reads {@code --clear-text}: null without it. */
  private Purpose purpose() {
    if (clearText == null) {
      return null;
    }
    try {
      return Purpose.of(clearText);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--clear-text: " + e.getMessage());
    }
  }

  private static void printTeams(PrintWriter out, Township town, List<ServedGrid> served, Roster people,
      TeamProposal proposal, Map<PersonId, String> byId) {
    out.printf("== service teams of %s (%s): %d grids, %d people on the roster ==%n", town.name(), town.id(),
        served.size(), people.people().size());
    for (Team team : proposal.teams()) {
      out.printf("%s  %s%n", team.id(), scope(team.scope(), town));
      out.printf("  leader:      %s%n", team.leader().map(id -> describe(id, byId)).orElse("(none)"));
      out.printf("  backbone:    %s%n", describeAll(team.backbone(), byId));
      out.printf("  others:      %s%n", describeAll(team.others(), byId));
      if (team.scope() instanceof TeamScope.VillageGrid) {
        out.printf("  信息员:      %s%n", team.informationOfficer().map(id -> describe(id, byId)).orElse("(none)"));
        out.printf("  六大员:      %s%n", team.dutyRoles().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
      }
    }
    if (proposal.complete()) {
      out.println("shortfalls: none, every team meets the team policy");
    } else {
      out.printf("shortfalls (%d):%n", proposal.shortfalls().size());
      for (TeamViolation violation : proposal.shortfalls()) {
        out.printf("  %s %s: %s%n", violation.rule(), violation.teams(), violation.message());
      }
    }
  }

  private static void printPairing(PrintWriter out, PairingPlan plan, Map<PersonId, String> byId) {
    out.printf(Locale.ROOT, "== pairing (联系结对): %d of %d households paired (%.1f%%) ==%n",
        plan.coverage().paired(), plan.coverage().households(), 100 * plan.coverage().ratio());
    Map<PersonId, List<HouseholdId>> byPairer = new TreeMap<>();
    for (Pairing pairing : plan.pairings()) {
      byPairer.computeIfAbsent(pairing.pairer(), p -> new ArrayList<>()).add(pairing.household());
    }
    byPairer.forEach((pairer, held) -> out.printf("  %s: %s%n", describe(pairer, byId),
        held.stream().map(HouseholdId::value).collect(Collectors.joining(" "))));
    for (UnpairedHousehold unpaired : plan.unpaired()) {
      out.printf("  unpaired %s (%s): %s%n", unpaired.household(), unpaired.reason(), unpaired.message());
    }
  }

  private static void printCompliance(PrintWriter out, ComplianceReport report, int entries) {
    out.printf("== duty compliance %s .. %s (%d log entries) ==%n", report.period().from(), report.period().to(),
        entries);
    out.printf("%-36s %6s %6s %7s%n", "rule", "due", "done", "rate");
    for (DutyRule rule : DutyRule.values()) {
      Tally tally = report.tally(rule);
      out.printf(Locale.ROOT, "%-36s %6d %6d %6.1f%%%n", rule, tally.due(), tally.done(), 100 * tally.ratio());
    }
    Tally overall = report.overall();
    out.printf(Locale.ROOT, "%-36s %6d %6d %6.1f%%%n", "overall", overall.due(), overall.done(),
        100 * overall.ratio());
    out.printf("missed duties (%d):%n", report.missed().size());
    for (MissedDuty missed : report.missed()) {
      out.printf("  %s %s: %s%n", missed.rule(), missed.period(), missed.message());
    }
  }

  private static String scope(TeamScope scope, Township town) {
    if (scope instanceof TeamScope.VillageGrid grid) {
      return "village grid " + grid.grid() + " of " + town.village(grid.village()).map(Village::name).orElse("?")
          + " (" + grid.village() + ")";
    }
    if (scope instanceof TeamScope.District district) {
      return "district grid " + district.district();
    }
    return "township " + town.name();
  }

  /** Names a person by the name to print (masked or clear) and id; by the id alone when not on the roster. */
  private static String describe(PersonId id, Map<PersonId, String> byId) {
    String name = byId.get(id);
    return name == null ? id.value() : name + " (" + id + ")";
  }

  private static String describeAll(Iterable<PersonId> ids, Map<PersonId, String> byId) {
    List<String> names = new ArrayList<>();
    ids.forEach(id -> names.add(describe(id, byId)));
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }
}
