package org.grid.core.model.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.grid.core.model.jurisdiction.CareTag;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.junit.jupiter.api.Test;

/**
 * The model's personal data is marked, printed masked and read in clear only with a purpose. That every marked
 * type writes its own toString() is the architecture rule {@code personalDataIsNeverPrintedByDefault} of
 * grid-testkit, checked over all of grid by the examples' ArchitectureTest.
 */
class PersonalDataInTheModelTest {

  private static final String ID_NUMBER = "110101199003077774";

  @Test
  void theNameOfAPersonAndTheCareTagsOfAHouseholdAreMarked() throws NoSuchFieldException {
    assertThat(Arrays.stream(Person.class.getDeclaredFields())
        .filter(field -> field.isAnnotationPresent(PersonalData.class))
        .map(field -> field.getName() + "=" + field.getAnnotation(PersonalData.class).value()))
        .containsExactly("name=NAME");
    assertThat(Household.class.getDeclaredField("careTags").getAnnotation(PersonalData.class).value())
        .isEqualTo(PersonalData.Kind.SENSITIVE);
  }

  @Test
  void aPersonPrintsAMaskedNameAndGivesTheClearOneForAPurpose() {
    Person person = Person.of(PersonId.of("p-17"), "王小明", VillageId.of("V1"), PartyMembership.NONE,
        List.of(Role.VILLAGER_REPRESENTATIVE));

    assertThat(person.toString()).isEqualTo("王*明 (p-17)").doesNotContain("小");
    assertThat(person.maskedName()).isEqualTo("王*明");
    assertThat(person.nameInClear(Purpose.of("printing the team roster for the township office")))
        .isEqualTo("王小明");
    assertThatThrownBy(() -> person.nameInClear(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anErasedPersonKeepsTheShapeOfTheRecord() {
    Person person = Person.of(PersonId.of("p-17"), "王小明", VillageId.of("V1"), PartyMembership.WITH_POST,
        List.of(Role.VILLAGE_CADRE)).livingIn(UnitId.of("U1"));

    Person erased = person.erased();

    assertThat(erased.isErased()).isTrue();
    assertThat(person.isErased()).isFalse();
    assertThat(erased.erased()).isSameAs(erased);
    assertThat(erased.maskedName()).isEqualTo(Person.ERASED_NAME);
    assertThat(erased.id()).isEqualTo(person.id());
    assertThat(erased.roles()).isEqualTo(person.roles());
    assertThat(erased.homeVillage()).isEqualTo(person.homeVillage());
    assertThat(erased.homeUnit()).isEmpty();
  }

  @Test
  void aHouseholdPrintsHowManyCareTagsItHasNotWhich() {
    Household household = Household.of(HouseholdId.of("H1"), UnitId.of("U1"),
        List.of(CareTag.PETITIONER, CareTag.MINIMUM_LIVING_ALLOWANCE));

    assertThat(household.toString()).isEqualTo("Household[H1 in U1, 2 care tags]")
        .doesNotContain("PETITIONER").doesNotContain("MINIMUM");
    assertThat(household.careTagCount()).isEqualTo(2);
    assertThat(household.careTags(Purpose.RULEBOOK_DUTIES))
        .containsExactlyInAnyOrder(CareTag.PETITIONER, CareTag.MINIMUM_LIVING_ALLOWANCE);
    assertThat(household.mustVisit()).isTrue();
    assertThat(household).isEqualTo(Household.of(HouseholdId.of("H1"), UnitId.of("U1"),
        List.of(CareTag.MINIMUM_LIVING_ALLOWANCE, CareTag.PETITIONER)))
        .isNotEqualTo(Household.of(HouseholdId.of("H1"), UnitId.of("U1"), List.of(CareTag.PETITIONER)));
    assertThatThrownBy(() -> household.careTags(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void idsOfPeopleAndHouseholdsRefuseANationalIdNumberWithoutQuotingIt() {
    assertThatThrownBy(() -> PersonId.of(ID_NUMBER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("personId must not be a national ID number (GB 11643); use a pseudonymous id");
    assertThatThrownBy(() -> HouseholdId.of("11010519491231002x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("householdId must not be a national ID number (GB 11643); use a pseudonymous id");
    // Nor quoted masked: an id refused for its surrounding whitespace is named, never shown (it may be a name).
    assertThatThrownBy(() -> PersonId.of(" " + ID_NUMBER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("personId must not start or end with whitespace");
    assertThatThrownBy(() -> PersonId.of("王小明\n2026-12-06 ERROR forged\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("personId must not start or end with whitespace");
    // eighteen digits failing the check are an ordinary id
    assertThat(PersonId.of("110101199003077777").value()).isEqualTo("110101199003077777");
  }
}
