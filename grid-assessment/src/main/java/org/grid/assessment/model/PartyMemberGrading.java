package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * Grades party members' scores (党员考评定等) by a {@link GradingPolicy}, village by village, keeping the share of
 * excellent grades within the village's quota.
 *
 * <p>When more members of a village earn excellent than its quota allows, the quota goes to the highest totals;
 * among equal totals, to the member with fewer points deducted (fewer duties missed); among those, to the lower
 * member id. The others keep "qualified", marked as cut by the cap. The order of the input does not matter.
 */
public final class PartyMemberGrading {

  /** The tie rule for the excellent quota: higher total, then fewer points deducted, then lower member id. */
  public static final Comparator<GradedMember> QUOTA_ORDER =
      Comparator.comparing((GradedMember graded) -> graded.score().total()).reversed()
          .thenComparing(graded -> graded.score().deducted())
          .thenComparing(graded -> graded.member().id());

  private PartyMemberGrading() {}

  /**
   * Grades members.
   *
   * @param policy the grading policy
   * @param scored each member with their score for the period; a member appears once
   * @return every member's result, ordered by village, then by member id
   * @throws IllegalArgumentException if a member appears twice or a score is not the member's
   */
  public static ImmutableList<GradedMember> grade(GradingPolicy policy, Map<PartyMember, Score> scored) {
    requireNonNull(policy, "policy");
    Map<VillageId, List<GradedMember>> byVillage = new LinkedHashMap<>();
    Set<SubjectId> seen = new HashSet<>();
    for (Map.Entry<PartyMember, Score> entry : scored.entrySet()) {
      PartyMember member = entry.getKey();
      Score score = entry.getValue();
      if (!seen.add(member.id())) {
        throw new IllegalArgumentException("member " + member.id() + " appears twice");
      }
      if (!score.subject().equals(member.id())) {
        throw new IllegalArgumentException("score of " + score.subject() + " given for member " + member.id());
      }
      byVillage.computeIfAbsent(member.village(), v -> new ArrayList<>())
          .add(new GradedMember(member, score, policy.gradeOf(score.total()), false));
    }
    List<GradedMember> results = new ArrayList<>();
    byVillage.keySet().stream().sorted().forEach(village -> {
      List<GradedMember> members = byVillage.get(village);
      int quota = policy.excellentQuota(members.size());
      List<GradedMember> excellent = new ArrayList<>(
          members.stream().filter(m -> m.grade() == Grade.EXCELLENT).sorted(QUOTA_ORDER).toList());
      List<GradedMember> graded = new ArrayList<>(members.stream().filter(m -> m.grade() != Grade.EXCELLENT).toList());
      for (int i = 0; i < excellent.size(); i++) {
        GradedMember candidate = excellent.get(i);
        graded.add(i < quota
            ? candidate
            : new GradedMember(candidate.member(), candidate.score(), Grade.QUALIFIED, true));
      }
      graded.sort(Comparator.comparing(m -> m.member().id()));
      results.addAll(graded);
    });
    return ImmutableList.copyOf(results);
  }
}
