package org.grid.spring.boot.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.adapters.json.partition.PlanJsonReader;
import org.grid.adapters.json.partition.PlanJsonWriter;
import org.grid.core.application.InvalidCommandException;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.partition.Validation;
import org.grid.core.port.in.PlanPartitionCommand;
import org.grid.core.port.in.PlanPartitionUseCase;
import org.grid.core.port.in.ValidatePlanCommand;
import org.grid.core.port.in.ValidatePlanUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plans (网格划分方案) of grid's REST API: plan a township's grids and districts, and validate a plan, over
 * {@link PlanPartitionUseCase} and {@link ValidatePlanUseCase}. Both compute from the body alone and store nothing;
 * they read and write the documents of grid's command line, in adapters-json's formats (docs/formats.md): the
 * township document in, the plan document (with its metrics and violations) out. Any authenticated grid person may
 * call them.
 */
@RestController
@RequestMapping(path = "${grid.web.base-path:/grid/api}/plans", produces = MediaType.APPLICATION_JSON_VALUE)
class GridPlanController {

  private final PlanPartitionUseCase planner;
  private final ValidatePlanUseCase validator;
  private final GridCallers callers;

  GridPlanController(PlanPartitionUseCase planner, ValidatePlanUseCase validator, GridCallers callers) {
    this.planner = requireNonNull(planner, "planner");
    this.validator = requireNonNull(validator, "validator");
    this.callers = requireNonNull(callers, "callers");
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> plan(HttpServletRequest http, @RequestBody String township,
      @RequestParam(required = false) Integer targetHouseholds,
      @RequestParam(required = false) Integer districts,
      @RequestParam(required = false, defaultValue = "false") boolean keepExisting) {
    callers.actor(http);
    Township read = township(township.getBytes(StandardCharsets.UTF_8), "$");
    PlanResult result = run(() -> planner.plan(new PlanPartitionCommand(read,
        targetHouseholds == null ? PartitionPolicy.DEFAULT_TARGET_HOUSEHOLDS : targetHouseholds,
        districts == null ? PartitionPolicy.DEFAULT_DISTRICTS : districts, keepExisting)));
    return ResponseEntity.ok(PlanJsonWriter.create().write(read, result.plan(), result.validation()));
  }

  @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> validate(HttpServletRequest http, @RequestBody String body) {
    callers.actor(http);
    JsonNode root = tree(body);
    if (root == null || !root.isObject() || !root.has("township") || !root.has("plan") || root.size() != 2) {
      throw ApiProblem.badInput("$", "must be an object with exactly the fields township and plan");
    }
    Township township = township(bytes(root.get("township")), "$.township");
    Plan plan;
    try {
      plan = PlanJsonReader.create().read(new ByteArrayInputStream(bytes(root.get("plan"))), "$.plan");
    } catch (JsonInputException e) {
      throw problems(e, "$.plan");
    }
    Validation validation = run(() -> validator.validate(new ValidatePlanCommand(township, plan)));
    return ResponseEntity.ok(PlanJsonWriter.create().write(township, plan, validation));
  }

  /**
   * Parses a body that holds documents as fields, as strictly as the documents' readers parse them (adapters-json's
   * {@link JsonInput#MAPPER}): not well-formed JSON, a key given twice (which a lenient parser would settle by
   * taking the last) and content after the value are each a 400 at {@code $}, saying which and where, never quoting
   * the body.
   */
  static JsonNode tree(String body) {
    try {
      return JsonInput.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      String message = String.valueOf(e.getOriginalMessage());
      if (message.startsWith("Duplicate field")) {
        throw ApiProblem.badInput("$", "gives a key twice in one object" + where);
      }
      if (message.startsWith("Trailing token")) {
        throw ApiProblem.badInput("$", "has content after the JSON value" + where);
      }
      throw ApiProblem.badInput("$", "is not well-formed JSON" + where);
    }
  }

  static byte[] bytes(JsonNode node) {
    try {
      return JsonInput.MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed tree writes back", e);
    }
  }

  private static Township township(byte[] json, String location) {
    try {
      return TownshipJsonReader.create().read(new ByteArrayInputStream(json), location);
    } catch (JsonInputException e) {
      throw problems(e, location);
    }
  }

  /**
   * The reader's problems (each a path and a masked message) as one 400. A document read from a field of the body
   * ({@code location} {@code $.plan}) has its paths rooted there, so that each names its place in the whole body.
   */
  static ApiProblem problems(JsonInputException e, String location) {
    java.util.function.UnaryOperator<String> rooted = path -> location.equals("$") || !path.startsWith("$")
        ? path : location + path.substring(1);
    String first = e.problems().isEmpty() ? location : rooted.apply(e.problems().get(0).path());
    return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-input", "The input is not valid", e.getMessage())
        .with("field", first)
        .with("problems", e.problems().stream()
            .map(p -> java.util.Map.of("path", rooted.apply(p.path()), "message", p.message())).toList());
  }

  private static <T> T run(java.util.function.Supplier<T> useCase) {
    try {
      return useCase.get();
    } catch (InvalidCommandException e) {
      // A number or switch of the query (targetHouseholds, districts), or the documents of the body.
      String property = e.violations().get(0).property();
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad-input", "The input is not valid", e.getMessage())
          .with("field", QUERY.contains(property) ? "query " + property : "$");
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad-input", "The input is not valid", e.getMessage());
    }
  }

  /** The command properties that the plan endpoint reads from its query. */
  private static final Set<String> QUERY = Set.of("targetHouseholds", "districts", "keepExisting");
}
