package org.grid.adapters.jdbc.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.grid.adapters.jdbc.outbox.OutboxRelay.WalkStart;
import org.junit.jupiter.api.Test;

/** Where the PostgreSQL claim's walk starts. */
class WalkStartTest {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final Duration LAG = WalkStart.LAG;

  @Test
  void the_first_walk_is_whole_and_the_start_moves_to_a_claims_least_id_once_that_claim_is_a_lag_old() {
    WalkStart start = new WalkStart();
    assertThat(start.from(T0)).isZero();
    start.claimed(T0, 100);
    assertThat(start.from(T0.plusMillis(10))).isZero();
    start.claimed(T0.plusMillis(10), 120);             // within the lag: the start stays
    assertThat(start.from(T0.plus(LAG))).isZero();
    start.claimed(T0.plus(LAG), 200);                  // a lag after the claim of 100: the start moves there
    assertThat(start.from(T0.plus(LAG).plusMillis(1))).isEqualTo(100);
    start.claimed(T0.plus(LAG.multipliedBy(2)), 300);  // a lag after the claim of 200
    assertThat(start.from(T0.plus(LAG.multipliedBy(2)).plusMillis(1))).isEqualTo(200);
  }

  /** A start that walked the whole index at T0, claimed 100 then and 200 a lag later: it starts at 100. */
  private static WalkStart movedTo100() {
    WalkStart start = new WalkStart();
    assertThat(start.from(T0)).isZero();
    start.claimed(T0, 100);
    start.claimed(T0.plus(LAG), 200);
    return start;
  }

  @Test
  void the_whole_index_is_walked_again_after_the_full_walk_interval() {
    WalkStart start = movedTo100();
    Instant beforeFull = T0.plus(WalkStart.FULL_WALK).minusMillis(1);
    assertThat(start.from(beforeFull)).isEqualTo(100);
    assertThat(start.from(T0.plus(WalkStart.FULL_WALK))).isZero();
    assertThat(start.from(T0.plus(WalkStart.FULL_WALK).plusMillis(1))).isEqualTo(100);
  }

  @Test
  void an_event_given_back_brings_the_start_down_to_its_id() {
    WalkStart start = movedTo100();
    start.givenBack(150);                              // the candidate (200) comes down too
    assertThat(start.from(T0.plus(LAG))).isEqualTo(100);
    start.claimed(T0.plus(LAG.multipliedBy(2)), 300);
    assertThat(start.from(T0.plus(LAG.multipliedBy(2)))).isEqualTo(150);
    start.givenBack(50);
    assertThat(start.from(T0.plus(LAG.multipliedBy(2)))).isEqualTo(50);
  }

  @Test
  void a_clock_set_back_walks_the_whole_index_at_once() {
    WalkStart start = movedTo100();
    assertThat(start.from(T0.plus(LAG))).isEqualTo(100);
    Instant setBack = T0.minus(Duration.ofHours(1));
    assertThat(start.from(setBack)).isZero();
    assertThat(start.from(setBack.plusMillis(1))).isEqualTo(100);
  }

  @Test
  void a_clock_that_does_not_move_walks_the_whole_index_every_time() {
    WalkStart start = new WalkStart();
    for (int i = 0; i < 5; i++) {
      assertThat(start.from(T0)).isZero();
      start.claimed(T0, 100 + i);
    }
  }
}
