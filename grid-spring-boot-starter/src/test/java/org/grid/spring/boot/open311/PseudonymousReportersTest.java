package org.grid.spring.boot.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The default reporters: stable pseudonyms per client and person, random for anonymous reports, never names. */
class PseudonymousReportersTest {

  static final PseudonymousReporters REPORTERS = new PseudonymousReporters("a-secret-of-the-county");

  static Open311Contact contact(String account, String email, String phone, String device) {
    return new Open311Contact(account, email, phone, device, "小明", "王");
  }

  @Test
  void theSamePersonThroughTheSameClientIsTheSameReporter() {
    assertThat(REPORTERS.reporterOf("app", contact("a-1", null, null, null)))
        .isEqualTo(REPORTERS.reporterOf("app", contact("a-1", "other@example.cn", null, null)));
    assertThat(REPORTERS.reporterOf("app", contact(null, " Wang@Example.CN ", null, null)))
        .isEqualTo(REPORTERS.reporterOf("app", contact(null, "wang@example.cn", "13800000000", null)));
    assertThat(REPORTERS.reporterOf("app", contact(null, null, "138-1234-1234", null)))
        .isEqualTo(REPORTERS.reporterOf("app", contact(null, null, "13812341234", null)));
    assertThat(REPORTERS.reporterOf("app", contact(null, null, null, "dev-1")).value()).matches("o311-[0-9a-f]{24}");
  }

  @Test
  void clientsKindsAndKeysSeparateReporters() {
    assertThat(REPORTERS.reporterOf("app", contact("a-1", null, null, null)))
        .isNotEqualTo(REPORTERS.reporterOf("other-app", contact("a-1", null, null, null)));
    assertThat(REPORTERS.reporterOf("app", contact("x@y.cn", null, null, null)))
        .as("an account id equal to an email").isNotEqualTo(REPORTERS.reporterOf("app", contact(null, "x@y.cn",
            null, null)));
    assertThat(new PseudonymousReporters("another-secret-key").reporterOf("app", contact("a-1", null, null, null)))
        .isNotEqualTo(REPORTERS.reporterOf("app", contact("a-1", null, null, null)));
  }

  @Test
  void anAnonymousReportGetsAReporterOfItsOwn() {
    Open311Contact anonymous = new Open311Contact(null, " ", null, null, "小明", "王");
    assertThat(REPORTERS.reporterOf("app", anonymous)).isNotEqualTo(REPORTERS.reporterOf("app", anonymous));
  }

  @Test
  void aShortKeyIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(() -> new PseudonymousReporters("short-key"))
        .hasMessage("grid.open311.pseudonym-key must have at least 16 characters")
        .hasMessageNotContaining("short-key");
  }

  @Test
  void aContactPrintsMasked() {
    String text = new Open311Contact("acct-77", "wang.xiaoming@example.cn", "13812341234", "dev-9", "小明", "王")
        .toString();
    assertThat(text).doesNotContain("wang.xiaoming", "13812341234", "小明", "acct-77", "dev-9");
  }
}
