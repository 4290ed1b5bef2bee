package org.grid.adapters.json.assessment;

import java.io.InputStream;
import java.util.List;
import org.grid.assessment.model.PartyMember;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;

/**
 * Reads the party-member file (党员) of {@code docs/assessment.md}: {@code {"partyMembers": [...]}}. Bad input
 * (malformed JSON, a duplicate key, content after the JSON value, a missing, mistyped or unknown field, a member
 * listed twice) is one {@link JsonInputException} listing every problem with its JSON path; nothing else escapes for
 * bad input. Immutable and thread-safe.
 */
public final class PartyMembersJsonReader implements JsonReader<List<PartyMember>> {

  private PartyMembersJsonReader() {}

  /**
   * Returns a reader.
   *
   * @return a reader
   */
  public static PartyMembersJsonReader create() {
    return new PartyMembersJsonReader();
  }

  /**
   * Reads the party-member file (党员) from a stream (UTF-8) to its end; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name or URL), not null
   * @return the members in file order
   * @throws JsonInputException if the stream cannot be read or breaks the format
   */
  @Override
  public List<PartyMember> read(InputStream in, String source) {
    return JsonInput.read(in, source, AssessmentJson::partyMembers);
  }
}
