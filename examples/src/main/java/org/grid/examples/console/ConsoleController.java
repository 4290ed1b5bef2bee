package org.grid.examples.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.partition.Grid;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.MonitorRequestsUseCase;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.examples.year.TownshipMap;
import org.grid.examples.year.YearSimulation;
import org.grid.spring.boot.SpringUnitOfWork;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The console's own read-only endpoints (工作台查询): who is signed in, the real-time monitor's figures (实时监控) and
 * its live feed, the township map (网格地图), and the public page of a request (办理公开) with personal data masked.
 * Every action on a request goes through grid's REST API ({@code /api/...}), never through this class: it only
 * reads, through the monitoring use case and the request repository.
 */
@RestController
public class ConsoleController {

  /** The most overdue requests the monitor lists. */
  static final int OVERDUE_LIMIT = 50;

  /** The seconds a page waits before it asks for the live feed again when the application had no room for it. */
  static final int FEED_RETRY_SECONDS = 30;

  private final MonitorRequestsUseCase monitor;
  private final RequestRepository requests;
  private final SpringUnitOfWork unitOfWork;
  private final Clock clock;
  private final ConsoleEvents events;
  private final SampleTownship sample;
  private final DemoUsers users;

  /**
   * Creates the endpoints.
   *
   * @param monitor the monitoring queries
   * @param requests the request repository, read for the public page
   * @param unitOfWork the unit of work the reads run in
   * @param clock the application's clock
   * @param events the live feed
   * @param sample the loaded sample township (for the map)
   * @param users the demo users
   */
  public ConsoleController(MonitorRequestsUseCase monitor, RequestRepository requests, SpringUnitOfWork unitOfWork,
      Clock clock, ConsoleEvents events, SampleTownship sample, DemoUsers users) {
    this.monitor = monitor;
    this.requests = requests;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.events = events;
    this.sample = sample;
    this.users = users;
  }

  /**
   * Returns the signed-in user and the person, role and office they act as.
   *
   * @param principal the signed-in user
   * @return the user as JSON: {@code user}, {@code person}, and for staff {@code role}, {@code office} (tier and
   *     unit) and {@code officeText} (the office as the REST API's {@code Grid-Office} header writes it)
   */
  @GetMapping(path = "/console/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> me(Principal principal) {
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("user", principal.getName());
    users.person(principal.getName()).ifPresent(p -> {
      me.put("person", p.person().value());
      if (!p.citizen()) {
        me.put("role", p.role());
        me.put("office", office(p.office()));
        me.put("officeText", officeText(p.office()));
      }
    });
    me.put("township", sample.township().id().value());
    me.put("county", sample.township().county().value());
    return me;
  }

  /**
   * Returns what the intake form offers: the grids of the sample township's plan (with their village), the
   * categories of the routing table and the urgencies; each grid with its district and the sample citizen of it. The engine still checks every report's place and category.
   *
   * @return the choices as JSON: {@code grids}, {@code categories}, {@code urgencies}
   */
  @GetMapping(path = "/console/api/options", produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> options() {
    Map<String, String> villages = new LinkedHashMap<>();
    sample.township().villages().forEach(v -> villages.put(v.id().value(), v.name()));
    List<Map<String, String>> grids = new ArrayList<>();
    for (Grid grid : sample.plan().grids()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("id", grid.id().value());
      row.put("village", grid.village().value());
      row.put("district", Place.of(sample.township(), sample.plan(), grid.id()).district().value());
      row.put("villageName", villages.get(grid.village().value()));
      row.put("citizen", SampleTownship.citizenOf(grid).value());
      grids.add(row);
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("grids", grids);
    options.put("categories", YearSimulation.ROUTES.keySet().stream().map(Category::code).toList());
    options.put("urgencies", java.util.Arrays.stream(Urgency.values()).map(Urgency::name).toList());
    return options;
  }

  /**
   * Returns the monitor's figures now: the open requests by tier and state, every request by state, and the
   * overdue requests (up to {@value #OVERDUE_LIMIT}, earliest deadline first), without personal data.
   *
   * @return the figures as JSON
   */
  @GetMapping(path = "/console/api/monitor", produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> figures() {
    Map<String, Object> figures = new LinkedHashMap<>();
    Map<String, Map<String, Long>> open = new LinkedHashMap<>();
    Map<Tier, Map<RequestState, Long>> counts = monitor.openCountsByTierAndState();
    for (Tier tier : Tier.values()) {
      Map<String, Long> named = new LinkedHashMap<>();
      counts.getOrDefault(tier, Map.of()).forEach((state, count) -> named.put(state.name(), count));
      open.put(tier.name(), named);
    }
    figures.put("open", open);
    Map<String, Long> all = new LinkedHashMap<>();
    new EnumMap<>(monitor.countsByState()).forEach((state, count) -> all.put(state.name(), count));
    figures.put("byState", all);
    List<Map<String, Object>> overdue = new ArrayList<>();
    for (Request request : monitor.overdue(clock.instant(), OVERDUE_LIMIT)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", request.id().value());
      row.put("category", request.category().code());
      row.put("state", request.state().name());
      row.put("holder", office(request.holder()));
      row.put("dueBy", request.nextDeadlineOrNull() == null ? null : request.nextDeadlineOrNull().toString());
      overdue.add(row);
    }
    figures.put("overdue", overdue);
    figures.put("at", clock.instant().toString());
    return figures;
  }

  /**
   * Opens the live feed: a server-sent event {@value ConsoleEvents#EVENT_NAME} for each event the outbox relay
   * delivers. A user's sixth stream ends their oldest ({@link ConsoleEvents#STREAMS_PER_USER}); when the application
   * has {@value ConsoleEvents#STREAMS} streams open the answer is 503 with {@code Retry-After}, and the page tries
   * again then.
   *
   * @param user the signed-in user
   * @return the stream, or 503 when no more may open
   */
  @GetMapping(path = "/console/api/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public ResponseEntity<SseEmitter> feed(Principal user) {
    return events.open(user.getName()).map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header(HttpHeaders.RETRY_AFTER, String.valueOf(FEED_RETRY_SECONDS)).build());
  }

  /**
   * Returns the township map: the sample township's units coloured by grid and district of its plan.
   *
   * @return the SVG document
   */
  @GetMapping(path = "/public/map.svg", produces = "image/svg+xml;charset=UTF-8")
  public String map() {
    return TownshipMap.svg(sample.township(), sample.plan());
  }

  /**
   * Returns the public record of a request (办理公开): its category and place, its state, the office holding it
   * (the handling unit), its process (each step's time, kind, state and office, never who acted) and its result,
   * with the reported text and the result masked ({@link Masking#text}); the reporter is not named.
   *
   * @param id the request's id
   * @return the record as JSON, or 404 with no body for an unknown id
   */
  @GetMapping(path = "/public/api/requests/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> publicRecord(@PathVariable("id") String id) {
    RequestId requestId;
    try {
      requestId = RequestId.of(id);
    } catch (IllegalArgumentException e) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
    Request request = unitOfWork.inTransaction(() -> requests.findById(requestId)).orElse(null);
    if (request == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", request.id().value());
    record.put("category", request.category().code());
    record.put("state", request.state().name());
    record.put("open", request.state().isOpen());
    record.put("holder", office(request.holder()));
    record.put("village", request.report().place().village().value());
    record.put("villageName", sample.township().villages().stream()
        .filter(v -> v.id().equals(request.report().place().village())).map(v -> v.name()).findFirst()
        .orElse(request.report().place().village().value()));
    record.put("grid", request.report().place().grid().value());
    record.put("description", Masking.text(request.report().description()));
    record.put("result", request.result().map(Masking::text).orElse(null));
    List<Map<String, Object>> process = new ArrayList<>();
    for (HistoryEntry entry : request.history()) {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("at", entry.at().toString());
      step.put("kind", entry.kind().name());
      step.put("state", entry.state().name());
      step.put("office", office(entry.holder()));
      process.add(step);
    }
    record.put("process", process);
    return ResponseEntity.ok(record);
  }

  /** An office as the REST API writes it: its tier, a colon, its path with each part URL-encoded (UTF-8). */
  static String officeText(Office office) {
    List<String> parts = new ArrayList<>();
    for (String part : office.path()) {
      parts.add(URLEncoder.encode(part, StandardCharsets.UTF_8));
    }
    return office.tier().name() + ":" + String.join("/", parts);
  }

  private static Map<String, String> office(Office office) {
    Map<String, String> json = new LinkedHashMap<>();
    json.put("tier", office.tier().name());
    json.put("unit", office.unit());
    return json;
  }
}
