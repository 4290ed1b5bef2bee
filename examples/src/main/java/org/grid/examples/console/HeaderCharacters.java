package org.grid.examples.console;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters Spring Security's firewall (防火墙) allows in request headers, checked in code: exactly what {@link
 * StrictHttpFirewall}'s default rules allow, which it checks with a regular expression on every header read (Spring
 * MVC reads several headers once per handler mapping it tries, so a request to the REST API ran that expression some
 * dozens of times). A header name is allowed when every code point is assigned and no control character ({@code
 * [\p{IsAssigned}&&[^\p{IsControl}]]*}); a header value when every code point is assigned and no control character
 * other than the tab ({@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}). A test compares both with those
 * expressions on every code point.
 */
final class HeaderCharacters {

  private HeaderCharacters() {}

  /** The firewall of the example application: Spring Security's default, its header checks in code. */
  static StrictHttpFirewall firewall() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setAllowedHeaderNames(HeaderCharacters::name);
    firewall.setAllowedHeaderValues(HeaderCharacters::value);
    return firewall;
  }

  /** Tells whether a header name has only assigned code points and no control character. */
  static boolean name(String name) {
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      int type = Character.getType(c);
      if (type == Character.UNASSIGNED || type == Character.CONTROL) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** Tells whether a header value has only assigned code points and no control character but the tab. */
  static boolean value(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      int type = Character.getType(c);
      if (type == Character.UNASSIGNED || (type == Character.CONTROL && c != '\t')) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
