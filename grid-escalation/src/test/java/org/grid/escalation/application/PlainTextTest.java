package org.grid.escalation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.grid.core.application.CommandValidation;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The free text of the request commands is plain text ({@code @PlainText}): U+0000, escape and bell are refused by
 * the command's validation, whichever adapter stores it; tabs and line breaks are text.
 */
class PlainTextTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();
  private static final Place PLACE = new Place(CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D1"),
      VillageId.of("T01-V04"), GridId.of("T01-V04-N1"));
  private static final Actor STAFF = Actor.staff(PersonId.of("li"), "leader", Office.of(Tier.DISTRICT_GRID, PLACE));

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static RequestCommand.Report report(String description) {
    return new RequestCommand.Report(CommandId.of("c1"), RequestId.of("R1"), Actor.citizen(PersonId.of("wang")),
        PersonId.of("wang"), PLACE, Category.of("land"), description, Urgency.NORMAL, null, null);
  }

  @Test
  void controlCharactersOtherThanTabsAndLineBreaksAreRefusedInEveryFreeText() {
    for (String bad : new String[] {"a\u0000b", "\u001b[31mred", "bell\u0007", "del\u007f", "c1\u0085",
        "half \ud83c", "\udf3e low first", "reversed \udf3e\ud83c", "two highs \ud83c\ud83c\udf3e",
        "nonchar \uffff", "\ufffe bom swapped"}) {
      assertThatThrownBy(() -> CommandValidation.validate(VALIDATOR, report(bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid Report: description must not contain control characters other than tab and line "
              + "breaks (such as U+0000), unpaired surrogates or U+FFFE and U+FFFF");
      assertThatThrownBy(() -> CommandValidation.validate(VALIDATOR,
          new RequestCommand.Resolve(CommandId.of("c2"), RequestId.of("R1"), 2, STAFF, bad)))
          .hasMessageContaining("summary must not contain control characters");
    }
  }

  @Test
  void tabsAndLineBreaksAreText() {
    CommandValidation.validate(VALIDATOR, report("line one\r\n\tline two\n"));

    assertThat(VALIDATOR.validate(report("水渠被堵 🌾"))).isEmpty();
    assertThat(VALIDATOR.validate(report("\ud83c\udf3e𠀀 at both ends 🌾"))).isEmpty();
    assertThat(VALIDATOR.validate(report("replaced \ufffd, \ufdd0 and \udbff\udfff are text"))).isEmpty();
  }

  @Test
  void aStaffRoleIsANameWithoutControlCharacters() {
    assertThatThrownBy(() -> Actor.staff(PersonId.of("li"), "lea\u0000der", Office.of(Tier.DISTRICT_GRID, PLACE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role must not contain control characters, has U+0000 at index 3");
  }
}
