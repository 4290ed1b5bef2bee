package org.grid.core.model.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class PurposeAndRetentionTest {

  @Test
  void aPurposeIsAStatementOfBoundedLength() {
    assertThat(Purpose.of("  answering request R1  ").statement()).isEqualTo("answering request R1");
    assertThatThrownBy(() -> Purpose.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("purpose must state why");
    assertThatThrownBy(() -> Purpose.of("x".repeat(Purpose.MAX_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 200");
    assertThatThrownBy(() -> Purpose.of("a\nb")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Purpose.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aPurposePrintsMasked() {
    assertThat(Purpose.of("call back 13812341234").toString()).isEqualTo("call back 138****1234");
  }

  @Test
  void retentionDefaultsAreTheDocumentedOnes() {
    RetentionPolicy policy = RetentionPolicy.defaults();
    assertThat(policy.period(RetentionPolicy.Kind.REQUESTS)).isEqualTo(Period.ofYears(3));
    assertThat(policy.period(RetentionPolicy.Kind.DUTY_LOGS)).isEqualTo(Period.ofYears(3));
    assertThat(policy.period(RetentionPolicy.Kind.PAIRINGS)).isEqualTo(Period.ofYears(3));
    assertThat(policy.period(RetentionPolicy.Kind.SCORES)).isEqualTo(Period.ofYears(5));
    assertThat(policy.period(RetentionPolicy.Kind.PERSONS)).isEqualTo(Period.ofYears(1));
    assertThat(policy.erasureDue(RetentionPolicy.Kind.PERSONS, LocalDate.of(2024, 2, 29)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void aCountyChangesOnePeriod() {
    RetentionPolicy policy = RetentionPolicy.defaults().with(RetentionPolicy.Kind.SCORES, Period.ofYears(10));
    assertThat(policy.scores()).isEqualTo(Period.ofYears(10));
    assertThat(policy.persons()).isEqualTo(Period.ofYears(1));
    assertThatThrownBy(() -> policy.with(RetentionPolicy.Kind.PERSONS, Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("persons must be a positive period");
  }
}
