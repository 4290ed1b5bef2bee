package org.grid.core.model.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.grid.core.model.team.PersonId;
import org.junit.jupiter.api.Test;

class DenseIndexTest {

  @Test
  void numbersIdsInTheOrderFirstAddedAndFindsThemByEquality() {
    DenseIndex<PersonId> index = new DenseIndex<>(3_000);
    for (int i = 0; i < 3_000; i++) {
      assertThat(index.add(PersonId.of("P" + i))).isEqualTo(i);
    }

    assertThat(index.add(PersonId.of("P17"))).isEqualTo(17);
    assertThat(index.size()).isEqualTo(3_000);
    for (int i = 0; i < 3_000; i++) {
      assertThat(index.indexOf(PersonId.of("P" + i))).isEqualTo(i);
    }
    assertThat(index.indexOf(PersonId.of("P3000"))).isEqualTo(-1);
    assertThat(index.indexOf("P1")).as("an object of another type").isEqualTo(-1);
  }

  @Test
  void idsWithEqualHashCodesAreKeptApart() {
    DenseIndex<String> index = new DenseIndex<>(4);
    // "Aa" and "BB" have the same String hash code
    index.add("Aa");
    index.add("BB");

    assertThat(index.indexOf("Aa")).isZero();
    assertThat(index.indexOf("BB")).isEqualTo(1);
    assertThat(index.indexOf("C#")).as("same hash code, never added").isEqualTo(-1);
  }

  @Test
  void refusesMoreIdsThanItsTableHolds() {
    DenseIndex<Integer> index = new DenseIndex<>(0);
    for (int i = 0; i < 8; i++) {
      index.add(i);
    }

    assertThatIllegalStateException().isThrownBy(() -> index.add(8));
  }
}
