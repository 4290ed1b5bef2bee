package org.grid.adapters.json.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.graph.EndpointPair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.grid.adapters.json.JsonInput;
import org.grid.core.model.jurisdiction.ExistingDistrict;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * Writes a {@link Township} in the township format of {@code docs/formats.md}, pretty-printed UTF-8 with Chinese
 * text as it is. What {@link TownshipJsonReader} reads back from it equals the township written.
 *
 * <p>Adjacency pairs are written in the order of the township's graph, each pair with the unit listed first in
 * the township first; {@code adjacency} is left out when the township has no adjacency at all.
 */
public final class TownshipJsonWriter {

  private TownshipJsonWriter() {}

  /**
   * Returns a writer.
   *
   * @return a writer
   */
  public static TownshipJsonWriter create() {
    return new TownshipJsonWriter();
  }

  /**
   * Returns the township as JSON text.
   *
   * @param township the township, not null
   * @return the JSON text, ending with a line break
   */
  public String write(Township township) {
    requireNonNull(township, "township");
    ObjectNode root = JsonInput.MAPPER.createObjectNode();
    root.putObject("township").put("id", township.id().value()).put("county", township.county().value())
        .put("name", township.name());
    ArrayNode villages = root.putArray("villages");
    for (Village village : township.villages()) {
      ObjectNode v = villages.addObject().put("id", village.id().value()).put("name", village.name());
      ArrayNode units = v.putArray("units");
      for (Unit unit : village.units()) {
        ObjectNode u = units.addObject()
            .put("id", unit.id().value())
            .put("name", unit.name())
            .put("households", unit.households());
        unit.location().ifPresent(point -> u.put("x", point.x()).put("y", point.y()));
        if (!unit.tags().isEmpty()) {
          ArrayNode tags = u.putArray("tags");
          unit.tags().forEach(tags::add);
        }
      }
    }
    if (township.adjacencyKnown()) {
      ArrayNode pairs = root.putArray("adjacency");
      Map<UnitId, Integer> order = new HashMap<>();
      for (Unit unit : township.units()) {
        order.put(unit.id(), order.size());
      }
      for (EndpointPair<UnitId> edge : township.unitAdjacency().edges()) {
        UnitId a = edge.nodeU();
        UnitId b = edge.nodeV();
        if (order.get(a) > order.get(b)) {
          UnitId swap = a;
          a = b;
          b = swap;
        }
        pairs.addArray().add(a.value()).add(b.value());
      }
    }
    if (!township.existingDistricts().isEmpty()) {
      ArrayNode districts = root.putArray("existingDistricts");
      for (ExistingDistrict district : township.existingDistricts()) {
        ArrayNode members = districts.addObject()
            .put("id", district.id().value())
            .put("name", district.name())
            .putArray("villages");
        for (VillageId village : district.villages()) {
          members.add(village.value());
        }
      }
    }
    try {
      return JsonInput.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialise", e);
    }
  }

  /**
   * Writes the township to a file (UTF-8), replacing it.
   *
   * @param township the township, not null
   * @param file the file, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Township township, Path file) {
    try {
      Files.writeString(file, write(township), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
