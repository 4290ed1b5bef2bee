package org.grid.examples.cli;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.adapters.inmemory.assessment.InMemoryEvidenceSource;
import org.grid.adapters.inmemory.assessment.InMemoryRuleSetRepository;
import org.grid.adapters.inmemory.assessment.InMemoryScoreRepository;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.assessment.EvidenceJsonReader;
import org.grid.adapters.json.assessment.GridMeasuresJsonReader;
import org.grid.adapters.json.assessment.PartyMembersJsonReader;
import org.grid.adapters.json.assessment.RuleSetsJsonReader;
import org.grid.assessment.application.ScoreGridsService;
import org.grid.assessment.application.ScorePartyMembersService;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.model.Scorecard;
import org.grid.assessment.port.in.ScoreGridsCommand;
import org.grid.assessment.port.in.ScoreGridsUseCase;
import org.grid.assessment.port.in.ScorePartyMembersCommand;
import org.grid.assessment.port.in.ScorePartyMembersUseCase;
import org.grid.core.model.privacy.Masking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code score}: scores and grades party members for a year from rule sets and evidence, prints any member's line
 * items, and ranks grid scorecards; inputs as documented in {@code docs/assessment.md}. It scores through
 * grid-assessment's use cases ({@link ScorePartyMembersUseCase} over in-memory repositories, {@link
 * ScoreGridsUseCase}). Points are printed at 2 places; with {@code --format json} the output is one JSON document
 * with every member's and grid's line items ({@code docs/schemas/score-output.schema.json}).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Scores a period: party members' points and grades, any member's line items, grid scorecards.")
final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--rules", required = true, paramLabel = "FILE", description = "the rule-set file")
  Path rules;

  @Option(names = "--evidence", required = true, paramLabel = "FILE", description = "the evidence file")
  Path evidence;

  @Option(names = "--members", required = true, paramLabel = "FILE", description = "the party-member file")
  Path members;

  @Option(names = "--grids", paramLabel = "FILE", description = "the grid-measures file, for scorecards")
  Path grids;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "the calendar year scored")
  int year;

  @Option(names = "--member", paramLabel = "ID", description = "print this member's line items (repeatable)")
  List<String> explainMembers = List.of();

  @Option(names = "--grid", paramLabel = "ID", description = "print this grid's scorecard lines (repeatable)")
  List<String> explainGrids = List.of();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  OutputFormat format = OutputFormat.TEXT;

  @Override
  public Integer call() {
    OptionLimits.year(spec, "--year", year);
    RuleSetCatalog catalog = RuleSetsJsonReader.create().read(rules);
    InMemoryEvidenceSource source = new InMemoryEvidenceSource().add(EvidenceJsonReader.create().read(evidence));
    List<PartyMember> partyMembers = PartyMembersJsonReader.create().read(members);
    InMemoryRuleSetRepository ruleSets = new InMemoryRuleSetRepository();
    catalog.ruleSets().forEach(ruleSets::save);
    AssessmentPeriod period = AssessmentPeriod.year(year);

    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      ScorePartyMembersUseCase scoring = new ScorePartyMembersService(ruleSets, source, new InMemoryScoreRepository(),
          InMemoryUnitOfWork.create(), GradingPolicy.defaults(), validation.getValidator());
      return score(scoring, new ScoreGridsService(validation.getValidator()), period, partyMembers);
    }
  }

  private int score(ScorePartyMembersUseCase scoring, ScoreGridsUseCase ranking, AssessmentPeriod period,
      List<PartyMember> partyMembers) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScorePartyMembersUseCase.Outcome outcome =
        scoring.score(new ScorePartyMembersCommand("cli-score-" + year, period, partyMembers));
    if (outcome instanceof ScorePartyMembersUseCase.MissingRuleSets missing) {
      err.println("grid: no rule set in " + rules + " covers " + period + " for " + missing.subjectKinds());
      err.flush();
      return GridCli.RULE_BROKEN;
    }
    List<GradedMember> results = ((ScorePartyMembersUseCase.Graded) outcome).results();
    for (String id : explainMembers) {
      if (results.stream().noneMatch(r -> r.member().id().value().equals(id))) {
        return unknown(err, "--member " + Masking.text(id) + ": no such member in " + members);
      }
    }
    if (grids == null && !explainGrids.isEmpty()) {
      return unknown(err, "--grid needs --grids FILE");
    }
    List<Scorecard> cards = grids == null ? null
        : ranking.score(ScoreGridsCommand.withDefaults(period, GridMeasuresJsonReader.create().read(grids)));
    for (String id : explainGrids) {
      if (cards.stream().noneMatch(card -> card.measures().grid().value().equals(id))) {
        return unknown(err, "--grid " + Masking.text(id) + ": no such grid in " + grids);
      }
    }
    if (format == OutputFormat.JSON) {
      out.print(AssessmentOutput.scoreDocument(period, results, cards));
      out.println();
    } else {
      printText(out, period, results, cards);
    }
    out.flush();
    return GridCli.OK;
  }

  private void printText(PrintWriter out, AssessmentPeriod period, List<GradedMember> results, List<Scorecard> cards) {
    AssessmentOutput.printMembers(out, period, results);
    for (String id : explainMembers) {
      for (GradedMember result : results) {
        if (result.member().id().value().equals(id)) {
          AssessmentOutput.printLines(out, "Line items of " + id + " (rule set " + result.score().ruleSet() + ")",
              result.score());
        }
      }
    }
    if (cards != null) {
      out.println("Grid scorecards, " + period + ":");
      out.printf("%4s  %-12s %-8s %8s%n", "rank", "grid", "township", "score");
      for (Scorecard card : cards) {
        out.printf("%4d  %-12s %-8s %8s%n", card.rank(), card.measures().grid(), card.measures().township(),
            AssessmentOutput.points(card.score().total()));
      }
      for (Scorecard card : cards) {
        if (explainGrids.contains(card.measures().grid().value())) {
          AssessmentOutput.printLines(out, "Line items of grid " + card.measures().grid(), card.score());
        }
      }
    }
  }

  private static int unknown(PrintWriter err, String message) {
    err.println("grid: " + JsonInput.printable(message));
    err.flush();
    return GridCli.UNREADABLE_INPUT;
  }
}
