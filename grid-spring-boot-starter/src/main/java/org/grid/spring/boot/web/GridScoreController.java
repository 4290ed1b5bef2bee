package org.grid.spring.boot.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;
import org.grid.adapters.json.assessment.GridMeasuresJsonReader;
import org.grid.adapters.json.assessment.KnowledgeChecksJsonReader;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.Scorecard;
import org.grid.assessment.model.ScorecardMetric;
import org.grid.assessment.port.in.ScoreGridsCommand;
import org.grid.assessment.port.in.ScoreGridsUseCase;
import org.grid.assessment.port.in.ScoreKnowledgeChecksCommand;
import org.grid.assessment.port.in.ScoreKnowledgeChecksUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scores computed from the body alone (考核计分) in grid's REST API: the grids' scorecards and ranks from their
 * measures (网格考核排名, {@link ScoreGridsUseCase}) and the service-team members' knowledge checks (应知应会, {@link
 * ScoreKnowledgeChecksUseCase}), with the rulebook's default weights. Nothing is read or stored, so, as for the
 * plans, any authenticated grid person may call them. The bodies are the command line's documents (docs/formats.md),
 * read strictly with every problem's JSON path. docs/rest-api.md describes the endpoints.
 */
@RestController
@RequestMapping(path = "${grid.web.base-path:/grid/api}/scores", produces = MediaType.APPLICATION_JSON_VALUE)
class GridScoreController {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ScoreGridsUseCase grids;
  private final ScoreKnowledgeChecksUseCase knowledge;
  private final GridCallers callers;

  GridScoreController(ScoreGridsUseCase grids, ScoreKnowledgeChecksUseCase knowledge, GridCallers callers) {
    this.grids = requireNonNull(grids, "grids");
    this.knowledge = requireNonNull(knowledge, "knowledge");
    this.callers = requireNonNull(callers, "callers");
  }

  @PostMapping(path = "/grids", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> scorecards(HttpServletRequest http, @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to, @RequestBody String body) {
    callers.actor(http);
    AssessmentPeriod period = period(from, to);
    List<Scorecard> cards = run(() -> grids.score(ScoreGridsCommand.withDefaults(period,
        read(GridMeasuresJsonReader.create(), body))));
    ObjectNode root = document(period);
    ArrayNode array = root.putArray("grids");
    for (Scorecard card : cards) {
      ObjectNode grid = array.addObject().put("grid", card.measures().grid().value())
          .put("township", card.measures().township()).put("rank", card.rank());
      ObjectNode measures = grid.putObject("measures");
      for (ScorecardMetric metric : ScorecardMetric.values()) {
        measures.put(metric.name(), card.measures().values().get(metric));
      }
      GridAssessmentController.score(grid.putObject("score"), card.score());
    }
    return json(root);
  }

  @PostMapping(path = "/knowledge-checks", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> knowledgeChecks(HttpServletRequest http,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to, @RequestBody String body) {
    callers.actor(http);
    AssessmentPeriod period = period(from, to);
    List<Score> scores = run(() -> knowledge.score(ScoreKnowledgeChecksCommand.withDefaults(period,
        read(KnowledgeChecksJsonReader.create(), body))));
    ObjectNode root = document(period);
    ArrayNode array = root.putArray("members");
    scores.forEach(score -> GridAssessmentController.score(array.addObject(), score));
    return json(root);
  }

  private static AssessmentPeriod period(String from, String to) {
    LocalDate start = GridAssessmentController.date(from, "query from");
    LocalDate end = GridAssessmentController.date(to, "query to");
    if (!end.isAfter(start)) {
      throw ApiProblem.badInput("query to", "must be after from");
    }
    return new AssessmentPeriod(start, end);
  }

  private static <T> T read(JsonReader<T> reader, String body) {
    try {
      return reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "$");
    } catch (JsonInputException e) {
      throw GridPlanController.problems(e, "$");
    }
  }

  private static <T> T run(java.util.function.Supplier<T> useCase) {
    try {
      return useCase.get();
    } catch (IllegalArgumentException e) {
      // The use case's validation: the message names the grid or member and its problem.
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad-input", "The input is not valid", e.getMessage());
    }
  }

  private static ObjectNode document(AssessmentPeriod period) {
    return MAPPER.createObjectNode().put("from", period.start().toString()).put("to", period.end().toString());
  }

  private static ResponseEntity<String> json(ObjectNode root) {
    try {
      return ResponseEntity.ok(MAPPER.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of grid's own writes", e);
    }
  }
}
