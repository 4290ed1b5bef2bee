package org.grid.spring.boot.web;

/**
 * The entity tags of requests: a request's version as a strong tag, {@code "3"}. A command names the version it
 * was decided on in {@code If-Match} (one strong tag; {@code *} and weak tags are refused, since they would let a
 * command apply to a version nobody read); a read may send {@code If-None-Match}.
 */
final class Etags {

  private Etags() {}

  static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * Reads the version of an {@code If-Match} header.
   *
   * @throws ApiProblem 400 naming the header when it is not one strong tag of a version
   */
  static long version(String ifMatch) {
    String tag = ifMatch.strip();
    if (tag.length() < 3 || tag.length() > 21 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
      throw ApiProblem.badInput("header If-Match",
          "must be the one strong ETag of the version the command was decided on, such as \"3\"");
    }
    try {
      long version = Long.parseLong(tag.substring(1, tag.length() - 1));
      if (version < 1) {
        throw new NumberFormatException();
      }
      return version;
    } catch (NumberFormatException e) {
      throw ApiProblem.badInput("header If-Match", "must name a version of 1 or more, such as \"3\"");
    }
  }

  /** Tells whether an {@code If-None-Match} header names the version (weak comparison, {@code *} matches). */
  static boolean matchesAny(String ifNoneMatch, long version) {
    String wanted = of(version);
    for (String part : ifNoneMatch.split(",")) {
      String tag = part.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(wanted)) {
        return true;
      }
    }
    return false;
  }
}
