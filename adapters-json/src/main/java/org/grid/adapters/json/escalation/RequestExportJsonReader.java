package org.grid.adapters.json.escalation;

import static org.grid.adapters.json.escalation.HistoryJson.instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.AppliedCommands;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestRecord;
import org.grid.escalation.model.RequestRecord.OnSiteClock;
import org.grid.escalation.model.RequestRecord.Step;
import org.grid.escalation.model.RequestRecord.Suspension;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;

/**
 * Reads requests back from a request export (诉求导出) or a replay output, as {@link RequestJsonWriter} writes them
 * ({@code docs/escalation.md}, "Request export"): {@code {"requests": [...]}}, or the whole replay output, whose
 * {@code steps} are the replay's log and are not read. Each request is rebuilt with every field of its {@link
 * RequestRecord}, its whole history and its applied command ids, and restored with {@link Request#restore}, as the
 * JDBC adapter restores a stored request; an export written with masked free text restores with the masked text, and
 * without command digests ({@code ""}, as for a command applied without one).
 *
 * <p>Besides the rules every reader keeps (a duplicate key, content after the JSON value and a field the format does
 * not have are refused), it checks: a request id listed once; a history that is not empty, starts with a {@code
 * REPORTED} entry carrying the report form, lists its entries in {@code seq} order from 0 and never goes back in
 * time by more than a day (engines whose clocks differ go back a little); states, kinds, tiers, ratings and form types the model knows, by their exact names; times as ISO 8601
 * date-times with an offset; every id and office as the model checks it (its reason becomes the problem's message);
 * the request record's own invariants (a step exactly while open, a suspension while suspended) and its agreement
 * with its history ({@link Request#restore}: the last entry's state and holder, a version no higher than the
 * entries, no entry closing it as a duplicate of itself), each at the field the model names; and the derived fields
 * ({@code tier}, {@code holderPath}, {@code nextDeadline}, {@code finalRating}, each entry's {@code actor}) against
 * the restored request. Every problem is reported, with its JSON
 * path, in one {@link JsonInputException}. The input is read within the input limits ({@code InputLimits}:
 * 1,000,000 JSON tokens, 16 MiB and strings of 4,000 characters unless the {@code grid.input.*} properties say
 * otherwise), as every reader of this adapter. Immutable and thread-safe.
 */
public final class RequestExportJsonReader implements JsonReader<List<Request>> {

  private static final Set<String> ROOT = Set.of("steps", "requests");
  private static final Set<String> REQUEST = Set.of("id", "state", "tier", "holder", "holderPath", "version",
      "category", "duplicateOf", "nextDeadline", "finalRating", "returnedBy", "assignee", "step", "onSite", "suspension", "suspendedDays",
      "reopenedAtTier", "result", "history", "appliedCommands");
  private static final Set<String> STEP = Set.of("kind", "deadline", "reminded");
  private static final Set<String> ON_SITE = Set.of("deadline");
  private static final Set<String> SUSPENSION = Set.of("pausedState", "pausedStep", "since");
  private static final Set<String> COMMAND = Set.of("id", "digest");

  /** The longest command digest the engine records ({@code RuleContext}). */
  private static final int MAX_DIGEST_LENGTH = 64;

  private RequestExportJsonReader() {}

  /**
   * Returns a reader.
   *
   * @return the reader
   */
  public static RequestExportJsonReader create() {
    return new RequestExportJsonReader();
  }

  /**
   * Reads the requests of an export or a replay output from a stream (UTF-8) to its end; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name or URL), not null
   * @return the restored requests in the order listed, immutable
   * @throws JsonInputException if the stream cannot be read or breaks the format
   */
  @Override
  public List<Request> read(InputStream in, String source) {
    return JsonInput.read(in, source, RequestExportJsonReader::requests);
  }

  private static List<Request> requests(JsonInput in, JsonNode root) {
    in.root(root, ROOT);
    in.array(root, "steps", "$", false); // the replay's log, not read; only its shape is checked
    JsonNode nodes = in.array(root, "requests", "$", true);
    if (nodes == null) {
      return null;
    }
    List<Request> requests = new ArrayList<>();
    Map<RequestId, Integer> seen = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      String p = "$.requests[" + i + "]";
      JsonNode node = in.object(nodes.get(i), p);
      Request request = node == null ? null : request(in, node, p);
      if (request == null) {
        continue;
      }
      Integer earlier = seen.putIfAbsent(request.id(), i);
      if (earlier != null) {
        in.problem(p + ".id", "request " + request.id() + " is listed already at $.requests[" + earlier + "]");
      }
      requests.add(request);
    }
    return in.hasProblems() ? null : ImmutableList.copyOf(requests);
  }

  private static Request request(JsonInput in, JsonNode n, String p) {
    in.fields(n, p, REQUEST);
    int before = in.problemCount();
    RequestId id = in.id(n, "id", p, RequestId::of);
    Integer version = in.integer(n, "version", p, 1, Integer.MAX_VALUE);
    RequestState state = in.constant(n, "state", p, RequestState.class);
    HistoryJson.History history = HistoryJson.read(in, n, p);
    Place place = history == null ? null : history.report().place();
    Office holder = OfficeJson.shortForm(in, n, "holder", p, true, place);
    PersonId assignee = in.optionalId(n, "assignee", p, PersonId::of);
    Step step = n.hasNonNull("step") ? step(in, n.get("step"), p + ".step") : null;
    OnSiteClock onSite = n.hasNonNull("onSite") ? onSite(in, n.get("onSite"), p + ".onSite") : null;
    Suspension suspension =
        n.hasNonNull("suspension") ? suspension(in, n.get("suspension"), p + ".suspension") : null;
    Integer suspendedDays = in.integer(n, "suspendedDays", p, 0, Integer.MAX_VALUE);
    Boolean reopenedAtTier = in.bool(n, "reopenedAtTier", p);
    String result = in.optionalText(n, "result", p);
    ImmutableSet<DepartmentId> returnedBy = returnedBy(in, n, p);
    AppliedCommands commands = commands(in, n, p);
    // The derived fields, checked against the restored request below.
    Tier tier = in.constant(n, "tier", p, Tier.class);
    List<String> holderPath = in.values(n, "holderPath", p, true, "an id", text -> text);
    Instant nextDeadline = instant(in.optionalTime(n, "nextDeadline", p));
    Rating finalRating = in.optionalConstant(n, "finalRating", p, Rating.class);
    Category category = in.id(n, "category", p, Category::of);
    RequestId duplicateOf = in.optionalId(n, "duplicateOf", p, RequestId::of);
    if (in.problemCount() > before || place == null || holder == null) {
      return null;
    }
    Request request;
    try {
      request = Request.restore(new RequestRecord(id, version, history.report(), category, state, holder, assignee,
          step, onSite, suspension, suspendedDays, returnedBy, reopenedAtTier, result, history.entries(), commands));
    } catch (IllegalArgumentException e) {
      // The messages of the record and of restore start with the field's name, or a history entry's.
      String field = e.getMessage().split(" ", 2)[0];
      String name = field.split("\\[", 2)[0];
      in.problem(REQUEST.contains(name) ? p + "." + field : p, e.getMessage());
      return null;
    }
    if (tier != holder.tier()) {
      in.problem(p + ".tier", "is " + tier + ", but the holder " + holder + " is at " + holder.tier());
    }
    if (!holderPath.equals(holder.path())) {
      in.problem(p + ".holderPath", "is " + holderPath + ", but the holder " + holder + " of the request's place "
          + "has the path " + holder.path());
    }
    derived(in, p + ".nextDeadline", nextDeadline, request.nextDeadlineOrNull(), "the step and on-site deadlines");
    derived(in, p + ".finalRating", finalRating, request.finalRating().orElse(null), "the closing feedback");
    derived(in, p + ".duplicateOf", duplicateOf, request.duplicateOf().orElse(null), "the history");
    Category fromHistory = history.report().category();
    for (HistoryEntry entry : history.entries()) {
      if (entry.category() != null) {
        fromHistory = entry.category();
      }
    }
    derived(in, p + ".category", category, fromHistory, "the report and its RECATEGORIZED entries");
    return request;
  }

  /** Checks a derived field against what the restored request gives. */
  private static void derived(JsonInput in, String path, Object written, Object restored, String from) {
    if (!Objects.equals(written, restored)) {
      in.problem(path, (written == null ? "is missing" : "is " + written) + ", but " + from + " of the request give "
          + Optional.ofNullable(restored).map(Object::toString).orElse("none"));
    }
  }

  private static Step step(JsonInput in, JsonNode s, String p) {
    if (in.object(s, p) == null) {
      return null;
    }
    in.fields(s, p, STEP);
    DeadlineKind kind = in.constant(s, "kind", p, DeadlineKind.class);
    Instant deadline = instant(in.time(s, "deadline", p));
    Boolean reminded = in.bool(s, "reminded", p);
    return kind == null || deadline == null || reminded == null ? null : new Step(kind, deadline, reminded);
  }

  private static OnSiteClock onSite(JsonInput in, JsonNode o, String p) {
    if (in.object(o, p) == null) {
      return null;
    }
    in.fields(o, p, ON_SITE);
    Instant deadline = instant(in.time(o, "deadline", p));
    return deadline == null ? null : new OnSiteClock(deadline);
  }

  private static Suspension suspension(JsonInput in, JsonNode s, String p) {
    if (in.object(s, p) == null) {
      return null;
    }
    in.fields(s, p, SUSPENSION);
    RequestState pausedState = in.constant(s, "pausedState", p, RequestState.class);
    Step pausedStep = step(in, s.get("pausedStep"), p + ".pausedStep");
    Instant since = instant(in.time(s, "since", p));
    return pausedState == null || pausedStep == null || since == null
        ? null : new Suspension(pausedState, pausedStep, since);
  }

  /** Reads the optional {@code returnedBy}, in order; a department listed twice is a problem. */
  private static ImmutableSet<DepartmentId> returnedBy(JsonInput in, JsonNode n, String p) {
    JsonNode array = in.array(n, "returnedBy", p, false);
    Map<DepartmentId, Integer> departments = new LinkedHashMap<>();
    for (int i = 0; array != null && i < array.size(); i++) {
      String at = p + ".returnedBy[" + i + "]";
      String text = in.text(array.get(i), at);
      DepartmentId department = text == null ? null : in.id(text, at, DepartmentId::of);
      Integer earlier = department == null ? null : departments.putIfAbsent(department, i);
      if (earlier != null) {
        in.problem(at, "department " + department + " is listed already at " + p + ".returnedBy[" + earlier + "]");
      }
    }
    return ImmutableSet.copyOf(departments.keySet());
  }

  /**
   * Reads the optional {@code appliedCommands}, in order: each an id and, in an export with clear text, the digest
   * of the command's content; without one the digest is {@code ""}. An id listed twice is a problem.
   */
  private static AppliedCommands commands(JsonInput in, JsonNode n, String p) {
    JsonNode array = in.array(n, "appliedCommands", p, false);
    Map<CommandId, String> commands = new LinkedHashMap<>();
    Map<CommandId, Integer> positions = new HashMap<>();
    for (int i = 0; array != null && i < array.size(); i++) {
      String at = p + ".appliedCommands[" + i + "]";
      JsonNode c = in.object(array.get(i), at);
      if (c == null) {
        continue;
      }
      in.fields(c, at, COMMAND);
      CommandId id = in.id(c, "id", at, CommandId::of);
      String digest = in.optionalText(c, "digest", at);
      if (digest != null && digest.length() > MAX_DIGEST_LENGTH) {
        in.problem(at + ".digest", "must be at most " + MAX_DIGEST_LENGTH + " characters, was " + digest.length());
      }
      Integer earlier = id == null ? null : positions.putIfAbsent(id, i);
      if (earlier != null) {
        in.problem(at + ".id", "command " + id + " is listed already at " + p + ".appliedCommands[" + earlier + "]");
      } else if (id != null) {
        commands.put(id, digest == null ? "" : digest);
      }
    }
    return AppliedCommands.copyOf(commands);
  }
}
