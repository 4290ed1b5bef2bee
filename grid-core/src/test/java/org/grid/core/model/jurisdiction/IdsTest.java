package org.grid.core.model.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.junit.jupiter.api.Test;

/** Ids and names refuse control characters, so that none is stored, and none is printed raw to a terminal. */
class IdsTest {

  @Test
  void aNameWithAControlCharacterIsRefusedNamingTheCharacterNotTheText() {
    for (String name : List.of("\u001b[31m大路村", "大路村\u0007", "a\u0000b", "two\nlines", "tab\there", "c1\u0085")) {
      assertThatThrownBy(() -> Village.of(VillageId.of("V1"), name, List.of(Unit.of(UnitId.of("U1"), "1组", 3))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("name of village V1 must not contain control characters, has U+")
          .hasMessageNotContaining(name);
    }
  }

  @Test
  void namesKeepEveryOtherCharacter() {
    assertThat(Ids.requireName(" 王 \"书记\" 🌾 ", "name")).isEqualTo(" 王 \"书记\" 🌾 ");
    assertThat(Ids.requireNoControlCharacters("", "text")).isEmpty();
    assertThatThrownBy(() -> Ids.requireNoControlCharacters("ok\u007f", "text"))
        .hasMessage("text must not contain control characters, has U+007F at index 2");
  }

  /**
   * Half of a surrogate pair is not text: no database stores it as UTF-8 (PostgreSQL's and MariaDB's drivers would
   * store {@code ?}), so ids and names refuse it, naming where; a whole pair is a character like any other.
   */
  @Test
  void anUnpairedSurrogateIsRefusedAndAWholePairKept() {
    assertThatThrownBy(() -> VillageId.of("V\ud83c"))
        .hasMessage("villageId must not contain an unpaired surrogate, has U+D83C at index 1");
    assertThatThrownBy(() -> Ids.requireName("\udf3e王", "name"))
        .hasMessage("name must not contain an unpaired surrogate, has U+DF3E at index 0");
    assertThatThrownBy(() -> Ids.requireName("王\udf3e\ud83c", "name"))
        .hasMessage("name must not contain an unpaired surrogate, has U+DF3E at index 1");
    assertThat(VillageId.of("V\ud83c\udf3e").value()).isEqualTo("V🌾");
    assertThat(Ids.requireName("𠀀村", "name")).isEqualTo("𠀀村");
    assertThat(Ids.unpairedSurrogate("a🌾b🌾")).isEqualTo(-1);
    assertThat(Ids.unpairedSurrogate("a🌾\ud83c")).isEqualTo(3);
    assertThatThrownBy(() -> org.grid.core.model.partition.GridId.of("T01-V01-N1\ud83c"))
        .hasMessage("gridId must not contain an unpaired surrogate, has U+D83C at index 10");
    assertThatThrownBy(() -> org.grid.core.model.duty.EntryId.of("e\udf3e"))
        .hasMessageContaining("unpaired surrogates");
  }

  /** An id with a bidirectional override or a zero-width character would look like another id on every screen. */
  @Test
  void anIdWithAnInvisibleFormatCharacterIsRefusedNamingIt() {
    assertThatThrownBy(() -> VillageId.of("T01-V01\u202E2N")).hasMessage("villageId must not contain invisible "
        + "format characters (bidirectional controls, zero-width characters), has U+202E at index 7");
    for (String id : new String[] {"R\u200B1", "\uFEFFR1", "R\u200D1", "R\u2066x\u2069", "R\u00AD1", "R\uDB40\uDC01"}) {
      assertThatThrownBy(() -> org.grid.core.model.partition.GridId.of(id)).as(id)
          .hasMessageContaining("must not contain invisible format characters");
    }
    assertThat(VillageId.of("五都村-🌾-𠀀").value()).isEqualTo("五都村-🌾-𠀀");
  }

  /**
   * A format character beyond the Basic Multilingual Plane (a tag character such as U+E0001 LANGUAGE TAG) is named by
   * its code point, not by the high surrogate that starts it, at the index where it starts.
   */
  @Test
  void aFormatCharacterBeyondTheBasicMultilingualPlaneIsNamedByItsCodePoint() {
    String languageTag = new String(Character.toChars(0xE0001));
    assertThatThrownBy(() -> org.grid.core.model.partition.GridId.of("R" + languageTag + "1"))
        .hasMessage("gridId must not contain invisible format characters (bidirectional controls, zero-width "
            + "characters), has U+E0001 at index 1");
    assertThatThrownBy(() -> VillageId.of("V1" + new String(Character.toChars(0xE007F))))
        .hasMessageEndingWith("has U+E007F at index 2");
  }

  /**
   * {@code "T01 V"} and {@code "T01"} + U+00A0 + {@code "V"} look the same on a screen: an id holds no space but
   * U+0020 (Unicode's space separators Zs), and no line or paragraph separator (Zl, Zp); the message names the
   * character and where it is, never the id.
   */
  @Test
  void anIdWithASpaceOtherThanU0020IsRefusedNamingTheCharacterNotTheId() {
    assertThat(VillageId.of("T01 V").value()).isEqualTo("T01 V");
    assertThatThrownBy(() -> VillageId.of("T01\u00a0V")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("villageId must not contain a space other than U+0020 (a no-break, ideographic or other space "
            + "looks the same), has U+00A0 at index 3");
    for (char space : new char[] {'\u00a0', '\u1680', '\u2000', '\u2002', '\u2007', '\u200a', '\u202f', '\u205f',
        '\u3000'}) {
      String id = "T01" + space + "V";
      String code = String.format("U+%04X at index 3", (int) space);
      assertThatThrownBy(() -> VillageId.of(id)).as(code).hasMessageEndingWith(code)
          .hasMessageContaining("must not contain a space other than U+0020").hasMessageNotContaining(id);
      assertThatThrownBy(() -> UnitId.of(id)).as(code).hasMessageStartingWith("unitId must not contain a space");
      assertThatThrownBy(() -> org.grid.core.model.partition.GridId.of(id)).as(code)
          .hasMessageStartingWith("gridId must not contain a space");
      assertThatThrownBy(() -> PersonId.of(id)).as(code).hasMessageStartingWith("personId must not contain a space");
      assertThatThrownBy(() -> org.grid.core.model.duty.EntryId.of(id)).as(code)
          .hasMessageStartingWith("entryId must not contain a space");
      assertThatThrownBy(() -> Ids.requireNoFormatCharacters(id, "ruleId")).as(code)
          .hasMessageStartingWith("ruleId must not contain a space");
    }
  }

  /** A line or paragraph separator is a line break to a viewer: neither an id nor a name may hold one. */
  @Test
  void aLineOrParagraphSeparatorIsRefusedInIdsAndNames() {
    assertThatThrownBy(() -> VillageId.of("T01\u2028V")).hasMessage("villageId must not contain a line or paragraph "
        + "separator (U+2028, U+2029: a line break), has U+2028 at index 3");
    assertThatThrownBy(() -> Ids.requireNoFormatCharacters("R1\u20292", "ruleId"))
        .hasMessage("ruleId must not contain a line or paragraph separator (U+2028, U+2029: a line break), "
            + "has U+2029 at index 2");
    for (String name : List.of("大路村\u2028ERROR forged line", "大路村\u2029x", "\u2028村")) {
      assertThatThrownBy(() -> Village.of(VillageId.of("V1"), name, List.of(Unit.of(UnitId.of("U1"), "1组", 3))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("name of village V1 must not contain a line or paragraph separator (U+2028, "
              + "U+2029: a line break), has U+202")
          .hasMessageNotContaining(name);
      assertThatThrownBy(() -> Unit.of(UnitId.of("U1"), name, 3))
          .hasMessageStartingWith("name of unit U1 must not contain a line or paragraph separator");
      assertThatThrownBy(() -> Ids.requireNoControlCharacters(name, "tag"))
          .hasMessageStartingWith("tag must not contain a line or paragraph separator");
    }
    assertThat(Ids.lineSeparatorProblem("大路村\u2029x")).isEqualTo(
        "must not contain a line or paragraph separator (U+2028, U+2029: a line break), has U+2029 at index 3");
    assertThat(Ids.lineSeparatorProblem("大路村 x")).isNull();
    // Names may hold any space: a no-break or ideographic space is text, not a line break.
    assertThat(Ids.requireName("王\u3000明\u00a0", "name")).isEqualTo("王\u3000明\u00a0");
  }

  @Test
  void personNamesAndIdsAreCheckedAlike() {
    assertThatThrownBy(() -> VillageId.of("V\u001b1")).hasMessage("villageId must not contain control characters");
    assertThatThrownBy(() -> Person.of(PersonId.of("p1"), "王\u0007明", VillageId.of("V1"),
        org.grid.core.model.team.PartyMembership.WITH_POST, List.of()))
        .hasMessageContaining("must not contain control characters");
  }
}
