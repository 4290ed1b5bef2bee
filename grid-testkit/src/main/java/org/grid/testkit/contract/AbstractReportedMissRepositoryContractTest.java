package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.port.out.ReportedMissRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ReportedMissRepository}. An adapter proves itself by a test class that extends this one and
 * returns a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class AbstractReportedMissRepositoryContractTest {

  private static final TownshipId T1 = TownshipId.of("T1");
  private static final TownshipId T2 = TownshipId.of("T2");
  private static final Instant AT = Instant.parse("2026-01-05T02:00:00Z");
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);
  private static final String C = "c".repeat(64);

  private ReportedMissRepository repository;

  /**
   * Returns a new, empty repository; called before every test.
   *
   * @return the repository under test
   */
  protected abstract ReportedMissRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  @Test
  void keysAreNewOnceAndOnlyOnce() {
    assertThat(repository.isRecorded(T1, A)).isFalse();

    assertThat(repository.recordNew(T1, List.of(B, A), AT)).containsExactly(B, A);
    assertThat(repository.recordNew(T1, List.of(A, C, B), AT.plusSeconds(60))).containsExactly(C);
    assertThat(repository.recordNew(T1, List.of(A, B, C), AT.plusSeconds(120))).as("a re-run is a no-op").isEmpty();

    assertThat(repository.isRecorded(T1, A)).isTrue();
    assertThat(repository.isRecorded(T1, C)).isTrue();
  }

  @Test
  void eachTownshipHasItsOwnKeys() {
    repository.recordNew(T1, List.of(A), AT);

    assertThat(repository.isRecorded(T2, A)).isFalse();
    assertThat(repository.recordNew(T2, List.of(A, B), AT)).containsExactly(A, B);
    assertThat(repository.recordNew(T1, List.of(A, B), AT)).containsExactly(B);
  }

  @Test
  void aKeyGivenTwiceIsRecordedOnceAndNothingIsEmpty() {
    assertThat(repository.recordNew(T1, List.of(A, A, B, A), AT)).containsExactly(A, B);
    assertThat(repository.recordNew(T1, List.of(), AT)).isEmpty();
  }

  @Test
  void manyKeysAtOnce() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      keys.add(String.format("%064x", i));
    }
    assertThat(repository.recordNew(T1, keys.subList(0, 700), AT)).hasSize(700);

    assertThat(repository.recordNew(T1, keys, AT)).containsExactlyElementsOf(keys.subList(700, 1_200));
    assertThat(repository.isRecorded(T1, keys.get(1_199))).isTrue();
  }

  @Test
  void keysOfAnyCharactersUpToTheLimitAreTakenExactly() {
    String longest = "键/%_'".repeat(ReportedMissRepository.MAX_KEY / 5);
    String upper = A.toUpperCase();

    assertThat(repository.recordNew(T1, List.of(longest, upper, A), AT)).containsExactly(longest, upper, A);
    assertThat(repository.isRecorded(T1, longest)).isTrue();
    assertThat(repository.isRecorded(T1, longest.substring(1))).isFalse();
  }

  @Test
  void badKeysAreRefusedNamingTheKeyAndNothingIsRecorded() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> repository.recordNew(T1, List.of(A, " "), AT)).withMessageContaining("key");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> repository.recordNew(T1, List.of(A, "x".repeat(ReportedMissRepository.MAX_KEY + 1)), AT))
        .withMessageContaining("key");
    assertThat(repository.isRecorded(T1, A)).isFalse();

    assertThatNullPointerException().isThrownBy(() -> repository.recordNew(T1, Arrays.asList(A, null), AT))
        .withMessageContaining("key");
    assertThatNullPointerException().isThrownBy(() -> repository.recordNew(null, List.of(A), AT));
    assertThatNullPointerException().isThrownBy(() -> repository.recordNew(T1, null, AT));
    assertThatNullPointerException().isThrownBy(() -> repository.recordNew(T1, List.of(A), null));
    assertThatNullPointerException().isThrownBy(() -> repository.isRecorded(T1, null));
    assertThat(repository.isRecorded(T1, A)).isFalse();
  }
}
