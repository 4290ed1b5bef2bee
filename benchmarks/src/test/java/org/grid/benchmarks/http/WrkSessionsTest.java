package org.grid.benchmarks.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The file that hands wrk's Lua script the scenario and the signed-in sessions. */
class WrkSessionsTest {

  @Test
  void quotesEveryByteOutsidePrintableAsciiAsThreeDigits() {
    assertThat(WrkSessions.quoted("a\"b\\c")).isEqualTo("\"a\\034b\\092c\"");
    // 负 is E8 B4 9F in UTF-8; a digit after an escape must not join it.
    assertThat(WrkSessions.quoted("负1\n2")).isEqualTo("\"\\232\\180\\1591\\0102\"");
  }

  @Test
  void signsInEveryClientsTwoUsersAndWritesTheirSessions() throws Exception {
    try (StubApplication stub = new StubApplication(1000, 1000)) {
      Scenario scenario = Scenario.discover(stub.url(), "citizen", "grid", "demo");

      String lua = WrkSessions.lua(scenario, 2);

      assertThat(stub.formSignIns).as("two users per client").hasValue(4);
      assertThat(lua).startsWith("return {\n").contains("reportBefore = \"{\\034requestId\\034:\\034\"")
          .contains("handlerOffice = \"" + scenario.handlerOffice() + "\"");
      assertThat(lua.split("citizenCookie = \"", -1)).hasSize(3);
      assertThat(lua).containsPattern("citizenCookie = \"[^\"]*JSESSIONID=[^\"]+\", citizenXsrf = \"token-\\d+\"");
    }
  }
}
