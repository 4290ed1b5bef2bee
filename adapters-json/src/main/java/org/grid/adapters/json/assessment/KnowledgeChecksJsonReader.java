package org.grid.adapters.json.assessment;

import java.io.InputStream;
import java.util.List;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;
import org.grid.assessment.model.KnowledgeCheckRecord;

/**
 * Reads the knowledge-check file (应知应会, 日报周查月考核) of {@code docs/assessment.md}: {@code {"knowledgeChecks":
 * [...]}}, one record per service-team member with the daily reports due and made and the weekly and monthly
 * checks, each a date and a score. A check's id is {@code <member>/weekly/<date>} or {@code <member>/monthly/<date>}.
 * Bad input (malformed JSON, a duplicate key, content after the JSON value, a missing, mistyped or unknown field, a
 * member listed twice, more reports made than due, a score outside 0 to 100 or with more than 2 decimal places, two
 * weekly or two monthly checks on one day) is one {@link JsonInputException} listing every problem with its JSON
 * path; nothing else escapes for bad input. Immutable and thread-safe.
 */
public final class KnowledgeChecksJsonReader implements JsonReader<List<KnowledgeCheckRecord>> {

  private KnowledgeChecksJsonReader() {}

  /**
   * Returns a reader.
   *
   * @return a reader
   */
  public static KnowledgeChecksJsonReader create() {
    return new KnowledgeChecksJsonReader();
  }

  /**
   * Reads the knowledge-check file from a stream (UTF-8) to its end; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name or URL), not null
   * @return the members' records in file order
   * @throws JsonInputException if the stream cannot be read or breaks the format
   */
  @Override
  public List<KnowledgeCheckRecord> read(InputStream in, String source) {
    return JsonInput.read(in, source, AssessmentJson::knowledgeChecks);
  }
}
