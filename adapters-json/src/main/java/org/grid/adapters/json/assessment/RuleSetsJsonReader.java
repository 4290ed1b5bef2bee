package org.grid.adapters.json.assessment;

import java.io.InputStream;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;

/**
 * Reads the rule-set file of {@code docs/assessment.md}: {@code {"ruleSets": [...]}}. Bad input (malformed JSON, a
 * duplicate key, content after the JSON value, a missing, mistyped or unknown field, an id listed twice, rule sets of
 * one kind overlapping in time) is one {@link JsonInputException} listing every problem with its JSON path; nothing
 * else escapes for bad input. Immutable and thread-safe.
 */
public final class RuleSetsJsonReader implements JsonReader<RuleSetCatalog> {

  private RuleSetsJsonReader() {}

  /**
   * Returns a reader.
   *
   * @return a reader
   */
  public static RuleSetsJsonReader create() {
    return new RuleSetsJsonReader();
  }

  /**
   * Reads the rule-set file from a stream (UTF-8) to its end; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name or URL), not null
   * @return the rule sets as a catalog
   * @throws JsonInputException if the stream cannot be read or breaks the format
   */
  @Override
  public RuleSetCatalog read(InputStream in, String source) {
    return JsonInput.read(in, source, AssessmentJson::ruleSets);
  }
}
