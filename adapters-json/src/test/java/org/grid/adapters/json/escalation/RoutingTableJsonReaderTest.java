package org.grid.adapters.json.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.adapters.json.JsonTexts.utf8;

import java.util.List;
import org.grid.adapters.json.JsonInputException;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DepartmentId;
import org.junit.jupiter.api.Test;

class RoutingTableJsonReaderTest {

  private static List<Route> read(String json) {
    return RoutingTableJsonReader.create().read(utf8(json), "routes.json");
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
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("routes.json: $.routes[2].category: category land of county C1 is routed already")
        .hasMessageContaining("$.routes[0]");
  }

  @Test
  void a_missing_department_or_routes_array_is_named() {
    assertThatThrownBy(() -> read("{\"routes\": [{\"county\": \"C1\", \"category\": \"land\"}]}"))
        .hasMessageContaining("$.routes[0].department: is missing");
    assertThatThrownBy(() -> read("{}")).hasMessageContaining("$.routes: is missing");
  }
}
