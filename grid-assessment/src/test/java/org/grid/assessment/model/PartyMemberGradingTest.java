package org.grid.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grid.core.model.jurisdiction.VillageId;
import org.junit.jupiter.api.Test;

class PartyMemberGradingTest {

  private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);

  private static Score score(String member, String total, String deducted) {
    BigDecimal minus = new BigDecimal(deducted);
    return new Score(SubjectId.of(member), Y2025, RuleSetId.of("r"), ImmutableList.of(
        new LineItem(LineItem.BASE, "base", ImmutableList.of(), new BigDecimal(total).add(minus), false),
        new LineItem(RuleId.of("missed"), "missed", ImmutableList.of(), minus.negate(), false)));
  }

  private static PartyMember member(String id, String village) {
    return new PartyMember(SubjectId.of(id), VillageId.of(village), PartyMemberClass.WITHOUT_POST);
  }

  @Test
  void atMostTwentyPercentOfAVillageIsExcellentAndTiesGoToFewerDeductionsThenLowerId() {
    Map<PartyMember, Score> scored = new LinkedHashMap<>();
    // Ten members of V1: quota 2. Four earn excellent: m4 (95), then m1, m2 and m3 tied at 92.
    scored.put(member("m1", "V1"), score("m1", "92", "3"));
    scored.put(member("m2", "V1"), score("m2", "92", "0"));
    scored.put(member("m3", "V1"), score("m3", "92", "0"));
    scored.put(member("m4", "V1"), score("m4", "95", "5"));
    for (int i = 5; i <= 10; i++) {
      scored.put(member("m" + i, "V1"), score("m" + i, String.valueOf(50 + i * 3), "0"));
    }

    List<GradedMember> results = PartyMemberGrading.grade(GradingPolicy.defaults(), scored);

    assertThat(results.stream().filter(r -> r.grade() == Grade.EXCELLENT).map(r -> r.member().id().value()))
        .containsExactlyInAnyOrder("m4", "m2");
    assertThat(results.stream().filter(GradedMember::cutByExcellentCap).map(r -> r.member().id().value()))
        .containsExactlyInAnyOrder("m1", "m3");
    assertThat(results).filteredOn(r -> r.member().id().value().equals("m5"))
        .singleElement().extracting(GradedMember::grade).isEqualTo(Grade.BASICALLY_QUALIFIED);
    assertThat(results).filteredOn(r -> r.member().id().value().equals("m9"))
        .singleElement().extracting(GradedMember::grade).isEqualTo(Grade.QUALIFIED);
  }

  @Test
  void aSmallVillageMayHaveNoExcellentMember() {
    Map<PartyMember, Score> scored = Map.of(
        member("a", "V2"), score("a", "99", "0"),
        member("b", "V2"), score("b", "40", "0"));

    List<GradedMember> results = PartyMemberGrading.grade(GradingPolicy.defaults(), scored);

    assertThat(results).extracting(GradedMember::grade).containsExactly(Grade.QUALIFIED, Grade.UNQUALIFIED);
    assertThat(results.get(0).cutByExcellentCap()).isTrue();
  }
}
