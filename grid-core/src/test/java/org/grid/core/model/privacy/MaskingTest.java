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
  void chineseTextMayTouchANumber() {
    assertThat(Masking.text("身份证11010519491231002X号码，手机13812341234号"))
        .isEqualTo("身份证1101**********002X号码，手机138****1234号");
    assertThat(Masking.text("11010519491231002Xa")).isEqualTo("11010519491231002Xa");
  }

  /** A mobile number as people write it: in groups, with separators, or in full-width digits. */
  @Test
  void mobileNumbersInGroupsOrFullWidthDigitsAreMaskedToo() {
    assertThat(Masking.text("电话 138 1234 1234，谢谢")).isEqualTo("电话 138 **** 1234，谢谢");
    assertThat(Masking.text("tel 138-1234-1234.")).isEqualTo("tel 138-****-1234.");
    assertThat(Masking.text("139.1234.5678 或 138 12345678 或 1381234 5678")).isEqualTo(
        "139.****.5678 或 138 ****5678 或 138**** 5678");
    assertThat(Masking.text("138\u30001234-5678 2 次")).isEqualTo("138\u3000****-5678 2 次");
    assertThat(Masking.text("+86 138 1234 1234")).isEqualTo("+86 138 **** 1234");
    assertThat(Masking.text("手机１３８１２３４１２３４号")).isEqualTo("手机１３８****１２３４号");
    assertThat(Masking.text("身份证１１０１０５１９４９１２３１００２Ｘ")).isEqualTo("身份证１１０１**********００２Ｘ");
  }

  /** An ID number in its groups (area, birth date, sequence), and a mobile number after 86 or 0086 without a plus. */
  @Test
  void idNumbersInGroupsAndMobileNumbersAfterTheCountryCodeAreMaskedToo() {
    assertThat(Masking.text("身份证 110101 19900307 7774。")).isEqualTo("身份证 1101** ******** 7774。");
    assertThat(Masking.text("110105-19491231-002X号")).isEqualTo("1101**-********-002X号");
    assertThat(Masking.text("证件１１０１０１\u3000１９９００３０７\u3000７７７４"))
        .isEqualTo("证件１１０１**\u3000********\u3000７７７４");
    assertThat(Masking.text("电话 8613812341234 或 008613812341234"))
        .isEqualTo("电话 86138****1234 或 0086138****1234");
    for (String kept : new String[] {"110101 19900307 7775", "110101 19900307 7774x", "110101 19900307",
        "110101  19900307 7774", "1101011 9900307 7774", "8612812341234", "018613812341234"}) {
      assertThat(Masking.text(kept)).as(kept).isEqualTo(kept);
    }
  }

  /** An e-mail address keeps the first character of its local part and its domain. */
  @Test
  void anEmailAddressKeepsItsFirstCharacterAndItsDomain() {
    assertThat(Masking.text("邮箱 zhangsan@example.com，电话 13812341234。"))
        .isEqualTo("邮箱 z*******@example.com，电话 138****1234。");
    assertThat(Masking.text("write to li.wei+grid@mail.gov.cn.")).isEqualTo("write to l**********@mail.gov.cn.");
    assertThat(Masking.text("a@b.cn")).isEqualTo("*@b.cn");
    for (String kept : new String[] {"user@localhost", "@example.com", "x@y", "备注@张三", "a@b.c", "a@b.c1",
        "a@@b.cn"}) {
      assertThat(Masking.text(kept)).as(kept).isEqualTo(kept);
    }
    String masked = Masking.text("zhangsan@example.com");
    assertThat(Masking.text(masked)).isEqualTo(masked);
  }

  /** What came from outside goes into a log line masked, on one line, and cut. */
  @Test
  void aTextForALogIsMaskedEscapedAndCut() {
    assertThat(Masking.forLog("request/R1\nERROR forged line 13812341234", 200))
        .isEqualTo("request/R1\\u000AERROR forged line 138****1234");
    assertThat(Masking.forLog("x".repeat(300), 120)).isEqualTo("x".repeat(120) + "…");
    assertThat(Masking.forLog(null, 10)).isNull();
    assertThat(Masking.controlsEscaped("a\u001B[31mb\u0000")).isEqualTo("a\\u001B[31mb\\u0000");
  }

  /**
   * A landline number keeps its area code and has the first four digits of its local number starred, as many as a
   * mobile number's: after a separator, in parentheses, after {@code +86} or {@code 0086}, or as one run of digits.
   */
  @Test
  void landlineNumbersKeepTheirAreaCodeAndHaveFourDigitsStarred() {
    String[][] masked = {
        {"电话0371-12345678，请转", "电话0371-****5678，请转"},
        {"(010) 8765 4321", "(010) **** 4321"},
        {"010-87654321-123", "010-****4321-123"},
        {"+86 10 8765 4321", "+86 10 **** 4321"},
        {"tel +86-371-1234567.", "tel +86-371-****567."},
        {"0086 21 87654321", "0086 21 ****4321"},
        {"（0571）87654321", "（0571）****4321"},
        {"(0571)8765-4321", "(0571)****-4321"},
        {"办公室 01087654321 或 057187654321。", "办公室 010****4321 或 0571****4321。"},
        {"０３７１－１２３４５６７８", "０３７１－****５６７８"},
        {"020 876 5432", "020 *** *432"},
        {"+861087654321 或 +8637112345678", "+8610****4321 或 +86371****5678"},
        {"村委会 0371 1234567，手机 138 1234 1234", "村委会 0371 ****567，手机 138 **** 1234"}};
    assertMaskedAndStable(masked);
  }

  /**
   * A local number without its area code has the same four digits starred when a phone label names it; the same
   * digits without a label, or after a Latin label inside a longer word, are kept (they may be an amount or an id).
   */
  @Test
  void aLocalNumberThatAPhoneLabelNamesIsMaskedAndOneWithoutALabelIsKept() {
    String[][] masked = {
        {"座机：87654321", "座机：****4321"},
        {"电话 8765 4321，找王主任", "电话 **** 4321，找王主任"},
        {"联系方式:1234567", "联系方式:****567"},
        {"电话号码　876-5432", "电话号码　***-*432"},
        {"Tel. 8765-4321", "Tel. ****-4321"},
        {"PHONE: 87654321 ext 12", "PHONE: ****4321 ext 12"},
        {"传真87654321", "传真****4321"}};
    assertMaskedAndStable(masked);
    for (String kept : new String[] {"金额 87654321 元", "编号：1234567", "hotel 8765 4321", "iphone 87654321",
        "电话 2026-12-05", "电话 123456", "电话 123456789", "电话    87654321", "telephone-87654321"}) {
      assertThat(Masking.text(kept)).as(kept).isEqualTo(kept);
    }
  }

  /** Checks that each text masks to its pair, and that the masked text masks to itself. */
  private static void assertMaskedAndStable(String[][] masked) {
    for (String[] pair : masked) {
      assertThat(Masking.text(pair[0])).as(pair[0]).isEqualTo(pair[1]);
      assertThat(Masking.text(pair[1])).as("masked again: " + pair[1]).isEqualTo(pair[1]);
    }
  }

  /** Numbers that are not a landline: dates, times, amounts, counts, ids, and near misses of a landline's shape. */
  @Test
  void numbersThatAreNotALandlineAreKept() {
    for (String kept : new String[] {"2026-12-05", "2026-12-05 09:30", "10:30-11:45", "2026年12月05日", "￥1,280.50 元",
        "0.5 亩", "第 003 组 12 户 36 人", "R-2026-000123", "T01-V01-N1", "T09-V01-P01", "T0371-12345678",
        "0371-123456", "0371-123456789", "010 1234 56789", "0201-2345678", "0123-45678901", "01234567890",
        "86 10 8765 4321", "+86 13 8765 4321", "861087654321", "000 12345678", "0371 2026",
        "1101**********0371 12345678"}) {
      assertThat(Masking.text(kept)).as(kept).isEqualTo(kept);
    }
  }

  @Test
  void groupsThatAreNotAMobileNumberAreKept() {
    for (String kept : new String[] {"2025-06-01 10:30", "128 1234 1234", "138 1234 12345", "138 123 41234",
        "138  1234 1234", "13 8123 41234", "6222 0212 3456 7890"}) {
      assertThat(Masking.text(kept)).as(kept).isEqualTo(kept);
    }
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
