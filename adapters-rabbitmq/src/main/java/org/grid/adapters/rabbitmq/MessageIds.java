package org.grid.adapters.rabbitmq;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The AMQP {@code message-id} of an event: its id when the id fits the 255 bytes of an AMQP short string, otherwise
 * {@value #DIGEST_PREFIX} and the lowercase hex SHA-256 of the id's UTF-8 (71 characters, the same for every copy of
 * the event). The full id always travels in the header {@code cloudEvents:id}, an AMQP long string without that limit.
 */
final class MessageIds {

  /** AMQP 0-9-1 keeps the message id in a short string: at most 255 bytes. */
  static final int MAX_BYTES = 255;

  /** What the message id of an event whose id is too long begins with. */
  static final String DIGEST_PREFIX = "sha256:";

  private MessageIds() {}

  /**
   * Returns the message id an event of id {@code eventId} is published with.
   *
   * @param eventId the event id, not null
   * @return the id itself when its UTF-8 is at most {@value #MAX_BYTES} bytes, otherwise its digest
   */
  static String of(String eventId) {
    if (eventId.length() <= MAX_BYTES / 3) {
      return eventId; // a UTF-16 unit takes at most 3 bytes of UTF-8 (a pair, two units, takes 4)
    }
    byte[] utf8 = eventId.getBytes(StandardCharsets.UTF_8);
    return utf8.length <= MAX_BYTES ? eventId : digest(utf8);
  }

  /**
   * Returns whether {@code messageId} is the message id {@link #of} gives {@code eventId}: the id itself, or the
   * digest of an id too long for a message id.
   *
   * @param messageId the message id received, not null
   * @param eventId the event id received (the header {@code cloudEvents:id}), not null
   * @return true if they name the same event by the sink's rule
   */
  static boolean names(String messageId, String eventId) {
    if (messageId.equals(eventId)) {
      return true;
    }
    byte[] utf8 = eventId.getBytes(StandardCharsets.UTF_8);
    return utf8.length > MAX_BYTES && messageId.equals(digest(utf8));
  }

  private static String digest(byte[] utf8) {
    try {
      return DIGEST_PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
