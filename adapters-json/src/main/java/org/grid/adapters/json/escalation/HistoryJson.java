package org.grid.adapters.json.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.grid.adapters.json.JsonInput;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.TransitionKind;
import org.grid.escalation.model.Urgency;

/**
 * Reads a request's history (流转记录) as {@link RequestJsonWriter} writes it, for {@link RequestExportJsonReader}:
 * the entries in {@code seq} order from 0, never going back in time by more than {@link #MAX_CLOCK_SKEW}, the first
 * a {@code REPORTED} entry carrying the report form, which is the request's report and whose place every office of
 * the request is rebuilt beside.
 *
 * <p>An optional field of an entry is one name in {@link #ENTRY} and one line in {@link #entry}, as it is one line
 * of the writer; kinds, states and form types the model does not know are problems, never skipped.
 */
final class HistoryJson {

  /**
   * How far an entry may lie before the one above it: engines on several machines stamp entries with their own
   * clocks, which differ (the engine simulation skews them by up to 3 hours each way), so an export of their
   * requests has entries that go back a little; a day more is an edited time, not a clock.
   */
  static final Duration MAX_CLOCK_SKEW = Duration.ofHours(24);

  /**
   * The fields of a history entry; {@code reason}, {@code chargedTo}, {@code category}, {@code duplicateOf} and {@code
   * form} are absent when null.
   */
  static final Set<String> ENTRY =
      Set.of("seq", "at", "kind", "actor", "by", "state", "holder", "reason", "chargedTo", "category", "duplicateOf",
          "form");

  /** The fields of each form, by its {@code type}. */
  private static final Map<String, Set<String>> FORMS = Map.of(
      "report", Set.of("type", "reporter", "place", "grid", "category", "description", "urgency", "mustAttend",
          "complaintAgainst"),
      "assignment", Set.of("type", "office", "assignee", "dueBy"),
      "reminder", Set.of("type", "office", "missed", "missedDeadline", "graceUntil"),
      "feedback", Set.of("type", "result", "rating"));

  private HistoryJson() {}

  /**
   * A history as read.
   *
   * @param entries the entries, oldest first
   * @param report the request's report: the form of the first entry
   */
  record History(ImmutableList<HistoryEntry> entries, Form.Report report) {}

  /**
   * Reads the required {@code history} of the request object {@code parent} at {@code path}.
   *
   * @return the history, or null after recording problems
   */
  static History read(JsonInput in, JsonNode parent, String path) {
    JsonNode nodes = in.array(parent, "history", path, true);
    String p = path + ".history";
    if (nodes == null) {
      return null;
    }
    if (nodes.isEmpty()) {
      in.problem(p, "must hold at least the REPORTED entry with the report form");
      return null;
    }
    int before = in.problemCount();
    // The report first: it is the first entry's form, and every office of the request is rebuilt beside its place.
    Form.Report report = firstReport(in, nodes.get(0), p + "[0]");
    List<HistoryEntry> entries = new ArrayList<>();
    Instant previous = null;
    for (int seq = 0; seq < nodes.size(); seq++) {
      String at = p + "[" + seq + "]";
      JsonNode node = in.object(nodes.get(seq), at);
      HistoryEntry entry = node == null ? null : entry(in, node, at, seq, report);
      if (entry == null) {
        continue;
      }
      if (previous != null && entry.at().isBefore(previous.minus(MAX_CLOCK_SKEW))) {
        in.problem(at + ".at", "goes back in time by more than " + MAX_CLOCK_SKEW.toHours() + " hours: " + entry.at()
            + " is before the entry above, at " + previous);
      }
      previous = entry.at();
      entries.add(entry);
    }
    return in.problemCount() > before ? null : new History(ImmutableList.copyOf(entries), report);
  }

  /** Reads the report form of the first entry; null after recording a problem (one that is not a report, say). */
  private static Form.Report firstReport(JsonInput in, JsonNode first, String p) {
    if (first == null || !first.isObject()) {
      return null; // the entry's own reading says what is wrong
    }
    JsonNode form = first.get("form");
    if (form == null || !form.isObject() || !"report".equals(form.path("type").textValue())) {
      in.problem(p + ".form", "must be the report form (\"type\": \"report\"): a history starts with the report, was "
          + (form == null ? "missing" : JsonInput.describe(form)));
      return null;
    }
    in.fields(form, p + ".form", FORMS.get("report"));
    return report(in, form, p + ".form");
  }

  private static HistoryEntry entry(JsonInput in, JsonNode h, String p, int seq, Form.Report report) {
    in.fields(h, p, ENTRY);
    int before = in.problemCount();
    Integer position = in.integer(h, "seq", p, 0, Integer.MAX_VALUE);
    if (position != null && position != seq) {
      in.problem(p + ".seq", "is " + position + ", but the entry is number " + seq
          + " of the history: entries are listed in seq order from 0");
    }
    Instant at = instant(in.time(h, "at", p));
    TransitionKind kind = in.constant(h, "kind", p, TransitionKind.class);
    if (seq == 0 && kind != null && kind != TransitionKind.REPORTED) {
      in.problem(p + ".kind", "must be REPORTED: a history starts with the report, was " + kind);
    }
    Actor actor = ActorJson.read(in, h.get("by"), p + ".by", true);
    String described = in.text(h, "actor", p);
    if (actor != null && described != null && !described.equals(actor.describe())) {
      in.problem(p + ".actor", "is \"" + described + "\", but \"by\" is " + actor.describe());
    }
    RequestState state = in.constant(h, "state", p, RequestState.class);
    Place place = report == null ? null : report.place();
    Office holder = OfficeJson.shortForm(in, h, "holder", p, true, place);
    String reason = in.optionalText(h, "reason", p);
    Office chargedTo = OfficeJson.shortForm(in, h, "chargedTo", p, false, place);
    Category category = in.optionalId(h, "category", p, Category::of);
    RequestId duplicateOf = in.optionalId(h, "duplicateOf", p, RequestId::of);
    // The first entry's form was read as the report; a later form is read here.
    Form form = seq == 0 ? report : h.hasNonNull("form") ? form(in, h.get("form"), p + ".form", report) : null;
    if (in.problemCount() > before || report == null) {
      return null;
    }
    try {
      return new HistoryEntry(at, actor, kind, state, holder, form, reason, chargedTo, category, duplicateOf);
    } catch (IllegalArgumentException e) {
      in.problem(p, e.getMessage());
      return null;
    }
  }

  private static Form form(JsonInput in, JsonNode f, String p, Form.Report report) {
    if (in.object(f, p) == null) {
      return null;
    }
    String type = in.text(f, "type", p);
    if (type == null) {
      return null;
    }
    Set<String> fields = FORMS.get(type);
    if (fields == null) {
      in.problem(p + ".type", "must be one of " + new TreeSet<>(FORMS.keySet()) + ", was " + JsonInput.describe(
          f.get("type")));
      return null;
    }
    in.fields(f, p, fields);
    Place place = report == null ? null : report.place();
    int before = in.problemCount();
    switch (type) {
      case "report": {
        Form.Report other = report(in, f, p);
        if (other != null && report != null && !other.equals(report)) {
          in.problem(p, "is a report form other than the request's, which the first entry carries");
        }
        return other;
      }
      case "assignment": {
        Office office = OfficeJson.shortForm(in, f, "office", p, true, place);
        PersonId assignee = in.id(f, "assignee", p, PersonId::of);
        Instant dueBy = instant(in.time(f, "dueBy", p));
        return in.problemCount() > before || office == null ? null : new Form.Assignment(office, assignee, dueBy);
      }
      case "reminder": {
        Office office = OfficeJson.shortForm(in, f, "office", p, true, place);
        DeadlineKind missed = in.constant(f, "missed", p, DeadlineKind.class);
        Instant missedDeadline = instant(in.time(f, "missedDeadline", p));
        Instant graceUntil = instant(in.time(f, "graceUntil", p));
        return in.problemCount() > before || office == null
            ? null : new Form.Reminder(office, missed, missedDeadline, graceUntil);
      }
      case "feedback": {
        String result = in.text(f, "result", p);
        Rating rating = in.optionalConstant(f, "rating", p, Rating.class);
        return in.problemCount() > before ? null : new Form.Feedback(result, rating);
      }
      default:
        throw new IllegalStateException("form types and switch disagree on " + type);
    }
  }

  /** Reads the fields of a report form (checked by the caller); null after recording problems. */
  private static Form.Report report(JsonInput in, JsonNode f, String p) {
    int before = in.problemCount();
    PersonId reporter = in.id(f, "reporter", p, PersonId::of);
    Place place = OfficeJson.place(in, f.get("place"), p + ".place");
    String grid = in.text(f, "grid", p);
    if (place != null && grid != null && !grid.equals(place.grid().value())) {
      in.problem(p + ".grid", "is \"" + grid + "\", but the place's grid is \"" + place.grid() + "\"");
    }
    Category category = in.id(f, "category", p, Category::of);
    String description = in.text(f, "description", p);
    Urgency urgency = in.constant(f, "urgency", p, Urgency.class);
    MustAttendType mustAttend = in.optionalConstant(f, "mustAttend", p, MustAttendType.class);
    Office complaintAgainst = OfficeJson.shortForm(in, f, "complaintAgainst", p, false, place);
    if (in.problemCount() > before) {
      return null;
    }
    return new Form.Report(reporter, place, category, description, urgency, mustAttend, complaintAgainst);
  }

  /** Returns the instant of a time read, or null when it was not. */
  static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
