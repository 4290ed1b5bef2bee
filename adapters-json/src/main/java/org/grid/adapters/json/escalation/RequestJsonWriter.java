package org.grid.adapters.json.escalation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.grid.adapters.json.JsonInput;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestRecord;
import org.grid.escalation.model.RequestRecord.Step;

/**
 * Writes requests as JSON: the request export ({@link #export}, {@code {"requests": [...]}}) and the replay output
 * ({@link #replayReport}, the same requests after the log of steps), with times as ISO 8601 date-times with the
 * offset of a given zone. A request is written with every field of its {@link RequestRecord} (state, holder,
 * assignee, the running step, the on-site clock, a suspension, the returning departments, the last result, the
 * whole history with each entry's actor and form, and the ids of the commands applied), so that {@link
 * RequestExportJsonReader} restores it ({@link Request#restore}); besides, derived fields for a reader's eye (tier,
 * next deadline, final rating, the holder's path, each actor described in a line). {@code docs/escalation.md}
 * describes the format.
 * A request's {@code category} is its current one; its report form keeps the category the reporter gave, and each
 * {@code RECATEGORIZED} history entry the {@code category} it set ({@code CLOSED_AS_DUPLICATE}: {@code duplicateOf},
 * the original).
 *
 * <p>An office is written in its short form {@code TIER:unit} ({@code "holder": "DISTRICT_GRID:T01-D1"}), which a
 * reader rebuilds beside the request's place; a request's current holder is also written with its whole
 * jurisdiction path, county first ({@code "holderPath": ["C1", "T01", "T01-D1"]}), which tells apart offices of the
 * same unit in two counties, and a staff actor with its office's whole path. A refused step's {@code detail} starts
 * with the refusal reason's code ({@code NOT_APPOINTED: ...}).
 *
 * <p>Free text (descriptions, reasons, results, details) is masked ({@link Masking#text}: national ID and phone
 * numbers) unless the caller states a {@link Purpose} for it in clear; a masked request is restored with the masked
 * text. The digests of the applied commands are written only with a purpose: a digest of the clear content would
 * let anyone who tries the few masked digits find them.
 *
 * <p>Each optional field of a history entry is written by one {@code optional(...)} line and read by one line of
 * the reader, absent when its value is null.
 */
public final class RequestJsonWriter {

  private RequestJsonWriter() {}

  /**
   * Returns the request export with the free text masked ({@link Masking#text}: national ID and phone numbers).
   *
   * @param requests the requests, in the order to write, not null
   * @param zone the zone times are shown in, not null
   * @return pretty-printed JSON: {@code {"requests": [...]}}
   */
  public static String export(List<Request> requests, ZoneId zone) {
    return export(requests, zone, null);
  }

  /**
   * Returns the request export, with the free text in clear for a stated purpose (处理目的).
   *
   * @param requests the requests, in the order to write, not null
   * @param zone the zone times are shown in, not null
   * @param clearText why the free text (and the command digests) are wanted in clear, or null to mask the text and
   *     leave the digests out
   * @return pretty-printed JSON: {@code {"requests": [...]}}
   */
  public static String export(List<Request> requests, ZoneId zone, Purpose clearText) {
    ObjectNode root = JsonInput.MAPPER.createObjectNode();
    requests(root, requests, zone, clearText);
    return pretty(root);
  }

  /**
   * Returns the replay output: the log of steps and every request's final state and history, with the free text
   * (descriptions, reasons, results, details) masked ({@link Masking#text}: national ID and phone numbers).
   *
   * @param requests the requests, in the order to print, not null
   * @param log the replay log, not null
   * @param zone the zone times are shown in, not null
   * @return pretty-printed JSON
   */
  public static String replayReport(List<Request> requests, List<ReplayLine> log, ZoneId zone) {
    return replayReport(requests, log, zone, null);
  }

  /**
   * Returns the replay output with the free text in clear, for a stated purpose (处理目的).
   *
   * @param requests the requests, in the order to print, not null
   * @param log the replay log, not null
   * @param zone the zone times are shown in, not null
   * @param clearText why the free text (and the command digests) are wanted in clear, or null to mask the text and
   *     leave the digests out
   * @return pretty-printed JSON
   */
  public static String replayReport(List<Request> requests, List<ReplayLine> log, ZoneId zone, Purpose clearText) {
    UnaryOperator<String> text = clearText == null ? Masking::text : UnaryOperator.identity();
    ObjectNode root = JsonInput.MAPPER.createObjectNode();
    ArrayNode steps = root.putArray("steps");
    for (ReplayLine line : log) {
      ObjectNode n = steps.addObject();
      n.put("step", line.step());
      n.put("at", time(line.at(), zone));
      n.put("command", line.command());
      if (line.request() != null) {
        n.put("request", line.request());
      }
      n.put("outcome", line.outcome());
      if (!line.detail().isEmpty()) {
        n.put("detail", text.apply(line.detail()));
      }
    }
    requests(root, requests, zone, clearText);
    return pretty(root);
  }

  private static void requests(ObjectNode root, List<Request> requests, ZoneId zone, Purpose clearText) {
    UnaryOperator<String> text = clearText == null ? Masking::text : UnaryOperator.identity();
    ArrayNode out = root.putArray("requests");
    for (Request r : requests) {
      out.add(request(r, zone, text, clearText != null));
    }
  }

  private static String pretty(ObjectNode root) {
    try {
      return JsonInput.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode request(Request r, ZoneId zone, UnaryOperator<String> text, boolean digests) {
    RequestRecord record = r.snapshot();
    ObjectNode n = JsonInput.MAPPER.createObjectNode();
    n.put("id", r.id().value());
    n.put("state", r.state().name());
    n.put("tier", r.tier().name());
    n.put("holder", r.holder().toString());
    path(n.putArray("holderPath"), r.holder());
    n.put("version", r.version());
    n.put("category", r.category().code());
    r.duplicateOf().ifPresent(original -> n.put("duplicateOf", original.value()));
    r.nextDeadline().ifPresent(d -> n.put("nextDeadline", time(d, zone)));
    r.finalRating().ifPresent(rating -> n.put("finalRating", rating.name()));
    if (!r.returnedBy().isEmpty()) {
      ArrayNode returned = n.putArray("returnedBy");
      r.returnedBy().forEach(d -> returned.add(d.value()));
    }
    optional(n, "assignee", record.assignee(), PersonId::value);
    if (record.step() != null) {
      step(n.putObject("step"), record.step(), zone);
    }
    if (record.onSite() != null) {
      n.putObject("onSite").put("deadline", time(record.onSite().deadline(), zone));
    }
    if (record.suspension() != null) {
      ObjectNode s = n.putObject("suspension");
      s.put("pausedState", record.suspension().pausedState().name());
      step(s.putObject("pausedStep"), record.suspension().pausedStep(), zone);
      s.put("since", time(record.suspension().since(), zone));
    }
    n.put("suspendedDays", record.suspendedDays());
    n.put("reopenedAtTier", record.reopenedAtTier());
    optional(n, "result", record.result(), text);
    ArrayNode history = n.putArray("history");
    for (int seq = 0; seq < record.history().size(); seq++) {
      HistoryEntry e = record.history().get(seq);
      ObjectNode h = history.addObject();
      h.put("seq", seq);
      h.put("at", time(e.at(), zone));
      h.put("kind", e.kind().name());
      h.put("actor", e.actor().describe());
      h.set("by", ActorJson.write(e.actor()));
      h.put("state", e.state().name());
      h.put("holder", e.holder().toString());
      optional(h, "reason", e.reason(), text);
      optional(h, "chargedTo", e.chargedTo(), Office::toString);
      optional(h, "category", e.category(), Category::code);
      optional(h, "duplicateOf", e.duplicateOf(), RequestId::value);
      if (e.form() != null) {
        form(h.putObject("form"), e.form(), zone, text);
      }
    }
    ArrayNode commands = n.putArray("appliedCommands");
    record.appliedCommands().forEach((id, digest) -> {
      ObjectNode c = commands.addObject().put("id", id.value());
      if (digests && !digest.isEmpty()) {
        c.put("digest", digest);
      }
    });
    return n;
  }

  private static void step(ObjectNode s, Step step, ZoneId zone) {
    s.put("kind", step.kind().name());
    s.put("deadline", time(step.deadline(), zone));
    s.put("reminded", step.reminded());
  }

  /** Puts {@code value} as the text {@code text} makes of it, unless it is null: every optional text field. */
  private static <T> void optional(ObjectNode n, String field, T value, Function<? super T, String> text) {
    if (value != null) {
      n.put(field, text.apply(value));
    }
  }

  private static void form(ObjectNode f, Form form, ZoneId zone, UnaryOperator<String> text) {
    if (form instanceof Form.Report rep) {
      f.put("type", "report");
      f.put("reporter", rep.reporter().value());
      OfficeJson.write(f.putObject("place"), rep.place());
      f.put("grid", rep.place().grid().value());
      f.put("category", rep.category().code());
      f.put("description", text.apply(rep.description()));
      f.put("urgency", rep.urgency().name());
      optional(f, "mustAttend", rep.mustAttend(), MustAttendType::name);
      optional(f, "complaintAgainst", rep.complaintAgainst(), Office::toString);
    } else if (form instanceof Form.Assignment a) {
      f.put("type", "assignment");
      f.put("office", a.office().toString());
      f.put("assignee", a.assignee().value());
      f.put("dueBy", time(a.dueBy(), zone));
    } else if (form instanceof Form.Reminder rem) {
      f.put("type", "reminder");
      f.put("office", rem.office().toString());
      f.put("missed", rem.missed().name());
      f.put("missedDeadline", time(rem.missedDeadline(), zone));
      f.put("graceUntil", time(rem.graceUntil(), zone));
    } else if (form instanceof Form.Feedback fb) {
      f.put("type", "feedback");
      f.put("result", text.apply(fb.result()));
      optional(f, "rating", fb.rating(), Rating::name);
    } else {
      throw new IllegalStateException("no JSON form for " + form.getClass().getName());
    }
  }

  private static void path(ArrayNode array, Office o) {
    o.path().forEach(array::add);
  }

  private static String time(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toOffsetDateTime().toString();
  }
}
