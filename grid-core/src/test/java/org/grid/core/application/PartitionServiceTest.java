package org.grid.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.port.in.PlanPartitionCommand;
import org.grid.core.port.in.ValidatePlanCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The use cases check their commands' constraints, then plan and validate. */
class PartitionServiceTest {

  private final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
  private final PartitionService service = new PartitionService(factory.getValidator());

  @AfterEach
  void close() {
    factory.close();
  }

  private static Township township() {
    return Township.builder(CountyId.of("C1"), TownshipId.of("T"), "测试乡")
        .village(Village.of(VillageId.of("T-V01"), "甲村", List.of(
            Unit.of(UnitId.of("T-V01-G01"), "1组", 150), Unit.of(UnitId.of("T-V01-G02"), "2组", 160))))
        .village(Village.of(VillageId.of("T-V02"), "乙村", List.of(Unit.of(UnitId.of("T-V02-G01"), "1组", 120))))
        .adjacent(UnitId.of("T-V01-G01"), UnitId.of("T-V01-G02"))
        .adjacent(UnitId.of("T-V01-G02"), UnitId.of("T-V02-G01"))
        .build();
  }

  @Test
  void plansAndValidatesAValidCommand() {
    PlanResult result = service.plan(new PlanPartitionCommand(township(), 200, 2, false));
    assertThat(result.plan().grids()).hasSize(3);
    assertThat(result.validation().hasErrors()).isFalse();
    assertThat(service.validate(new ValidatePlanCommand(township(), result.plan()))).isEqualTo(result.validation());
  }

  @Test
  void anInvalidCommandIsRefusedNamingEachField() {
    assertThatThrownBy(() -> service.plan(new PlanPartitionCommand(null, 0, 0, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("districts").hasMessageContaining("targetHouseholds").hasMessageContaining("township");
    assertThatThrownBy(() -> service.validate(new ValidatePlanCommand(township(), null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plan");
  }
}
