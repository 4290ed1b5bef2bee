package org.grid.adapters.inmemory.escalation;

import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.port.out.RoutingTable;
import org.grid.testkit.escalation.AbstractRoutingTableContractTest;

class InMemoryRoutingTableTest extends AbstractRoutingTableContractTest {
  @Override
  protected RoutingTable sampleTable() {
    return new InMemoryRoutingTable()
        .put(CountyId.of("C1"), Category.of("land"), DepartmentId.of("natural-resources"))
        .put(CountyId.of("C1"), Category.of("pension"), DepartmentId.of("hr-social-security"));
  }
}
