package org.grid.spring.boot.web;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.grid.core.application.InvalidCommandException;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.PageCursor;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.port.in.FindRequestsUseCase;
import org.grid.escalation.port.in.HandleRequestUseCase;
import org.grid.escalation.model.QueryOutcome;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.in.RequestPage;
import org.grid.escalation.port.in.RequestQuery;
import org.grid.spring.boot.web.RequestJson.AcceptBody;
import org.grid.spring.boot.web.RequestJson.CloseAsDuplicateBody;
import org.grid.spring.boot.web.RequestJson.FeedbackBody;
import org.grid.spring.boot.web.RequestJson.PlaceJson;
import org.grid.spring.boot.web.RequestJson.RateBody;
import org.grid.spring.boot.web.RequestJson.ReasonBody;
import org.grid.spring.boot.web.RequestJson.RecategorizeBody;
import org.grid.spring.boot.web.RequestJson.ReportBody;
import org.grid.spring.boot.web.RequestJson.RequestDetail;
import org.grid.spring.boot.web.RequestJson.RequestList;
import org.grid.spring.boot.web.RequestJson.RequestSummary;
import org.grid.spring.boot.web.RequestJson.ResolveBody;
import org.grid.spring.boot.web.RequestJson.RouteBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The requests (诉求) of grid's REST API: report, every command of {@link RequestCommand}, one request with its
 * forms and history, and the paged list. Each endpoint turns HTTP into a command or a query of the engine and the
 * outcome back into HTTP; the engine decides (authorization included). docs/rest-api.md describes the endpoints.
 */
@RestController
@RequestMapping(path = "${grid.web.base-path:/grid/api}/requests", produces = MediaType.APPLICATION_JSON_VALUE)
class GridRequestController {

  /** The header that carries the command id; a retry with the same key is the same command. */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  /** The response header that marks the answer to a retry of a command applied before. */
  static final String REPLAYED = "Idempotent-Replayed";
  /** How many requests a page holds when the client does not say. */
  static final int DEFAULT_LIMIT = 50;

  private final HandleRequestUseCase handle;
  private final FindRequestsUseCase find;
  private final GridCallers callers;
  private final Clock clock;

  GridRequestController(HandleRequestUseCase handle, FindRequestsUseCase find, GridCallers callers, Clock clock) {
    this.handle = requireNonNull(handle, "handle");
    this.find = requireNonNull(find, "find");
    this.callers = requireNonNull(callers, "callers");
    this.clock = requireNonNull(clock, "clock");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Queries

  @GetMapping
  ResponseEntity<RequestList> list(HttpServletRequest http,
      @RequestParam(required = false) String tier,
      @RequestParam(required = false) String holder,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String overdue,
      @RequestParam(required = false) String overdueAt,
      @RequestParam(required = false) String reporter,
      @RequestParam(required = false) String reportedFrom,
      @RequestParam(required = false) String reportedUntil,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) String limit) {
    Actor viewer = callers.actor(http);
    Instant overdueInstant = Params.instant(overdueAt, "query overdueAt");
    if (overdue != null) {
      if (!overdue.equals("true") && !overdue.equals("false")) {
        throw ApiProblem.badInput("query overdue", "must be true or false");
      }
      if (overdueInstant != null) {
        throw ApiProblem.badInput("query overdue", "give overdue or overdueAt, not both");
      }
      overdueInstant = overdue.equals("true") ? clock.instant() : null;
    }
    int size = DEFAULT_LIMIT;
    if (limit != null) {
      try {
        size = Integer.parseInt(limit);
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 1 || size > RequestQuery.MAX_LIMIT) {
        throw ApiProblem.badInput("query limit", "must be a whole number from 1 to " + RequestQuery.MAX_LIMIT);
      }
    }
    Office holderOffice = holder == null ? null : OfficeText.parse(holder, "query holder");
    Tier tierValue = Params.enumValue(Tier.class, tier, "query tier");
    if (tierValue != null && holderOffice != null && holderOffice.tier() != tierValue) {
      throw ApiProblem.badInput("query tier", "differs from the tier of query holder");
    }
    Instant from = Params.instant(reportedFrom, "query reportedFrom");
    Instant until = Params.instant(reportedUntil, "query reportedUntil");
    if (from != null && until != null && until.isBefore(from)) {
      throw ApiProblem.badInput("query reportedUntil", "must not be before reportedFrom");
    }
    RequestQuery query = new RequestQuery(viewer, tierValue, holderOffice,
        Params.enumValue(RequestState.class, state, "query state"),
        Params.optional(category, "query category", Category::of), overdueInstant,
        Params.optional(reporter, "query reporter", PersonId::of), from, until,
        Params.optional(cursor, "query cursor", PageCursor::parse), size);
    RequestPage page = answer(find.find(query));
    return ResponseEntity.ok(new RequestList(page.requests().stream()
        .map(r -> RequestSummary.of(r, page.allowedActions(r.id()))).toList(),
        page.next().map(PageCursor::encode).orElse(null)));
  }

  @GetMapping("/{id}")
  ResponseEntity<RequestDetail> one(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
    Actor viewer = callers.actor(http);
    RequestId requestId = Params.required(id, "path id", RequestId::of);
    Request request = answer(find.findOne(viewer, requestId));
    String etag = Etags.of(request.version());
    if (ifNoneMatch != null && Etags.matchesAny(ifNoneMatch, request.version())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
    }
    // The engine's answer for the caller; read after the request, so a change in between shows as a 409 or 412
    // when the action is given, as for any action decided on a version that moved on.
    return ResponseEntity.ok().eTag(etag).body(RequestDetail.of(request, answer(find.allowedActions(viewer,
        requestId))));
  }

  private static <T> T answer(QueryOutcome<T> outcome) {
    if (outcome instanceof QueryOutcome.Refused<T> refused) {
      throw Refusals.problem(refused.reason(), refused.message());
    }
    return ((QueryOutcome.Answered<T>) outcome).value();
  }

  // ---------------------------------------------------------------------------------------------------------
  // The report

  @PostMapping
  ResponseEntity<RequestDetail> report(HttpServletRequest http,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestBody ReportBody body) {
    CommandId commandId = commandId(key);
    Actor actor = callers.actor(http);
    RequestId requestId = Params.required(body.requestId(), "$.requestId", RequestId::of);
    requireAddressable(requestId);
    PlaceJson p = body.place();
    if (p == null) {
      throw ApiProblem.badInput("$.place", "is required");
    }
    Place place = new Place(
        Params.required(p.county(), "$.place.county", CountyId::of),
        Params.required(p.township(), "$.place.township", TownshipId::of),
        Params.required(p.district(), "$.place.district", DistrictId::of),
        Params.required(p.village(), "$.place.village", VillageId::of),
        Params.required(p.grid(), "$.place.grid", GridId::of));
    if (body.urgency() == null) {
      throw ApiProblem.badInput("$.urgency", "is required");
    }
    RequestCommand.Report report = new RequestCommand.Report(commandId, requestId, actor,
        Params.required(body.reporter(), "$.reporter", PersonId::of), place,
        Params.required(body.category(), "$.category", Category::of),
        text(body.description(), "$.description"), body.urgency(), body.mustAttend(),
        body.complaintAgainst() == null ? null : OfficeText.parse(body.complaintAgainst(), "$.complaintAgainst"));
    CommandOutcome outcome = handle(report);
    URI location = URI.create(http.getRequestURI() + "/" + URLEncoder.encode(requestId.value(),
        StandardCharsets.UTF_8).replace("+", "%20"));
    return respond(outcome, actor, HttpStatus.CREATED, location);
  }

  // ---------------------------------------------------------------------------------------------------------
  // The commands on a request

  @PostMapping("/{id}/accept")
  ResponseEntity<RequestDetail> accept(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody AcceptBody body) {
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.Accept(c.command, c.request, c.version, c.actor,
        Params.required(body.assignee(), "$.assignee", PersonId::of)));
  }

  @PostMapping("/{id}/route")
  ResponseEntity<RequestDetail> route(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody RouteBody body) {
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.Route(c.command, c.request, c.version, c.actor,
        Params.optional(body.department(), "$.department", DepartmentId::of)));
  }

  @PostMapping("/{id}/escalate")
  ResponseEntity<RequestDetail> escalate(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReasonBody body) {
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.Escalate(c.command, c.request, c.version,
        c.actor, text(body.reason(), "$.reason")));
  }

  @PostMapping("/{id}/return")
  ResponseEntity<RequestDetail> returnToCounty(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReasonBody body) {
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.Return(c.command, c.request, c.version, c.actor,
        text(body.reason(), "$.reason")));
  }

  @PostMapping("/{id}/suspend")
  ResponseEntity<RequestDetail> suspend(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReasonBody body) {
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.Suspend(c.command, c.request, c.version,
        c.actor, text(body.reason(), "$.reason")));
  }

  @PostMapping("/{id}/resume")
  ResponseEntity<RequestDetail> resume(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.Resume(c.command, c.request, c.version,
        c.actor));
  }

  @PostMapping("/{id}/resolve")
  ResponseEntity<RequestDetail> resolve(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ResolveBody body) {
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.Resolve(c.command, c.request, c.version,
        c.actor, text(body.summary(), "$.summary")));
  }

  @PostMapping("/{id}/feedback")
  ResponseEntity<RequestDetail> feedback(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody FeedbackBody body) {
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.Feedback(c.command, c.request, c.version,
        c.actor, text(body.result(), "$.result")));
  }

  @PostMapping("/{id}/rate")
  ResponseEntity<RequestDetail> rate(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody RateBody body) {
    if (body.rating() == null) {
      throw ApiProblem.badInput("$.rating", "is required");
    }
    if (body.rating() == org.grid.escalation.model.Rating.NO_RATING) {
      throw ApiProblem.badInput("$.rating", "NO_RATING is what the sweep records when no rating comes; rate "
          + "SATISFIED, BASICALLY_SATISFIED or DISSATISFIED");
    }
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.Rate(c.command, c.request, c.version, c.actor,
        body.rating()));
  }

  @PostMapping("/{id}/withdraw")
  ResponseEntity<RequestDetail> withdraw(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReasonBody body) {
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.Withdraw(c.command, c.request, c.version,
        c.actor, text(body.reason(), "$.reason")));
  }

  @PostMapping("/{id}/on-site")
  ResponseEntity<RequestDetail> onSite(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.OnSite(c.command, c.request, c.version,
        c.actor));
  }

  @PostMapping("/{id}/recategorize")
  ResponseEntity<RequestDetail> recategorize(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody RecategorizeBody body) {
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.Recategorize(c.command, c.request, c.version,
        c.actor, Params.required(body.category(), "$.category", Category::of), text(body.reason(), "$.reason")));
  }

  @PostMapping("/{id}/close-as-duplicate")
  ResponseEntity<RequestDetail> closeAsDuplicate(HttpServletRequest http, @PathVariable("id") String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody CloseAsDuplicateBody body) {
    return change(http, id, key, ifMatch, (c) -> new RequestCommand.CloseAsDuplicate(c.command, c.request,
        c.version, c.actor, Params.required(body.original(), "$.original", RequestId::of),
        text(body.reason(), "$.reason")));
  }

  // ---------------------------------------------------------------------------------------------------------
  // How a command runs

  /** What every command on a request carries besides its own fields. */
  private record Common(CommandId command, RequestId request, long version, Actor actor) {}

  private ResponseEntity<RequestDetail> change(HttpServletRequest http, String id, String key, String ifMatch,
      Function<Common, RequestCommand> build) {
    CommandId commandId = commandId(key);
    RequestId requestId = Params.required(id, "path id", RequestId::of);
    if (ifMatch == null) {
      throw new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match is required",
          "a command needs If-Match with the ETag of the version it was decided on (GET the request first)");
    }
    long version = Etags.version(ifMatch);
    Actor actor = callers.actor(http);
    CommandOutcome outcome = handle(build.apply(new Common(commandId, requestId, version, actor)));
    return respond(outcome, actor, HttpStatus.OK, null);
  }

  private CommandOutcome handle(RequestCommand command) {
    try {
      return handle.handle(command);
    } catch (InvalidCommandException e) {
      // The engine's validation: the message names every broken field and never a value; the first is the field.
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad-input", "The input is not valid", e.getMessage())
          .with("field", field(e.violations().get(0).property(), command));
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad-input", "The input is not valid", e.getMessage());
    }
  }

  /**
   * Where a command's property comes from in the call: the body's field of the same name ({@code $.description},
   * {@code $.place.grid}), or the header or path it was built from.
   */
  static String field(String property, RequestCommand command) {
    return switch (property) {
      case "commandId" -> "header " + IDEMPOTENCY_KEY;
      case "requestId" -> command instanceof RequestCommand.Report ? "$.requestId" : "path id";
      case "expectedVersion" -> "header If-Match";
      case "actor" -> "header Grid-Office";
      default -> "$." + property;
    };
  }

  private ResponseEntity<RequestDetail> respond(CommandOutcome outcome, Actor viewer, HttpStatus status,
      URI location) {
    if (outcome instanceof CommandOutcome.Applied applied) {
      return created(status, location, applied.request()).body(RequestDetail.of(applied.request(), null));
    }
    if (outcome instanceof CommandOutcome.Refused refused) {
      throw Refusals.problem(refused.reason(), refused.message());
    }
    if (outcome instanceof CommandOutcome.StaleVersion stale) {
      throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "stale-version", "The request changed",
          "the request is at version " + stale.actual() + ", not " + stale.expected() + " as If-Match said; "
              + "GET it again and decide on the current version")
          .with("expectedVersion", stale.expected()).with("currentVersion", stale.actual());
    }
    // A retry of a command applied before: the request as it is now, marked as a replay.
    CommandOutcome.Duplicate duplicate = (CommandOutcome.Duplicate) outcome;
    Request current = answer(find.findOne(viewer, duplicate.requestId()));
    return created(status, location, current).header(REPLAYED, "true").body(RequestDetail.of(current, null));
  }

  private static ResponseEntity.BodyBuilder created(HttpStatus status, URI location, Request request) {
    ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).eTag(Etags.of(request.version()));
    return location == null ? builder : builder.location(location);
  }

  private static CommandId commandId(String key) {
    if (key == null) {
      throw ApiProblem.badInput("header " + IDEMPOTENCY_KEY,
          "is required on every command: it is the command's id, and a retry sends the same one");
    }
    return Params.required(key, "header " + IDEMPOTENCY_KEY, CommandId::of);
  }

  private static String text(String value, String location) {
    if (value == null) {
      throw ApiProblem.badInput(location, "is required");
    }
    return value;
  }

  /**
   * Refuses a new request's id that no URL could name: the answer's {@code Location} and every command on the
   * request put it in the path as one segment, where servers refuse an encoded {@code /}, {@code \}, {@code ;} or
   * {@code %} (Tomcat, Spring Security's firewall) and an encoded line or paragraph separator (the firewall), and
   * resolve {@code .} and {@code ..} away. Such a request would be stored and listed, but nobody could read it or act
   * on it. The engine's ids allow these characters (an embedder's own front end may not put ids in paths), the line
   * and paragraph separators aside, which every id of the model refuses ({@code Ids.requireValidId}).
   */
  private static void requireAddressable(RequestId id) {
    String value = id.value();
    if (value.equals(".") || value.equals("..") || value.chars().anyMatch(c -> c == '/' || c == '\\' || c == ';'
        || c == '%' || c == '\u2028' || c == '\u2029')) {
      throw ApiProblem.badInput("$.requestId", "must be usable as a URL path segment: not '.' or '..', and without "
          + "'/', '\\', ';', '%' or a line or paragraph separator");
    }
  }
}
