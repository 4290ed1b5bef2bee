package org.grid.adapters.inmemory.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.testkit.escalation.EscalationSamples.COUNTY;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.TOWNSHIP;
import static org.grid.testkit.escalation.EscalationSamples.at;

import java.time.Instant;
import java.util.Optional;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.QueryOutcome;
import org.grid.escalation.model.RefusalReason;
import org.grid.escalation.model.Tier;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;

/**
 * The engine's checks of who works on a township (teams, pairing, duties) and who assesses a county: the township's
 * and the county's grid office, confirmed by the staff directory; every other tier is the wrong tier, and an office
 * of another township or county reads the same as an unknown one.
 */
class OfficeChecksTest {

  private static final Instant NOW = at("2026-03-02T09:00");
  private final RequestAuthorization authorization = RequestServiceTest.sampleAuthorization();

  private static Optional<RefusalReason> reason(Optional<QueryOutcome.Refused<Void>> refused) {
    return refused.map(QueryOutcome.Refused::reason);
  }

  private Optional<RefusalReason> township(Actor actor, TownshipId township, CountyId county) {
    return reason(authorization.checkTownshipOffice(actor, township, Optional.ofNullable(county), NOW));
  }

  @Test
  void theTownshipAndCountyOfficesWorkOnTheirTownshipsOnly() {
    Actor townshipOffice = EscalationSamples.staff(Tier.TOWNSHIP_OFFICE, PLACE_A);
    Actor countyOffice = EscalationSamples.staff(Tier.COUNTY_OFFICE, PLACE_A);
    assertThat(township(townshipOffice, TOWNSHIP, COUNTY)).isEmpty();
    assertThat(township(countyOffice, TOWNSHIP, COUNTY)).isEmpty();
    assertThat(township(townshipOffice, TownshipId.of("T02"), COUNTY)).contains(RefusalReason.NOT_FOUND);
    assertThat(township(countyOffice, TOWNSHIP, CountyId.of("C2"))).contains(RefusalReason.NOT_FOUND);
    assertThat(township(countyOffice, TOWNSHIP, null)).contains(RefusalReason.NOT_FOUND);
    for (Tier tier : new Tier[] {Tier.VILLAGE_GRID, Tier.DISTRICT_GRID}) {
      assertThat(township(EscalationSamples.staff(tier, PLACE_A), TOWNSHIP, COUNTY)).contains(RefusalReason.WRONG_TIER);
    }
    assertThat(township(EscalationSamples.departmentStaff(EscalationSamples.LAND), TOWNSHIP, COUNTY))
        .contains(RefusalReason.WRONG_TIER);
    assertThat(township(Actor.citizen(EscalationSamples.CITIZEN), TOWNSHIP, COUNTY))
        .contains(RefusalReason.WRONG_TIER);
    Office office = Office.township(COUNTY, TOWNSHIP);
    assertThat(township(Actor.staff(PersonId.of("impostor"), "leader", office), TOWNSHIP, COUNTY))
        .contains(RefusalReason.NOT_APPOINTED);
    assertThat(township(Actor.staff(EscalationSamples.staffId(office), "member", office), TOWNSHIP, COUNTY))
        .contains(RefusalReason.ROLE_NOT_CONFIRMED);
  }

  @Test
  void onlyTheCountysGridOfficeAssessesIt() {
    Actor countyOffice = EscalationSamples.staff(Tier.COUNTY_OFFICE, PLACE_A);
    assertThat(reason(authorization.checkCountyOffice(countyOffice, COUNTY, NOW))).isEmpty();
    assertThat(reason(authorization.checkCountyOffice(countyOffice, CountyId.of("C2"), NOW)))
        .contains(RefusalReason.NOT_FOUND);
    assertThat(reason(authorization.checkCountyOffice(EscalationSamples.staff(Tier.TOWNSHIP_OFFICE, PLACE_A),
        COUNTY, NOW))).contains(RefusalReason.WRONG_TIER);
    assertThat(reason(authorization.checkCountyOffice(Actor.citizen(EscalationSamples.CITIZEN), COUNTY, NOW)))
        .contains(RefusalReason.WRONG_TIER);
    Office county = Office.county(COUNTY);
    assertThat(reason(authorization.checkCountyOffice(Actor.staff(PersonId.of("impostor"), "county-office-staff",
        county), COUNTY, NOW))).contains(RefusalReason.NOT_APPOINTED);
  }
}
