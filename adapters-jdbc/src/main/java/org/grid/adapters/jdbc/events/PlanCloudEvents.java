package org.grid.adapters.jdbc.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanEvent;
import org.grid.core.port.out.OutgoingEvent;

/**
 * A {@link PlanEvent} as a CloudEvent: type {@code org.grid.plan.adopted.v1}; id {@code
 * plan/<county>/<township>/<time>} (plans have no version; a township adopts at most one plan per instant);
 * aggregate {@code plan/<county>/<township>}; source the township's path; subject the township id. The data lists
 * the plan's grids with their village and district, and its districts with their grids: ids only.
 */
final class PlanCloudEvents {

  static final String ADOPTED = "org.grid.plan.adopted.v1";

  private PlanCloudEvents() {}

  static OutgoingEvent encode(PlanEvent event) {
    PlanEvent.PlanAdopted adopted = (PlanEvent.PlanAdopted) event;
    Plan plan = adopted.plan();
    String county = adopted.county().value();
    String township = plan.township().value();
    String aggregate = "plan/" + county + "/" + township;
    CloudEventEnvelope envelope = new CloudEventEnvelope(aggregate + "/" + adopted.at(), ADOPTED,
        CloudEventEnvelope.townshipPath(county, township), township, county, aggregate, adopted.at());
    ObjectNode data = envelope.data();
    data.put("township", township);
    Map<GridId, DistrictId> districts = plan.districtsByGrid();
    ArrayNode grids = data.putArray("grids");
    for (Grid grid : plan.grids()) {
      ObjectNode node = grids.addObject();
      node.put("grid", grid.id().value());
      node.put("village", grid.village().value());
      DistrictId district = districts.get(grid.id());
      if (district != null) {
        node.put("district", district.value());
      }
      node.put("units", grid.units().size());
    }
    ArrayNode districtNodes = data.putArray("districts");
    for (District district : plan.districts()) {
      ObjectNode node = districtNodes.addObject();
      node.put("district", district.id().value());
      ArrayNode ids = node.putArray("grids");
      district.grids().forEach(grid -> ids.add(grid.value()));
    }
    return envelope.toOutgoing();
  }
}
