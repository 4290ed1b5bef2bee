package org.grid.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.assessment.model.Grade;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.Scorecard;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.PlanMetrics;
import org.grid.core.model.partition.PlanResult;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.TransitionKind;
import org.grid.examples.year.YearRecord;
import org.grid.examples.year.YearReport;
import org.grid.examples.year.YearSimulation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo [--seed N] [--requests N] [--report FILE]}: runs a year of the sample township bundled in the jar
 * (示范乡的一年) through grid's use cases on an embedded H2 database ({@link YearSimulation}), prints a short summary
 * and writes the year's HTML report ({@link YearReport}). The same seed gives the same summary and the same report,
 * byte for byte. The seed is {@code --seed}, else the system property {@value #SEED_PROPERTY}, else
 * {@value YearSimulation#DEFAULT_SEED}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs a year of the bundled sample township (示范乡) and writes its HTML report.")
final class DemoCommand implements Callable<Integer> {

  static final String SEED = "/org/grid/examples/data/township-seed.json";

  /** The system property that sets the seed when {@code --seed} is not given. */
  static final String SEED_PROPERTY = "grid.demo.seed";

  /** How many requests citizens report in the demo's year by default. */
  static final int DEFAULT_REQUESTS = 600;

  @Spec CommandSpec spec;

  @Option(names = "--seed", paramLabel = "N",
      description = "the seed of the year (default: -Dgrid.demo.seed, else 2025); same seed, same report")
  Long seed;

  @Option(names = "--requests", paramLabel = "N",
      description = "requests reported in the year, 1 to 20000 (default ${DEFAULT-VALUE})")
  int requests = DEFAULT_REQUESTS;

  @Option(names = "--report", paramLabel = "FILE",
      description = "where to write the HTML report (default ${DEFAULT-VALUE})")
  Path report = Path.of("grid-year-report.html");

  @Override
  public Integer call() throws Exception {
    if (requests < 1 || requests > 20_000) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--requests must be from 1 to 20000, was " + requests);
    }
    long chosenSeed = seed != null ? seed : seedProperty();
    PrintWriter out = spec.commandLine().getOut();
    Township township;
    try (InputStream in = DemoCommand.class.getResourceAsStream(SEED)) {
      if (in == null) {
        throw new IllegalStateException("the sample township " + SEED + " is missing from the jar");
      }
      township = TownshipJsonReader.create().read(in, "classpath:" + SEED);
    }
    out.printf("== grid demo: a year of %s (%s), seed %d ==%n", township.name(), township.id(), chosenSeed);
    out.println("1. read the sample township from JSON: " + township);
    YearRecord year = YearSimulation.run(township, chosenSeed, requests);
    out.println("2. stored it in an embedded H2 database and read it back: "
        + (year.readBack() ? "identical" : "DIFFERENT"));
    out.println("3. planned " + planLine(year.fresh()) + "; keeping the current districts: " + planLine(year.kept()));
    out.printf("4. %d teams proposed from a roster of %d (%d shortfalls); %d of %d households paired%n",
        year.teams().teams().size(), year.rosterSize(), year.teams().shortfalls().size(),
        year.pairing().coverage().paired(), year.pairing().coverage().households());
    Tally overall = year.compliance().overall();
    out.printf(Locale.ROOT, "5. duty log of %d: %d entries; %d of %d duties done (%.1f%%), %d missed%n", year.year(),
        year.dutyEntries(), overall.done(), overall.due(), overall.ratio() * 100, year.compliance().missed().size());
    Map<RequestState, Integer> states = new EnumMap<>(RequestState.class);
    Map<TransitionKind, Integer> kinds = new EnumMap<>(TransitionKind.class);
    for (Request request : year.requests()) {
      states.merge(request.state(), 1, Integer::sum);
      for (HistoryEntry entry : request.history()) {
        kinds.merge(entry.kind(), 1, Integer::sum);
      }
    }
    out.printf("6. %d requests: %d closed, %d withdrawn, %d duplicates, %d still open%n", year.requests().size(),
        states.getOrDefault(RequestState.CLOSED, 0), states.getOrDefault(RequestState.WITHDRAWN, 0),
        states.getOrDefault(RequestState.DUPLICATE, 0),
        year.requests().stream().filter(r -> r.state().isOpen()).count());
    out.printf("7. on the way: %d passed up by hand, %d lapsed upwards after %d reminders, %d routed to departments, "
            + "%d returned, %d supervised, %d suspended, %d reopened, %d on-site limits lapsed%n",
        count(kinds, TransitionKind.ESCALATED), count(kinds, TransitionKind.AUTO_ESCALATED),
        count(kinds, TransitionKind.REMINDED), count(kinds, TransitionKind.ROUTED),
        count(kinds, TransitionKind.RETURNED), count(kinds, TransitionKind.SUPERVISED),
        count(kinds, TransitionKind.SUSPENDED), count(kinds, TransitionKind.REOPENED),
        count(kinds, TransitionKind.ON_SITE_LAPSED));
    out.printf("8. the clock ran through the year: %d deadline sweeps made %d changes; %d commands refused%n",
        year.sweeps(), year.swept(), year.refusals().values().stream().mapToInt(Integer::intValue).sum());
    Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
    for (GradedMember member : year.graded()) {
      grades.merge(member.grade(), 1, Integer::sum);
    }
    out.printf("9. two-way assessment: %d handling offices and %d reporting grids scored; %d party members graded %s%n",
        year.twoWay().handlers().size(), year.twoWay().reporters().size(), year.graded().size(), grades);
    List<Scorecard> cards = year.scorecards();
    if (!cards.isEmpty()) {
      Scorecard first = cards.get(0);
      Scorecard last = cards.get(cards.size() - 1);
      out.printf(Locale.ROOT, "10. grid scorecards (网格考核): %d grids ranked from their records, scores %s to %s; "
              + "first %s, last %s (#%d)%n", cards.size(), last.score().total().toPlainString(),
          first.score().total().toPlainString(), first.measures().grid().value(), last.measures().grid().value(),
          last.rank());
    }
    Path written = report.toAbsolutePath().normalize();
    if (written.getParent() != null) {
      Files.createDirectories(written.getParent());
    }
    byte[] html = YearReport.html(year).getBytes(StandardCharsets.UTF_8);
    try {
      Files.write(written, html);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write the report " + written, e);
    }
    out.printf("11. report: %s (%d KiB)%n", written, (html.length + 1023) / 1024);
    out.flush();
    boolean ok = year.readBack() && !year.fresh().validation().hasErrors() && year.refusals().isEmpty();
    return ok ? GridCli.OK : GridCli.INTERNAL_ERROR;
  }

  private static int count(Map<TransitionKind, Integer> kinds, TransitionKind kind) {
    return kinds.getOrDefault(kind, 0);
  }

  private static String planLine(PlanResult result) {
    PlanMetrics metrics = result.validation().metrics();
    return String.format(Locale.ROOT, "%d grids (职责网格) in %d districts (片区网格), district imbalance %.3f, "
            + "%d cut borders, %d villages moved, %d errors", result.plan().grids().size(),
        result.plan().districts().size(), metrics.districtImbalance(), metrics.cutEdges(), metrics.movedVillages(),
        result.validation().errors().size());
  }

  private long seedProperty() {
    String value = System.getProperty(SEED_PROPERTY);
    if (value == null || value.isBlank()) {
      return YearSimulation.DEFAULT_SEED;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "-D" + SEED_PROPERTY + " must be a whole number, was '" + JsonInput.printable(value) + "'");
    }
  }

}
