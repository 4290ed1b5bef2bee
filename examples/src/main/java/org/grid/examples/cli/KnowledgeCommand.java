package org.grid.examples.cli;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.assessment.KnowledgeChecksJsonReader;
import org.grid.assessment.application.ScoreKnowledgeChecksService;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.CheckResult;
import org.grid.assessment.model.KnowledgeCheckPolicy;
import org.grid.assessment.model.KnowledgeCheckRecord;
import org.grid.assessment.model.Score;
import org.grid.assessment.port.in.ScoreKnowledgeChecksCommand;
import org.grid.assessment.port.in.ScoreKnowledgeChecksUseCase;
import org.grid.core.model.privacy.Masking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code knowledge --checks FILE --year YEAR [--member ID]... [--format text|json]}: scores service-team members'
 * knowledge checks (应知应会, 日报周查月考核) for a year with the rulebook's weights (0.2 / 0.3 / 0.5), through
 * {@link ScoreKnowledgeChecksUseCase}, and prints each member's yearly score and the line items of each {@code
 * --member}; with {@code --format json}, one JSON document with every member's line items ({@code
 * docs/schemas/knowledge-output.schema.json}). Exit code 0 when scored, 1 when a check of the file is dated outside
 * the year (each is named), 2 for unreadable input or an unknown {@code --member}.
 */
@Command(name = "knowledge", mixinStandardHelpOptions = true,
    description = "Scores service-team members' knowledge checks for a year (应知应会, 日报周查月考核).")
final class KnowledgeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--checks", required = true, paramLabel = "FILE", description = "the knowledge-check file")
  Path checks;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "the calendar year scored")
  int year;

  @Option(names = "--member", paramLabel = "ID", description = "print this member's line items (repeatable)")
  List<String> explainMembers = List.of();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  OutputFormat format = OutputFormat.TEXT;

  @Override
  public Integer call() {
    OptionLimits.year(spec, "--year", year);
    List<KnowledgeCheckRecord> records = KnowledgeChecksJsonReader.create().read(checks);
    AssessmentPeriod period = AssessmentPeriod.year(year);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> outside = outsideThePeriod(records, period);
    if (!outside.isEmpty()) {
      err.println("grid: " + outside.size() + " check(s) in " + checks + " are dated outside " + period + ": "
          + String.join(", ", outside.subList(0, Math.min(outside.size(), 10)))
          + (outside.size() > 10 ? " and " + (outside.size() - 10) + " more" : ""));
      err.flush();
      return GridCli.RULE_BROKEN;
    }
    for (String id : explainMembers) {
      if (records.stream().noneMatch(record -> record.member().value().equals(id))) {
        err.println("grid: --member " + JsonInput.printable(Masking.text(id)) + ": no such member in " + checks);
        err.flush();
        return GridCli.UNREADABLE_INPUT;
      }
    }
    KnowledgeCheckPolicy policy = KnowledgeCheckPolicy.defaults();
    List<Score> scores;
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      ScoreKnowledgeChecksUseCase scoring = new ScoreKnowledgeChecksService(validation.getValidator());
      scores = scoring.score(new ScoreKnowledgeChecksCommand(policy, period, records));
    }
    if (format == OutputFormat.JSON) {
      out.print(AssessmentOutput.knowledgeDocument(period, policy, scores));
      out.println();
    } else {
      printText(out, period, policy, scores);
    }
    out.flush();
    return GridCli.OK;
  }

  /** Names every check dated outside the period, which the use case would refuse. */
  private static List<String> outsideThePeriod(List<KnowledgeCheckRecord> records, AssessmentPeriod period) {
    List<String> outside = new ArrayList<>();
    for (KnowledgeCheckRecord record : records) {
      List<CheckResult> all = new ArrayList<>(record.weeklyChecks());
      all.addAll(record.monthlyAssessments());
      for (CheckResult check : all) {
        if (!period.contains(check.date())) {
          outside.add(check.id().value());
        }
      }
    }
    return outside;
  }

  private void printText(PrintWriter out, AssessmentPeriod period, KnowledgeCheckPolicy policy, List<Score> scores) {
    out.println("Knowledge checks (应知应会), " + period + ", weights: daily reports "
        + policy.dailyReportWeight().toPlainString() + ", weekly spot checks "
        + policy.weeklyCheckWeight().toPlainString() + ", monthly assessments "
        + policy.monthlyAssessmentWeight().toPlainString() + ":");
    out.printf("%-10s %8s%n", "member", "total");
    for (Score score : scores) {
      out.printf("%-10s %8s%n", score.subject(), AssessmentOutput.points(score.total()));
    }
    for (String id : explainMembers) {
      for (Score score : scores) {
        if (score.subject().value().equals(id)) {
          AssessmentOutput.printLines(out, "Line items of " + id, score);
        }
      }
    }
  }
}
