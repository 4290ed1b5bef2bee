package org.grid.core.model.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.TeamId;
import org.junit.jupiter.api.Test;

class MissedDutyTest {

  private static final ImmutableList<PersonId> WHO = ImmutableList.of(PersonId.of("vc"));
  private static final HouseholdId HARD = HouseholdId.of("h-hard");

  private static MissedDuty given(String message) {
    return new MissedDuty(DutyRule.PAIRED_MONTHLY_VISIT, WHO, Optional.empty(), Optional.of(HARD), Optional.empty(),
        "2025-03", message);
  }

  @Test
  void aLazyMessageIsBuiltOnFirstUseOnly() {
    AtomicInteger built = new AtomicInteger();
    Supplier<String> describe = () -> {
      built.incrementAndGet();
      return "vc made 0 of 1 visits";
    };
    MissedDuty duty = MissedDuty.of(DutyRule.PAIRED_MONTHLY_VISIT, WHO, null, HARD, null, null, null, "2025-03", describe);

    assertThat(duty.rule()).isEqualTo(DutyRule.PAIRED_MONTHLY_VISIT);
    assertThat(duty.household()).contains(HARD);
    assertThat(duty.team()).isEmpty();
    assertThat(duty.hashCode()).isEqualTo(given("anything").hashCode());
    assertThat(built).hasValue(0);
    assertThat(duty.message()).isEqualTo("vc made 0 of 1 visits");
    assertThat(duty.toString()).isEqualTo("PAIRED_MONTHLY_VISIT 2025-03: vc made 0 of 1 visits");
    assertThat(built).hasValue(1);
  }

  @Test
  void equalityIsThatOfARecordOfItsNineComponentsTheMessageIncluded() {
    MissedDuty lazy = MissedDuty.of(DutyRule.PAIRED_MONTHLY_VISIT, WHO, null, HARD, null, null, null, "2025-03", () -> "m");

    assertThat(lazy).isEqualTo(given("m")).hasSameHashCodeAs(given("m"));
    assertThat(lazy).isNotEqualTo(given("n"));
    assertThat(lazy).isNotEqualTo(new MissedDuty(DutyRule.PAIRED_MONTHLY_VISIT, WHO, Optional.of(TeamId.of("T")),
        Optional.of(HARD), Optional.empty(), "2025-03", "m"));
    assertThat(lazy).isNotEqualTo(new MissedDuty(DutyRule.PAIRED_MONTHLY_VISIT, WHO, Optional.empty(),
        Optional.of(HARD), Optional.empty(), "2025-04", "m"));
    MissedDuty inGrid = MissedDuty.of(DutyRule.PAIRED_MONTHLY_VISIT, WHO, null, HARD, null, GridId.of("N1"),
        VillageId.of("V1"), "2025-03", () -> "m");
    assertThat(inGrid.grid()).contains(GridId.of("N1"));
    assertThat(inGrid.village()).contains(VillageId.of("V1"));
    assertThat(inGrid).isNotEqualTo(lazy).isEqualTo(new MissedDuty(DutyRule.PAIRED_MONTHLY_VISIT, WHO,
        Optional.empty(), Optional.of(HARD), Optional.empty(), Optional.of(GridId.of("N1")),
        Optional.of(VillageId.of("V1")), "2025-03", "m")).hasSameHashCodeAs(new MissedDuty(
        DutyRule.PAIRED_MONTHLY_VISIT, WHO, Optional.empty(), Optional.of(HARD), Optional.empty(),
        Optional.of(GridId.of("N1")), Optional.of(VillageId.of("V1")), "2025-03", "n"));
    assertThat(inGrid).isNotEqualTo(MissedDuty.of(DutyRule.PAIRED_MONTHLY_VISIT, WHO, null, HARD, null,
        GridId.of("N1"), VillageId.of("V2"), "2025-03", () -> "m"));
  }

  @Test
  void nullsAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> given(null)).withMessage("message");
    assertThatNullPointerException().isThrownBy(() -> new MissedDuty(DutyRule.CONTACT_CARD, WHO, null,
        Optional.empty(), Optional.empty(), "2025", "m"));
    assertThatNullPointerException().isThrownBy(() -> new MissedDuty(null, WHO, Optional.empty(),
        Optional.empty(), Optional.empty(), "2025", "m")).withMessage("rule");
    assertThatNullPointerException().isThrownBy(
        () -> MissedDuty.of(DutyRule.CONTACT_CARD, WHO, null, null, null, null, null, "2025", () -> null).message())
        .withMessage("message");
  }
}
