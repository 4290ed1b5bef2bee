package org.grid.escalation.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandDigest;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.port.in.RequestCommand;

/**
 * What digests a command's content (指令摘要器): {@link CommandDigest}, a SHA-256 over an unambiguous encoding of the command's kind and every
 * field but its expected version (the actor with its office's whole path and its role; the place; every text), kept
 * as its bytes (64 hexadecimal digits as text). Two commands have the same digest exactly when they are the same command (same kind,
 * actor, request and content); a retry decided on a newer version is still the same command.
 *
 * <p>Each text is written after its length, and a missing value and a count after their own marks, so that no two
 * different commands encode alike, and the whole encoding is hashed in one update. The fields are named here one by
 * one rather than found by reflection, which costs a command several times its rule (the engine digests every
 * command). {@code CommandDigesterTest} changes each component of each command in turn
 * and checks that the digest changes, so a field added to a command and forgotten here fails the build.
 */
final class CommandDigester {


  /**
   * One encoder per thread: its SHA-256 engine (making one per command costs a clone, and the engine is not
   * thread-safe) and its buffers, reused so that a command's digest allocates only the digest it returns.
   */
  private static final ThreadLocal<Encoder> ENCODER = ThreadLocal.withInitial(Encoder::new);

  private CommandDigester() {}

  /**
   * Returns the digest of a command.
   *
   * @param command the command, valid
   * @return its SHA-256, whose text is 64 lower-case hexadecimal digits
   */
  static CommandDigest of(RequestCommand command) {
    Encoder h = ENCODER.get().reset();
    text(h, command.commandId().value());
    text(h, command.requestId().value());
    actor(h, command.actor());
    if (command instanceof RequestCommand.Report c) {
      h.append("report;");
      text(h, c.reporter().value());
      place(h, c.place());
      text(h, c.category().code());
      text(h, c.description());
      text(h, c.urgency().name());
      text(h, c.mustAttend() == null ? null : c.mustAttend().name());
      office(h, c.complaintAgainst());
    } else if (command instanceof RequestCommand.Accept c) {
      h.append("accept;");
      text(h, c.assignee().value());
    } else if (command instanceof RequestCommand.Route c) {
      h.append("route;");
      text(h, c.department() == null ? null : c.department().value());
    } else if (command instanceof RequestCommand.Escalate c) {
      h.append("escalate;");
      text(h, c.reason());
    } else if (command instanceof RequestCommand.Return c) {
      h.append("return;");
      text(h, c.reason());
    } else if (command instanceof RequestCommand.Suspend c) {
      h.append("suspend;");
      text(h, c.reason());
    } else if (command instanceof RequestCommand.Resolve c) {
      h.append("resolve;");
      text(h, c.summary());
    } else if (command instanceof RequestCommand.Feedback c) {
      h.append("feedback;");
      text(h, c.result());
    } else if (command instanceof RequestCommand.Rate c) {
      h.append("rate;");
      text(h, c.rating().name());
    } else if (command instanceof RequestCommand.Withdraw c) {
      h.append("withdraw;");
      text(h, c.reason());
    } else if (command instanceof RequestCommand.Recategorize c) {
      h.append("recategorize;");
      text(h, c.category().code());
      text(h, c.reason());
    } else if (command instanceof RequestCommand.CloseAsDuplicate c) {
      h.append("closeAsDuplicate;");
      text(h, c.original().value());
      text(h, c.reason());
    } else if (command instanceof RequestCommand.Resume) {
      h.append("resume;");
    } else if (command instanceof RequestCommand.OnSite) {
      h.append("onSite;");
    } else {
      throw new IllegalArgumentException("command: unknown kind " + command.getClass().getName());
    }
    // One update of the digest over the whole encoding: feeding it field by field costs a call per character.
    return h.digest();
  }

  private static void actor(Encoder h, Actor actor) {
    if (actor instanceof Actor.Staff s) {
      text(h, "staff");
      text(h, s.person().value());
      text(h, s.role());
      office(h, s.office());
    } else if (actor instanceof Actor.Citizen c) {
      text(h, "citizen");
      text(h, c.person().value());
    } else {
      text(h, "system");
      text(h, ((Actor.SystemActor) actor).name());
    }
  }

  private static void office(Encoder h, Office office) {
    if (office == null) {
      h.append("-1;");
      return;
    }
    text(h, office.tier().name());
    text(h, office.county().value());
    text(h, office.township() == null ? null : office.township().value());
    text(h, office.district() == null ? null : office.district().value());
    text(h, office.village() == null ? null : office.village().value());
    text(h, office.unit());
  }

  private static void place(Encoder h, Place place) {
    text(h, place.county().value());
    text(h, place.township().value());
    text(h, place.district().value());
    text(h, place.village().value());
    text(h, place.grid().value());
  }

  /** Writes text as its length in chars, a colon and its chars; null as {@code -1;}. */
  private static void text(Encoder h, String text) {
    if (text == null) {
      h.append("-1;");
      return;
    }
    h.append(text.length()).append(':').append(text);
  }

  /**
   * The encoding of one command as UTF-8 bytes in a reused buffer, and its SHA-256 digest. The
   * bytes are those of the encoding built as one string and encoded with {@link String#getBytes} in UTF-8, which is
   * what digests were computed from before this buffer (and what the stored digests of applied commands hold):
   * every text is encoded whole, between ASCII marks, so no character pair is split. Not thread-safe: one per
   * thread.
   */
  private static final class Encoder {

    private final MessageDigest sha256;
    /** The buffer a thread keeps between commands; one grown past it for a long command is let go after it. */
    private static final int KEPT = 16 * 1024;

    private byte[] bytes = new byte[512];
    private int length;

    Encoder() {
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }

    Encoder reset() {
      length = 0;
      if (bytes.length > KEPT) {
        bytes = new byte[512];
      }
      return this;
    }

    Encoder append(char c) {
      room(1);
      bytes[length++] = (byte) c; // only ASCII marks
      return this;
    }

    /** A length, in decimal digits as {@link StringBuilder#append(int)} writes it (never negative here). */
    Encoder append(int n) {
      int digits = 1;
      for (int rest = n / 10; rest != 0; rest /= 10) {
        digits++;
      }
      room(digits);
      for (int i = length + digits - 1, rest = n; i >= length; i--, rest /= 10) {
        bytes[i] = (byte) ('0' + rest % 10);
      }
      length += digits;
      return this;
    }

    Encoder append(String text) {
      int n = text.length();
      room(n);
      // The buffer and the place in locals: the loop then reads no field per character.
      byte[] into = bytes;
      int at = length;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          encodeWhole(text, i);
          return this;
        }
        into[at + i] = (byte) c;
      }
      length = at + n;
      return this;
    }

    /** The text from its first non-ASCII character: encoded by the platform, as the whole string was before. */
    private void encodeWhole(String text, int asciiPrefix) {
      byte[] utf8 = text.substring(asciiPrefix).getBytes(StandardCharsets.UTF_8);
      length += asciiPrefix;
      room(utf8.length);
      System.arraycopy(utf8, 0, bytes, length, utf8.length);
      length += utf8.length;
    }

    private void room(int more) {
      if (length + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
      }
    }

    CommandDigest digest() {
      sha256.update(bytes, 0, length);
      // digest() allocates the 32 bytes that CommandDigest takes; it copies them once more, a copy of 32 bytes.
      return CommandDigest.ofSha256(sha256.digest());
    }
  }
}
