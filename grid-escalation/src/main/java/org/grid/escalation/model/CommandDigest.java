package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * The digest of a command's content (指令摘要), as {@link RuleContext} carries it to the request that remembers it
 * beside the command's id ({@link AppliedCommands}). The engine's own digest is a SHA-256, kept here as its 32 bytes
 * and written as 64 lower-case hexadecimal digits only when its text is asked for; any other text of at most 64
 * characters (what an import or a caller gave, or the empty text of a command applied without one) is kept as
 * given. Immutable; two digests are equal when their texts are.
 */
public final class CommandDigest {

  private static final CommandDigest NONE = new CommandDigest(null, "");

  /** The SHA-256 when the digest is the engine's, otherwise null. */
  private final byte[] sha256;
  /** The text; for the engine's digest made lazily (a racy single check: every thread makes the same text). */
  private String text;

  private CommandDigest(byte[] sha256, String text) {
    this.sha256 = sha256;
    this.text = text;
  }

  /**
   * Returns the digest of a command applied without one (the sweep, or a rule called directly): the empty text.
   *
   * @return the empty digest
   */
  public static CommandDigest none() {
    return NONE;
  }

  /**
   * Returns the engine's digest of a command: a SHA-256.
   *
   * @param sha256 the 32 bytes of the SHA-256, not null; copied
   * @return the digest, whose text is the bytes' 64 lower-case hexadecimal digits
   * @throws NullPointerException if {@code sha256} is null
   * @throws IllegalArgumentException if it is not 32 bytes long
   */
  public static CommandDigest ofSha256(byte[] sha256) {
    requireNonNull(sha256, "sha256");
    if (sha256.length != AppliedCommands.HASH_BYTES) {
      throw new IllegalArgumentException("sha256 must be 32 bytes, was " + sha256.length);
    }
    return new CommandDigest(sha256.clone(), null);
  }

  /**
   * Returns a digest given as text: the engine's when it is 64 lower-case hexadecimal digits, any other text as it
   * is.
   *
   * @param text the digest, at most 64 characters (empty when none is known), not null
   * @return the digest
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is longer than 64 characters
   */
  public static CommandDigest ofText(String text) {
    requireNonNull(text, "text");
    if (text.length() > AppliedCommands.HEX_DIGITS) {
      throw new IllegalArgumentException("a command digest must be at most 64 characters, was " + text.length());
    }
    if (text.isEmpty()) {
      return NONE;
    }
    byte[] hash = AppliedCommands.engineHash(text);
    return new CommandDigest(hash, text);
  }

  /**
   * Returns the digest's text.
   *
   * @return 64 lower-case hexadecimal digits for the engine's digest, otherwise the text given (empty when none)
   */
  public String text() {
    String t = text;
    if (t == null) {
      t = AppliedCommands.hex(sha256, 0);
      text = t;
    }
    return t;
  }

  /** Tells whether this is the engine's digest, a SHA-256 kept as its bytes. */
  boolean isSha256() {
    return sha256 != null;
  }

  /** Copies the SHA-256 into {@code into} from {@code at}; only for the engine's digest ({@link #isSha256()}). */
  void copySha256(byte[] into, int at) {
    System.arraycopy(sha256, 0, into, at, AppliedCommands.HASH_BYTES);
  }

  /**
   * Tells whether the other digest has the same text.
   *
   * @param o the other
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CommandDigest other)) {
      return false;
    }
    if (sha256 != null && other.sha256 != null) {
      return Arrays.equals(sha256, other.sha256);
    }
    return text().equals(other.text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  /**
   * Returns the digest's text.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text();
  }
}
