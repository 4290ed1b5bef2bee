package org.grid.cards;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamLevel;

/**
 * The county's intake address (受理入口) a supervision card's QR code opens: an Open311 endpoint or the console's intake
 * page, configured by the county. The card's address is this one with the complaint's grid and team added as query
 * parameters: {@code grid}, {@code team} and {@code complaintAgainst} (the complained-about team's tier, a constant of
 * the request engine's {@code Tier}: {@code VILLAGE_GRID}, {@code DISTRICT_GRID} or {@code TOWNSHIP_OFFICE}). A query
 * the county's address has is kept; a fragment ({@code #intake}) stays at the end. The address is at most {@value
 * #MAX_BYTES} bytes in UTF-8, so that the card's address, with the longest grid and team ids added, fits the largest
 * QR code (version 40 at error correction level M holds 2,331 bytes).
 *
 * @param base the county's address: absolute, {@code http} or {@code https}
 */
public record IntakeAddress(URI base) {

  /**
   * The longest address accepted, in bytes of UTF-8: with the grid and team added (at most 1,486 more) it fits a QR
   * code.
   */
  public static final int MAX_BYTES = 800;

  /**
   * Checks the address.
   *
   * @param base the county's address
   * @throws NullPointerException if {@code base} is null
   * @throws IllegalArgumentException if it is not an absolute http or https address with a host, is longer than
   *     {@value #MAX_BYTES} bytes in UTF-8, carries a user name or password, or holds an invisible format character
   *     (Unicode's category Cf, U+202E say)
   */
  public IntakeAddress {
    requireNonNull(base, "base");
    int bytes = base.toString().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw new IllegalArgumentException("the intake address must be at most " + MAX_BYTES
          + " bytes in UTF-8 (its QR code holds it with the grid and team added), was " + bytes);
    }
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!base.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null) {
      throw new IllegalArgumentException("the intake address must be an absolute http or https address with a host");
    }
    // The card prints the host under the QR code for a citizen to check: nothing may make it read as another one.
    if (base.getRawUserInfo() != null) {
      throw new IllegalArgumentException("the intake address must not carry a user name or password before its host "
          + "(https://gov.cn@example.org opens example.org)");
    }
    String text = base.toString();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.getType(c) == Character.FORMAT) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "the intake address must not hold invisible "
            + "format characters (U+202E reverses what follows), has U+%04X at index %d", c, i));
      }
      i += Character.charCount(c);
    }
  }

  /**
   * Reads an address.
   *
   * @param text the address, for example {@code https://grid.example.gov.cn/console/#intake}
   * @return the address
   * @throws IllegalArgumentException if the text is not an absolute http or https address
   */
  public static IntakeAddress of(String text) {
    requireNonNull(text, "text");
    try {
      return new IntakeAddress(new URI(text.strip()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the intake address is not an address: " + e.getReason(), e);
    }
  }

  /**
   * Returns the address of a complaint about a team, with its grid prefilled.
   *
   * @param grid the grid of the household holding the card, not null
   * @param team the team complained about, not null
   * @param level the team's level, not null
   * @return the address
   */
  public URI complaintAbout(GridId grid, TeamId team, TeamLevel level) {
    String tier = switch (level) {
      case VILLAGE_GRID -> "VILLAGE_GRID";
      case DISTRICT_GRID -> "DISTRICT_GRID";
      case TOWNSHIP_GRID -> "TOWNSHIP_OFFICE";
    };
    String added = "grid=" + encode(grid.value()) + "&team=" + encode(team.value()) + "&complaintAgainst=" + tier;
    String text = base.toString();
    int hash = text.indexOf('#');
    String fragment = hash < 0 ? "" : text.substring(hash);
    String head = hash < 0 ? text : text.substring(0, hash);
    String joined = head + (base.getRawQuery() == null ? "?" : head.endsWith("&") ? "" : "&") + added + fragment;
    return URI.create(joined);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
