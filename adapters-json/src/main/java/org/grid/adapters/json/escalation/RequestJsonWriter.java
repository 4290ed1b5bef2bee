package org.grid.adapters.json.escalation;

import java.util.function.UnaryOperator;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.privacy.Purpose;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.grid.adapters.json.JsonInput;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Request;

/**
 * Writes requests (state, tier, holder, current category, next deadline, final rating, the original of a duplicate,
 * and the whole form history) and a replay log as JSON, with times as ISO 8601 date-times with the offset of a given
 * zone. A request's {@code category} is its current one; its report form keeps the category the reporter gave, and
 * each {@code RECATEGORIZED} history entry the {@code category} it set ({@code CLOSED_AS_DUPLICATE}: {@code
 * duplicateOf}, the original).
 *
 * <p>An office is written in its short form {@code TIER:unit} ({@code "holder": "DISTRICT_GRID:T01-D1"}); a
 * request's current holder is also written with its whole jurisdiction path, county first ({@code "holderPath":
 * ["C1", "T01", "T01-D1"]}), which tells apart offices of the same unit in two counties. A refused step's {@code
 * detail} starts with the refusal reason's code ({@code NOT_APPOINTED: ...}).
 */
public final class RequestJsonWriter {

  private RequestJsonWriter() {}

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
   * @param clearText why the free text is wanted in clear, or null to mask it
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
    ArrayNode out = root.putArray("requests");
    for (Request r : requests) {
      out.add(request(r, zone, text));
    }
    try {
      return JsonInput.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode request(Request r, ZoneId zone, UnaryOperator<String> text) {
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
    ArrayNode history = n.putArray("history");
    for (HistoryEntry e : r.history()) {
      ObjectNode h = history.addObject();
      h.put("at", time(e.at(), zone));
      h.put("kind", e.kind().name());
      h.put("actor", e.actor().describe());
      h.put("state", e.state().name());
      h.put("holder", e.holder().toString());
      if (e.reason() != null) {
        h.put("reason", text.apply(e.reason()));
      }
      if (e.chargedTo() != null) {
        h.put("chargedTo", e.chargedTo().toString());
      }
      if (e.category() != null) {
        h.put("category", e.category().code());
      }
      if (e.duplicateOf() != null) {
        h.put("duplicateOf", e.duplicateOf().value());
      }
      if (e.form() != null) {
        form(h.putObject("form"), e.form(), zone, text);
      }
    }
    return n;
  }

  private static void form(ObjectNode f, Form form, ZoneId zone, UnaryOperator<String> text) {
    if (form instanceof Form.Report rep) {
      f.put("type", "report");
      f.put("reporter", rep.reporter().value());
      f.put("grid", rep.place().grid().value());
      f.put("category", rep.category().code());
      f.put("description", text.apply(rep.description()));
      f.put("urgency", rep.urgency().name());
      if (rep.mustAttend() != null) {
        f.put("mustAttend", rep.mustAttend().name());
      }
      if (rep.complaintAgainst() != null) {
        f.put("complaintAgainst", office(rep.complaintAgainst()));
      }
    } else if (form instanceof Form.Assignment a) {
      f.put("type", "assignment");
      f.put("office", office(a.office()));
      f.put("assignee", a.assignee().value());
      f.put("dueBy", time(a.dueBy(), zone));
    } else if (form instanceof Form.Reminder rem) {
      f.put("type", "reminder");
      f.put("office", office(rem.office()));
      f.put("missed", rem.missed().name());
      f.put("missedDeadline", time(rem.missedDeadline(), zone));
      f.put("graceUntil", time(rem.graceUntil(), zone));
    } else if (form instanceof Form.Feedback fb) {
      f.put("type", "feedback");
      f.put("result", text.apply(fb.result()));
      if (fb.rating() != null) {
        f.put("rating", fb.rating().name());
      }
    }
  }

  private static String office(Office o) {
    return o.toString();
  }

  private static void path(ArrayNode array, Office o) {
    o.path().forEach(array::add);
  }

  private static String time(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toOffsetDateTime().toString();
  }
}
