package org.grid.escalation.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.port.in.RequestCommand;

/**
 * The digest of a command's content (指令摘要): SHA-256 over an unambiguous encoding of the command's kind and every
 * field but its expected version (the actor with its office's whole path and its role; the place; every text), as
 * 64 hexadecimal digits. Two commands have the same digest exactly when they are the same command (same kind,
 * actor, request and content); a retry decided on a newer version is still the same command.
 *
 * <p>Each text is written after its length, and a missing value and a count after their own marks, so that no two
 * different commands encode alike, and the whole encoding is hashed in one update. The fields are named here one by
 * one rather than found by reflection, which costs a command several times its rule (the engine digests every
 * command). {@code CommandDigestTest} changes each component of each command in turn
 * and checks that the digest changes, so a field added to a command and forgotten here fails the build.
 */
final class CommandDigest {

  private static final HexFormat HEX = HexFormat.of();

  /** One SHA-256 engine per thread: making one per command costs a clone, and the engine is not thread-safe. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  });

  private CommandDigest() {}

  /**
   * Returns the digest of a command.
   *
   * @param command the command, valid
   * @return 64 lower-case hexadecimal digits
   */
  static String of(RequestCommand command) {
    StringBuilder h = new StringBuilder(256);
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
    MessageDigest sha256 = SHA_256.get();
    return HEX.formatHex(sha256.digest(h.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static void actor(StringBuilder h, Actor actor) {
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

  private static void office(StringBuilder h, Office office) {
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

  private static void place(StringBuilder h, Place place) {
    text(h, place.county().value());
    text(h, place.township().value());
    text(h, place.district().value());
    text(h, place.village().value());
    text(h, place.grid().value());
  }

  /** Writes text as its length in chars, a colon and its chars; null as {@code -1;}. */
  private static void text(StringBuilder h, String text) {
    if (text == null) {
      h.append("-1;");
      return;
    }
    h.append(text.length()).append(':').append(text);
  }
}
