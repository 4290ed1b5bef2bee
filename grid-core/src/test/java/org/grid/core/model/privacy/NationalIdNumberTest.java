package org.grid.core.model.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NationalIdNumberTest {

  private static final String VALID = "110101199003077774";

  @Test
  void theGb11643CheckCharacterDecides() {
    assertThat(NationalIdNumber.isValid(VALID)).isTrue();
    assertThat(NationalIdNumber.isValid("11010519491231002X")).isTrue();
    assertThat(NationalIdNumber.isValid("11010519491231002x")).isTrue();
    assertThat(NationalIdNumber.isValid("440304198001010017")).isTrue();
    assertThat(NationalIdNumber.isValid("110101199003077777")).isFalse();
    assertThat(NationalIdNumber.isValid("110105194912310021")).isFalse();
  }

  @Test
  void aNumberTypedInFullWidthDigitsIsTheSameNumber() {
    // As a Chinese input method types it: an id must refuse it as it refuses the ASCII one.
    assertThat(NationalIdNumber.isValid("１１０１０１１９９００３０７７７７４")).isTrue();
    assertThat(NationalIdNumber.isValid("１１０１０５１９４９１２３１００２Ｘ")).isTrue();
    assertThat(NationalIdNumber.isValid("１１０１０５１９４９１２３１００２ｘ")).isTrue();
    assertThat(NationalIdNumber.isValid("11010119900307７７７４")).as("mixed").isTrue();
    assertThat(NationalIdNumber.isValid("１１０１０１１９９００３０７７７７７")).as("its check digit is wrong").isFalse();
    assertThat(NationalIdNumber.of("１１０１０１１９９００３０７７７７４").birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
    assertThatThrownBy(() -> org.grid.core.model.team.PersonId.of("１１０１０１１９９００３０７７７７４"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("national ID number")
        .hasMessageNotContaining("１１０１");
  }

  @Test
  void shapeAndBirthDateAreChecked() {
    assertThat(NationalIdNumber.isValid(null)).isFalse();
    assertThat(NationalIdNumber.isValid("11010119900307777")).isFalse();
    assertThat(NationalIdNumber.isValid("1101011990030777740")).isFalse();
    assertThat(NationalIdNumber.isValid("11010119900307777A")).isFalse();
    assertThat(NationalIdNumber.isValid("X10101199003077774")).isFalse();
    // a valid check character over an impossible date, 1990-02-30
    assertThat(NationalIdNumber.isValid(withCheck("11010119900230777"))).isFalse();
    assertThat(NationalIdNumber.isValid(withCheck("11010117990101777"))).isFalse();
    assertThat(NationalIdNumber.isValid(withCheck("11010120000229777"))).isTrue();
  }

  @Test
  void theNumberIsShownMaskedAndInClearOnlyWithAPurpose() {
    NationalIdNumber number = NationalIdNumber.of("11010519491231002x");
    assertThat(number.toString()).isEqualTo("1101**********002X");
    assertThat(number.inClear(Purpose.of("identity check at the township office"))).isEqualTo("11010519491231002X");
    assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(number).isEqualTo(NationalIdNumber.of("11010519491231002X"));
    assertThatThrownBy(() -> number.inClear(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anInvalidNumberIsRefusedWithoutBeingEchoed() {
    assertThatThrownBy(() -> NationalIdNumber.of("110101199003077777"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nationalIdNumber fails the GB 11643 check character")
        .hasMessageNotContaining("1101011990");
  }

  /** Appends the GB 11643 check character to 17 digits. */
  static String withCheck(String digits) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return digits + "10X98765432".charAt(sum % 11);
  }
}
