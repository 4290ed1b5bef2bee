package org.grid.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sample data that ships with grid, for tests: the plan's own township ({@code data/township-seed.json}),
 * with 24 villages of which 五都村, 石门村 and 王村 hold 300 households or more, and its current assignment into 8
 * 片区.
 */
public final class SampleData {

  private static final String SEED = "data/township-seed.json";

  private SampleData() {}

  /**
   * Returns the text of the sample township in the township format of {@code docs/formats.md}.
   *
   * @return the JSON text
   * @throws UncheckedIOException if the resource is missing from the class path (a broken build)
   */
  public static String seedTownshipJson() {
    try (InputStream in = SampleData.class.getResourceAsStream(SEED)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + SEED + " is missing next to " + SampleData.class));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SEED, e);
    }
  }
}
