package org.grid.core.model.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VisitCountsTest {

  @Test
  void countsEveryKeyThroughGrowth() {
    VisitCounts counts = new VisitCounts(4);
    Map<Long, Integer> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      long key = VisitCounts.key(random.nextInt(50), random.nextInt(VisitCounts.MAX_INDEX), random.nextInt(24));
      counts.add(key);
      expected.merge(key, 1, Integer::sum);
    }

    expected.forEach((key, n) -> assertThat(counts.get(key)).isEqualTo(n));
    assertThat(counts.get(VisitCounts.key(VisitCounts.MAX_INDEX - 1, 0, 0))).isZero();
  }

  @Test
  void keysOfDifferentPartsDiffer() {
    assertThat(VisitCounts.key(1, 0, 0)).isNotEqualTo(VisitCounts.key(0, 1, 0)).isNotEqualTo(VisitCounts.key(0, 0, 1));
    assertThat(VisitCounts.key(VisitCounts.MAX_INDEX - 1, VisitCounts.MAX_INDEX - 1, VisitCounts.MAX_MONTH - 1))
        .isNotEqualTo(VisitCounts.key(VisitCounts.MAX_INDEX - 1, VisitCounts.MAX_INDEX - 1, VisitCounts.MAX_MONTH - 2));
  }

  @Test
  void theMonthIndexIsTheCalendarMonthInTheOffsetOfThePeriod() {
    DutyPeriod period = DutyPeriod.year(2025, ZoneOffset.ofHours(8));
    Random random = new Random(3);
    for (int i = 0; i < 2_000; i++) {
      OffsetDateTime at = period.from().plusMinutes(random.nextInt(2 * 366 * 24 * 60) - 366 * 24 * 60)
          .withOffsetSameInstant(ZoneOffset.ofHours(random.nextInt(27) - 12));
      assertThat(period.monthIndex(at))
          .isEqualTo(period.monthOf(at).getYear() * 12 + period.monthOf(at).getMonthValue() - 1);
    }
    // 2025-01-31T20:00Z is already February in UTC+8
    assertThat(period.monthIndex(OffsetDateTime.parse("2025-01-31T20:00:00Z"))).isEqualTo(2025 * 12 + 1);
  }
}
