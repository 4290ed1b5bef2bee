package org.grid.core.port;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A constraint on the free text of a command (纯文本: a description, a reason, a result): it may hold line breaks and
 * tabs, but no other control character, so that U+0000 (which PostgreSQL cannot store in text while H2 and MariaDB
 * can), escape or bell is refused by the command's validation, the same on every adapter, before anything is
 * stored or printed; nor an unpaired surrogate (U+D800 to U+DFFF alone), which H2 would store while PostgreSQL's and
 * MariaDB's drivers would store {@code ?} in its place; nor the noncharacters U+FFFE and U+FFFF, which no XML 1.0
 * document may hold (the Open311 façade's XML would be refused whole by every client). A whole surrogate pair (an
 * emoji, a rare CJK character) is text. Null is valid (combine with {@code @NotBlank}). Ids and names are stricter:
 * they have no control character at all ({@link org.grid.core.model.jurisdiction.Ids}). It lives beside the port
 * packages because the commands of every module's {@code port.in} use it, and the model depends on no validation
 * API.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = PlainText.ALLOWED)
@ReportAsSingleViolation
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

  /**
   * The text allowed: any character but the control characters other than tab, line feed and carriage return, the
   * unpaired surrogates (the pattern reads code points, so a whole pair is one character past U+FFFF) and the
   * noncharacters U+FFFE and U+FFFF.
   */
  String ALLOWED = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uD800-\\uDFFF\\uFFFE\\uFFFF]*";

  /**
   * Returns the message of a violation.
   *
   * @return the message
   */
  String message() default
      "must not contain control characters other than tab and line breaks (such as U+0000), unpaired surrogates or "
          + "U+FFFE and U+FFFF";

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
}
