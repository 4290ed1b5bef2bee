package org.grid.core.model.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WatchedVisitsTest {

  /** Counts the same random visits densely and hashed, against a map of every visit, watched or not. */
  @Test
  void countsOnlyWatchedPairsTheSameDenseOrHashed() {
    Random random = new Random(11);
    int households = 300;
    int people = 40;
    int months = 14;
    WatchedVisits.Builder builder = WatchedVisits.builder(households);
    Set<Long> watched = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      int person = random.nextInt(people);
      int household = random.nextInt(households);
      builder.watch(person, household);
      watched.add(((long) person << 32) | household);
    }
    WatchedVisits dense = builder.build(months);
    WatchedVisits hashed = builder.build(months, 0);
    assertThat(dense.dense()).isTrue();
    assertThat(hashed.dense()).isFalse();
    assertThat(dense.pairs()).isEqualTo(watched.size());

    Map<List<Integer>, Integer> all = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      int person = random.nextInt(people);
      int household = random.nextInt(households);
      int month = random.nextInt(months + 4) - 2; // some outside the period
      dense.add(person, household, month);
      hashed.add(person, household, month);
      all.merge(List.of(person, household, month), 1, Integer::sum);
    }

    for (int person = 0; person < people; person++) {
      for (int household = 0; household < households; household++) {
        boolean isWatched = watched.contains(((long) person << 32) | household);
        for (int month = -2; month < months + 2; month++) {
          int expected = isWatched && month >= 0 && month < months
              ? all.getOrDefault(List.of(person, household, month), 0) : 0;
          assertThat(dense.get(person, household, month)).isEqualTo(expected);
          assertThat(hashed.get(person, household, month)).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void aPairGivenTwiceIsWatchedOnce() {
    WatchedVisits visits = WatchedVisits.builder(3).watch(5, 2).watch(5, 2).watch(4, 2).build(1);
    visits.add(5, 2, 0);

    assertThat(visits.pairs()).isEqualTo(2);
    assertThat(visits.get(5, 2, 0)).isEqualTo(1);
    assertThat(visits.get(4, 2, 0)).isZero();
    assertThat(visits.get(5, 1, 0)).isZero();
    assertThat(visits.get(5, -1, 0)).isZero();
  }

  @Test
  void refusesNumbersOutOfRange() {
    WatchedVisits.Builder builder = WatchedVisits.builder(2);

    assertThatThrownBy(() -> builder.watch(0, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
    assertThatThrownBy(() -> builder.watch(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.build(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months");
    assertThatThrownBy(() -> WatchedVisits.builder(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
