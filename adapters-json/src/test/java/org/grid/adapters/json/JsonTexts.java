package org.grid.adapters.json;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test helper: JSON text as the stream every reader reads. */
public final class JsonTexts {

  private JsonTexts() {}

  /**
   * Returns the text's UTF-8 bytes as a stream.
   *
   * @param json the text
   * @return a stream of its bytes
   */
  public static InputStream utf8(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
