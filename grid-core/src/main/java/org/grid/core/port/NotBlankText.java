package org.grid.core.port;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A constraint on free text that must say something (非空白文本: a description, a reason, a result): not null, and
 * holding at least one character that shows. {@code @NotBlank} refuses only what {@link String#isBlank()} calls
 * blank, so a text made of no-break spaces (U+00A0, U+202F), zero-width spaces (U+200B), byte-order marks (U+FEFF) or
 * Hangul fillers (U+3164) would pass it and be stored as a request's whole description, which no handler can read.
 * This constraint counts as blank every character that shows nothing:
 *
 * <ul>
 *   <li>separators and spaces of every kind (Unicode's categories Zs, Zl and Zp, no-break spaces and the
 *       ideographic space U+3000 among them) and white space ({@link Character#isWhitespace});
 *   <li>control characters (Cc) and format characters (Cf: zero-width spaces and joiners, direction marks, the
 *       soft hyphen, the byte-order mark, tags);
 *   <li>the other default-ignorable code points of Unicode (the combining grapheme joiner U+034F, the Hangul fillers
 *       U+115F, U+1160, U+3164 and U+FFA0, the Khmer inherent vowels U+17B4 and U+17B5, the variation selectors
 *       U+180B to U+180F, U+FE00 to U+FE0F and U+E0100 to U+E01EF, and U+FFF0 to U+FFF8 and U+E0000 to U+E0FFF),
 *       and the blank braille pattern U+2800.
 * </ul>
 *
 * <p>Its message is {@code @NotBlank}'s, so a caller sees the same refusal ("must not be blank") for a text of spaces
 * and for a text of zero-width spaces. It checks only what a command brings in: a text already stored is read back
 * as it was. Combine with {@link PlainText} for the characters a text may hold.
 */
@Documented
@Constraint(validatedBy = NotBlankText.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NotBlankText {

  /**
   * Returns the message of a violation: {@code @NotBlank}'s, in the validator's locale.
   *
   * @return the message
   */
  String message() default "{jakarta.validation.constraints.NotBlank.message}";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Checks {@link NotBlankText} for Jakarta Validation, and for the engine's plain validators through
   * {@link #hasVisibleCharacter}, so that both refuse the same texts.
   */
  final class Validator implements ConstraintValidator<NotBlankText, CharSequence> {

    /** Creates the validator (Jakarta Validation makes it). */
    public Validator() {}

    /**
     * Tells whether a text is valid: not null, and with a character that shows.
     *
     * @param value the text
     * @param context the validation's context, not used
     * @return true when valid
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return hasVisibleCharacter(value);
    }

    /**
     * Tells whether a text holds at least one character that shows, as {@link NotBlankText} defines it. Reads the
     * text once, and returns at its first printable ASCII character (the first, in most texts).
     *
     * @param text the text, or null (which holds none)
     * @return true when some character shows
     */
    public static boolean hasVisibleCharacter(CharSequence text) {
      if (text == null) {
        return false;
      }
      for (int i = 0, n = text.length(); i < n; ) {
        char c = text.charAt(i);
        if (c > ' ' && c < 0x7F) {
          return true;
        }
        int codePoint = Character.codePointAt(text, i);
        if (!blank(codePoint)) {
          return true;
        }
        i += Character.charCount(codePoint);
      }
      return false;
    }

    private static boolean blank(int codePoint) {
      switch (Character.getType(codePoint)) {
        case Character.SPACE_SEPARATOR:
        case Character.LINE_SEPARATOR:
        case Character.PARAGRAPH_SEPARATOR:
        case Character.CONTROL:
        case Character.FORMAT:
          return true;
        default:
          return Character.isWhitespace(codePoint)
              || codePoint == 0x034F
              || codePoint == 0x115F
              || codePoint == 0x1160
              || codePoint == 0x17B4
              || codePoint == 0x17B5
              || codePoint >= 0x180B && codePoint <= 0x180F
              || codePoint == 0x2800
              || codePoint == 0x3164
              || codePoint >= 0xFE00 && codePoint <= 0xFE0F
              || codePoint == 0xFFA0
              || codePoint >= 0xFFF0 && codePoint <= 0xFFF8
              || codePoint >= 0xE0000 && codePoint <= 0xE0FFF;
      }
    }
  }
}
