package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The commands applied to a request (已办指令): the id of each command that changed it, in the order applied, with
 * the digest of the command's content ({@link RuleContext#commandDigest()}), by which a retry is told from another
 * command under a reused id. Immutable.
 *
 * <p>A repository keeps this for every request it holds, so it is kept compact: the ids' texts in one string,
 * each after a NUL character but the first (an id has no control characters, so none holds one), and every
 * digest that is the engine's own (64 lower-case hexadecimal digits, a SHA-256) as its 32 bytes in one array of
 * bytes, turned back into its text only when asked. Any other digest text (the empty text of a command applied
 * without one, or what an import carried) is kept as given, and costs no bytes when no digest is the engine's.
 * Looking an id up scans the ids: little for the handful of commands a request sees, and a request with thousands
 * of commands pays a scan of them per command.
 */
public final class AppliedCommands {

  /** The bytes of the engine's digest, a SHA-256. */
  static final int HASH_BYTES = 32;
  /** The characters of the engine's digest as text, two hexadecimal digits a byte. */
  static final int HEX_DIGITS = 2 * HASH_BYTES;
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
  /** The value of each Latin-1 character as a lower-case hexadecimal digit, -1 when it is none. */
  private static final byte[] NIBBLES = new byte[256];

  static {
    Arrays.fill(NIBBLES, (byte) -1);
    for (int i = 0; i < HEX.length; i++) {
      NIBBLES[HEX[i]] = (byte) i;
    }
  }

  private static final byte[] NO_BYTES = new byte[0];
  private static final char SEPARATOR = '\0';
  private static final AppliedCommands NONE = new AppliedCommands("", 0, NO_BYTES, null);

  /** The ids' texts, in the order applied, joined by {@link #SEPARATOR}. */
  private final String ids;
  private final int size;
  /**
   * The bytes of the i-th digest at {@code i * 32} when it is the engine's, zeros where it is not; empty when no
   * digest is the engine's.
   */
  private final byte[] hashes;
  /** Null when every digest is the engine's; otherwise the i-th digest's text where it is not, null where it is. */
  private final String[] texts;

  private AppliedCommands(String ids, int size, byte[] hashes, String[] texts) {
    this.ids = ids;
    this.size = size;
    this.hashes = hashes;
    this.texts = texts;
  }

  /**
   * Returns no commands.
   *
   * @return the empty set of applied commands
   */
  public static AppliedCommands none() {
    return NONE;
  }

  /**
   * Returns one applied command.
   *
   * @param id the command's id, not null
   * @param digest its digest, at most 64 characters (empty when none is known), not null
   * @return the applied command
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the digest is longer than 64 characters
   */
  public static AppliedCommands of(CommandId id, String digest) {
    return NONE.with(id, digest);
  }

  /**
   * Returns one applied command.
   *
   * @param id the command's id, not null
   * @param digest its digest, not null
   * @return the applied command
   * @throws NullPointerException if an argument is null
   */
  public static AppliedCommands of(CommandId id, CommandDigest digest) {
    return NONE.with(id, digest);
  }

  /**
   * Returns the applied commands of a map, in its order.
   *
   * @param commands each command id with its digest, as {@link #of} takes them; not null
   * @return the applied commands
   * @throws NullPointerException if the map, a key or a value is null
   * @throws IllegalArgumentException if a digest is longer than 64 characters
   */
  public static AppliedCommands copyOf(Map<CommandId, String> commands) {
    requireNonNull(commands, "commands");
    if (commands.isEmpty()) {
      return NONE;
    }
    // In one pass (a map's ids are distinct): adding them one by one would copy the arrays once per command.
    int size = commands.size();
    StringBuilder ids = new StringBuilder(size * 16);
    byte[] hashes = new byte[size * HASH_BYTES];
    String[] texts = new String[size];
    int engines = 0;
    int i = 0;
    for (Map.Entry<CommandId, String> e : commands.entrySet()) {
      CommandId id = requireNonNull(e.getKey(), "id");
      String digest = requireNonNull(e.getValue(), "digest");
      if (digest.length() > HEX_DIGITS) {
        throw new IllegalArgumentException("digest must be at most 64 characters, was " + digest.length());
      }
      ids.append(i == 0 ? "" : String.valueOf(SEPARATOR)).append(id.value());
      byte[] hash = engineHash(digest);
      if (hash == null) {
        texts[i] = digest;
      } else {
        System.arraycopy(hash, 0, hashes, i * HASH_BYTES, HASH_BYTES);
        engines++;
      }
      i++;
    }
    return new AppliedCommands(ids.toString(), size, engines == 0 ? NO_BYTES : hashes,
        engines == size ? null : texts);
  }

  /**
   * Returns these commands and one more, or with the digest of an id already here replaced (in its place).
   *
   * @param id the command's id, not null
   * @param digest its digest, at most 64 characters (empty when none is known), not null
   * @return the applied commands with it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the digest is longer than 64 characters
   */
  public AppliedCommands with(CommandId id, String digest) {
    requireNonNull(id, "id");
    requireNonNull(digest, "digest");
    if (digest.length() > HEX_DIGITS) {
      throw new IllegalArgumentException("digest must be at most 64 characters, was " + digest.length());
    }
    int at = indexOf(id);
    int index = at >= 0 ? at : size;
    int newSize = at >= 0 ? size : size + 1;
    String newIds = at >= 0 ? ids : size == 0 ? id.value() : ids + SEPARATOR + id.value();
    if (texts == null && digest.length() == HEX_DIGITS) { // every digest the engine's so far: the engine's path
      // Parsed straight into its place in the new array: no copy of the text's bytes, no hash array of its own.
      byte[] newHashes = Arrays.copyOf(hashes, newSize * HASH_BYTES);
      if (parseHash(digest, newHashes, index * HASH_BYTES)) {
        return new AppliedCommands(newIds, newSize, newHashes, null);
      }
    }
    byte[] hash = engineHash(digest);
    if (hash == null && hashes.length == 0) { // no digest the engine's, nor this one
      String[] newTexts = texts == null ? new String[newSize] : Arrays.copyOf(texts, newSize);
      newTexts[index] = digest;
      return new AppliedCommands(newIds, newSize, NO_BYTES, newTexts);
    }
    // Both kinds: bytes where a digest is the engine's, texts where it is not; then one form for each content,
    // so that equal commands are equal (no texts when every digest is the engine's, no bytes when none is).
    byte[] newHashes =
        hashes.length == 0 ? new byte[newSize * HASH_BYTES] : Arrays.copyOf(hashes, newSize * HASH_BYTES);
    String[] newTexts = texts == null ? new String[newSize] : Arrays.copyOf(texts, newSize);
    if (hash != null) {
      System.arraycopy(hash, 0, newHashes, index * HASH_BYTES, HASH_BYTES);
    } else {
      Arrays.fill(newHashes, index * HASH_BYTES, (index + 1) * HASH_BYTES, (byte) 0);
    }
    newTexts[index] = hash == null ? digest : null;
    int textCount = 0;
    for (String text : newTexts) {
      textCount += text == null ? 0 : 1;
    }
    if (textCount == 0) {
      newTexts = null;
    } else if (textCount == newSize) {
      newHashes = NO_BYTES;
    }
    return new AppliedCommands(newIds, newSize, newHashes, newTexts);
  }

  /**
   * Returns these commands and one more, or with the digest of an id already here replaced (in its place), as
   * {@link #with(CommandId, String)} does with the digest's text; the engine's digest goes in as its bytes, never
   * written as text and read back.
   *
   * @param id the command's id, not null
   * @param digest its digest, not null
   * @return the applied commands with it
   * @throws NullPointerException if an argument is null
   */
  public AppliedCommands with(CommandId id, CommandDigest digest) {
    requireNonNull(id, "id");
    requireNonNull(digest, "digest");
    if (texts != null || !digest.isSha256()) {
      return with(id, digest.text());
    }
    // Every digest the engine's so far, and this one too: its bytes copied straight into their place.
    int at = indexOf(id);
    int index = at >= 0 ? at : size;
    int newSize = at >= 0 ? size : size + 1;
    byte[] newHashes = Arrays.copyOf(hashes, newSize * HASH_BYTES);
    digest.copySha256(newHashes, index * HASH_BYTES);
    String newIds = at >= 0 ? ids : size == 0 ? id.value() : ids + SEPARATOR + id.value();
    return new AppliedCommands(newIds, newSize, newHashes, null);
  }

  /**
   * Returns the number of commands.
   *
   * @return how many
   */
  public int size() {
    return size;
  }

  /**
   * Tells whether there are none.
   *
   * @return true when no command was applied
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Tells whether a command id was applied.
   *
   * @param id the id, not null
   * @return true when it is here
   */
  public boolean contains(CommandId id) {
    return indexOf(requireNonNull(id, "id")) >= 0;
  }

  /**
   * Returns the digest of an applied command.
   *
   * @param id the id, not null
   * @return its digest (empty text when it was applied without one), or empty when the id is not here
   */
  public Optional<String> digestOf(CommandId id) {
    int at = indexOf(requireNonNull(id, "id"));
    return at < 0 ? Optional.empty() : Optional.of(digest(at));
  }

  /**
   * Returns the id of the command applied in a place of the order.
   *
   * @param index the place, from 0 (the first applied) to {@code size() - 1}
   * @return the id
   * @throws IndexOutOfBoundsException if there is no such place
   */
  public CommandId id(int index) {
    Objects.checkIndex(index, size);
    int from = 0;
    for (int i = 0; i < index; i++) {
      from = ids.indexOf(SEPARATOR, from) + 1;
    }
    int end = ids.indexOf(SEPARATOR, from);
    return CommandId.of(ids.substring(from, end < 0 ? ids.length() : end));
  }

  /**
   * Returns the digest of the command applied in a place of the order.
   *
   * @param index the place, from 0 (the first applied) to {@code size() - 1}
   * @return the digest (empty text when it was applied without one)
   * @throws IndexOutOfBoundsException if there is no such place
   */
  public String digest(int index) {
    Objects.checkIndex(index, size);
    if (texts != null && texts[index] != null) {
      return texts[index];
    }
    return hex(hashes, index * HASH_BYTES);
  }

  /** Writes the 32 bytes of a SHA-256 from {@code from} as 64 lower-case hexadecimal digits. */
  static String hex(byte[] bytes, int from) {
    byte[] hex = new byte[HEX_DIGITS];
    for (int i = 0; i < HASH_BYTES; i++) {
      byte b = bytes[from + i];
      hex[2 * i] = HEX[(b >> 4) & 0xf];
      hex[2 * i + 1] = HEX[b & 0xf];
    }
    return new String(hex, StandardCharsets.ISO_8859_1);
  }

  /**
   * Gives each command id with its digest, in the order applied.
   *
   * @param action what to do with each, not null
   */
  public void forEach(BiConsumer<? super CommandId, ? super String> action) {
    requireNonNull(action, "action");
    int from = 0;
    for (int i = 0; i < size; i++) {
      int end = ids.indexOf(SEPARATOR, from);
      end = end < 0 ? ids.length() : end;
      action.accept(CommandId.of(ids.substring(from, end)), digest(i));
      from = end + 1;
    }
  }

  /**
   * Returns the commands as a map, in the order applied.
   *
   * @return each id with its digest
   */
  public ImmutableMap<CommandId, String> asMap() {
    ImmutableMap.Builder<CommandId, String> map = ImmutableMap.builderWithExpectedSize(size);
    forEach(map::put);
    return map.buildOrThrow();
  }

  private int indexOf(CommandId id) {
    String value = id.value();
    int length = value.length();
    for (int i = 0, from = 0; i < size; i++) {
      int end = ids.indexOf(SEPARATOR, from);
      end = end < 0 ? ids.length() : end;
      if (end - from == length && ids.startsWith(value, from)) {
        return i;
      }
      from = end + 1;
    }
    return -1;
  }

  /** Returns the bytes of an engine's digest (64 lower-case hexadecimal digits), or null for any other text. */
  static byte[] engineHash(String digest) {
    if (digest.length() != HEX_DIGITS) {
      return null;
    }
    byte[] hash = new byte[HASH_BYTES];
    return parseHash(digest, hash, 0) ? hash : null;
  }

  /**
   * Writes the bytes of an engine's digest (64 lower-case hexadecimal digits, as {@code digest} must be long) into
   * {@code into} from {@code at}, and tells whether it was one; when it was not, what was written there is not
   * meaningful. Reads the characters in place, without a copy of the text, and without a branch per digit (a table
   * look-up, failures gathered in one sign bit): the digits of a hash are random, and a test per digit would be
   * mispredicted half the time.
   */
  private static boolean parseHash(String digest, byte[] into, int at) {
    int bad = 0;
    for (int i = 0; i < HASH_BYTES; i++) {
      char h = digest.charAt(2 * i);
      char l = digest.charAt(2 * i + 1);
      // A character past Latin-1 sets a bit above the low eight, which is gathered as a failure below.
      int high = NIBBLES[h & 0xff] | -(h >>> 8);
      int low = NIBBLES[l & 0xff] | -(l >>> 8);
      bad |= high | low;
      into[at + i] = (byte) (high << 4 | low);
    }
    return bad >= 0;
  }

  /**
   * Tells whether the other is the same commands with the same digests in the same order.
   *
   * @param o the other
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof AppliedCommands other
        && size == other.size
        && ids.equals(other.ids)
        && Arrays.equals(hashes, other.hashes)
        && Arrays.equals(texts, other.texts);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * ids.hashCode() + Arrays.hashCode(hashes)) + Arrays.hashCode(texts);
  }

  /**
   * Returns the ids in order with the digests' first digits.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("AppliedCommands[");
    forEach((id, digest) -> s.append(s.length() == "AppliedCommands[".length() ? "" : ", ").append(id).append('=')
        .append(digest.length() > 8 ? digest.substring(0, 8) + "…" : digest));
    return s.append(']').toString();
  }
}
