package org.grid.spring.boot.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.grid.adapters.json.InputLimits;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.assessment.PartyMembersJsonReader;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.LineItem;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.Score;
import org.grid.assessment.port.in.AssessRequestsCommand;
import org.grid.assessment.port.in.AssessRequestsUseCase;
import org.grid.assessment.port.in.ScorePartyMembersCommand;
import org.grid.assessment.port.in.ScorePartyMembersUseCase;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.QueryOutcome;
import org.grid.escalation.model.RefusalReason;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessments of a county over a period in grid's REST API: the two-way assessment (双向考核) of its requests,
 * over {@link AssessRequestsUseCase} (the offices that handled the period's requests and the grids that reported
 * them, scored by the stored rule sets from the engine's records, and stored), and the party members' points and
 * grades (党员积分考评), over {@link ScorePartyMembersUseCase} (the members named in the body, each scored by the
 * stored rule set of their class from the duty records and the requests they handled, graded per village, and
 * stored). Who may call is the engine's check ({@link
 * RequestAuthorization#checkCountyOffice}: staff of the county's grid office); this class decides nothing. The
 * county is the one the starter assesses ({@code grid.county}); another reads as unknown. docs/rest-api.md
 * describes the endpoint.
 */
@RestController
@RequestMapping(path = "${grid.web.base-path:/grid/api}/counties/{county}",
    produces = MediaType.APPLICATION_JSON_VALUE)
class GridAssessmentController {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final AssessRequestsUseCase twoWay;
  private final ScorePartyMembersUseCase partyMembers;
  private final CountyId assessed;
  private final UnitOfWork unitOfWork;
  private final RequestAuthorization authorization;
  private final GridCallers callers;
  private final Clock clock;

  GridAssessmentController(AssessRequestsUseCase twoWay, ScorePartyMembersUseCase partyMembers, CountyId assessed,
      UnitOfWork unitOfWork, RequestAuthorization authorization, GridCallers callers, Clock clock) {
    this.twoWay = requireNonNull(twoWay, "twoWay");
    this.partyMembers = requireNonNull(partyMembers, "partyMembers");
    this.assessed = requireNonNull(assessed, "assessed");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.authorization = requireNonNull(authorization, "authorization");
    this.callers = requireNonNull(callers, "callers");
    this.clock = requireNonNull(clock, "clock");
  }

  @PostMapping("/two-way-assessment")
  ResponseEntity<String> assess(HttpServletRequest http, @PathVariable("county") String id,
      @RequestHeader(name = GridRequestController.IDEMPOTENCY_KEY, required = false) String key,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) {
    String commandId = commandId(key);
    CountyId county = checkedCounty(http, id);
    AssessmentPeriod period = period(from, to);
    LocalDate start = period.start();
    LocalDate end = period.end();
    AssessRequestsUseCase.Outcome outcome;
    try {
      outcome = twoWay.assess(AssessRequestsCommand.of(commandId, period));
    } catch (IllegalArgumentException e) {
      throw badInput(e);
    }
    if (outcome instanceof AssessRequestsUseCase.MissingRuleSets missing) {
      throw missingRuleSets(missing.subjectKinds());
    }
    AssessRequestsUseCase.Assessed scores = (AssessRequestsUseCase.Assessed) outcome;
    ObjectNode root = MAPPER.createObjectNode().put("county", county.value()).put("from", start.toString())
        .put("to", end.toString());
    scores(root.putArray("handlers"), scores.handlers());
    scores(root.putArray("reporters"), scores.reporters());
    return json(root);
  }

  @PostMapping(path = "/party-member-scores", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> scorePartyMembers(HttpServletRequest http, @PathVariable("county") String id,
      @RequestHeader(name = GridRequestController.IDEMPOTENCY_KEY, required = false) String key,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to, @RequestBody String body) {
    String commandId = commandId(key);
    CountyId county = checkedCounty(http, id);
    AssessmentPeriod period = period(from, to);
    List<PartyMember> members;
    try {
      members = PartyMembersJsonReader.create().read(
          new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "$");
    } catch (JsonInputException e) {
      throw GridPlanController.problems(e, "$");
    }
    ScorePartyMembersUseCase.Outcome outcome;
    try {
      outcome = partyMembers.score(new ScorePartyMembersCommand(commandId, period, members));
    } catch (IllegalArgumentException e) {
      throw badInput(e);
    }
    if (outcome instanceof ScorePartyMembersUseCase.MissingRuleSets missing) {
      throw missingRuleSets(missing.subjectKinds());
    }
    ObjectNode root = MAPPER.createObjectNode().put("county", county.value())
        .put("from", period.start().toString()).put("to", period.end().toString());
    ArrayNode array = root.putArray("members");
    for (GradedMember graded : ((ScorePartyMembersUseCase.Graded) outcome).results()) {
      ObjectNode member = array.addObject().put("member", graded.member().id().value())
          .put("village", graded.member().village().value())
          .put("class", graded.member().memberClass().name())
          .put("grade", graded.grade().name())
          .put("cutByExcellentCap", graded.cutByExcellentCap());
      score(member.putObject("score"), graded.score());
    }
    return json(root);
  }

  private static String commandId(String key) {
    if (key == null) {
      throw ApiProblem.badInput("header " + GridRequestController.IDEMPOTENCY_KEY,
          "is required: it is the assessment's command id");
    }
    return Params.required(key, "header " + GridRequestController.IDEMPOTENCY_KEY, CommandId::of).value();
  }

  /** The county of the path, once the engine has confirmed the caller is staff of its grid office. */
  private CountyId checkedCounty(HttpServletRequest http, String id) {
    Actor actor = callers.actor(http);
    CountyId county = Params.required(id, "path county", CountyId::of);
    Optional<QueryOutcome.Refused<Void>> refused = unitOfWork.inTransaction(
        () -> authorization.checkCountyOffice(actor, county, clock.instant()));
    if (refused.isPresent()) {
      throw Refusals.problem(refused.get().reason(), refused.get().message(), "county");
    }
    if (!county.equals(assessed)) {
      throw Refusals.problem(RefusalReason.NOT_FOUND, "this application assesses another county", "county");
    }
    return county;
  }

  private static AssessmentPeriod period(String from, String to) {
    LocalDate start = date(from, "query from");
    LocalDate end = date(to, "query to");
    if (!end.isAfter(start)) {
      throw ApiProblem.badInput("query to", "must be after from");
    }
    return new AssessmentPeriod(start, end);
  }

  private static ResponseEntity<String> json(ObjectNode root) {
    try {
      return ResponseEntity.ok(MAPPER.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of grid's own writes", e);
    }
  }

  /** A date, in the years the JSON readers accept (as the command line's dates and the compliance's times). */
  static LocalDate date(String text, String location) {
    String value = Params.required(text, location, s -> s);
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badInput(location, "must be an ISO 8601 date such as 2026-01-01");
    }
    InputLimits limits = InputLimits.configured();
    if (!limits.allows(date)) {
      throw ApiProblem.badInput(location, "must be in a year " + limits.yearRange());
    }
    return date;
  }

  private static void scores(ArrayNode array, List<Score> scores) {
    for (Score score : scores) {
      score(array.addObject(), score);
    }
  }

  /** A score as the API writes it: subject, rule set, total, deducted points and line items with their evidence. */
  static void score(ObjectNode s, Score score) {
    {
      s.put("subject", score.subject().value())
          .put("ruleSet", score.ruleSet().value()).put("total", score.total()).put("deducted", score.deducted());
      ArrayNode lines = s.putArray("lineItems");
      for (LineItem line : score.lineItems()) {
        ObjectNode l = lines.addObject().put("rule", line.rule().value()).put("description", line.description())
            .put("points", line.points()).put("capped", line.capped());
        ArrayNode evidence = l.putArray("evidence");
        line.evidence().forEach(e -> evidence.add(e.value()));
      }
    }
  }

  /** The problem (400) for a command the use case refused as invalid. */
  private static ApiProblem badInput(IllegalArgumentException e) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-input", "The input is not valid", e.getMessage());
  }

  /** The problem (422) for a period that no stored rule set covers for these kinds of subject. */
  private static ApiProblem missingRuleSets(Collection<String> subjectKinds) {
    return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "missing-rule-sets", "No rule set for the period",
        "no stored rule set covers the period for " + subjectKinds).with("subjectKinds", List.copyOf(subjectKinds));
  }
}
