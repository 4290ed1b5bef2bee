package org.grid.spring.boot.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.grid.adapters.json.InputLimits;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.jurisdiction.HouseholdRegisterJsonReader;
import org.grid.adapters.json.team.ServedGridsJsonReader;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.pairing.PairingPlan;
import org.grid.core.model.pairing.PairingPolicy;
import org.grid.core.model.pairing.UnpairedHousehold;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamPolicy;
import org.grid.core.model.team.TeamProposal;
import org.grid.core.model.team.TeamScope;
import org.grid.core.model.team.TeamViolation;
import org.grid.core.port.in.ComputeComplianceCommand;
import org.grid.core.port.in.ComputeComplianceUseCase;
import org.grid.core.port.in.PairHouseholdsCommand;
import org.grid.core.port.in.PairHouseholdsUseCase;
import org.grid.core.port.in.ProposeTeamsCommand;
import org.grid.core.port.in.ProposeTeamsUseCase;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.TownshipRepository;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Place;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.model.QueryOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A township's service teams, pairing and duty compliance (组团式服务、联系结对、履职考核) in grid's REST API, over
 * {@link ProposeTeamsUseCase}, {@link PairHouseholdsUseCase} and {@link ComputeComplianceUseCase} and the stored
 * township, roster, teams and duty log. Who may call them is the engine's to say ({@link
 * RequestAuthorization#checkTownshipOffice}: staff of the township's or its county's grid office, confirmed by the
 * staff directory); this class decides nothing. Bodies are the command line's documents (the plan, the household
 * register; docs/formats.md), read strictly with every problem's JSON path. Answers carry person and household ids,
 * never names or care tags. docs/rest-api.md describes the endpoints.
 */
@RestController
@RequestMapping(path = "${grid.web.base-path:/grid/api}/townships/{township}",
    produces = MediaType.APPLICATION_JSON_VALUE)
class GridTownshipController {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ProposeTeamsUseCase teams;
  private final PairHouseholdsUseCase pairing;
  private final ComputeComplianceUseCase compliance;
  private final TownshipRepository townships;
  private final TeamRepository storedTeams;
  private final PlaceDirectory places;
  private final UnitOfWork unitOfWork;
  private final RequestAuthorization authorization;
  private final GridCallers callers;
  private final Clock clock;

  GridTownshipController(ProposeTeamsUseCase teams, PairHouseholdsUseCase pairing,
      ComputeComplianceUseCase compliance, TownshipRepository townships, TeamRepository storedTeams,
      PlaceDirectory places, UnitOfWork unitOfWork, RequestAuthorization authorization, GridCallers callers,
      Clock clock) {
    this.teams = requireNonNull(teams, "teams");
    this.pairing = requireNonNull(pairing, "pairing");
    this.compliance = requireNonNull(compliance, "compliance");
    this.townships = requireNonNull(townships, "townships");
    this.storedTeams = requireNonNull(storedTeams, "storedTeams");
    this.places = requireNonNull(places, "places");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.authorization = requireNonNull(authorization, "authorization");
    this.callers = requireNonNull(callers, "callers");
    this.clock = requireNonNull(clock, "clock");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Endpoints

  @GetMapping("/grids")
  ResponseEntity<String> grids(HttpServletRequest http, @PathVariable("township") String id) {
    Township township = township(http, id);
    List<Place> current = new java.util.ArrayList<>(unitOfWork.inTransaction(
        () -> places.placesOf(township.county(), township.id())));
    current.sort(java.util.Comparator.comparing((Place p) -> p.district().value())
        .thenComparing(p -> p.village().value()).thenComparing(p -> p.grid().value()));
    ObjectNode root = MAPPER.createObjectNode().put("township", township.id().value())
        .put("county", township.county().value());
    ArrayNode array = root.putArray("grids");
    for (Place p : current) {
      array.addObject().put("grid", p.grid().value()).put("village", p.village().value())
          .put("district", p.district().value());
    }
    return json(root);
  }

  @GetMapping("/teams")
  ResponseEntity<String> storedTeams(HttpServletRequest http, @PathVariable("township") String id) {
    Township township = township(http, id);
    List<Team> stored = unitOfWork.inTransaction(() -> storedTeams.findByTownship(township.id()));
    ObjectNode root = MAPPER.createObjectNode().put("township", township.id().value());
    ArrayNode array = root.putArray("teams");
    stored.forEach(team -> team(array.addObject(), team));
    return json(root);
  }

  @PostMapping(path = "/teams/proposal", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> proposeTeams(HttpServletRequest http, @PathVariable("township") String id,
      @RequestBody String plan) {
    Township township = township(http, id);
    List<ServedGrid> grids = grids(township, plan.getBytes(StandardCharsets.UTF_8), "$");
    ProposeTeamsUseCase.Outcome outcome = run(() -> teams.propose(new ProposeTeamsCommand(township.id(), grids,
        TeamPolicy.defaults(), OffsetDateTime.now(clock))));
    if (outcome instanceof ProposeTeamsUseCase.UnknownTownship) {
      throw unknown(township.id());
    }
    ProposeTeamsUseCase.Proposed proposed = (ProposeTeamsUseCase.Proposed) outcome;
    TeamProposal proposal = proposed.proposal();
    ObjectNode root = MAPPER.createObjectNode().put("township", township.id().value())
        .put("complete", proposal.complete()).put("stored", proposed.stored());
    ArrayNode array = root.putArray("teams");
    proposal.teams().forEach(team -> team(array.addObject(), team));
    ArrayNode shortfalls = root.putArray("shortfalls");
    for (TeamViolation violation : proposal.shortfalls()) {
      ObjectNode v = shortfalls.addObject().put("rule", violation.rule().name());
      ArrayNode teamIds = v.putArray("teams");
      violation.teams().forEach(t -> teamIds.add(t.value()));
      people(v.putArray("people"), violation.people());
      v.put("message", violation.message());
    }
    return json(root);
  }

  @PostMapping(path = "/pairings", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> pair(HttpServletRequest http, @PathVariable("township") String id,
      @RequestBody String households) {
    Township township = township(http, id);
    HouseholdRegister register = register(township, households.getBytes(StandardCharsets.UTF_8), "$");
    PairHouseholdsUseCase.Outcome outcome = run(() -> pairing.pair(new PairHouseholdsCommand(township.id(),
        register, PairingPolicy.defaults())));
    if (outcome instanceof PairHouseholdsUseCase.UnknownTownship) {
      throw unknown(township.id());
    }
    PairingPlan plan = ((PairHouseholdsUseCase.Paired) outcome).plan();
    ObjectNode root = MAPPER.createObjectNode().put("township", township.id().value())
        .put("households", plan.coverage().households()).put("paired", plan.coverage().paired())
        .put("ratio", plan.coverage().ratio());
    ArrayNode pairings = root.putArray("pairings");
    for (Pairing p : plan.pairings()) {
      pairings.addObject().put("household", p.household().value()).put("pairer", p.pairer().value())
          .put("village", p.village().value());
    }
    ArrayNode unpaired = root.putArray("unpaired");
    for (UnpairedHousehold household : plan.unpaired()) {
      unpaired.addObject().put("household", household.household().value())
          .put("village", household.village().map(v -> v.value()).orElse(null))
          .put("reason", household.reason().name()).put("message", household.message());
    }
    return json(root);
  }

  @PostMapping(path = "/compliance", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> compliance(HttpServletRequest http, @PathVariable("township") String id,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to, @RequestBody String body) {
    Township township = township(http, id);
    DutyPeriod period = period(from, to);
    JsonNode root = GridPlanController.tree(body);
    if (root == null || !root.isObject() || !root.has("plan") || !root.has("households") || root.size() != 2) {
      throw ApiProblem.badInput("$", "must be an object with exactly the fields plan and households");
    }
    List<ServedGrid> grids = grids(township, GridPlanController.bytes(root.get("plan")), "$.plan");
    HouseholdRegister register = register(township, GridPlanController.bytes(root.get("households")),
        "$.households");
    ComplianceReport report = run(() -> compliance.compute(new ComputeComplianceCommand(township.id(), grids,
        register, period, DutyPolicy.defaults())));
    ObjectNode out = MAPPER.createObjectNode().put("township", township.id().value())
        .put("from", report.period().from().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .put("to", report.period().to().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    ArrayNode rules = out.putArray("rules");
    for (DutyRule rule : DutyRule.values()) {
      tally(rules.addObject().put("rule", rule.name()), report.tally(rule));
    }
    tally(out.putObject("overall"), report.overall());
    ArrayNode missed = out.putArray("missed");
    for (MissedDuty duty : report.missed()) {
      ObjectNode m = missed.addObject().put("rule", duty.rule().name()).put("period", duty.period());
      people(m.putArray("who"), duty.who());
      m.put("team", duty.team().map(t -> t.value()).orElse(null));
      m.put("household", duty.household().map(h -> h.value()).orElse(null));
      m.put("grid", duty.grid().map(g -> g.value()).orElse(null));
      m.put("village", duty.village().map(v -> v.value()).orElse(null));
      m.put("entry", duty.entry().map(e -> e.value()).orElse(null));
      m.put("message", duty.message());
    }
    return json(out);
  }

  // ---------------------------------------------------------------------------------------------------------
  // The caller and the township

  /**
   * The stored township the caller may work on: the engine's check first (who the caller is, at which office),
   * then the township; an unknown township and one the caller's office does not answer for read the same (404).
   */
  private Township township(HttpServletRequest http, String id) {
    Actor actor = callers.actor(http);
    TownshipId townshipId = Params.required(id, "path township", TownshipId::of);
    return unitOfWork.inTransaction(() -> {
      Optional<Township> found = townships.findById(townshipId);
      Optional<QueryOutcome.Refused<Void>> refused = authorization.checkTownshipOffice(actor, townshipId,
          found.map(Township::county), clock.instant());
      if (refused.isPresent()) {
        throw Refusals.problem(refused.get().reason(), refused.get().message(), "township");
      }
      return found.orElseThrow();
    });
  }

  private static ApiProblem unknown(TownshipId township) {
    return Refusals.problem(org.grid.escalation.model.RefusalReason.NOT_FOUND, "no township " + township,
        "township");
  }

  private static DutyPeriod period(String from, String to) {
    OffsetDateTime start = offsetTime(Params.required(from, "query from", s -> s), "query from");
    OffsetDateTime end = offsetTime(Params.required(to, "query to", s -> s), "query to");
    if (!end.toInstant().isAfter(start.toInstant())) {
      throw ApiProblem.badInput("query to", "must be after from");
    }
    return new DutyPeriod(start, end);
  }

  /** A time with its offset, in the years the JSON readers accept (as the command line's {@code --from}). */
  private static OffsetDateTime offsetTime(String text, String location) {
    OffsetDateTime time;
    try {
      time = OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badInput(location, "must be an ISO 8601 time with its offset such as 2026-01-01T00:00:00+08:00");
    }
    InputLimits limits = InputLimits.configured();
    if (!limits.allows(time)) {
      throw ApiProblem.badInput(location, "must be in a year " + limits.yearRange());
    }
    return time;
  }

  private static List<ServedGrid> grids(Township township, byte[] json, String location) {
    try {
      return ServedGridsJsonReader.create(township).read(new ByteArrayInputStream(json), location);
    } catch (JsonInputException e) {
      throw GridPlanController.problems(e, location);
    }
  }

  private static HouseholdRegister register(Township township, byte[] json, String location) {
    try {
      return HouseholdRegisterJsonReader.create(township).read(new ByteArrayInputStream(json), location);
    } catch (JsonInputException e) {
      throw GridPlanController.problems(e, location);
    }
  }

  private static <T> T run(java.util.function.Supplier<T> useCase) {
    try {
      return useCase.get();
    } catch (IllegalArgumentException e) {
      // The use case's validation: the message names the field or entry and its problem.
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad-input", "The input is not valid", e.getMessage());
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // JSON

  private static void team(ObjectNode t, Team team) {
    t.put("id", team.id().value()).put("level", team.level().name());
    ObjectNode scope = t.putObject("scope");
    if (team.scope() instanceof TeamScope.VillageGrid grid) {
      scope.put("grid", grid.grid().value()).put("village", grid.village().value());
    } else if (team.scope() instanceof TeamScope.District district) {
      scope.put("district", district.district().value());
    } else if (team.scope() instanceof TeamScope.Township township) {
      scope.put("township", township.township().value());
    }
    t.put("leader", team.leader().map(PersonId::value).orElse(null));
    people(t.putArray("backbone"), team.backbone());
    people(t.putArray("others"), team.others());
    t.put("informationOfficer", team.informationOfficer().map(PersonId::value).orElse(null));
    ObjectNode roles = t.putObject("dutyRoles");
    team.dutyRoles().forEach((role, holder) -> roles.put(role.name(), holder.value()));
    t.put("composedAt", team.composedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  private static void tally(ObjectNode t, Tally tally) {
    t.put("due", tally.due()).put("done", tally.done()).put("ratio", tally.ratio());
  }

  private static void people(ArrayNode array, Iterable<PersonId> ids) {
    ids.forEach(id -> array.add(id.value()));
  }

  private static ResponseEntity<String> json(ObjectNode root) {
    try {
      return ResponseEntity.ok(MAPPER.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of grid's own writes", e);
    }
  }
}
