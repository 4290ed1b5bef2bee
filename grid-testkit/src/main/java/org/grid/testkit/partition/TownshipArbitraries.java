package org.grid.testkit.partition;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.grid.core.model.jurisdiction.Township;

/**
 * jqwik arbitraries of townships like real ones, made by {@link TownshipGenerator}: connected planar unit graphs,
 * villages of 80 to 1,300 households in units of 10 to 120; and chain-like townships of few large villages among many
 * small ones. Shrinking goes toward fewer villages.
 */
public final class TownshipArbitraries {

  private TownshipArbitraries() {}

  /**
   * Townships of {@code minVillages} to {@code maxVillages} villages, without a current 片区 assignment; each can be
   * planned without an {@code ERROR} for any district count up to its number of villages.
   *
   * @param minVillages the fewest villages, at least 1
   * @param maxVillages the most villages, at least {@code minVillages}
   * @return the arbitrary
   * @throws IllegalArgumentException if the bounds are out of range
   */
  public static Arbitrary<Township> townships(int minVillages, int maxVillages) {
    checkBounds(minVillages, maxVillages);
    return Combinators.combine(Arbitraries.integers().between(minVillages, maxVillages), Arbitraries.longs())
        .as(TownshipGenerator::generate);
  }

  /**
   * Townships as {@link #townships(int, int)}, with a current 片区 assignment of {@code districts} connected runs of
   * villages (or fewer, when a township has fewer villages).
   *
   * @param minVillages the fewest villages, at least 1
   * @param maxVillages the most villages, at least {@code minVillages}
   * @param districts the number of current districts, at least 1
   * @return the arbitrary
   * @throws IllegalArgumentException if the bounds are out of range
   */
  public static Arbitrary<Township> townshipsWithDistricts(int minVillages, int maxVillages, int districts) {
    checkBounds(minVillages, maxVillages);
    if (districts < 1) {
      throw new IllegalArgumentException("districts must be at least 1, was " + districts);
    }
    return Combinators.combine(Arbitraries.integers().between(minVillages, maxVillages), Arbitraries.longs())
        .as((villages, seed) -> TownshipGenerator.generate(villages, Math.min(districts, villages), seed));
  }

  /**
   * Chain-like townships ({@link TownshipGenerator#chain(int[], int)}) of {@code minVillages} to {@code maxVillages}
   * villages: a few large villages (600 to 1,300 households, about one in six) among many small ones (80 to 220),
   * along a strip one to three units wide. They shrink toward fewer villages, smaller villages and a narrower strip.
   *
   * @param minVillages the fewest villages, at least 1
   * @param maxVillages the most villages, at least {@code minVillages}
   * @return the arbitrary
   * @throws IllegalArgumentException if the bounds are out of range
   */
  public static Arbitrary<Township> chainTownships(int minVillages, int maxVillages) {
    checkBounds(minVillages, maxVillages);
    Arbitrary<Integer> village = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.integers().between(TownshipGenerator.MIN_VILLAGE, 220)),
        Tuple.of(1, Arbitraries.integers().between(600, TownshipGenerator.MAX_VILLAGE)));
    // Sizes spread evenly over the range: the default distribution favours short lists, and the long chains are where
    // grouping is hard.
    return Combinators.combine(village.list().ofMinSize(minVillages).ofMaxSize(maxVillages)
                .withSizeDistribution(RandomDistribution.uniform()),
            Arbitraries.integers().between(1, 3))
        .as((households, width) -> TownshipGenerator.chain(
            households.stream().mapToInt(Integer::intValue).toArray(), width));
  }

  private static void checkBounds(int minVillages, int maxVillages) {
    if (minVillages < 1 || maxVillages < minVillages) {
      throw new IllegalArgumentException("villages must satisfy 1 <= min <= max, were " + minVillages + ", "
          + maxVillages);
    }
  }
}
