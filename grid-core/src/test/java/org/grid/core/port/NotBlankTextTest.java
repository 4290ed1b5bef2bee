package org.grid.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * {@link NotBlankText} refuses a text that shows nothing (spaces of every kind, zero-width and format characters,
 * fillers), with {@code @NotBlank}'s message, and keeps any text with one character that shows.
 */
class NotBlankTextTest {

  private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
      .defaultLocale(Locale.ROOT).buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  /** A command's free text as the ports declare it. */
  record Note(@NotBlankText String text) {}

  /** Each character shows nothing; one of each kind the constraint names. */
  private static final List<String> SHOWS_NOTHING = List.of(
      " ", "\t", "\n", "\r", "\u000B", "\f", "\u001C", "\u0000", "\u007F", "\u0085", // white space and controls
      "\u00A0", "\u2007", "\u202F", "\u3000", "\u1680", "\u2028", "\u2029", // spaces, no-break spaces, separators
      "\u00AD", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2060", "\u202E", "\uFEFF", "\u061C", // format
      "\uDB40\uDC20", // a tag (U+E0020, format)
      "\u034F", "\u115F", "\u1160", "\u17B4", "\u17B5", "\u180B", "\u180E", "\u180F", "\u3164", "\uFE00", "\uFE0F",
      "\uFFA0", "\uFFF0", "\uDB40\uDD00", // default-ignorable: joiner, fillers, variation selectors (U+E0100)
      "\u2800"); // the blank braille pattern

  @AfterContainer
  static void close() {
    FACTORY.close();
  }

  @Test
  void aTextOfCharactersThatShowNothingIsBlank() {
    for (String blank : SHOWS_NOTHING) {
      String name = blank.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
      assertThat(NotBlankText.Validator.hasVisibleCharacter(blank)).as(name).isFalse();
      assertThat(NotBlankText.Validator.hasVisibleCharacter(blank.repeat(3))).as(name).isFalse();
      assertThat(messages(new Note(blank))).as(name).containsExactly("must not be blank");
    }
    assertThat(NotBlankText.Validator.hasVisibleCharacter(String.join("", SHOWS_NOTHING))).isFalse();
  }

  @Test
  void nullAndEmptyAreBlank() {
    assertThat(NotBlankText.Validator.hasVisibleCharacter(null)).isFalse();
    assertThat(NotBlankText.Validator.hasVisibleCharacter("")).isFalse();
    assertThat(messages(new Note(null))).containsExactly("must not be blank");
    assertThat(messages(new Note(""))).containsExactly("must not be blank");
  }

  @Test
  void oneCharacterThatShowsIsEnough() {
    for (String text : List.of("a", ".", "0", "中", "路灯坏了", "\uD83C\uDF3E", "\uE000", "\u0301", "１", "\u3001",
        "\u200B\u00A0x", "\uFEFF路", "   ~", "\uD840\uDC00")) {
      assertThat(NotBlankText.Validator.hasVisibleCharacter(text)).as(text).isTrue();
      assertThat(messages(new Note(text))).as(text).isEmpty();
    }
  }

  @Test
  void aLoneSurrogateIsLeftToPlainText() {
    assertThat(NotBlankText.Validator.hasVisibleCharacter("\uD83C")).isTrue();
  }

  @Test
  void theMessageIsNotBlanksInTheValidatorsLocale() {
    try (ValidatorFactory chinese = Validation.byProvider(HibernateValidator.class).configure()
        .defaultLocale(Locale.SIMPLIFIED_CHINESE).buildValidatorFactory()) {
      record Both(@jakarta.validation.constraints.NotBlank String a, @NotBlankText String b) {}
      Set<ConstraintViolation<Both>> found = chinese.getValidator().validate(new Both(" ", "\u200B"));
      assertThat(found).hasSize(2);
      assertThat(found.stream().map(ConstraintViolation::getMessage).distinct()).hasSize(1);
    }
  }

  @Property(tries = 500)
  void aTextShowsSomethingWhenAPartDoes(@ForAll String a, @ForAll String b) {
    Assume.that(!joinsAPair(a, b));
    boolean whole = NotBlankText.Validator.hasVisibleCharacter(a + b);
    assertThat(whole).isEqualTo(
        NotBlankText.Validator.hasVisibleCharacter(a) || NotBlankText.Validator.hasVisibleCharacter(b));
    if (whole) {
      assertThat((a + b).isBlank()).as("what shows is never blank to String.isBlank").isFalse();
    }
  }

  /** A high surrogate ending {@code a} and a low one starting {@code b} make one character in {@code a + b}. */
  private static boolean joinsAPair(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && Character.isHighSurrogate(a.charAt(a.length() - 1))
        && Character.isLowSurrogate(b.charAt(0));
  }

  private static List<String> messages(Note note) {
    return VALIDATOR.validate(note).stream().map(ConstraintViolation::getMessage).toList();
  }
}
