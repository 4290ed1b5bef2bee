package org.grid.examples.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The header checks in code allow exactly what Spring Security's default expressions allow. */
class HeaderCharactersTest {

  /** StrictHttpFirewall's defaults, as spring-security-web 7 writes them. */
  private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
  private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

  private static void same(String text) {
    assertThat(HeaderCharacters.name(text)).as("name %s", codes(text)).isEqualTo(NAME.matcher(text).matches());
    assertThat(HeaderCharacters.value(text)).as("value %s", codes(text)).isEqualTo(VALUE.matcher(text).matches());
  }

  private static String codes(String text) {
    StringBuilder b = new StringBuilder();
    text.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
    return b.toString();
  }

  @Test
  void everyCodePointAloneAndBesideAllowedText() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String s = new String(Character.toChars(c));
      same(s);
      if (c < 0x10000 || c % 97 == 0) {
        same("a" + s + "b");
      }
    }
  }

  @Test
  void surrogatesPairedAndUnpaired() {
    same("");
    same("\ud83d\ude00"); // a pair: one assigned code point
    same("\ud83d"); // lone high surrogate
    same("\ude00x"); // lone low surrogate
    same("x\ude00\ud83d"); // reversed
    same("\udb7f\udfff"); // U+EFFFF, a noncharacter: unassigned
    same("\udbff\udffd"); // U+10FFFD, private use
    same("Grid-Office\t \u0000");
    same("\u0085\u009f\u00a0");
  }

  /** A GET of the API with these headers (the JDK's proxy: this module has no servlet mocks). */
  private static HttpServletRequest request(Map<String, String> headers) {
    return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getMethod" -> "GET";
          case "getRequestURI", "getServletPath" -> "/grid/api/requests";
          case "getContextPath" -> "";
          case "getServerName" -> "localhost";
          case "getRequestURL" -> new StringBuffer("http://localhost/grid/api/requests");
          case "getHeader" -> headers.get((String) args[0]);
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> nothing(method.getReturnType());
        });
  }

  private static Object nothing(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 0;
    }
    return type == long.class ? (Object) 0L : null;
  }

  @Test
  void theFirewallRefusesWhatTheDefaultRefuses() {
    StrictHttpFirewall firewall = HeaderCharacters.firewall();
    HttpServletRequest checked = firewall.getFirewalledRequest(request(Map.of(
        "Grid-Office", "GRID:G1\tx", "Bad", "a\u0007b", "Bad\u0001Name", "x")));
    assertThat(checked.getHeader("Grid-Office")).isEqualTo("GRID:G1\tx");
    assertThatThrownBy(() -> checked.getHeader("Bad")).isInstanceOf(RequestRejectedException.class);
    assertThatThrownBy(() -> checked.getHeader("Bad\u0001Name")).isInstanceOf(RequestRejectedException.class);
  }
}
