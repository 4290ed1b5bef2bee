package org.grid.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AppliedCommandsTest {

  private static final String SHA = "0123456789abcdef".repeat(4);

  @Test
  void keeps_each_id_in_order_with_its_digest_as_given() {
    AppliedCommands c = AppliedCommands.of(CommandId.of("r1"), SHA)
        .with(CommandId.of("a1"), "")
        .with(CommandId.of("s1"), "摘要".repeat(32))
        .with(CommandId.of("f1"), SHA.toUpperCase()) // not the engine's form: kept as text
        .with(CommandId.of("t1"), "ffff");

    assertThat(c.size()).isEqualTo(5);
    assertThat(c.asMap()).containsExactly(
        Map.entry(CommandId.of("r1"), SHA), Map.entry(CommandId.of("a1"), ""),
        Map.entry(CommandId.of("s1"), "摘要".repeat(32)), Map.entry(CommandId.of("f1"), SHA.toUpperCase()),
        Map.entry(CommandId.of("t1"), "ffff"));
    assertThat(c.digestOf(CommandId.of("r1"))).contains(SHA);
    assertThat(c.digestOf(CommandId.of("x"))).isEmpty();
    assertThat(c.contains(CommandId.of("t1"))).isTrue();
    assertThat(c.id(2)).isEqualTo(CommandId.of("s1"));
    assertThat(c.digest(3)).isEqualTo(SHA.toUpperCase());
    assertThatThrownBy(() -> c.digest(5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void a_text_of_64_characters_past_latin_1_is_kept_as_given_even_where_their_low_bytes_are_digits() {
    // U+0130 and U+0161 end in the bytes of '0' and 'a': read byte by byte they would pass for a SHA-256.
    String lookalike = "\u0130\u0161".repeat(32);
    AppliedCommands afterEngines = AppliedCommands.of(CommandId.of("r1"), SHA).with(CommandId.of("a1"), lookalike);
    AppliedCommands first = AppliedCommands.of(CommandId.of("a1"), lookalike);

    assertThat(afterEngines.digestOf(CommandId.of("a1"))).contains(lookalike);
    assertThat(afterEngines.digestOf(CommandId.of("r1"))).contains(SHA);
    assertThat(first.digestOf(CommandId.of("a1"))).contains(lookalike);
    assertThat(AppliedCommands.copyOf(Map.of(CommandId.of("a1"), lookalike))).isEqualTo(first);
  }

  @Test
  void an_id_applied_again_keeps_its_place_and_takes_the_new_digest() {
    AppliedCommands c = AppliedCommands.of(CommandId.of("r1"), "")
        .with(CommandId.of("a1"), "old")
        .with(CommandId.of("r1"), SHA);

    assertThat(c.asMap()).containsExactly(Map.entry(CommandId.of("r1"), SHA), Map.entry(CommandId.of("a1"), "old"));
    // the same content built either way is equal, whatever was replaced on the way
    assertThat(c.with(CommandId.of("a1"), SHA))
        .isEqualTo(AppliedCommands.of(CommandId.of("r1"), SHA).with(CommandId.of("a1"), SHA))
        .hasSameHashCodeAs(AppliedCommands.of(CommandId.of("r1"), SHA).with(CommandId.of("a1"), SHA));
  }

  @Test
  void the_same_content_is_equal_however_it_was_reached() {
    AppliedCommands texts = AppliedCommands.of(CommandId.of("a"), "").with(CommandId.of("b"), "x");
    AppliedCommands viaEngine = AppliedCommands.of(CommandId.of("a"), SHA).with(CommandId.of("b"), SHA)
        .with(CommandId.of("a"), "").with(CommandId.of("b"), "x");
    assertThat(viaEngine).isEqualTo(texts).hasSameHashCodeAs(texts);
    AppliedCommands mixed = AppliedCommands.of(CommandId.of("a"), "").with(CommandId.of("b"), SHA);
    AppliedCommands mixedAgain = AppliedCommands.of(CommandId.of("a"), SHA).with(CommandId.of("b"), "")
        .with(CommandId.of("a"), "").with(CommandId.of("b"), SHA);
    assertThat(mixedAgain).isEqualTo(mixed).hasSameHashCodeAs(mixed);
    assertThat(mixed.asMap()).containsExactly(Map.entry(CommandId.of("a"), ""), Map.entry(CommandId.of("b"), SHA));
  }

  @Test
  void tells_ids_apart_that_are_parts_of_each_other() {
    AppliedCommands c = AppliedCommands.of(CommandId.of("ab"), SHA).with(CommandId.of("a"), "")
        .with(CommandId.of("b a"), "x").with(CommandId.of("指令-1"), SHA);

    assertThat(c.size()).isEqualTo(4);
    assertThat(c.digestOf(CommandId.of("a"))).contains("");
    assertThat(c.digestOf(CommandId.of("ab"))).contains(SHA);
    assertThat(c.digestOf(CommandId.of("b"))).isEmpty();
    assertThat(c.digestOf(CommandId.of("指令"))).isEmpty();
    assertThat(c.contains(CommandId.of("指令-1"))).isTrue();
    assertThat(c.id(0)).isEqualTo(CommandId.of("ab"));
    assertThat(c.id(3)).isEqualTo(CommandId.of("指令-1"));
    assertThat(c).hasToString("AppliedCommands[ab=01234567…, a=, b a=x, 指令-1=01234567…]");
  }

  @Test
  void refuses_what_a_digest_cannot_be() {
    assertThatThrownBy(() -> AppliedCommands.of(CommandId.of("r1"), "f".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("digest");
    assertThatThrownBy(() -> AppliedCommands.of(CommandId.of("r1"), (String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("digest");
    assertThatThrownBy(() -> AppliedCommands.of(CommandId.of("r1"), (CommandDigest) null))
        .isInstanceOf(NullPointerException.class).hasMessage("digest");
    assertThatThrownBy(() -> AppliedCommands.of(null, SHA))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
  }

  @Test
  void order_counts_for_equality() {
    AppliedCommands ab = AppliedCommands.of(CommandId.of("a"), SHA).with(CommandId.of("b"), "");
    AppliedCommands ba = AppliedCommands.of(CommandId.of("b"), "").with(CommandId.of("a"), SHA);
    assertThat(ab).isNotEqualTo(ba);
    assertThat(ab.asMap()).isEqualTo(ba.asMap());
    assertThat(AppliedCommands.none().isEmpty()).isTrue();
    assertThat(AppliedCommands.copyOf(ImmutableMap.of())).isSameAs(AppliedCommands.none());
  }

  @Property
  void reads_back_any_map_it_was_built_from(@ForAll("commands") Map<CommandId, String> commands) {
    AppliedCommands c = AppliedCommands.copyOf(commands);

    assertThat(c.asMap()).containsExactlyEntriesOf(commands);
    commands.forEach((id, digest) -> assertThat(c.digestOf(id)).contains(digest));
    assertThat(AppliedCommands.copyOf(c.asMap())).isEqualTo(c).hasSameHashCodeAs(c);
    AppliedCommands oneByOne = AppliedCommands.none();
    for (Map.Entry<CommandId, String> e : commands.entrySet()) {
      oneByOne = oneByOne.with(e.getKey(), e.getValue());
    }
    assertThat(oneByOne).isEqualTo(c).hasSameHashCodeAs(c).hasToString(c.toString());
  }

  /**
   * A digest given as a {@link CommandDigest} (the engine's way: its bytes, never its text) gives the same commands as
   * its text, whatever came before and whether the id is new or applied again.
   */
  @Property
  void a_digest_goes_in_as_its_text_does(@ForAll("applications") List<Map.Entry<CommandId, String>> applications) {
    AppliedCommands byText = AppliedCommands.none();
    AppliedCommands byDigest = AppliedCommands.none();
    for (Map.Entry<CommandId, String> e : applications) {
      byText = byText.with(e.getKey(), e.getValue());
      CommandDigest digest = e.getValue().matches("[0-9a-f]{64}")
          ? CommandDigest.ofSha256(HexFormat.of().parseHex(e.getValue()))
          : CommandDigest.ofText(e.getValue());
      byDigest = byDigest.with(e.getKey(), digest);
      assertThat(byDigest).isEqualTo(byText).hasSameHashCodeAs(byText).hasToString(byText.toString());
    }
    assertThat(byDigest.asMap()).isEqualTo(byText.asMap());
  }

  @Provide
  Arbitrary<List<Map.Entry<CommandId, String>>> applications() {
    Arbitrary<CommandId> ids = Arbitraries.of("a", "b", "c", "d", "指令").map(CommandId::of);
    return Combinators.combine(ids, digests()).as(Map::entry).list().ofMaxSize(30);
  }

  private static Arbitrary<String> digests() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789abcdef").ofLength(64),
        Arbitraries.strings().withChars("0123456789abcdefABCDEF摘").ofMaxLength(64),
        Arbitraries.just(""));
  }

  @Provide
  Arbitrary<Map<CommandId, String>> commands() {
    Arbitrary<CommandId> ids = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8)
        .map(CommandId::of);
    return Combinators.combine(ids, digests()).as(Map::entry).list().ofMaxSize(40)
        .map(entries -> {
          Map<CommandId, String> map = new LinkedHashMap<>();
          entries.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
          return map;
        });
  }
}
