package org.grid.core.model.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.team.PersonId;

class MaskingProperties {

  @Property(tries = 300)
  void maskedTextKeepsItsLengthAndLeaksNoValidIdNumber(@ForAll("texts") String text) {
    String masked = Masking.text(text);
    assertThat(masked).hasSameSizeAs(text);
    for (int i = 0; i + NationalIdNumber.LENGTH <= masked.length(); i++) {
      boolean wholeRun = (i == 0 || !Character.isDigit(masked.charAt(i - 1)))
          && (i + NationalIdNumber.LENGTH == masked.length()
              || !isAsciiLetterOrDigit(masked.charAt(i + NationalIdNumber.LENGTH)));
      if (wholeRun) {
        assertThat(NationalIdNumber.isValid(masked.substring(i, i + NationalIdNumber.LENGTH))).isFalse();
      }
    }
    assertThat(Masking.text(masked)).isEqualTo(masked);
  }

  @Property(tries = 300)
  void everyEmbeddedIdNumberIsMasked(@ForAll("ids") String id, @ForAll("words") String before,
      @ForAll("words") String after) {
    String masked = Masking.text(before + " " + id + " " + after);
    assertThat(masked).doesNotContain(id).contains(Masking.nationalId(id)).startsWith(before).endsWith(after);
  }

  @Property(tries = 300)
  void everyEmbeddedMobileNumberIsMasked(@ForAll("mobiles") String mobile, @ForAll("words") String before) {
    String masked = Masking.text(before + "：" + mobile);
    assertThat(masked).isEqualTo(before + "：" + Masking.phone(mobile));
  }

  @Property(tries = 200)
  void noIdOfAPersonOrHouseholdIsANationalIdNumberAndNoRefusalQuotesIt(@ForAll("ids") String id) {
    assertThatThrownBy(() -> PersonId.of(id)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(id).hasMessageStartingWith("personId");
    assertThatThrownBy(() -> HouseholdId.of(id.toLowerCase(java.util.Locale.ROOT)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(id.substring(4, 14));
    assertThatThrownBy(() -> PersonId.of(id + " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(id);
  }

  @Property(tries = 20)
  void maskingALongRunOfNumbersIsLinear(@ForAll("ids") String id) {
    String text = (id + " 13812341234 ").repeat(20_000) + "a@b" + ".".repeat(100_000) + "@a".repeat(50_000)
        + "x@" + "b".repeat(100_000);
    long start = System.nanoTime();
    String masked = Masking.text(text);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(masked).doesNotContain(id);
    assertThat(millis).isLessThan(2_000);
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  @Property(tries = 300)
  void everyIdNumberWrittenInGroupsIsMasked(@ForAll("ids") String id, @ForAll("words") String before,
      @ForAll("separators") char first, @ForAll("separators") char second) {
    String grouped = id.substring(0, 6) + first + id.substring(6, 14) + second + id.substring(14);
    String masked = Masking.text(before + grouped + "。");
    String expected = Masking.nationalId(id);
    assertThat(masked).isEqualTo(before + expected.substring(0, 6) + first + expected.substring(6, 14) + second
        + expected.substring(14) + "。");
    assertThat(Masking.text(masked)).isEqualTo(masked);
  }

  @Property(tries = 300)
  void everyEmbeddedLandlineKeepsItsAreaCodeAndHasFourDigitsStarred(@ForAll("areaCodes") String area,
      @ForAll("localNumbers") String local, @ForAll("separators") char separator, @ForAll("words") String before) {
    String masked = Masking.text(before + "：" + area + separator + local + "。");
    assertThat(masked).isEqualTo(before + "：" + area + separator + "****" + local.substring(4) + "。");
    assertThat(Masking.text(masked)).isEqualTo(masked);
  }

  @Provide
  Arbitrary<String> areaCodes() {
    return Arbitraries.oneOf(Arbitraries.of("010"), Arbitraries.strings().numeric().ofLength(1).map(d -> "02" + d),
        Arbitraries.strings().numeric().ofLength(2).flatMap(rest -> Arbitraries.integers().between(3, 9)
            .map(first -> "0" + first + rest)));
  }

  @Provide
  Arbitrary<String> localNumbers() {
    return Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(8);
  }

  @Provide
  Arbitrary<Character> separators() {
    return Arbitraries.of(' ', '-', '.', '\u00A0', '\u3000', '\uFF0D');
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("0123456789Xx 王-+").ofMaxLength(80);
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("abc王李 ，").ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> mobiles() {
    return Arbitraries.strings().numeric().ofLength(9)
        .flatMap(rest -> Arbitraries.of('3', '4', '5', '6', '7', '8', '9').map(second -> "1" + second + rest));
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().numeric().ofLength(6).flatMap(area -> Arbitraries.integers().between(1900, 2020)
        .flatMap(year -> Arbitraries.integers().between(1, 28).flatMap(day -> Arbitraries.integers().between(1, 12)
            .flatMap(month -> Arbitraries.strings().numeric().ofLength(3).map(seq -> NationalIdNumberTest.withCheck(
                area + year + String.format("%02d%02d", month, day) + seq))))));
  }
}
