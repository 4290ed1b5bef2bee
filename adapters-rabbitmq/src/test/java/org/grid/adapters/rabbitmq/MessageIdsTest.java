package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The message id of an event: the id itself up to 255 bytes, its SHA-256 beyond. */
class MessageIdsTest {

  /** A team's event id of 440 bytes: township and team ids of 64 and 80 Chinese characters. */
  static final String TEAM_ID = "team/" + "乡".repeat(64) + "/" + "队".repeat(80) + "/1";

  /** Its message id, computed elsewhere ({@code printf %s "$id" | sha256sum}). */
  static final String TEAM_MESSAGE_ID = "sha256:5509d798825ad10999b39d003a693d6a40209af868c6b62c522b775cf9910a75";

  @Test
  void anIdOfAtMost255BytesIsItsOwnMessageId() {
    assertThat(MessageIds.of("a".repeat(255))).isEqualTo("a".repeat(255));
    assertThat(MessageIds.of("乡".repeat(85))).as("255 bytes in UTF-8").isEqualTo("乡".repeat(85));
    assertThat(MessageIds.of("E-1")).isEqualTo("E-1");
  }

  @Test
  void aLongerIdIsTheLowercaseHexSha256OfItsUtf8() {
    assertThat(MessageIds.of("a".repeat(256)))
        .isEqualTo("sha256:02d7160d77e18c6447be80c2e355c7ed4388545271702c50253b0914c65ce5fe");
    assertThat(MessageIds.of(TEAM_ID)).isEqualTo(TEAM_MESSAGE_ID).hasSize(71);
    assertThat(MessageIds.of("乡".repeat(86))).as("258 bytes, though 86 characters").startsWith("sha256:");
  }

  @Test
  void aMessageIdNamesAnEventIdItIsOrTheDigestOfALongOne() {
    assertThat(MessageIds.names("E-1", "E-1")).isTrue();
    assertThat(MessageIds.names(TEAM_MESSAGE_ID, TEAM_ID)).isTrue();
    assertThat(MessageIds.names("E-1", "E-2")).isFalse();
    assertThat(MessageIds.names(TEAM_MESSAGE_ID, TEAM_ID + "x")).isFalse();
    assertThat(MessageIds.names(MessageIds.of("a".repeat(256)), "a".repeat(256))).isTrue();
    assertThat(MessageIds.names("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "abc"))
        .as("the digest of a short id: the sink never sends that").isFalse();
  }
}
