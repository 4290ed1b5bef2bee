package org.grid.testkit.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Tier;
import org.junit.jupiter.api.Test;

class EscalationSamplesTest {

  @Test
  void theLongPlaceHasAGridIdOfTheGreatestLength() {
    assertThat(EscalationSamples.PLACE_C.grid().value()).hasSize(GridId.MAX_LENGTH);
  }

  @Test
  void aStaffIdIsTheUnitWhenItFitsAndAHashedPrefixWhenItDoesNot() {
    Office shortUnit = Office.of(Tier.VILLAGE_GRID, EscalationSamples.PLACE_A);
    Office longUnit = Office.of(Tier.VILLAGE_GRID, EscalationSamples.PLACE_C);
    Office otherLongUnit = Office.at(Tier.VILLAGE_GRID, longUnit.unit().substring(0, 79) + "X", EscalationSamples.PLACE_C);

    PersonId longStaff = EscalationSamples.staffId(longUnit);

    assertThat(EscalationSamples.staffId(shortUnit)).isEqualTo(PersonId.of("staff-T01-V04-N1"));
    assertThat(longStaff.value()).hasSize(Ids.MAX_LENGTH).startsWith("staff-T01-V30-");
    assertThat(EscalationSamples.staffId(otherLongUnit)).isNotEqualTo(longStaff);
    assertThat(EscalationSamples.staffId(longUnit)).isEqualTo(longStaff);
  }
}
