package org.grid.adapters.json.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.CheckResult;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.GridMeasures;
import org.grid.assessment.model.KnowledgeCheckRecord;
import org.grid.assessment.model.LineItem;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberClass;
import org.grid.assessment.model.RuleId;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.model.ScorecardMetric;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.model.SubjectId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * What the five assessment readers share: the list each file holds (an object with one array of items, each with a
 * key, {@code id} or {@code member}, that may appear once) and the reading of each kind of item with its fields. Bad
 * items are recorded on the {@link JsonInput} with their JSON paths.
 */
final class AssessmentJson {

  private static final Set<String> RULE_SET = Set.of("id", "subjectKind", "validFrom", "validUntil", "base", "rules");
  private static final Set<String> RULE =
      Set.of("id", "description", "counts", "filter", "points", "cap", "direction");
  private static final Set<String> EVIDENCE = Set.of("id", "type", "subject", "date", "attributes");
  private static final Set<String> MEMBER = Set.of("id", "village", "class");
  private static final Set<String> GRID = Set.of("id", "township", "measures", "basis");
  private static final Set<String> KNOWLEDGE_CHECKS =
      Set.of("member", "dailyReportsDue", "dailyReportsMade", "weekly", "monthly");
  private static final Set<String> CHECK = Set.of("date", "score");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private AssessmentJson() {}

  /** Reads one item of a list at {@code path}. */
  @FunctionalInterface
  interface Item<T> {
    T read(JsonInput in, JsonNode node, String path);
  }

  /** Reads the rule sets of a file as a catalog (rule sets of one kind may not overlap in time). */
  static RuleSetCatalog ruleSets(JsonInput in, JsonNode root) {
    List<RuleSet> ruleSets = list(in, root, "ruleSets", "id", AssessmentJson::ruleSet);
    if (in.hasProblems()) {
      return null;
    }
    try {
      return RuleSetCatalog.of(ruleSets);
    } catch (IllegalArgumentException e) {
      in.problem("$.ruleSets", e.getMessage());
      return null;
    }
  }

  static List<Evidence> evidence(JsonInput in, JsonNode root) {
    return list(in, root, "evidence", "id", AssessmentJson::evidence);
  }

  static List<PartyMember> partyMembers(JsonInput in, JsonNode root) {
    List<PartyMember> members = list(in, root, "partyMembers", "id", AssessmentJson::member);
    JsonNode array = root.get("partyMembers");
    if (array != null && array.isArray() && array.isEmpty()) {
      // Scoring takes at least one member: an empty file is bad input here, not a failure of the scoring.
      in.problem("$.partyMembers", "must list at least one party member");
    }
    return members;
  }

  static List<GridMeasures> gridMeasures(JsonInput in, JsonNode root) {
    return list(in, root, "grids", "id", AssessmentJson::grid);
  }

  static List<KnowledgeCheckRecord> knowledgeChecks(JsonInput in, JsonNode root) {
    return list(in, root, "knowledgeChecks", "member", AssessmentJson::knowledgeCheck);
  }

  /** Reads the list at {@code field}, each item's {@code key} (a string) listed at most once. */
  private static <T> List<T> list(JsonInput in, JsonNode root, String field, String key, Item<T> item) {
    List<T> items = new ArrayList<>();
    in.root(root, Set.of(field));
    JsonNode array = in.array(root, field, "$", true);
    if (array != null) {
      Map<String, Located> ids = new HashMap<>();
      for (int i = 0; i < array.size(); i++) {
        String path = "$." + field + "[" + i + "]";
        JsonNode node = array.get(i);
        if (in.object(node, path) == null) {
          continue;
        }
        if (node.path(key).isTextual()) {
          Located first = ids.putIfAbsent(node.path(key).textValue(), new Located(node, path));
          if (first != null) {
            // Evidence repeated exactly (a retried export) counts once; anything else listed twice is an error.
            if (!(field.equals("evidence") && first.node().equals(node))) {
              in.problem(path + "." + key, node.path(key).textValue() + " is listed twice"
                  + (field.equals("evidence") ? " with different content" : "") + " (first at " + first.path() + ")");
            }
            continue;
          }
        }
        T value = item.read(in, node, path);
        if (value != null) {
          items.add(value);
        }
      }
    }
    return items;
  }

  private record Located(JsonNode node, String path) {}

  private static RuleSet ruleSet(JsonInput in, JsonNode node, String path) {
    in.fields(node, path, RULE_SET);
    String id = in.text(node, "id", path);
    String kind = in.text(node, "subjectKind", path);
    LocalDate from = in.date(node, "validFrom", path);
    LocalDate until = in.date(node, "validUntil", path);
    BigDecimal base = twoPlaces(in, in.decimal(node, "base", path, true), path + ".base");
    List<ScoringRule> rules = new ArrayList<>();
    JsonNode array = in.array(node, "rules", path, true);
    boolean rulesOk = array != null;
    if (array != null && array.size() > RuleSet.MAX_RULES) {
      // Refused before its rules are read: scoring costs time with every rule of a type (RuleSet.MAX_RULES).
      in.problem(path + ".rules", "has " + array.size() + " rules; a rule set may have at most " + RuleSet.MAX_RULES);
      rulesOk = false;
    } else if (array != null) {
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
      return new RuleSet(RuleSetId.of(id), kind, new AssessmentPeriod(from, until), base, ImmutableList.copyOf(rules));
    } catch (IllegalArgumentException e) {
      in.problem(path, e.getMessage());
      return null;
    }
  }

  private static ScoringRule rule(JsonInput in, JsonNode node, String path) {
    if (in.object(node, path) == null) {
      return null;
    }
    in.fields(node, path, RULE);
    String id = in.text(node, "id", path);
    String description = in.text(node, "description", path);
    String counts = in.text(node, "counts", path);
    Map<String, String> filter = in.stringMap(node, "filter", path);
    BigDecimal points = twoPlaces(in, in.decimal(node, "points", path, true), path + ".points");
    BigDecimal cap = twoPlaces(in, in.decimal(node, "cap", path, false), path + ".cap");
    Direction direction = in.constant(node, "direction", path, Direction.class);
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
    try {
      return new ScoringRule(RuleId.of(id), description, counts, ImmutableMap.copyOf(filter), points,
          Optional.ofNullable(cap), direction);
    } catch (IllegalArgumentException e) {
      in.problem(path, e.getMessage());
      return null;
    }
  }

  /**
   * Returns {@code value} if it has at most {@link LineItem#SCALE} decimal places (points are fixed decimals of that
   * scale), else null after recording a problem; null stays null.
   */
  private static BigDecimal twoPlaces(JsonInput in, BigDecimal value, String path) {
    if (value != null && value.stripTrailingZeros().scale() > LineItem.SCALE) {
      in.problem(path, "must have at most " + LineItem.SCALE + " decimal places, was " + value);
      return null;
    }
    return value;
  }

  private static KnowledgeCheckRecord knowledgeCheck(JsonInput in, JsonNode node, String path) {
    in.fields(node, path, KNOWLEDGE_CHECKS);
    SubjectId member = in.id(node, "member", path, SubjectId::of);
    Integer due = in.integer(node, "dailyReportsDue", path, 0, Integer.MAX_VALUE);
    Integer made = in.integer(node, "dailyReportsMade", path, 0, Integer.MAX_VALUE);
    if (due != null && made != null && made > due) {
      in.problem(path + ".dailyReportsMade", "must not exceed dailyReportsDue (" + due + "), was " + made);
      made = null;
    }
    int problems = in.problemCount();
    List<CheckResult> weekly = checks(in, node, path, "weekly", member);
    List<CheckResult> monthly = checks(in, node, path, "monthly", member);
    if (member == null || due == null || made == null || in.problemCount() > problems) {
      return null;
    }
    return new KnowledgeCheckRecord(member, due, made, ImmutableList.copyOf(weekly), ImmutableList.copyOf(monthly));
  }

  /**
   * Reads the checks at {@code field} ({@code weekly} or {@code monthly}): each a date and a score from 0 to 100 of
   * at most 2 decimal places, one check per day; its id is {@code <member>/<field>/<date>}.
   */
  private static List<CheckResult> checks(
      JsonInput in, JsonNode parent, String path, String field, SubjectId member) {
    List<CheckResult> checks = new ArrayList<>();
    JsonNode array = in.array(parent, field, path, true);
    if (array == null) {
      return checks;
    }
    Map<LocalDate, String> days = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      String at = path + "." + field + "[" + i + "]";
      JsonNode node = array.get(i);
      if (in.object(node, at) == null) {
        continue;
      }
      in.fields(node, at, CHECK);
      LocalDate date = in.date(node, "date", at);
      BigDecimal score = twoPlaces(in, in.decimal(node, "score", at, true), at + ".score");
      if (score != null && (score.signum() < 0 || score.compareTo(HUNDRED) > 0)) {
        in.problem(at + ".score", "must be from 0 to 100, was " + score.toPlainString());
        score = null;
      }
      if (date != null) {
        String first = days.putIfAbsent(date, at);
        if (first != null) {
          in.problem(at + ".date", "a " + field + " check on " + date + " is listed twice (first at " + first + ")");
          continue;
        }
      }
      if (date != null && score != null && member != null) {
        checks.add(new CheckResult(EvidenceId.of(member.value() + "/" + field + "/" + date), date, score));
      }
    }
    return checks;
  }

  private static Evidence evidence(JsonInput in, JsonNode node, String path) {
    in.fields(node, path, EVIDENCE);
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

  private static PartyMember member(JsonInput in, JsonNode node, String path) {
    in.fields(node, path, MEMBER);
    SubjectId id = in.id(node, "id", path, SubjectId::of);
    VillageId village = in.id(node, "village", path, VillageId::of);
    PartyMemberClass memberClass = in.constant(node, "class", path, PartyMemberClass.class);
    return id == null || village == null || memberClass == null ? null : new PartyMember(id, village, memberClass);
  }

  private static GridMeasures grid(JsonInput in, JsonNode node, String path) {
    in.fields(node, path, GRID);
    SubjectId id = in.id(node, "id", path, SubjectId::of);
    // A township id, checked as one (no control or format characters): it is printed and ranks grids by township.
    TownshipId townshipId = in.id(node, "township", path, TownshipId::of);
    String township = townshipId == null ? null : townshipId.value();
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
      for (String name : iterable(measures.fieldNames())) {
        if (!isMetric(name)) {
          in.problem(JsonInput.member(path + ".measures", name), "is not a scorecard measure; expected one of "
              + Arrays.toString(ScorecardMetric.values()));
        }
      }
      Map<String, String> given = in.stringMap(node, "basis", path);
      if (given != null) {
        for (Map.Entry<String, String> entry : given.entrySet()) {
          try {
            basis.put(ScorecardMetric.valueOf(entry.getKey()), entry.getValue());
          } catch (IllegalArgumentException e) {
            in.problem(JsonInput.member(path + ".basis", entry.getKey()),
                "is not a scorecard measure; expected one of " + Arrays.toString(ScorecardMetric.values()));
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

  private static boolean isMetric(String name) {
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      if (metric.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static Iterable<String> iterable(Iterator<String> names) {
    return () -> names;
  }
}
