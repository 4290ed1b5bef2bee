package org.grid.adapters.json.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DepartmentId;

/**
 * Reads a county's routing table file (category → department), the format documented in
 * {@code docs/escalation.md}:
 *
 * <pre>{@code
 * {"example": true,
 *  "routes": [{"county": "C1", "category": "land", "department": "natural-resources"}]}
 * }</pre>
 *
 * <p>A category listed twice for one county is an error, not a guess.
 */
public final class RoutingTableJson {

  private RoutingTableJson() {}

  /**
   * Reads a routing table file.
   *
   * @param file the file, not null
   * @return the routes in file order
   * @throws EscalationJsonException if the file cannot be read or is malformed
   */
  public static List<Route> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new EscalationJsonException(file.toString(), "$", "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a routing table from a stream.
   *
   * @param source the name of the file or resource, for messages, not null
   * @param in the JSON, not null; not closed
   * @return the routes in file order
   * @throws EscalationJsonException if the JSON is malformed
   */
  public static List<Route> read(String source, InputStream in) {
    Json json = new Json(source);
    JsonNode root = json.object(json.parse(in), "$");
    json.required(root, "routes", "$");
    return routes(json, root, "$");
  }

  static List<Route> routes(Json json, JsonNode parent, String path) {
    List<Route> routes = new ArrayList<>();
    JsonNode nodes = parent.get("routes");
    if (nodes == null || nodes.isNull()) {
      return routes;
    }
    if (!nodes.isArray()) {
      throw json.fail(path + ".routes", "must be an array");
    }
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      String p = path + ".routes[" + i + "]";
      JsonNode r = json.object(nodes.get(i), p);
      Route route =
          new Route(
              json.convert(r, "county", p, "a county id", CountyId::of),
              json.convert(r, "category", p, "a category", Category::of),
              json.convert(r, "department", p, "a department id", DepartmentId::of));
      Integer earlier = seen.putIfAbsent(List.of(route.county(), route.category()), i);
      if (earlier != null) {
        throw json.fail(p + ".category", "category " + route.category() + " of county " + route.county()
            + " is routed already at " + path + ".routes[" + earlier + "]");
      }
      routes.add(route);
    }
    return routes;
  }
}
