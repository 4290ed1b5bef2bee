package org.grid.adapters.json.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DepartmentId;

/**
 * Reads a county's routing table (分拨规则) file (category → department), the format documented in
 * {@code docs/escalation.md}:
 *
 * <pre>{@code
 * {"example": true,
 *  "routes": [{"county": "C1", "category": "land", "department": "natural-resources"}]}
 * }</pre>
 *
 * <p>Bad input is one {@link JsonInputException} listing every problem with its JSON path: a missing or bad id, a
 * category listed twice for one county (an error naming both rows, not a guess), a field the format does not have,
 * a duplicate key or content after the JSON value. Immutable and thread-safe.
 */
public final class RoutingTableJsonReader implements JsonReader<List<Route>> {

  private static final Set<String> ROUTE = Set.of("county", "category", "department");

  private RoutingTableJsonReader() {}

  /**
   * Returns a reader.
   *
   * @return a reader
   */
  public static RoutingTableJsonReader create() {
    return new RoutingTableJsonReader();
  }

  /**
   * Reads a routing table from a stream (UTF-8) to its end; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name or URL), not null
   * @return the routes in file order
   * @throws JsonInputException if the stream cannot be read or breaks the format
   */
  @Override
  public List<Route> read(InputStream in, String source) {
    return JsonInput.read(in, source, (input, root) -> {
      input.root(root, Set.of("routes"));
      if (!root.hasNonNull("routes")) {
        input.problem("$.routes", "is missing, expected an array");
      }
      return routes(input, root, "$");
    });
  }

  /** Reads the optional {@code routes} of {@code parent}; bad routes are problems and left out. */
  static List<Route> routes(JsonInput in, JsonNode parent, String path) {
    List<Route> routes = new ArrayList<>();
    JsonNode nodes = in.array(parent, "routes", path, false);
    if (nodes == null) {
      return routes;
    }
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      String p = path + ".routes[" + i + "]";
      JsonNode r = in.object(nodes.get(i), p);
      if (r == null) {
        continue;
      }
      in.fields(r, p, ROUTE);
      CountyId county = in.value(r, "county", p, "a county id", CountyId::of);
      Category category = in.value(r, "category", p, "a category", Category::of);
      DepartmentId department = in.value(r, "department", p, "a department id", DepartmentId::of);
      if (county == null || category == null || department == null) {
        continue;
      }
      Route route = new Route(county, category, department);
      Integer earlier = seen.putIfAbsent(List.of(route.county(), route.category()), i);
      if (earlier != null) {
        in.problem(p + ".category", "category " + route.category() + " of county " + route.county()
            + " is routed already at " + path + ".routes[" + earlier + "]");
        continue;
      }
      routes.add(route);
    }
    return routes;
  }
}
