package org.grid.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CommandDigestTest {

  private static final String SHA = "0123456789abcdef".repeat(4);

  @Property
  void the_engines_digest_is_its_sha256_in_lower_case_hexadecimal(@ForAll @Size(32) byte[] sha256) {
    CommandDigest digest = CommandDigest.ofSha256(sha256);
    String hex = HexFormat.of().formatHex(sha256);

    assertThat(digest.text()).isEqualTo(hex).isEqualTo(digest.toString());
    assertThat(digest).isEqualTo(CommandDigest.ofText(hex)).hasSameHashCodeAs(CommandDigest.ofText(hex));
    sha256[0]++;
    assertThat(digest.text()).as("the bytes were copied").isEqualTo(hex);
  }

  @Test
  void any_other_text_is_kept_as_given() {
    assertThat(CommandDigest.ofText(SHA.toUpperCase()).text()).isEqualTo(SHA.toUpperCase());
    assertThat(CommandDigest.ofText(SHA.toUpperCase())).isNotEqualTo(CommandDigest.ofText(SHA));
    assertThat(CommandDigest.ofText("摘要".repeat(32)).text()).isEqualTo("摘要".repeat(32));
    assertThat(CommandDigest.ofText("")).isSameAs(CommandDigest.none());
    assertThat(CommandDigest.none().text()).isEmpty();
  }

  @Test
  void refuses_what_a_digest_cannot_be() {
    assertThatThrownBy(() -> CommandDigest.ofText("f".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a command digest must be at most 64 characters, was 65");
    assertThatThrownBy(() -> CommandDigest.ofText(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> CommandDigest.ofSha256(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sha256 must be 32 bytes, was 31");
    assertThatThrownBy(() -> CommandDigest.ofSha256(null))
        .isInstanceOf(NullPointerException.class).hasMessage("sha256");
  }

  @Test
  void a_rule_context_carries_the_digest_and_gives_its_text() {
    RuleContext ctx = new RuleContext(Fixtures.at("2026-03-02T09:00"), Fixtures.CALENDAR,
        EscalationPolicy.defaults(), SHA);

    assertThat(ctx.digest()).isEqualTo(CommandDigest.ofText(SHA));
    assertThat(ctx.commandDigest()).isEqualTo(SHA);
    assertThat(new RuleContext(ctx.now(), ctx.calendar(), ctx.policy()).digest()).isSameAs(CommandDigest.none());
    assertThatThrownBy(() -> new RuleContext(ctx.now(), ctx.calendar(), ctx.policy(), "f".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
