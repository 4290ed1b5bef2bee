package org.grid.spring.boot;

import java.util.regex.Pattern;

/**
 * The check of a base path (基础路径) that the starter publishes endpoints under ({@code grid.web.base-path},
 * {@code grid.open311.base-path}). The same text is a servlet filter's URL pattern, where it is literal, and the
 * prefix of Spring's path patterns, where {@code {x}}, {@code *} and {@code **} match any segment; a path of plain
 * segments means the same to both, so a filter registered under it (the body limit) covers every endpoint.
 */
public final class BasePaths {

  /** One or more segments, each of URI-unreserved characters. */
  private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

  private BasePaths() {}

  /**
   * Checks a base path.
   *
   * @param property the property's name, for the message
   * @param path the value, may be null
   * @throws IllegalArgumentException naming the property, when the path is null, does not start with a slash, ends
   *     with one, has an empty, {@code .} or {@code ..} segment, or a character other than letters, digits and
   *     {@code - . _ ~}
   */
  public static void require(String property, String path) {
    boolean plain = path != null && path.length() <= 200 && PATH.matcher(path).matches();
    if (plain) {
      for (String segment : path.substring(1).split("/")) {
        plain &= !segment.equals(".") && !segment.equals("..");
      }
    }
    if (!plain) {
      throw new IllegalArgumentException(property + " must be a path of segments of letters, digits and - . _ ~, "
          + "starting with a slash and not ending with one (no {, *, % or empty, . or .. segments), was "
          + (path == null ? "null" : path.length() > 200 ? "a text of " + path.length() + " characters" : path));
    }
  }
}
