package org.grid.examples.year;

/** Escapes text for HTML and SVG (XML): the one way the report puts any text into markup. */
final class Html {

  private Html() {}

  /**
   * Escapes a text for element content and quoted attribute values.
   *
   * @param text the text, not null
   * @return the text with {@code & < > " '} written as character references, and the characters XML 1.0 does not
   *     allow (control characters other than tab and line breaks, U+FFFE, U+FFFF) left out
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // control characters other than tab and newlines, and U+FFFE and U+FFFF, are not allowed in XML 1.0:
          // dropped
          if ((c >= 0x20 && c != '\uFFFE' && c != '\uFFFF') || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
