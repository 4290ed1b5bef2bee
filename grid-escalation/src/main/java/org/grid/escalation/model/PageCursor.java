package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.zip.CRC32;

/**
 * Where a page of a request list (诉求列表) ends: the report time and id of its last request. Lists run newest
 * first (report time descending, then id descending), and the next page starts after the cursor (keyset paging),
 * so a page costs what it holds however deep it lies, and a request reported meanwhile does not shift the pages.
 *
 * <p>A client sees the cursor as opaque text ({@link #encode()}): URL-safe Base64 of the two parts and a CRC-32
 * of them, so that a cursor that was cut or altered is refused ({@link #parse}) rather than read as another
 * position. The check is against mistakes, not a secret: a cursor grants nothing, since every page applies the
 * viewer's visibility again.
 *
 * @param reportedAt the report time of the last request of the page, not null
 * @param id the id of the last request of the page, not null
 */
public record PageCursor(Instant reportedAt, RequestId id) {

  /** The list order: newest report first, then the greater id first. */
  public static final Comparator<Request> ORDER =
      Comparator.comparing(Request::reportedAt).thenComparing(Request::id).reversed();

  private static final String VERSION = "1";

  /**
   * Checks the cursor.
   *
   * @param reportedAt the report time of the last request of the page, not null
   * @param id the id of the last request of the page, not null
   * @throws NullPointerException if an argument is null
   */
  public PageCursor {
    requireNonNull(reportedAt, "reportedAt");
    requireNonNull(id, "id");
  }

  /**
   * Returns the cursor after a request.
   *
   * @param request the last request of a page, not null
   * @return the cursor
   */
  public static PageCursor after(Request request) {
    return new PageCursor(request.reportedAt(), request.id());
  }

  /**
   * Tells whether a request comes after this cursor in the list order.
   *
   * @param request the request, not null
   * @return true when it was reported earlier, or at the same instant with a smaller id
   */
  public boolean precedes(Request request) {
    int byTime = request.reportedAt().compareTo(reportedAt);
    return byTime < 0 || (byTime == 0 && request.id().compareTo(id) < 0);
  }

  /**
   * Returns the opaque text a client hands back for the next page.
   *
   * @return URL-safe Base64 without padding
   */
  public String encode() {
    String body = VERSION + ":" + reportedAt.getEpochSecond() + ":" + reportedAt.getNano() + ":" + id.value();
    String text = body + ":" + Long.toHexString(crc(body));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor that {@link #encode()} gave.
   *
   * @param text the cursor text, not null
   * @return the cursor
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not a cursor this class wrote, or was altered (the message
   *     names {@code cursor} and never repeats the text)
   */
  public static PageCursor parse(String text) {
    requireNonNull(text, "cursor");
    if (text.isEmpty() || text.length() > 400) {
      throw invalid();
    }
    String decoded;
    try {
      decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    int check = decoded.lastIndexOf(':');
    if (check < 0) {
      throw invalid();
    }
    String body = decoded.substring(0, check);
    if (!Long.toHexString(crc(body)).equals(decoded.substring(check + 1))) {
      throw invalid();
    }
    String[] parts = body.split(":", 4);
    if (parts.length != 4 || !parts[0].equals(VERSION)) {
      throw invalid();
    }
    try {
      return new PageCursor(
          Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])), RequestId.of(parts[3]));
    } catch (RuntimeException e) {
      throw invalid();
    }
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException("cursor is not one this list gave, or was altered; start from the first page");
  }

  private static long crc(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
