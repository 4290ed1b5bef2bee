package org.grid.escalation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanEvent;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.model.Place;
import org.grid.escalation.port.in.AdoptPlanCommand;
import org.grid.escalation.port.in.AdoptPlanUseCase;
import org.grid.escalation.port.out.PlaceDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AdoptPlanServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
  private static final Township TOWNSHIP = Township.builder(CountyId.of("C1"), TownshipId.of("T1"), "乡")
      .village(Village.of(VillageId.of("V1"), "五都村", List.of(Unit.of(UnitId.of("U1"), "1组", 200))))
      .build();

  private final List<String> calls = new ArrayList<>();
  private final List<DomainEvent> published = new ArrayList<>();
  private boolean inUnit;

  private final UnitOfWork unitOfWork = new UnitOfWork() {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      inUnit = true;
      try {
        return work.get();
      } finally {
        inUnit = false;
      }
    }
  };

  private final PlaceDirectory places = new PlaceDirectory() {
    @Override
    public void adopt(Township township, Plan plan) {
      calls.add(inUnit ? "adopt in a unit of work" : "adopt outside");
    }

    @Override
    public boolean contains(Place place) {
      return false;
    }

    @Override
    public java.util.List<Place> placesOf(org.grid.core.model.jurisdiction.CountyId county,
        org.grid.core.model.jurisdiction.TownshipId township) {
      return java.util.List.of();
    }
  };

  private final AdoptPlanService service = new AdoptPlanService(places, unitOfWork, VALIDATION.getValidator(),
      events -> {
        calls.add(inUnit ? "publish in a unit of work" : "publish outside");
        published.addAll(events);
      });

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  @Test
  void aValidPlanIsAdoptedThenPublishedInOneUnitOfWork() {
    Plan plan = PartitionPlanner.create().plan(TOWNSHIP, PartitionPolicy.defaults().withDistricts(1)).plan();

    assertThat(service.adopt(new AdoptPlanCommand(TOWNSHIP, plan, AT))).isInstanceOf(AdoptPlanUseCase.Adopted.class);

    assertThat(calls).containsExactly("adopt in a unit of work", "publish in a unit of work");
    assertThat(published).containsExactly(new PlanEvent.PlanAdopted(CountyId.of("C1"), plan, AT));
  }

  @Test
  void aPlanWithErrorsIsRefusedAndNothingHappens() {
    Plan empty = Plan.of(TOWNSHIP.id(), PartitionPolicy.defaults(), List.of(), List.of());

    assertThat(service.adopt(new AdoptPlanCommand(TOWNSHIP, empty, AT))).isInstanceOfSatisfying(
        AdoptPlanUseCase.Refused.class, refused -> assertThat(refused.validation().hasErrors()).isTrue());
    assertThat(calls).isEmpty();
  }

  @Test
  void aPlanOfAnotherTownshipAndABrokenCommandAreRefusedNamingWhy() {
    Plan other = Plan.of(TownshipId.of("T2"), PartitionPolicy.defaults(), List.of(), List.of());

    assertThatThrownBy(() -> service.adopt(new AdoptPlanCommand(TOWNSHIP, other, AT)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T2").hasMessageContaining("T1");
    assertThatThrownBy(() -> service.adopt(new AdoptPlanCommand(null, null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("township").hasMessageContaining("plan")
        .hasMessageContaining("at");
    assertThat(calls).isEmpty();
  }
}
