package org.grid.adapters.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.GridMeasures;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberClass;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.model.ScorecardMetric;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.model.SubjectId;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * Reads the assessment inputs of {@code docs/assessment.md}: rule sets, evidence, party members and grid measures.
 * Bad input is one {@link JsonInputException} listing every problem with its JSON path; nothing else escapes for
 * bad input. Thread-safe.
 */
public final class AssessmentJsonReader {

  private AssessmentJsonReader() {}

  /** Returns a reader. */
  public static AssessmentJsonReader create() {
    return new AssessmentJsonReader();
  }

  /**
   * Reads a rule-set file: {@code {"ruleSets": [...]}}.
   *
   * @param file the file, not null
   * @return the rule sets as a catalog (rule sets of one kind may not overlap in time)
   * @throws JsonInputException if the file cannot be read or breaks the format
   */
  public RuleSetCatalog readRuleSets(Path file) {
    return readRuleSets(JsonInput.parse(file), file.toString());
  }

  /**
   * Reads rule sets from JSON text.
   *
   * @param json the text, not null
   * @param source what the text is, for messages
   * @return the catalog
   * @throws JsonInputException if the text breaks the format
   */
  public RuleSetCatalog readRuleSets(String json, String source) {
    return readRuleSets(JsonInput.parse(json.getBytes(StandardCharsets.UTF_8), source), source);
  }

  /**
   * Reads an evidence file: {@code {"evidence": [...]}}.
   *
   * @param file the file, not null
   * @return the evidence in file order
   * @throws JsonInputException if the file cannot be read or breaks the format
   */
  public List<Evidence> readEvidence(Path file) {
    return list(JsonInput.parse(file), file.toString(), "evidence", this::evidence);
  }

  /**
   * Reads a party-member file: {@code {"partyMembers": [...]}}.
   *
   * @param file the file, not null
   * @return the members in file order
   * @throws JsonInputException if the file cannot be read, breaks the format or lists a member twice
   */
  public List<PartyMember> readPartyMembers(Path file) {
    return list(JsonInput.parse(file), file.toString(), "partyMembers", this::member);
  }

  /**
   * Reads a grid-measures file: {@code {"grids": [...]}}.
   *
   * @param file the file, not null
   * @return the grids' measures in file order
   * @throws JsonInputException if the file cannot be read or breaks the format
   */
  public List<GridMeasures> readGridMeasures(Path file) {
    return list(JsonInput.parse(file), file.toString(), "grids", this::grid);
  }

  private RuleSetCatalog readRuleSets(JsonNode root, String source) {
    List<RuleSet> ruleSets = list(root, source, "ruleSets", this::ruleSet);
    try {
      return RuleSetCatalog.of(ruleSets);
    } catch (IllegalArgumentException e) {
      throw new JsonInputException(source, List.of(new JsonProblem("$.ruleSets", e.getMessage())));
    }
  }

  private <T> List<T> list(
      JsonNode root, String source, String field, BiFunction<JsonInput, Located, T> item) {
    JsonInput in = new JsonInput(source);
    List<T> items = new ArrayList<>();
    if (in.object(root, "$") != null) {
      JsonNode array = in.array(root, field, "$", true);
      if (array != null) {
        Map<String, Located> ids = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
          String path = "$." + field + "[" + i + "]";
          JsonNode node = array.get(i);
          if (in.object(node, path) == null) {
            continue;
          }
          if (node.path("id").isTextual()) {
            Located first = ids.putIfAbsent(node.path("id").textValue(), new Located(node, path));
            if (first != null) {
              // Evidence repeated exactly (a retried export) counts once; anything else listed twice is an error.
              if (!(field.equals("evidence") && first.node().equals(node))) {
                in.problem(path + ".id", node.path("id").textValue() + " is listed twice"
                    + (field.equals("evidence") ? " with different content" : "") + " (first at " + first.path() + ")");
              }
              continue;
            }
          }
          T value = item.apply(in, new Located(node, path));
          if (value != null) {
            items.add(value);
          }
        }
      }
    }
    in.throwIfProblems();
    return items;
  }

  private record Located(JsonNode node, String path) {}

  private RuleSet ruleSet(JsonInput in, Located at) {
    JsonNode node = at.node();
    String path = at.path();
    String id = in.text(node, "id", path);
    String kind = in.text(node, "subjectKind", path);
    LocalDate from = in.date(node, "validFrom", path);
    LocalDate until = in.date(node, "validUntil", path);
    BigDecimal base = in.decimal(node, "base", path, true);
    List<ScoringRule> rules = new ArrayList<>();
    JsonNode array = in.array(node, "rules", path, true);
    boolean rulesOk = array != null;
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        ScoringRule rule = rule(in, array.get(i), path + ".rules[" + i + "]");
        if (rule == null) {
          rulesOk = false;
        } else {
          rules.add(rule);
        }
      }
    }
    if (id == null || kind == null || from == null || until == null || base == null || !rulesOk) {
      return null;
    }
    try {
      return RuleSet.of(id, kind, new AssessmentPeriod(from, until), base.toPlainString(), rules);
    } catch (IllegalArgumentException e) {
      in.problem(path, e.getMessage());
      return null;
    }
  }

  private static ScoringRule rule(JsonInput in, JsonNode node, String path) {
    if (in.object(node, path) == null) {
      return null;
    }
    String id = in.text(node, "id", path);
    String description = in.text(node, "description", path);
    String counts = in.text(node, "counts", path);
    Map<String, String> filter = in.stringMap(node, "filter", path);
    BigDecimal points = in.decimal(node, "points", path, true);
    BigDecimal cap = in.decimal(node, "cap", path, false);
    Direction direction = in.enumValue(node, "direction", path, Direction.class);
    if (points != null && points.signum() <= 0) {
      in.problem(path + ".points", "must be positive, was " + points.toPlainString());
      points = null;
    }
    if (cap != null && cap.signum() <= 0) {
      in.problem(path + ".cap", "must be positive, was " + cap.toPlainString());
      return null;
    }
    if (id == null || description == null || counts == null || filter == null || points == null
        || direction == null) {
      return null;
    }
    return ScoringRule.of(id, description, counts, filter, points.toPlainString(),
        cap == null ? null : cap.toPlainString(), direction);
  }

  private Evidence evidence(JsonInput in, Located at) {
    JsonNode node = at.node();
    String path = at.path();
    String id = in.text(node, "id", path);
    String type = in.text(node, "type", path);
    String subject = in.text(node, "subject", path);
    LocalDate date = in.date(node, "date", path);
    Map<String, String> attributes = in.stringMap(node, "attributes", path);
    if (id == null || type == null || subject == null || date == null || attributes == null) {
      return null;
    }
    try {
      return Evidence.of(id, type, subject, date, attributes);
    } catch (IllegalArgumentException e) {
      in.problem(path, e.getMessage());
      return null;
    }
  }

  private PartyMember member(JsonInput in, Located at) {
    JsonNode node = at.node();
    String path = at.path();
    SubjectId id = in.id(node, "id", path, SubjectId::of);
    VillageId village = in.id(node, "village", path, VillageId::of);
    PartyMemberClass memberClass = in.enumValue(node, "class", path, PartyMemberClass.class);
    return id == null || village == null || memberClass == null ? null : new PartyMember(id, village, memberClass);
  }

  private GridMeasures grid(JsonInput in, Located at) {
    JsonNode node = at.node();
    String path = at.path();
    SubjectId id = in.id(node, "id", path, SubjectId::of);
    String township = in.text(node, "township", path);
    JsonNode measures = in.object(node.path("measures"), path + ".measures");
    Map<ScorecardMetric, BigDecimal> values = new EnumMap<>(ScorecardMetric.class);
    Map<ScorecardMetric, String> basis = new EnumMap<>(ScorecardMetric.class);
    boolean ok = measures != null;
    if (measures != null) {
      for (ScorecardMetric metric : ScorecardMetric.values()) {
        String name = metric.name();
        BigDecimal value = in.decimal(measures, name, path + ".measures", true);
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
          in.problem(path + ".measures." + name, "must be a share from 0 to 1, was " + value.toPlainString());
          value = null;
        }
        if (value == null) {
          ok = false;
        } else {
          values.put(metric, value);
        }
      }
      Map<String, String> given = in.stringMap(node, "basis", path);
      if (given != null) {
        for (Map.Entry<String, String> entry : given.entrySet()) {
          try {
            basis.put(ScorecardMetric.valueOf(entry.getKey()), entry.getValue());
          } catch (IllegalArgumentException e) {
            in.problem(path + ".basis." + entry.getKey(), "is not a scorecard measure");
          }
        }
      }
    }
    if (id == null || township == null || !ok) {
      return null;
    }
    return new GridMeasures(id, township, ImmutableMap.copyOf(values),
        ImmutableMap.copyOf(basis));
  }
}
