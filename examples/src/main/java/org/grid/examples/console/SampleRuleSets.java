package org.grid.examples.console;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.grid.adapters.json.assessment.RuleSetsJsonReader;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.spring.boot.SpringUnitOfWork;

/**
 * The example rule sets (考核办法) the example application stores at start: those of the {@code assess} command's
 * example data (examples/assess/rule-sets.json, written for {@value #EXAMPLE_YEAR}), moved to the year the
 * application starts in and the year before (the sample requests are reported over the eight days before the
 * start), so that the county's grid office can assess the sample requests and score party members through the API. The points are an example, not a county's official scheme.
 *
 * @param ids the ids of the rule sets stored, in the file's order
 */
public record SampleRuleSets(List<String> ids) {

  /** The resource of the example rule sets in the jar. */
  static final String RESOURCE = "/examples/assess/rule-sets.json";

  /** The year the example rule sets are written for. */
  static final int EXAMPLE_YEAR = 2025;

  /** Copies the ids. */
  public SampleRuleSets {
    ids = List.copyOf(ids);
  }

  /**
   * Stores the example rule sets, moved to the clock's year (UTC) and the year before.
   *
   * @param unitOfWork the unit of work to store them in
   * @param ruleSets the repository
   * @param clock the application's clock
   * @return the rule sets stored
   */
  static SampleRuleSets store(SpringUnitOfWork unitOfWork, RuleSetRepository ruleSets, Clock clock) {
    int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
    String document = read();
    List<RuleSet> sets = new ArrayList<>();
    for (int y = year - 1; y <= year; y++) {
      sets.addAll(RuleSetsJsonReader.create().read(new ByteArrayInputStream(
          forYear(document, y).getBytes(StandardCharsets.UTF_8)), RESOURCE).ruleSets());
    }
    unitOfWork.inTransaction(() -> {
      sets.forEach(ruleSets::save);
      return null;
    });
    return new SampleRuleSets(sets.stream().map(set -> set.id().value()).toList());
  }

  /** The document with its year's dates ({@code 2025-01-01}, {@code 2026-01-01}) and ids ({@code .../2025}) moved. */
  static String forYear(String document, int year) {
    return document.replace(EXAMPLE_YEAR + 1 + "-01-01", "\u0000next")
        .replace(EXAMPLE_YEAR + "-01-01", year + "-01-01")
        .replace("/" + EXAMPLE_YEAR + "\"", "/" + year + "\"")
        .replace("\u0000next", year + 1 + "-01-01");
  }

  private static String read() {
    try (InputStream in = SampleRuleSets.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
