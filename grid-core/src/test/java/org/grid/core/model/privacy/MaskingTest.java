package org.grid.core.model.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void chineseNamesKeepTheirFirstAndLastCharacter() {
    assertThat(Masking.name("王小明")).isEqualTo("王*明");
    assertThat(Masking.name("欧阳小明")).isEqualTo("欧**明");
    assertThat(Masking.name("王明")).isEqualTo("王*");
    assertThat(Masking.name("王")).isEqualTo("*");
    assertThat(Masking.name("")).isEmpty();
  }

  @Test
  void otherNamesKeepTheirFirstLetterAndHideTheirLength() {
    assertThat(Masking.name("Anna")).isEqualTo("A***");
    assertThat(Masking.name("Maximilian Schmidt")).isEqualTo("M***");
    assertThat(Masking.name("X")).isEqualTo("*");
  }

  @Test
  void aMobileNumberKeepsThreeAndFourDigits() {
    assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
    assertThat(Masking.phone("0571-87654321")).isEqualTo("057*-****4321");
    assertThat(Masking.phone("+86 138 1234 1234")).isEqualTo("+86 1** **** 1234");
    assertThat(Masking.phone("1234567")).isEqualTo("*******");
  }

  @Test
  void aNationalIdNumberKeepsFourAndFourCharacters() {
    assertThat(Masking.nationalId("110101199003077777")).isEqualTo("1101**********7777");
    assertThat(Masking.nationalId("12345678")).isEqualTo("********");
  }

  @Test
  void freeTextHasItsNumbersMaskedInPlaceAndTheRestUnchanged() {
    String text = "王小明 110101199003077774 电话13812341234，备用 +8613912345678; 另 11010519491231002X。";
    assertThat(Masking.text(text)).isEqualTo(
        "王小明 1101**********7774 电话138****1234，备用 +86139****5678; 另 1101**********002X。");
  }

  @Test
  void freeTextKeepsNumbersThatAreNotPhonesOrValidIds() {
    assertThat(Masking.text("order 110101199003077777 fails its check")).contains("110101199003077777");
    assertThat(Masking.text("run 138123412345 is twelve digits")).contains("138123412345");
    assertThat(Masking.text("12812341234 starts 12")).contains("12812341234");
    assertThat(Masking.text("x013812341234 inside a longer run")).contains("013812341234");
    assertThat(Masking.text("no digits at all")).isEqualTo("no digits at all");
    assertThat(Masking.text(null)).isNull();
  }

  @Test
  void freeTextMasksAtTheEdgesOfTheText() {
    assertThat(Masking.text("13812341234")).isEqualTo("138****1234");
    assertThat(Masking.text("11010519491231002x")).isEqualTo("1101**********002x");
  }

  @Test
  void nullIsRefusedWhereAValueIsNeeded() {
    assertThatThrownBy(() -> Masking.name(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Masking.phone(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Masking.nationalId(null)).isInstanceOf(NullPointerException.class);
  }
}
