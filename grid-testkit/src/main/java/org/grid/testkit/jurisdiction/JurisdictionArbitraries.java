package org.grid.testkit.jurisdiction;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.grid.core.model.jurisdiction.Coordinates;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.ExistingDistrict;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * jqwik arbitraries for the jurisdiction model: ids, units, villages and small townships with arbitrary adjacency
 * and current districts. They explore the model's corners (any valid id text, Chinese names, tags, missing
 * coordinates, islands, no adjacency at all); for townships shaped like real ones, use the partition arbitraries.
 *
 * <p>Use them in a property as {@code @ForAll("townships") Township t} with a {@code @Provide} method returning
 * {@code JurisdictionArbitraries.townships()}.
 */
public final class JurisdictionArbitraries {

  /**
   * The county (县) of every township the testkit's arbitraries, generators and contract tests make: {@code C1}, the
   * county of the sample request places ({@code EscalationSamples.COUNTY}).
   */
  public static final CountyId COUNTY = CountyId.of("C1");

  private static final List<String> VILLAGE_NAMES =
      List.of("五都村", "石门村", "王村", "大路村", "前山村", "黄泥村", "金竹村", "下洋村", "Shimen", "村 \"引号\" 🌾");

  private JurisdictionArbitraries() {}

  /**
   * Returns valid id texts: 1 to 64 characters, no surrounding whitespace, no control characters, including
   * Chinese letters, punctuation, quotes and inner spaces.
   *
   * @return valid id texts
   */
  public static Arbitrary<String> idTexts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.chars().alpha().numeric().with('-', '_', '.', '/').map(String::valueOf),
        Arbitraries.of("村", "乡", "组", "片", "区", "'", "\"", " ", "😀", "🌾", "; DROP TABLE village; --"),
        Arbitraries.chars().range('\u4e00', '\u9fa5').map(String::valueOf));
    return piece.list().ofMinSize(1).ofMaxSize(24)
        .map(pieces -> String.join("", pieces))
        .filter(text -> text.length() <= 64 && text.strip().equals(text) && !text.isBlank());
  }

  /**
   * Returns texts that no id accepts: blank, surrounded by whitespace, too long, or with a control character.
   *
   * @return texts that no id accepts
   */
  public static Arbitrary<String> invalidIdTexts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().whitespace().ofMaxLength(5),
        idTexts().map(text -> " " + text),
        idTexts().map(text -> text + "\t"),
        idTexts().map(text -> text + "\n" + text),
        Arbitraries.strings().alpha().ofMinLength(65).ofMaxLength(200));
  }

  /**
   * Returns names: non-blank text, Chinese or not.
   *
   * @return names
   */
  public static Arbitrary<String> names() {
    return Arbitraries.oneOf(Arbitraries.of(VILLAGE_NAMES), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
  }

  /**
   * Returns points with finite coordinates.
   *
   * @return points with finite coordinates
   */
  public static Arbitrary<Coordinates> coordinates() {
    return Combinators.combine(
            Arbitraries.doubles().between(-1e6, 1e6), Arbitraries.doubles().between(-1e6, 1e6))
        .as(Coordinates::of);
  }

  /**
   * Returns units with the given id, 1 to 10,000 households, and sometimes a location and tags.
   *
   * @param id the unit's id
   * @return the arbitrary
   */
  public static Arbitrary<Unit> units(UnitId id) {
    return Combinators.combine(
            names(),
            Arbitraries.integers().between(1, 10_000),
            coordinates().optional(),
            Arbitraries.of("tea", "竹", "bamboo", "畲族", "orchard").set().ofMaxSize(3))
        .as((name, households, location, tags) -> {
          Unit unit = Unit.of(id, name, households).withTags(tags);
          return location.map(unit::at).orElse(unit);
        });
  }

  /**
   * Returns townships of 1 to 8 villages of 1 to 6 units each, with arbitrary (possibly absent) unit adjacency
   * inside and across villages, sometimes a current assignment into districts, and one of three counties.
   *
   * @return townships of 1 to 8 villages of 1 to 6 units each, with arbitrary (possibly absent) unit adjacency inside
   *     and across villages, sometimes a current assignment into districts, and one of three counties
   */
  public static Arbitrary<Township> townships() {
    return Arbitraries.integers().between(1, 8).list().ofMinSize(1).ofMaxSize(8)
        .flatMap(unitsPerVillage -> {
          List<Arbitrary<Village>> villages = new ArrayList<>();
          for (int v = 0; v < unitsPerVillage.size(); v++) {
            VillageId villageId = VillageId.of("V" + (v + 1));
            List<Arbitrary<Unit>> units = new ArrayList<>();
            for (int u = 0; u < unitsPerVillage.get(v); u++) {
              units.add(units(UnitId.of(villageId.value() + "-G" + (u + 1))));
            }
            villages.add(Combinators.combine(names(), Combinators.combine(units).as(List::copyOf))
                .as((name, list) -> Village.of(villageId, name, list)));
          }
          return Combinators.combine(
                  Combinators.combine(villages).as(List::copyOf),
                  Arbitraries.integers().between(0, 1 << 20).list().ofMaxSize(30),
                  Arbitraries.of(true, false),
                  Arbitraries.integers().between(0, 3),
                  Arbitraries.of("C1", "C2", "永丰县").map(CountyId::of))
              .as(JurisdictionArbitraries::township);
        });
  }

  private static Township township(
      List<Village> villages, List<Integer> edgeSeeds, boolean adjacencyKnown, int districtCount, CountyId county) {
    Township.Builder builder = Township.builder(county, TownshipId.of("T1"), "示范乡");
    villages.forEach(builder::village);
    List<UnitId> units = villages.stream().flatMap(v -> v.units().stream()).map(Unit::id).toList();
    if (adjacencyKnown) {
      builder.adjacencyKnown();
      for (int seed : edgeSeeds) {
        UnitId a = units.get(seed % units.size());
        UnitId b = units.get((seed / units.size()) % units.size());
        if (!a.equals(b)) {
          builder.adjacent(a, b);
        }
      }
    }
    int districts = Math.min(districtCount, villages.size());
    for (int d = 0; d < districts; d++) {
      List<VillageId> members = new ArrayList<>();
      for (int v = d; v < villages.size(); v += districts) {
        members.add(villages.get(v).id());
      }
      builder.existingDistrict(ExistingDistrict.of(DistrictId.of("D" + (d + 1)), "第" + (d + 1) + "片区", members));
    }
    return builder.build();
  }
}
