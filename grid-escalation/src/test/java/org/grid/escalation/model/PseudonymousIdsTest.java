package org.grid.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Request ids, command ids and category codes are printed as they are (in URLs, logs, events and exports), so none
 * of them may be a national ID number: each refuses one as {@code PersonId} does, naming itself and not the number.
 */
class PseudonymousIdsTest {

  private static final String ID_NUMBER = "110101199003077774";
  private static final String ID_NUMBER_X = "11010519491231002x";

  @Test
  void a_request_id_a_command_id_or_a_category_that_is_a_national_id_number_is_refused_unquoted() {
    assertRefused(RequestId::of, "requestId");
    assertRefused(CommandId::of, "commandId");
    assertRefused(Category::of, "category");
  }

  private static void assertRefused(Function<String, ?> factory, String what) {
    for (String number : new String[] {ID_NUMBER, ID_NUMBER_X}) {
      assertThatThrownBy(() -> factory.apply(number)).as(what)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(what + " must not be a national ID number (GB 11643); use a pseudonymous id")
          .hasMessageNotContaining(number.substring(0, 6));
    }
  }

  /**
   * Only a valid number is refused: 18 digits that fail the check character, a date-shaped or serial id, and an
   * eleven-digit number (a mobile phone number is not refused, as by {@code PersonId}) are ids like any other.
   */
  @Test
  void ids_that_are_not_a_valid_national_id_number_are_kept() {
    for (String id : new String[] {"110101199003077777", "R-2026-000123", "2026-12-05", "1101011990030777741",
        "13812341234", "o311-6f1c0a3e"}) {
      assertThat(RequestId.of(id).value()).isEqualTo(id);
      assertThat(CommandId.of(id).value()).isEqualTo(id);
      assertThat(Category.of(id).code()).isEqualTo(id);
    }
  }
}
