package org.grid.adapters.json.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DepartmentId;
import org.junit.jupiter.api.Test;

class RoutingTableJsonTest {

  private static List<Route> read(String json) {
    return RoutingTableJson.read("routes.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void routes_are_read_in_file_order() {
    List<Route> routes = read("""
        {"example": true, "routes": [
          {"county": "C1", "category": "land", "department": "natural-resources"},
          {"county": "C1", "category": "pension", "department": "hr-social-security"}]}
        """);
    assertThat(routes).containsExactly(
        new Route(CountyId.of("C1"), Category.of("land"), DepartmentId.of("natural-resources")),
        new Route(CountyId.of("C1"), Category.of("pension"), DepartmentId.of("hr-social-security")));
  }

  @Test
  void a_category_routed_twice_in_one_county_is_an_error_naming_both_rows() {
    assertThatThrownBy(() -> read("""
        {"routes": [
          {"county": "C1", "category": "land", "department": "natural-resources"},
          {"county": "C2", "category": "land", "department": "natural-resources"},
          {"county": "C1", "category": "land", "department": "water-resources"}]}
        """))
        .isInstanceOf(EscalationJsonException.class)
        .hasMessageContaining("routes.json at $.routes[2].category")
        .hasMessageContaining("$.routes[0]");
  }

  @Test
  void a_missing_department_or_routes_array_is_named() {
    assertThatThrownBy(() -> read("{\"routes\": [{\"county\": \"C1\", \"category\": \"land\"}]}"))
        .hasMessageContaining("$.routes[0].department: is missing");
    assertThatThrownBy(() -> read("{}")).hasMessageContaining("$.routes: is missing");
  }
}
