package org.grid.examples.cli;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.grid.adapters.json.JsonInput;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.KnowledgeCheckPolicy;
import org.grid.assessment.model.LineItem;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.Scorecard;
import org.grid.assessment.model.ScorecardMetric;
import org.grid.core.model.privacy.Masking;

/**
 * What {@code score} and {@code knowledge} print: scores as text (points at {@link LineItem#SCALE} places) or as
 * the JSON documents of {@code docs/assessment.md} (schemas in {@code docs/schemas/}), whose points are JSON numbers
 * of that scale.
 */
final class AssessmentOutput {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private AssessmentOutput() {}

  /** Points as printed: exactly, at 2 places ({@code 118.00}, {@code -2.50}). */
  static String points(BigDecimal points) {
    return points.setScale(LineItem.SCALE).toPlainString();
  }

  /** Prints a score's line items under a title, then its total. */
  static void printLines(PrintWriter out, String title, Score score) {
    out.println(title + ":");
    for (LineItem line : score.lineItems()) {
      out.printf("  %-24s %10s%s  %s%s%n", line.rule(), signed(line.points()), line.capped() ? " (capped)" : "",
          JsonInput.printable(Masking.text(line.description())),
          line.evidence().isEmpty() ? ""
              : "  [" + line.evidence().stream().map(EvidenceId::value).collect(Collectors.joining(" ")) + "]");
    }
    out.printf("  %-24s %10s%n", "total", points(score.total()));
  }

  private static String signed(BigDecimal points) {
    return (points.signum() > 0 ? "+" : "") + points(points);
  }

  /**
   * Returns the {@code score} document: the period, every party member's total, grade and line items and, when
   * grids were scored, every grid's rank, total, measures and line items.
   *
   * @param grids the scorecards, or null when no grids were scored (the document then has no {@code grids})
   */
  static String scoreDocument(AssessmentPeriod period, List<GradedMember> members, List<Scorecard> grids) {
    ObjectNode root = document(period);
    partyMembers(root, members);
    if (grids != null) {
      ArrayNode cards = root.putArray("grids");
      for (Scorecard card : grids) {
        ObjectNode grid = cards.addObject()
            .put("grid", card.measures().grid().value())
            .put("township", card.measures().township())
            .put("rank", card.rank())
            .put("total", scaled(card.score().total()));
        ObjectNode measures = grid.putObject("measures");
        for (ScorecardMetric metric : ScorecardMetric.values()) {
          measures.put(metric.name(), card.measures().values().get(metric));
        }
        grid.set("lineItems", lineItems(card.score()));
      }
    }
    return text(root);
  }

  private static void partyMembers(ObjectNode root, List<GradedMember> members) {
    ArrayNode partyMembers = root.putArray("partyMembers");
    for (GradedMember result : members) {
      ObjectNode member = partyMembers.addObject()
          .put("member", result.member().id().value())
          .put("village", result.member().village().value())
          .put("class", result.member().memberClass().name())
          .put("ruleSet", result.score().ruleSet().value())
          .put("total", scaled(result.score().total()))
          .put("grade", result.grade().name())
          .put("cutByExcellentCap", result.cutByExcellentCap());
      member.set("lineItems", lineItems(result.score()));
    }
  }

  /**
   * Returns the {@code assess} document: the period, the county, how many requests were read, every handling
   * office's and reporting grid's total and line items and, when members were graded, every party member as in the
   * {@code score} document.
   *
   * @param members the graded members, or null when none were (the document then has no {@code partyMembers})
   */
  static String assessDocument(AssessmentPeriod period, String county, int requests, List<Score> handlers,
      List<Score> reporters, List<GradedMember> members) {
    ObjectNode root = document(period);
    root.put("county", county).put("requests", requests);
    subjects(root.putArray("handlers"), handlers);
    subjects(root.putArray("reporters"), reporters);
    if (members != null) {
      partyMembers(root, members);
    }
    return text(root);
  }

  private static void subjects(ArrayNode out, List<Score> scores) {
    for (Score score : scores) {
      ObjectNode subject = out.addObject()
          .put("subject", score.subject().value())
          .put("ruleSet", score.ruleSet().value())
          .put("total", scaled(score.total()));
      subject.set("lineItems", lineItems(score));
    }
  }

  /** Prints every member's total and grade, and whether the village's excellent quota cut them. */
  static void printMembers(PrintWriter out, AssessmentPeriod period, List<GradedMember> results) {
    out.println("Party members, " + period + ":");
    int idWidth = 8;
    int villageWidth = 8;
    for (GradedMember result : results) {
      idWidth = Math.max(idWidth, result.member().id().value().length());
      villageWidth = Math.max(villageWidth, result.member().village().value().length());
    }
    String row = "%-" + idWidth + "s %-" + villageWidth + "s %-18s %8s  %-19s %s%n";
    out.printf(row, "member", "village", "class", "total", "grade", "note");
    for (GradedMember result : results) {
      out.printf(row, result.member().id(), result.member().village(),
          result.member().memberClass(), points(result.score().total()), result.grade(),
          result.cutByExcellentCap() ? "excellent score, over the village's 20% quota" : "");
    }
  }

  /** Returns the {@code knowledge} document: the period, the weights, and every member's total and line items. */
  static String knowledgeDocument(AssessmentPeriod period, KnowledgeCheckPolicy policy, List<Score> scores) {
    ObjectNode root = document(period);
    root.putObject("weights")
        .put("dailyReportRate", policy.dailyReportWeight())
        .put("weeklySpotChecks", policy.weeklyCheckWeight())
        .put("monthlyAssessments", policy.monthlyAssessmentWeight());
    ArrayNode members = root.putArray("members");
    for (Score score : scores) {
      ObjectNode member = members.addObject()
          .put("member", score.subject().value())
          .put("total", scaled(score.total()));
      member.set("lineItems", lineItems(score));
    }
    return text(root);
  }

  private static ObjectNode document(AssessmentPeriod period) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("period").put("start", period.start().toString()).put("end", period.end().toString());
    root.put("scale", LineItem.SCALE);
    return root;
  }

  private static ArrayNode lineItems(Score score) {
    ArrayNode lines = JSON.createArrayNode();
    for (LineItem line : score.lineItems()) {
      ObjectNode item = lines.addObject()
          .put("rule", line.rule().value())
          .put("description", Masking.text(line.description()));
      ArrayNode evidence = item.putArray("evidence");
      line.evidence().forEach(id -> evidence.add(id.value()));
      item.put("points", scaled(line.points())).put("capped", line.capped());
    }
    return lines;
  }

  private static BigDecimal scaled(BigDecimal points) {
    return points.setScale(LineItem.SCALE);
  }

  private static String text(ObjectNode root) {
    try {
      return JSON.writeValueAsString(root).replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialise", e);
    }
  }
}
