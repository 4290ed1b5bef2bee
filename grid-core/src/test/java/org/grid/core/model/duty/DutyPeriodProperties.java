package org.grid.core.model.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The whole months and years of a period, computed from its ends, against a walk month by month; and the periods
 * too long to walk.
 */
class DutyPeriodProperties {

  @Property(tries = 500)
  void wholeMonthsAndYearsAreThoseAWalkFinds(@ForAll("periods") DutyPeriod period) {
    assertThat(period.wholeMonths()).isEqualTo(walkedMonths(period));
    assertThat(period.wholeYears()).isEqualTo(walkedYears(period));
  }

  @Test
  void aPeriodOfAHundredMillionYearsIsAnsweredWithoutListingIt() {
    ZoneOffset cst = ZoneOffset.ofHours(8);
    DutyPeriod period = new DutyPeriod(OffsetDateTime.of(-50_000_000, 3, 1, 0, 0, 0, 0, cst),
        OffsetDateTime.of(50_000_000, 3, 1, 0, 0, 0, 0, cst));

    List<YearMonth> months = period.wholeMonths();
    List<Year> years = period.wholeYears();

    assertThat(months.size()).isEqualTo(1_200_000_000);
    assertThat(months.get(0)).isEqualTo(YearMonth.of(-50_000_000, 3));
    assertThat(months.get(months.size() - 1)).isEqualTo(YearMonth.of(50_000_000, 2));
    assertThat(years.size()).isEqualTo(99_999_999);
    assertThat(years.get(0)).isEqualTo(Year.of(-49_999_999));
    assertThat(years.get(years.size() - 1)).isEqualTo(Year.of(49_999_999));
    assertThatThrownBy(() -> months.get(months.size())).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> months.add(YearMonth.of(2025, 1))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theWholeRangeOfJavaTimeHasItsYearsAndRefusesToListItsMonths() {
    DutyPeriod period = new DutyPeriod(OffsetDateTime.MIN, OffsetDateTime.MAX);

    // MIN begins the first year in its own offset, and MAX lies 36 hours past the last year's end in that offset.
    List<Year> years = period.wholeYears();
    assertThat(years.size()).isEqualTo(1_999_999_999);
    assertThat(years.get(0)).isEqualTo(Year.of(Year.MIN_VALUE));
    assertThat(years.get(years.size() - 1)).isEqualTo(Year.of(Year.MAX_VALUE));
    assertThatThrownBy(period::wholeMonths).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("whole months, more than a list holds");
  }

  @Test
  void theLastMonthOfJavaTimeIsWholeWhenTheEndLiesPastItInAnotherOffset() {
    DutyPeriod period = new DutyPeriod(OffsetDateTime.of(Year.MAX_VALUE, 12, 1, 0, 0, 0, 0, ZoneOffset.MAX),
        OffsetDateTime.MAX);

    assertThat(period.wholeMonths()).containsExactly(YearMonth.of(Year.MAX_VALUE, 12));
    assertThat(period.wholeYears()).isEmpty();
  }

  @Provide
  Arbitrary<DutyPeriod> periods() {
    Arbitrary<OffsetDateTime> instants = Combinators.combine(
            Arbitraries.integers().between(2020, 2030),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28),
            Arbitraries.integers().between(0, 23).edgeCases(e -> e.add(0)),
            Arbitraries.integers().between(-18, 18))
        .as((year, month, day, hour, offset) -> OffsetDateTime.of(year, month, day == 2 ? 1 : day,
            day <= 3 ? 0 : hour, 0, 0, 0, ZoneOffset.ofHours(offset)));
    return Combinators.combine(instants, instants)
        .filter((a, b) -> !a.isEqual(b))
        .as((a, b) -> a.isBefore(b) ? new DutyPeriod(a, b) : new DutyPeriod(b, a));
  }

  /** The months as the period's definition reads: each whose first instant and the next's lie in the period. */
  private static List<YearMonth> walkedMonths(DutyPeriod period) {
    List<YearMonth> months = new ArrayList<>();
    YearMonth month = YearMonth.from(period.from());
    if (!startOf(period, month).equals(period.from())) {
      month = month.plusMonths(1);
    }
    while (!startOf(period, month.plusMonths(1)).isAfter(period.to())) {
      months.add(month);
      month = month.plusMonths(1);
    }
    return months;
  }

  private static List<Year> walkedYears(DutyPeriod period) {
    List<Year> years = new ArrayList<>();
    for (YearMonth month : walkedMonths(period)) {
      if (month.getMonthValue() == 1 && !startOf(period, month.plusMonths(12)).isAfter(period.to())) {
        years.add(Year.of(month.getYear()));
      }
    }
    return years;
  }

  private static OffsetDateTime startOf(DutyPeriod period, YearMonth month) {
    return OffsetDateTime.of(month.getYear(), month.getMonthValue(), 1, 0, 0, 0, 0, period.from().getOffset());
  }
}
