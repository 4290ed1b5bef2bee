package org.grid.spring.boot.open311;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.grid.core.model.team.PersonId;

/**
 * The default {@link Open311Reporters} (假名化报告人): the reporter is a pseudonymous person id, {@code o311-} and 24
 * hex digits of an HMAC-SHA256, under the county's secret key, of the client's name and the first identifier the
 * report gives: {@code account_id}, else {@code email} (trimmed, lower case), else {@code phone} (its digits),
 * else {@code device_id}. The same person reporting through the same app gets the same id, so their requests stay
 * theirs (rating, withdrawal); without the key nobody can tell from the id whose it is, nor test a guessed email
 * against it. A report with none of these is anonymous: it gets an id of its own, at random. Names are never
 * used, and nothing of the contact is kept.
 */
public final class PseudonymousReporters implements Open311Reporters {

  /** The shortest key accepted, in characters. */
  public static final int MIN_KEY_LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  /**
   * Creates the reporters under a key.
   *
   * @param key the secret key (grid.open311.pseudonym-key), at least {@value #MIN_KEY_LENGTH} characters
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if {@code key} is shorter (the message does not repeat it)
   */
  public PseudonymousReporters(String key) {
    requireNonNull(key, "key");
    if (key.length() < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "grid.open311.pseudonym-key must have at least " + MIN_KEY_LENGTH + " characters");
    }
    this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  @Override
  public PersonId reporterOf(String client, Open311Contact contact) {
    requireNonNull(client, "client");
    requireNonNull(contact, "contact");
    String identifier = identifier(contact);
    byte[] digest;
    if (identifier == null) {
      digest = new byte[12];
      RANDOM.nextBytes(digest);
    } else {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        digest = mac.doFinal((client + '\u0000' + identifier).getBytes(StandardCharsets.UTF_8));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is not available", e);
      }
    }
    return PersonId.of("o311-" + HexFormat.of().formatHex(digest, 0, 12));
  }

  /** The first identifier the contact gives, with its kind, so that an email and an equal account id differ. */
  private static String identifier(Open311Contact contact) {
    if (present(contact.accountId())) {
      return "account:" + contact.accountId().strip();
    }
    if (present(contact.email())) {
      return "email:" + contact.email().strip().toLowerCase(Locale.ROOT);
    }
    if (present(contact.phone())) {
      String digits = contact.phone().replaceAll("[^0-9]", "");
      if (!digits.isEmpty()) {
        return "phone:" + digits;
      }
    }
    if (present(contact.deviceId())) {
      return "device:" + contact.deviceId().strip();
    }
    return null;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
