package org.grid.adapters.inmemory.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Evidence;
import org.junit.jupiter.api.Test;

class InMemoryEvidenceSourceTest {

  @Test
  void aPeriodGetsExactlyTheEvidenceDatedInIt() {
    Evidence lastDayBefore = Evidence.of("a", "visit.round", "m1", LocalDate.of(2024, 12, 31), Map.of());
    Evidence first = Evidence.of("b", "visit.round", "m1", LocalDate.of(2025, 1, 1), Map.of());
    Evidence last = Evidence.of("c", "visit.round", "m2", LocalDate.of(2025, 12, 31), Map.of());
    Evidence firstAfter = Evidence.of("d", "visit.round", "m2", LocalDate.of(2026, 1, 1), Map.of());
    InMemoryEvidenceSource source = new InMemoryEvidenceSource().add(List.of(lastDayBefore, first, last, firstAfter));

    assertThat(source.evidence(AssessmentPeriod.year(2025))).containsExactlyInAnyOrder(first, last);
  }
}
