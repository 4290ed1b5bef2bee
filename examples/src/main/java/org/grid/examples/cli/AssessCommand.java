package org.grid.examples.cli;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.adapters.inmemory.assessment.InMemoryRuleSetRepository;
import org.grid.adapters.inmemory.assessment.InMemoryScoreRepository;
import org.grid.adapters.inmemory.escalation.InMemoryRequestRepository;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.assessment.PartyMembersJsonReader;
import org.grid.adapters.json.assessment.RuleSetsJsonReader;
import org.grid.adapters.json.escalation.RequestExportJsonReader;
import org.grid.assessment.application.AssessCountyService;
import org.grid.assessment.application.AssessRequestsService;
import org.grid.assessment.application.DutyRecordEvidence;
import org.grid.assessment.application.RequestHistoryEvidence;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.RequestEvidence;
import org.grid.assessment.model.Score;
import org.grid.assessment.port.in.AssessCountyCommand;
import org.grid.assessment.port.in.AssessCountyUseCase;
import org.grid.assessment.port.in.AssessRequestsCommand;
import org.grid.assessment.port.in.AssessRequestsUseCase;
import org.grid.assessment.port.out.EvidenceSource;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.privacy.Masking;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.model.Request;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assess}: the two-way assessment (双向考核) and the party members' grades of a year, derived from grid's own
 * records rather than typed evidence: the requests of a request export or a {@code replay} output, and, when a
 * township's files and duty log are given, its duty compliance and log. It runs the same code a county runs: the
 * records go into in-memory stores, {@link RequestHistoryEvidence} and {@link DutyRecordEvidence} derive the evidence,
 * and {@link AssessCountyUseCase} scores every handling office and reporting grid and scores and grades the party
 * members from their duties and their requests together, walking each request once ({@link AssessRequestsUseCase}
 * alone when no members are given).
 * Exit code 0 when scored, 1 when a rule set for the year is missing (they are named), 2 for unreadable input or a bad
 * command line.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Scores a year's two-way assessment of requests and grades party members from grid's records.")
final class AssessCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--requests", required = true, paramLabel = "FILE",
      description = "a request export or the output of replay")
  Path requests;

  @Option(names = "--rules", required = true, paramLabel = "FILE",
      description = "the rule sets: request-handler, request-reporter and, with --members, each party-member class")
  Path rules;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "the calendar year assessed")
  int year;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "the time zone whose days date the records (default ${DEFAULT-VALUE})")
  String zone = "Asia/Shanghai";

  @Option(names = "--county", paramLabel = "ID",
      description = "the county assessed; needed only when the requests are of more than one")
  String county;

  @Option(names = "--members", paramLabel = "FILE", description = "the party-member file, to grade them too")
  Path members;

  @Option(names = "--township", paramLabel = "FILE", description = "the township file (with the duty log)")
  Path township;

  @Option(names = "--grids", paramLabel = "FILE", description = "the plan or served-grids file (with the log)")
  Path grids;

  @Option(names = "--roster", paramLabel = "FILE", description = "the roster file (with the log)")
  Path roster;

  @Option(names = "--households", paramLabel = "FILE", description = "the household register (with the log)")
  Path households;

  @Option(names = "--log", paramLabel = "FILE",
      description = "the duty log: duties done and missed count for the party members")
  Path log;

  @Option(names = "--subject", paramLabel = "ID",
      description = "print the line items of this office, grid or member (repeatable)")
  List<String> explain = List.of();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  OutputFormat format = OutputFormat.TEXT;

  @Override
  public Integer call() {
    OptionLimits.year(spec, "--year", year);
    ZoneId zoneId = zoneId();
    List<Path> dutyFiles = new ArrayList<>();
    for (Path file : new Path[] {township, grids, roster, households, log}) {
      if (file != null) {
        dutyFiles.add(file);
      }
    }
    if (!dutyFiles.isEmpty() && dutyFiles.size() != 5) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--township, --grids, --roster, --households and --log go together: give all five or none");
    }
    if (log != null && members == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--log counts for party members: give --members too");
    }
    AssessmentPeriod period = AssessmentPeriod.year(year);
    InMemoryRuleSetRepository ruleSets = new InMemoryRuleSetRepository();
    RuleSetsJsonReader.create().read(rules).ruleSets().forEach(ruleSets::save);
    List<Request> exported = RequestExportJsonReader.create().read(requests);
    List<PartyMember> partyMembers = members == null ? null : PartyMembersJsonReader.create().read(members);
    CountyId assessed = county(exported);

    UnitOfWork unitOfWork = InMemoryUnitOfWork.create();
    InMemoryRequestRepository requestStore = new InMemoryRequestRepository();
    for (Request request : exported) {
      requestStore.save(request, 0);
    }
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      Validator validator = validation.getValidator();
      RequestHistoryEvidence requestHistory = new RequestHistoryEvidence(requestStore, unitOfWork, assessed, zoneId);
      EvidenceSource duties = assessedPeriod -> List.of(); // no duty log: the members are scored from requests alone
      if (log != null) {
        TownshipRecords records = TownshipRecords.read(township, grids, roster, households, log,
            period.start().atStartOfDay(zoneId).toOffsetDateTime(), unitOfWork, validator);
        duties = new DutyRecordEvidence(records.compliance(unitOfWork, validator), records.dutyLog, records.pairings,
            unitOfWork, DutyPolicy.defaults(), zoneId, List.of(new DutyRecordEvidence.Township(records.town.id(),
                ImmutableList.copyOf(records.served), records.register)));
      }
      InMemoryScoreRepository scores = new InMemoryScoreRepository();
      Set<String> missing = new TreeSet<>();
      AssessRequestsUseCase.Assessed result = null;
      List<GradedMember> graded = null;
      PrintWriter err = spec.commandLine().getErr();
      try {
        if (partyMembers != null) {
          // one walk of the requests for the offices, the grids and the members, in one unit of work
          AssessCountyUseCase.Outcome outcome = new AssessCountyService(ruleSets, requestHistory, duties, scores,
              unitOfWork, GradingPolicy.defaults(), validator)
              .assess(AssessCountyCommand.of("cli-assess-" + year, period, partyMembers));
          if (outcome instanceof AssessCountyUseCase.MissingRuleSets m) {
            missing.addAll(m.subjectKinds());
          } else {
            result = ((AssessCountyUseCase.Assessed) outcome).twoWay();
            graded = ((AssessCountyUseCase.Assessed) outcome).members();
          }
        } else {
          AssessRequestsUseCase.Outcome outcome = new AssessRequestsService(ruleSets,
              requestHistory.sides(RequestEvidence.HANDLER, RequestEvidence.REPORTER), scores, unitOfWork, validator)
              .assess(AssessRequestsCommand.of("cli-assess-" + year, period));
          if (outcome instanceof AssessRequestsUseCase.MissingRuleSets m) {
            missing.addAll(m.subjectKinds());
          } else {
            result = (AssessRequestsUseCase.Assessed) outcome;
          }
        }
      } catch (IllegalArgumentException e) {
        // what the records hold and the model refuses to score, e.g. a grid id shaped like a national ID number
        err.println("assess: cannot assess " + requests + ": " + JsonInput.printable(Masking.text(e.getMessage())));
        err.flush();
        return GridCli.UNREADABLE_INPUT;
      }
      if (!missing.isEmpty()) {
        err.println("assess: no rule set in " + rules + " covers " + period + " for " + missing);
        err.flush();
        return GridCli.RULE_BROKEN;
      }
      for (String id : explain) {
        if (find(id, result, graded) == null) {
          err.println("assess: --subject " + JsonInput.printable(Masking.text(id))
              + ": no office, grid or member of that id was scored");
          err.flush();
          return GridCli.UNREADABLE_INPUT;
        }
      }
      print(period, assessed, exported.size(), result, graded);
    }
    return GridCli.OK;
  }

  private ZoneId zoneId() {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--zone must be a time zone such as Asia/Shanghai, was '" + zone + "'");
    }
  }

  /** The county assessed: --county, or the one county of the requests. */
  private CountyId county(List<Request> exported) {
    if (county != null) {
      CountyId named;
      try {
        named = CountyId.of(county);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--county: " + e.getMessage());
      }
      if (!exported.isEmpty() && exported.stream().noneMatch(r -> r.report().place().county().equals(named))) {
        // an empty assessment with exit 0 would read as a county without faults
        throw new CommandLine.ParameterException(spec.commandLine(), "--county " + named + ": none of the "
            + exported.size() + " requests in " + requests + " lies in that county");
      }
      return named;
    }
    Set<CountyId> counties = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
    exported.forEach(r -> counties.add(r.report().place().county()));
    if (counties.size() != 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), counties.isEmpty()
          ? requests + " holds no requests: name the county with --county"
          : requests + " holds requests of " + counties.size() + " counties: choose one with --county");
    }
    return counties.iterator().next();
  }

  private static Score find(String id, AssessRequestsUseCase.Assessed result, List<GradedMember> graded) {
    for (Score score : result.handlers()) {
      if (score.subject().value().equals(id)) {
        return score;
      }
    }
    for (Score score : result.reporters()) {
      if (score.subject().value().equals(id)) {
        return score;
      }
    }
    if (graded != null) {
      for (GradedMember member : graded) {
        if (member.member().id().value().equals(id)) {
          return member.score();
        }
      }
    }
    return null;
  }

  private void print(AssessmentPeriod period, CountyId assessed, int requestCount,
      AssessRequestsUseCase.Assessed result, List<GradedMember> graded) {
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      out.print(AssessmentOutput.assessDocument(period, assessed.value(), requestCount, result.handlers(),
          result.reporters(), graded));
      out.println();
      out.flush();
      return;
    }
    out.printf("Two-way assessment of %d request%s of county %s, %s%n", requestCount, requestCount == 1 ? "" : "s",
        assessed, period);
    printScores(out, "Handling offices (承办方)", "office", result.handlers());
    printScores(out, "Reporting grids (申报方)", "grid", result.reporters());
    if (graded != null) {
      AssessmentOutput.printMembers(out, period, graded);
    }
    for (String id : explain) {
      Score score = find(id, result, graded);
      AssessmentOutput.printLines(out, "Line items of " + id + " (rule set " + score.ruleSet() + ")", score);
    }
    out.flush();
  }

  private static void printScores(PrintWriter out, String title, String what, List<Score> scores) {
    out.println(title + ":");
    out.printf("  %-40s %8s  %s%n", what, "total", "rule set");
    for (Score score : scores) {
      out.printf("  %-40s %8s  %s%n", score.subject(), AssessmentOutput.points(score.total()), score.ruleSet());
    }
    if (scores.isEmpty()) {
      out.println("  (none in this period)");
    }
  }
}
