package org.grid.examples.year;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.examples.cli.GridCli;
import org.grid.testkit.SampleData;
import picocli.CommandLine;

/**
 * The demo's year of the sample township, run once per test JVM through the command line exactly as the README's
 * demo command runs it ({@code demo --report FILE}), and shared by the tests that read its output and report; and a
 * small township cut from the sample (its first village and that village's neighbours) for the tests that need
 * several runs.
 */
final class SampleYear {

  /** The report the shared run wrote: under target/, beside the browser test's screenshot. */
  static final Path REPORT = Path.of("target", "year-test", "grid-year-report.html");

  private static Run run;

  private SampleYear() {}

  /** What the demo printed and wrote. */
  record Run(int exit, String out, String err, String html) {}

  /**
   * Returns the shared run, running it the first time.
   *
   * @return the run
   */
  static synchronized Run demo() {
    if (run == null) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli = GridCli.commandLine();
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(err));
      int exit = cli.execute("demo", "--report", REPORT.toString());
      try {
        String html = Files.exists(REPORT) ? Files.readString(REPORT, StandardCharsets.UTF_8) : "";
        run = new Run(exit, out.toString(), err.toString(), html);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return run;
  }

  /**
   * Returns the sample township cut down to its first village and that village's neighbours, with the unit
   * borders among them, and the first village renamed.
   *
   * @param firstVillageName the name the first village gets
   * @return the small township
   */
  static Township small(String firstVillageName) {
    Township sample = TownshipJsonReader.create().read(
        new java.io.ByteArrayInputStream(SampleData.seedTownshipJson().getBytes(StandardCharsets.UTF_8)), "seed");
    Village first = sample.villages().get(0);
    List<VillageId> kept = new ArrayList<>();
    kept.add(first.id());
    sample.villageAdjacency().adjacentNodes(first.id()).stream().sorted((a, b) -> a.value().compareTo(b.value()))
        .limit(3).forEach(kept::add);
    Township.Builder builder = Township.builder(sample.county(), sample.id(), sample.name());
    List<UnitId> units = new ArrayList<>();
    for (Village village : sample.villages()) {
      if (kept.contains(village.id())) {
        builder.village(village.id().equals(first.id())
            ? Village.of(village.id(), firstVillageName, village.units()) : village);
        village.units().stream().map(Unit::id).forEach(units::add);
      }
    }
    for (var edge : sample.unitAdjacency().edges()) {
      if (units.contains(edge.nodeU()) && units.contains(edge.nodeV())) {
        builder.adjacent(edge.nodeU(), edge.nodeV());
      }
    }
    return builder.adjacencyKnown().build();
  }
}
