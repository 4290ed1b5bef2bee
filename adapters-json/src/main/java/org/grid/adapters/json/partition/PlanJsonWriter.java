package org.grid.adapters.json.partition;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.grid.adapters.json.JsonInput;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanMetrics;
import org.grid.core.model.partition.Validation;
import org.grid.core.model.partition.Violation;

/**
 * Writes a plan in the plan format of {@code docs/formats.md}: township, policy (every field), grids and districts
 * with their households, metrics (imbalances rounded to four decimals) and violations; pretty-printed UTF-8 with
 * Chinese text as it is. The same plan and validation give the same text, byte for byte (line breaks are
 * {@code \n}). What {@link PlanJsonReader} reads back from it equals the plan written.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PlanJsonWriter {

  private PlanJsonWriter() {}

  /**
   * Returns a writer.
   *
   * @return a writer
   */
  public static PlanJsonWriter create() {
    return new PlanJsonWriter();
  }

  /**
   * Returns a plan as JSON text.
   *
   * @param township the township the plan is for, used for household counts; not null
   * @param plan the plan, not null
   * @param validation the plan's validation, for its metrics and violations; not null
   * @return the JSON text, ending with a line break
   * @throws NullPointerException if an argument is null
   */
  public String write(Township township, Plan plan, Validation validation) {
    requireNonNull(township, "township");
    requireNonNull(plan, "plan");
    requireNonNull(validation, "validation");
    Map<UnitId, Integer> households = new HashMap<>();
    for (Unit unit : township.units()) {
      households.put(unit.id(), unit.households());
    }
    ObjectNode root = JsonInput.MAPPER.createObjectNode();
    root.put("township", plan.township().value());
    PartitionPolicy policy = plan.policy();
    root.putObject("policy")
        .put("targetHouseholds", policy.targetHouseholds())
        .put("districts", policy.districts())
        .put("keepExisting", policy.keepExisting())
        .put("gridBalanceTolerance", policy.gridBalanceTolerance())
        .put("districtBalanceTolerance", policy.districtBalanceTolerance())
        .put("gridCutTolerance", policy.gridCutTolerance())
        .put("districtBoundaryTolerance", policy.districtBoundaryTolerance())
        .put("tagSpreadTolerance", policy.tagSpreadTolerance())
        .put("movedVillagesTolerance", policy.movedVillagesTolerance())
        .put("exactSearchMaxUnits", policy.exactSearchMaxUnits());
    Map<GridId, Integer> gridHouseholds = new HashMap<>();
    ArrayNode grids = root.putArray("grids");
    for (Grid grid : plan.grids()) {
      ObjectNode g = grids.addObject().put("id", grid.id().value()).put("village", grid.village().value());
      ArrayNode units = g.putArray("units");
      int sum = 0;
      for (UnitId unit : grid.units()) {
        units.add(unit.value());
        sum += households.getOrDefault(unit, 0);
      }
      g.put("households", sum);
      gridHouseholds.putIfAbsent(grid.id(), sum);
    }
    ArrayNode districts = root.putArray("districts");
    for (District district : plan.districts()) {
      ObjectNode d = districts.addObject().put("id", district.id().value());
      ArrayNode members = d.putArray("grids");
      int sum = 0;
      for (GridId grid : district.grids()) {
        members.add(grid.value());
        sum += gridHouseholds.getOrDefault(grid, 0);
      }
      d.put("households", sum);
    }
    PlanMetrics metrics = validation.metrics();
    root.putObject("metrics")
        .put("villageImbalance", round(metrics.villageImbalance()))
        .put("districtImbalance", round(metrics.districtImbalance()))
        .put("cutEdges", metrics.cutEdges())
        .put("movedVillages", metrics.movedVillages());
    ArrayNode violations = root.putArray("violations");
    for (Violation violation : validation.violations()) {
      ObjectNode v = violations.addObject()
          .put("rule", violation.rule().name())
          .put("severity", violation.severity().name());
      ArrayNode subjects = v.putArray("subjects");
      violation.subjects().forEach(subjects::add);
      v.put("message", violation.message());
    }
    try {
      String text = JsonInput.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
      return text.replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialise", e);
    }
  }

  /**
   * Writes a plan to a file (UTF-8), replacing it.
   *
   * @param township the township, not null
   * @param plan the plan, not null
   * @param validation the plan's validation, not null
   * @param file the file, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Township township, Plan plan, Validation validation, Path file) {
    try {
      Files.writeString(file, write(township, plan, validation), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
