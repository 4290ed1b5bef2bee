package org.grid.spring.boot.open311;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.NotBlankText;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.RoutingTable;
import org.grid.spring.boot.open311.Open311Exception.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the façade does, apart from HTTP: reads the spec's arguments (a map of names to the values sent), checks
 * them, calls the request engine and the repository, and gives each answer as the spec's fields, in order. Every
 * refusal is an {@link Open311Exception} with the spec's status (403 for the key, 404 for what does not exist, 400
 * for the rest), naming the field and the problem.
 */
final class Open311Facade {

  private static final Logger LOG = LoggerFactory.getLogger(Open311Facade.class);

  /** The spec's limit of a description. */
  static final int DESCRIPTION_MAX = 4000;
  /** The longest contact field accepted (an email address may have 254 characters). */
  static final int CONTACT_MAX = 254;
  /** The longest media_url accepted. */
  static final int MEDIA_URL_MAX = 2048;
  /** The longest id accepted in an argument (a township/unit address_id has two ids of 64). */
  static final int ID_MAX = 129;
  /** The most attribute[...] arguments accepted (they are not used: no service has a definition). */
  static final int ATTRIBUTES_MAX = 50;

  /**
   * What no argument may hold: a control character other than tab and line breaks, or U+FFFE or U+FFFF, which no
   * XML 1.0 document may hold, so that nothing taken here breaks the façade's own XML.
   */
  private static final Pattern CONTROL =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RequestService engine;
  private final RequestRepository requests;
  private final RoutingTable routing;
  private final GeoLocator locator;
  private final Open311Reporters reporters;
  private final Map<String, byte[]> keys = new LinkedHashMap<>();
  private final Set<CountyId> counties;
  private final Clock clock;
  private final ZoneId zone;
  private final RequestListQuery lists;

  Open311Facade(RequestService engine, RequestRepository requests, RoutingTable routing, GeoLocator locator,
      Open311Reporters reporters, List<Open311Properties.Client> clients, Set<CountyId> counties, Clock clock,
      ZoneId zone) {
    this.engine = requireNonNull(engine, "engine");
    this.requests = requireNonNull(requests, "requests");
    this.routing = requireNonNull(routing, "routing");
    this.locator = requireNonNull(locator, "locator");
    this.reporters = reporters;
    clients.forEach(c -> keys.put(c.getName(), c.getApiKey().getBytes(StandardCharsets.UTF_8)));
    this.counties = Set.copyOf(counties);
    this.clock = requireNonNull(clock, "clock");
    this.zone = requireNonNull(zone, "zone");
    this.lists = new RequestListQuery(requests);
  }

  // ---- GET services ---------------------------------------------------------------------------------------------

  /** The service list: one service per category of the county's routing table. */
  List<Map<String, Object>> services(Map<String, List<String>> params) {
    CountyId county = county(params);
    List<Map<String, Object>> services = new ArrayList<>();
    routes(county).forEach((category, department) -> {
      Map<String, Object> service = new LinkedHashMap<>();
      service.put("service_code", category.code());
      service.put("service_name", category.code());
      service.put("description", "Reported at the grid of the place; the county routes " + category.code()
          + " to " + department.value() + " when it reaches the county.");
      service.put("metadata", false);
      service.put("type", "realtime");
      service.put("keywords", category.code());
      service.put("group", department.value());
      services.add(service);
    });
    return services;
  }

  private SortedMap<Category, DepartmentId> routes(CountyId county) {
    return routing.routes(county);
  }

  // ---- POST requests --------------------------------------------------------------------------------------------

  /** Files a report; answers the new request's id and a notice. */
  List<Map<String, Object>> report(Map<String, List<String>> params) {
    String client = client(params);
    CountyId county = county(params);
    List<Problem> problems = new ArrayList<>();
    String serviceCode = text(params, "service_code", ID_MAX, problems);
    String description = text(params, "description", DESCRIPTION_MAX, problems);
    String lat = text(params, "lat", 64, problems);
    String lon = text(params, "long", 64, problems);
    String addressId = text(params, "address_id", ID_MAX, problems);
    String addressString = text(params, "address_string", CONTACT_MAX, problems);
    Open311Contact contact = new Open311Contact(text(params, "account_id", CONTACT_MAX, problems),
        text(params, "email", CONTACT_MAX, problems), text(params, "phone", CONTACT_MAX, problems),
        text(params, "device_id", CONTACT_MAX, problems), text(params, "first_name", CONTACT_MAX, problems),
        text(params, "last_name", CONTACT_MAX, problems));
    text(params, "media_url", MEDIA_URL_MAX, problems);
    long attributes = params.keySet().stream().filter(name -> name.startsWith("attribute[")).count();
    if (attributes > ATTRIBUTES_MAX) {
      problems.add(new Problem(400, "at most " + ATTRIBUTES_MAX + " attribute arguments are accepted"));
    }
    if (serviceCode == null && absent(single(params, "service_code"))) {
      problems.add(new Problem(400, "service_code is required"));
    }
    if (description == null && absent(single(params, "description"))) {
      problems.add(new Problem(400, "description is required"));
    }
    Place place = null;
    if (lat != null || lon != null) {
      if (lat == null || lon == null) {
        problems.add(new Problem(400, "lat and long must be sent together"));
      } else {
        Double latitude = number(lat, "lat", problems);
        Double longitude = number(lon, "long", problems);
        if (latitude != null && longitude != null) {
          place = located(() -> locator.locate(county, latitude, longitude), problems);
        }
      }
    } else if (addressId != null) {
      place = located(() -> locator.unit(county, addressId), problems);
    } else if (addressString != null) {
      problems.add(new Problem(400, "address_string alone cannot be placed in a grid: send lat and long, or "
          + "address_id (a unit id)"));
    } else {
      problems.add(new Problem(400, "a location is required: lat and long, or address_id"));
    }
    if (!problems.isEmpty()) {
      throw new Open311Exception(400, problems);
    }
    Category category = category(county, serviceCode);
    PersonId reporter = reporters.reporterOf(client, contact);
    RequestId id = RequestId.of("o311-" + random());
    RequestCommand report = new RequestCommand.Report(CommandId.of("o311-" + random()), id,
        Actor.citizen(reporter), reporter, place, category, description, Urgency.NORMAL, null, null);
    CommandOutcome outcome = engine.handle(report);
    if (!(outcome instanceof CommandOutcome.Applied applied)) {
      String reason = outcome instanceof CommandOutcome.Refused refused ? refused.reason().name() : "not applied";
      LOG.warn("Open311 report of client {} at grid {} was refused: {}", client, place.grid(), reason);
      throw Open311Exception.badRequest("the report could not be filed (" + reason + ")");
    }
    LOG.info("Open311 report {} filed by client {} at grid {}", id, client, place.grid());
    Request request = applied.request();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("service_request_id", id.value());
    answer.put("service_notice", "Filed at grid " + place.grid().value()
        + request.stepDeadline().map(d -> ", to be accepted by " + datetime(d)).orElse(""));
    // The client's own account id, as the spec answers it; masked (Masking.text) should it be a national ID or
    // phone number, which an answer never carries in clear.
    answer.put("account_id", contact.accountId() == null ? null : Masking.text(contact.accountId()));
    return List.of(answer);
  }

  private interface Locating {
    GeoLocator.Location locate();
  }

  private static Place located(Locating locating, List<Problem> problems) {
    try {
      return locating.locate().place();
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(400, e.getMessage()));
      return null;
    }
  }

  private Category category(CountyId county, String serviceCode) {
    Category category;
    try {
      category = Category.of(serviceCode);
    } catch (IllegalArgumentException e) {
      throw Open311Exception.notFound("service_code was not found in jurisdiction " + county.value());
    }
    if (!routes(county).containsKey(category)) {
      throw Open311Exception.notFound("service_code was not found in jurisdiction " + county.value());
    }
    return category;
  }

  /** The client whose api_key the arguments carry, compared in constant time with every configured key. */
  private String client(Map<String, List<String>> params) {
    String key = single(params, "api_key");
    if (key == null) {
      throw Open311Exception.forbidden("api_key is required to post a request");
    }
    byte[] sent = key.getBytes(StandardCharsets.UTF_8);
    String found = null;
    for (Map.Entry<String, byte[]> client : keys.entrySet()) {
      if (MessageDigest.isEqual(sent, client.getValue()) && found == null) {
        found = client.getKey();
      }
    }
    if (found == null) {
      throw Open311Exception.forbidden("api_key is not valid: a request cannot be posted with it");
    }
    if (reporters == null) {
      throw new IllegalStateException("no Open311Reporters: set grid.open311.pseudonym-key");
    }
    return found;
  }

  // ---- GET requests and GET requests/{id} -----------------------------------------------------------------------

  /** One request, by its id in the path. */
  List<Map<String, Object>> request(String requestId, Map<String, List<String>> params) {
    CountyId county = county(params);
    boolean extensions = extensions(params);
    RequestId id = requestId(requestId);
    Request request = requests.findById(id)
        .filter(r -> r.report().place().county().equals(county))
        .orElseThrow(() -> Open311Exception.notFound("service_request_id " + id.value() + " was not found"));
    return List.of(view(request, extensions));
  }

  /** The request list: by ids, or by window, service codes and statuses. */
  List<Map<String, Object>> requests(Map<String, List<String>> params) {
    CountyId county = county(params);
    boolean extensions = extensions(params);
    String ids = single(params, "service_request_id");
    List<Request> found;
    if (ids != null) {
      List<RequestId> wanted = new ArrayList<>();
      for (String part : ids.split(",", -1)) {
        wanted.add(requestId(part.strip()));
      }
      if (wanted.size() > RequestListQuery.MAX_RESULTS) {
        throw Open311Exception.badRequest("service_request_id may list at most " + RequestListQuery.MAX_RESULTS
            + " ids");
      }
      found = lists.byIds(county, List.copyOf(new LinkedHashSet<>(wanted)));
    } else {
      Set<Category> codes = new LinkedHashSet<>();
      String serviceCodes = single(params, "service_code");
      if (serviceCodes != null) {
        for (String code : serviceCodes.split(",", -1)) {
          codes.add(category(county, code.strip()));
        }
      }
      Set<Boolean> open = statuses(single(params, "status"));
      Instant[] window = window(params);
      Predicate<Request> filter = r -> (codes.isEmpty() || codes.contains(r.category()))
          && open.contains(r.state().isOpen());
      found = lists.reportedBetween(county, window[0], window[1], filter);
    }
    List<Map<String, Object>> views = new ArrayList<>();
    found.forEach(r -> views.add(view(r, extensions)));
    return views;
  }

  private static Set<Boolean> statuses(String status) {
    if (status == null) {
      return Set.of(true, false);
    }
    Set<Boolean> open = new LinkedHashSet<>();
    for (String part : status.split(",", -1)) {
      switch (part.strip()) {
        case "open" -> open.add(true);
        case "closed" -> open.add(false);
        default -> throw Open311Exception.badRequest("status must be open, closed or both, comma delimited");
      }
    }
    return open;
  }

  /** The window of {@code GET requests}: the spec's default of the last 90 days, and its bound of 90 days. */
  private Instant[] window(Map<String, List<String>> params) {
    Instant start = date(single(params, "start_date"), "start_date");
    Instant end = date(single(params, "end_date"), "end_date");
    if (start == null && end == null) {
      end = clock.instant();
    }
    if (start == null) {
      start = end.minus(RequestListQuery.MAX_SPAN);
    } else if (end == null) {
      end = start.plus(RequestListQuery.MAX_SPAN);
    }
    if (end.isBefore(start)) {
      throw Open311Exception.badRequest("end_date must not be before start_date");
    }
    if (start.plus(RequestListQuery.MAX_SPAN).isBefore(end)) {
      throw Open311Exception.badRequest("start_date and end_date must not span more than "
          + RequestListQuery.MAX_SPAN.toDays() + " days");
    }
    return new Instant[] {start, end};
  }

  private static Instant date(String text, String field) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw Open311Exception.badRequest(field + " must be a w3 date and time with its zone, e.g. "
          + "2010-01-01T00:00:00Z");
    }
  }

  private static boolean extensions(Map<String, List<String>> params) {
    String extensions = single(params, "extensions");
    if (extensions == null || extensions.equals("false")) {
      return false;
    }
    if (extensions.equals("true")) {
      return true;
    }
    throw Open311Exception.badRequest("extensions must be true or false");
  }

  private static RequestId requestId(String text) {
    try {
      return RequestId.of(text);
    } catch (IllegalArgumentException e) {
      throw Open311Exception.badRequest("service_request_id is not a valid id");
    }
  }

  /** A request as the spec's fields; with extensions, grid's tier, holder, state and deadlines besides. */
  private Map<String, Object> view(Request request, boolean extensions) {
    Place place = request.report().place();
    boolean open = request.state().isOpen();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("service_request_id", request.id().value());
    view.put("status", open ? "open" : "closed");
    view.put("status_notes", notes(request));
    view.put("service_name", request.category().code());
    view.put("service_code", request.category().code());
    view.put("description", Masking.text(request.report().description()));
    view.put("agency_responsible", agency(request.holder()));
    view.put("service_notice", null);
    view.put("requested_datetime", datetime(RequestListQuery.reportedAt(request)));
    view.put("updated_datetime", datetime(request.history().get(request.history().size() - 1).at()));
    view.put("expected_datetime", open ? request.stepDeadline().map(this::datetime).orElse(null) : null);
    view.put("address", place.grid().value() + ", " + place.village().value() + ", " + place.district().value()
        + ", " + place.township().value() + ", " + place.county().value());
    view.put("address_id", null);
    view.put("zipcode", null);
    double[] centre = locator.centreOf(place).orElse(null);
    view.put("lat", centre == null ? null : round(centre[0]));
    view.put("long", centre == null ? null : round(centre[1]));
    view.put("media_url", null);
    if (extensions) {
      Map<String, Object> extended = new LinkedHashMap<>();
      extended.put("state", lower(request.state().name()));
      extended.put("tier", lower(request.tier().name()));
      extended.put("holder", request.holder().unit());
      extended.put("grid", place.grid().value());
      extended.put("deadline_kind", request.stepKind().map(k -> lower(k.name())).orElse(null));
      extended.put("deadline", request.stepDeadline().map(this::datetime).orElse(null));
      extended.put("on_site_deadline", request.onSiteDeadline().map(this::datetime).orElse(null));
      extended.put("reminded", request.reminded());
      view.put("extended_attributes", extended);
    }
    return view;
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }

  private static String notes(Request request) {
    return switch (request.state()) {
      case REPORTED -> "Reported; the grid is to accept it.";
      case ACCEPTED -> "Accepted and being handled.";
      case SUSPENDED -> "Paused while the handler waits on the reporter.";
      case RESOLVED -> "Resolved; the result is to be told to the reporter.";
      case FEEDBACK_GIVEN -> "The result was told to the reporter, who may rate it.";
      case CLOSED -> "Closed.";
      case WITHDRAWN -> "Withdrawn by the reporter.";
      case DUPLICATE -> "Duplicate request" + request.duplicateOf().map(d -> " of " + d.value()).orElse("") + ".";
    };
  }

  private static String agency(Office holder) {
    return lower(holder.tier().name()).replace('_', ' ') + " " + holder.unit();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private String datetime(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  // ---- arguments ------------------------------------------------------------------------------------------------

  /** The county the arguments name: jurisdiction_id, optional when exactly one county is served. */
  private CountyId county(Map<String, List<String>> params) {
    String jurisdiction = single(params, "jurisdiction_id");
    if (jurisdiction == null) {
      if (counties.size() == 1) {
        return counties.iterator().next();
      }
      if (counties.isEmpty()) {
        throw Open311Exception.notFound("this endpoint serves no jurisdiction yet");
      }
      throw Open311Exception.badRequest("jurisdiction_id is required: this endpoint serves several counties");
    }
    for (CountyId county : counties) {
      if (county.value().equals(jurisdiction)) {
        return county;
      }
    }
    throw Open311Exception.notFound("jurisdiction_id was not found: it names no county served here");
  }

  /** One argument: null when absent or empty (the spec's optional arguments); refused when sent twice. */
  static String single(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    if (values == null) {
      return null;
    }
    List<String> sent = values.stream().filter(v -> v != null && !v.isEmpty()).toList();
    if (sent.size() > 1) {
      throw Open311Exception.badRequest(name + " must be sent once");
    }
    return sent.isEmpty() ? null : sent.get(0);
  }

  /** A text argument, checked for length and control characters; problems are collected. */
  private static String text(Map<String, List<String>> params, String name, int max, List<Problem> problems) {
    String value = single(params, name);
    if (absent(value)) {
      return null;
    }
    if (value.length() > max) {
      problems.add(new Problem(400, name + " must have at most " + max + " characters"));
      return null;
    }
    if (CONTROL.matcher(value).find()) {
      problems.add(new Problem(400,
          name + " must not contain control characters other than tab and line breaks, nor U+FFFE or U+FFFF"));
      return null;
    }
    return value;
  }

  /**
   * Whether an argument says nothing: not sent, or only characters that show nothing ({@link NotBlankText}: spaces of
   * every kind, zero-width and format characters, tabs and line breaks). A control character other than those is not
   * absent: {@link #text} refuses it.
   */
  private static boolean absent(String value) {
    return value == null || !NotBlankText.Validator.hasVisibleCharacter(value) && !CONTROL.matcher(value).find();
  }

  private static Double number(String text, String name, List<Problem> problems) {
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value) || !text.matches("[+-]?[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?")) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(new Problem(400, name + " must be a decimal number of degrees"));
      return null;
    }
  }

  private static String random() {
    byte[] bytes = new byte[10];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
