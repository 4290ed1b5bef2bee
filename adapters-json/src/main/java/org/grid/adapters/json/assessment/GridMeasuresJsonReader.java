package org.grid.adapters.json.assessment;

import java.io.InputStream;
import java.util.List;
import org.grid.assessment.model.GridMeasures;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;

/**
 * Reads the grid-measures file of {@code docs/assessment.md}: {@code {"grids": [...]}}. Bad input (malformed JSON, a
 * duplicate key, content after the JSON value, a missing, mistyped or unknown field, a grid listed twice, a share
 * outside 0 to 1, a measure that is not a scorecard measure) is one {@link JsonInputException} listing every problem
 * with its JSON path; nothing else escapes for bad input. Immutable and thread-safe.
 */
public final class GridMeasuresJsonReader implements JsonReader<List<GridMeasures>> {

  private GridMeasuresJsonReader() {}

  /**
   * Returns a reader.
   *
   * @return a reader
   */
  public static GridMeasuresJsonReader create() {
    return new GridMeasuresJsonReader();
  }

  /**
   * Reads the grid-measures file from a stream (UTF-8) to its end; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name or URL), not null
   * @return the grids' measures in file order
   * @throws JsonInputException if the stream cannot be read or breaks the format
   */
  @Override
  public List<GridMeasures> read(InputStream in, String source) {
    return JsonInput.read(in, source, AssessmentJson::gridMeasures);
  }
}
