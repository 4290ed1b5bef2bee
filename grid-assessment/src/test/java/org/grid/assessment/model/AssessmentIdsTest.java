package org.grid.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The assessment's ids refuse control and invisible format characters, as every id of grid's model does. */
class AssessmentIdsTest {

  private static final List<Function<String, ?>> FACTORIES =
      List.of(RuleId::of, RuleSetId::of, SubjectId::of, EvidenceId::of);
  private static final List<String> NAMES = List.of("ruleId", "ruleSetId", "subjectId", "evidenceId");

  @Test
  void everyAssessmentIdRefusesControlCharacters() {
    for (int i = 0; i < FACTORIES.size(); i++) {
      Function<String, ?> factory = FACTORIES.get(i);
      assertThatThrownBy(() -> factory.apply("m\u001b[2J1"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(NAMES.get(i) + " must not contain control characters, has U+001B at index 1");
      assertThat(factory.apply("T01-V04-N1/2025").toString()).isEqualTo("T01-V04-N1/2025");
    }
  }

  @Test
  void subjectAndEvidenceIdsRefuseNationalIdNumbersWithoutQuotingThem() {
    // Both are printed in every score that names them; a valid GB 11643 number, checksum included.
    assertThatThrownBy(() -> SubjectId.of("110101199003077774"))
        .hasMessage("subjectId must not be a national ID number (GB 11643); use a pseudonymous id");
    assertThatThrownBy(() -> EvidenceId.of("110101199003077774"))
        .hasMessage("evidenceId must not be a national ID number (GB 11643); use a pseudonymous id");
    assertThat(EvidenceId.of("110101199003077775").value()).as("a wrong checksum is no ID number")
        .isEqualTo("110101199003077775");
  }

  @Test
  void everyAssessmentIdRefusesInvisibleFormatCharactersWithWhichTwoIdsLookTheSame() {
    for (int i = 0; i < FACTORIES.size(); i++) {
      Function<String, ?> factory = FACTORIES.get(i);
      assertThatThrownBy(() -> factory.apply("P\u200B002"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(NAMES.get(i) + " must not contain invisible format characters (bidirectional controls, "
              + "zero-width characters), has U+200B at index 1");
      assertThatThrownBy(() -> factory.apply("S0\u202E01")).hasMessageContaining("U+202E at index 2");
      assertThat(factory.apply("党员-王\uD83C\uDF3E").toString()).as("a pair beyond the BMP is text")
          .isEqualTo("党员-王\uD83C\uDF3E");
    }
  }
}
