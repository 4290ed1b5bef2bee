package org.grid.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The time encoding of {@link Sql}: exact, ordered, refused outside what a BIGINT of nanoseconds holds. */
class SqlTest {

  private static final Instant FIRST = Instant.parse("1677-09-21T00:12:44Z");
  private static final Instant LAST = Instant.parse("2262-04-11T23:47:16.854775806Z");

  @Test
  void storedInstantsRoundTripExactlyAndInOrder() {
    List<Instant> instants = List.of(FIRST, Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.EPOCH,
        Instant.parse("2025-03-01T00:00:00.000000001Z"), LAST);
    long previous = Long.MIN_VALUE;
    for (Instant instant : instants) {
      long nanos = Sql.epochNanos(instant, "at");
      assertThat(Sql.instantOfEpochNanos(nanos)).isEqualTo(instant);
      assertThat(nanos).isGreaterThan(previous);
      previous = nanos;
    }
  }

  @Test
  void instantsBeyondTheStoredRangeAreRefusedNamingTheField() {
    for (Instant beyond : List.of(FIRST.minusNanos(1), LAST.plusNanos(1), Instant.MAX, Instant.MIN)) {
      assertThatThrownBy(() -> Sql.epochNanos(beyond, "composedAt of team T"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("composedAt of team T " + beyond)
          .hasMessageContaining("1677-2262");
    }
  }

  @Test
  void boundsAreExactInsideTheRangeAndSaturateBeyondIt() {
    assertThat(Sql.epochNanosBound(FIRST)).isEqualTo(Sql.epochNanos(FIRST, "at"));
    assertThat(Sql.epochNanosBound(FIRST.plusMillis(500))).isEqualTo(Sql.epochNanos(FIRST, "at") + 500_000_000L);
    assertThat(Sql.epochNanosBound(LAST.plusNanos(1))).isEqualTo(Long.MAX_VALUE);
    assertThat(Sql.epochNanosBound(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
    assertThat(Sql.epochNanosBound(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
    assertThat(Sql.epochNanosBound(FIRST.minusNanos(1))).isLessThan(Sql.epochNanos(FIRST, "at"));
  }
}
