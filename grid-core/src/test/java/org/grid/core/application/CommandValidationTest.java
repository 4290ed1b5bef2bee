package org.grid.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandValidationTest {

  /** A command of two text fields, each checked by a plain validator. */
  record Rename(String name, String alias) {}

  private static final CommandValidator<Rename> NAMES = command -> {
    List<CommandViolation> found = new ArrayList<>();
    if (command.name().isBlank()) {
      found.add(new CommandViolation("name", "must not be blank"));
    }
    if (command.alias().length() > 3) {
      found.add(new CommandViolation("alias", "size must be between 0 and 3"));
    }
    return found;
  };

  /**
   * A refused command names every broken field in the message, ordered by field, and gives the violations
   * themselves in the same order, so that an edge can name the field without reading the message; no value.
   */
  @Test
  void aRefusedCommandGivesItsViolationsInTheMessagesOrder() {
    assertThatThrownBy(() -> CommandValidation.validate(NAMES, new Rename(" ", "王小明小明")))
        .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations()).containsExactly(
            new CommandViolation("alias", "size must be between 0 and 3"),
            new CommandViolation("name", "must not be blank")))
        .hasMessage("invalid Rename: alias size must be between 0 and 3; name must not be blank")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("王小明");
    CommandValidation.validate(NAMES, new Rename("a", "b"));
    assertThatThrownBy(() -> new InvalidCommandException("invalid X", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("violations must not be empty");
  }
}
