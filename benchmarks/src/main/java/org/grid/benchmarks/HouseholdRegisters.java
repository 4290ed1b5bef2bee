package org.grid.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.grid.core.model.jurisdiction.CareTag;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;

/** The household register (户籍底册) the county-sized benchmarks share: every household of a generated township. */
public final class HouseholdRegisters {

  private HouseholdRegisters() {}

  /**
   * Returns a register of every household of every unit, one in ten with a care tag drawn at random.
   *
   * @param township the township, not null
   * @param random the random source, not null
   * @return the register, households numbered {@code <unit id>-<n>}
   */
  public static HouseholdRegister generate(Township township, SplittableRandom random) {
    CareTag[] tags = CareTag.values();
    List<Household> households = new ArrayList<>();
    for (Unit unit : township.units()) {
      for (int i = 0; i < unit.households(); i++) {
        Set<CareTag> care = EnumSet.noneOf(CareTag.class);
        if (random.nextInt(10) == 0) {
          care.add(tags[random.nextInt(tags.length)]);
        }
        households.add(Household.of(HouseholdId.of(unit.id().value() + "-" + i), unit.id(), care));
      }
    }
    return HouseholdRegister.of(township.id(), households);
  }
}
