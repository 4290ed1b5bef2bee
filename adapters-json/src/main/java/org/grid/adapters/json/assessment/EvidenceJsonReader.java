package org.grid.adapters.json.assessment;

import java.io.InputStream;
import java.util.List;
import org.grid.assessment.model.Evidence;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;

/**
 * Reads the evidence file of {@code docs/assessment.md}: {@code {"evidence": [...]}}. Bad input (malformed JSON, a
 * duplicate key, content after the JSON value, a missing, mistyped or unknown field, an id listed twice with different
 * content (an item repeated exactly counts once)) is one {@link JsonInputException} listing every problem with its
 * JSON path; nothing else escapes for bad input. Immutable and thread-safe.
 */
public final class EvidenceJsonReader implements JsonReader<List<Evidence>> {

  private EvidenceJsonReader() {}

  /**
   * Returns a reader.
   *
   * @return a reader
   */
  public static EvidenceJsonReader create() {
    return new EvidenceJsonReader();
  }

  /**
   * Reads the evidence file from a stream (UTF-8) to its end; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name or URL), not null
   * @return the evidence in file order
   * @throws JsonInputException if the stream cannot be read or breaks the format
   */
  @Override
  public List<Evidence> read(InputStream in, String source) {
    return JsonInput.read(in, source, AssessmentJson::evidence);
  }
}
