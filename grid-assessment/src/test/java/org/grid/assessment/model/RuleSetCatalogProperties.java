package org.grid.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The catalog's check of overlapping rule sets, made by sorting each kind (a file of thousands of rule sets is checked
 * in O(n log n)), finds exactly what a check of every pair finds, and names a pair that does overlap; a repository's
 * check of one rule set joining a catalog agrees with a whole new catalog.
 */
class RuleSetCatalogProperties {

  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);
  private static final Pattern PAIR = Pattern.compile("rule sets (\\S+) \\(.*\\) and (\\S+) \\(");

  /** A few rule sets of three kinds, with validities of 1 to 30 days starting within 60 days. */
  @Provide
  Arbitrary<List<RuleSet>> ruleSets() {
    Arbitrary<String> kinds = Arbitraries.of("party-member/with-post", "party-member/without-post", "team-member");
    Arbitrary<Integer> starts = Arbitraries.integers().between(0, 60);
    Arbitrary<Integer> lengths = Arbitraries.integers().between(1, 30);
    return Combinators.combine(kinds, starts, lengths).as((kind, start, length) -> new Object[] {kind, start, length})
        .list().ofMaxSize(12).map(specs -> {
          List<RuleSet> sets = new ArrayList<>();
          for (int i = 0; i < specs.size(); i++) {
            Object[] spec = specs.get(i);
            LocalDate from = DAY.plusDays((Integer) spec[1]);
            sets.add(RuleSet.of("r" + i, (String) spec[0], new AssessmentPeriod(from, from.plusDays((Integer) spec[2])),
                "100", List.of()));
          }
          return sets;
        });
  }

  private static boolean anyPairOverlaps(List<RuleSet> sets) {
    for (int i = 0; i < sets.size(); i++) {
      for (int j = i + 1; j < sets.size(); j++) {
        if (overlap(sets.get(i), sets.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean overlap(RuleSet a, RuleSet b) {
    return a.subjectKind().equals(b.subjectKind()) && a.validity().overlaps(b.validity());
  }

  private static RuleSet named(List<RuleSet> sets, String id) {
    return sets.stream().filter(set -> set.id().value().equals(id)).findFirst().orElseThrow();
  }

  @Property
  void theCatalogRefusesExactlyWhenTwoRuleSetsOfAKindOverlapAndNamesSuchAPair(
      @ForAll("ruleSets") List<RuleSet> sets) {
    IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class,
        () -> RuleSetCatalog.of(sets));

    assertThat(refused != null).isEqualTo(anyPairOverlaps(sets));
    if (refused != null) {
      Matcher pair = PAIR.matcher(refused.getMessage());
      assertThat(pair.find()).as(refused.getMessage()).isTrue();
      assertThat(overlap(named(sets, pair.group(1)), named(sets, pair.group(2)))).as(refused.getMessage()).isTrue();
    }
  }

  @Property
  void aRuleSetJoinsACatalogExactlyWhenTheCatalogWithItIsValid(@ForAll("ruleSets") List<RuleSet> sets) {
    if (sets.isEmpty() || anyPairOverlaps(sets.subList(0, sets.size() - 1))) {
      return;
    }
    List<RuleSet> catalogued = sets.subList(0, sets.size() - 1);
    RuleSet last = sets.get(sets.size() - 1);
    // Sometimes the new one replaces a catalogued one: it takes its id.
    RuleSet added = catalogued.isEmpty() || last.validity().start().getDayOfMonth() % 2 == 0 ? last
        : new RuleSet(catalogued.get(0).id(), last.subjectKind(), last.validity(), last.base(), last.rules());
    List<RuleSet> after = new ArrayList<>(catalogued);
    after.removeIf(set -> set.id().equals(added.id()));
    after.add(added);

    IllegalArgumentException joining = catchThrowableOfType(IllegalArgumentException.class,
        () -> RuleSetCatalog.requireJoinable(catalogued, added));

    assertThat(joining == null).isEqualTo(!anyPairOverlaps(after));
  }
}
