package org.grid.core.model.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.EnumSet;
import org.grid.core.model.privacy.PersonalData;
import org.grid.core.model.privacy.Purpose;

/**
 * A household (户) of a unit. Its care tags decide which duties concern it (section 4 of the rulebook). Contact
 * details are personal data and are not part of the domain model.
 *
 * <p>Care tags are sensitive personal information (敏感个人信息: a petitioner, a minimum-living-allowance
 * household), so they are read only for a stated purpose, {@link #careTags(Purpose)}; grid's duty rules state
 * {@link Purpose#RULEBOOK_DUTIES}. {@link #toString()} shows how many tags a household has, never which. This is
 * why a household is a class and not a record: a record would give every caller its tags through a public
 * accessor without a purpose. Two households are equal when id, unit and tags are.
 */
public final class Household {

  private final HouseholdId id;
  private final UnitId unit;

  @PersonalData(PersonalData.Kind.SENSITIVE)
  private final ImmutableSet<CareTag> careTags;

  /**
   * Checks the household and freezes its tags.
   *
   * @param id the household's id, unique in its township
   * @param unit the unit the household lives in
   * @param careTags the household's care tags; may be empty
   * @throws NullPointerException if any argument is null
   */
  public Household(HouseholdId id, UnitId unit, Collection<CareTag> careTags) {
    this.id = requireNonNull(id, "id");
    this.unit = requireNonNull(unit, "unit");
    requireNonNull(careTags, "careTags");
    this.careTags = Sets.immutableEnumSet(careTags);
  }

  /**
   * Returns a household with the given tags.
   *
   * @param id the household's id
   * @param unit its unit
   * @param careTags its care tags, possibly empty
   * @return the household
   * @throws NullPointerException if any argument is null
   */
  public static Household of(HouseholdId id, UnitId unit, Collection<CareTag> careTags) {
    return new Household(id, unit, careTags.isEmpty() ? EnumSet.noneOf(CareTag.class) : EnumSet.copyOf(careTags));
  }

  /**
   * Returns the household's id.
   *
   * @return the id, unique in its township
   */
  public HouseholdId id() {
    return id;
  }

  /**
   * Returns the unit the household lives in.
   *
   * @return the unit
   */
  public UnitId unit() {
    return unit;
  }

  /**
   * Returns the household's care tags, for a stated purpose.
   *
   * @param purpose why the tags are read, not null; grid's duty rules give {@link Purpose#RULEBOOK_DUTIES}
   * @return the tags, possibly empty
   * @throws NullPointerException if {@code purpose} is null
   */
  public ImmutableSet<CareTag> careTags(Purpose purpose) {
    requireNonNull(purpose, "purpose");
    return careTags;
  }

  /**
   * Returns how many care tags the household has, which says nothing of which.
   *
   * @return the number of tags, 0 or more
   */
  public int careTagCount() {
    return careTags.size();
  }

  /**
   * Tells whether the household must be visited in every collective visit round (五必访).
   *
   * @return whether the household must be visited in every collective visit round (五必访)
   */
  public boolean mustVisit() {
    return careTags.stream().anyMatch(CareTag::mustVisit);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Household that
        && id.equals(that.id) && unit.equals(that.unit) && careTags.equals(that.careTags);
  }

  @Override
  public int hashCode() {
    return (id.hashCode() * 31 + unit.hashCode()) * 31 + careTags.hashCode();
  }

  /** Returns the id, the unit and the number of care tags, for example {@code Household[H1 in T01-V04-G01, 2 care tags]}. */
  @Override
  public String toString() {
    return "Household[" + id + " in " + unit + ", " + careTags.size() + " care tag" + (careTags.size() == 1 ? "" : "s")
        + "]";
  }
}
