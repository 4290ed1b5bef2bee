package org.grid.testkit.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.port.out.RoutingTable;
import org.junit.jupiter.api.Test;

/** The contract of {@link RoutingTable}: every adapter's test extends this class. */
public abstract class AbstractRoutingTableContractTest {

  /** For the subclass that JUnit runs, which supplies the routing table under test through {@link #sampleTable()}. */
  protected AbstractRoutingTableContractTest() {}

  /**
   * Returns a table that routes land to natural resources and pension to social security in county C1, and
   * knows no other route.
   *
   * @return the table
   */
  protected abstract RoutingTable sampleTable();

  @Test
  void a_category_is_routed_to_its_department_in_its_county() {
    RoutingTable table = sampleTable();
    assertThat(table.departmentFor(CountyId.of("C1"), Category.of("land")))
        .contains(DepartmentId.of("natural-resources"));
    assertThat(table.departmentFor(CountyId.of("C1"), Category.of("pension")))
        .contains(DepartmentId.of("hr-social-security"));
  }

  @Test
  void an_unknown_category_or_county_has_no_route() {
    RoutingTable table = sampleTable();
    assertThat(table.departmentFor(CountyId.of("C1"), Category.of("roads"))).isEmpty();
    assertThat(table.departmentFor(CountyId.of("C2"), Category.of("land"))).isEmpty();
  }

  @Test
  void a_county_lists_its_routes_by_category_and_no_other_county_s() {
    RoutingTable table = sampleTable();
    assertThat(table.routes(CountyId.of("C1"))).containsExactly(
        entry(Category.of("land"), DepartmentId.of("natural-resources")),
        entry(Category.of("pension"), DepartmentId.of("hr-social-security")));
    assertThat(table.routes(CountyId.of("C2"))).isEmpty();
  }

  @Test
  void null_arguments_are_rejected() {
    RoutingTable table = sampleTable();
    assertThatThrownBy(() -> table.departmentFor(null, Category.of("land")))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> table.routes(null)).isInstanceOf(NullPointerException.class);
  }
}
