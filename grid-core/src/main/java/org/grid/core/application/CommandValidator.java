package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.grid.core.port.NotBlankText;
import org.grid.core.port.PlainText;

/**
 * A validator of one family of inbound commands (指令校验器): returns every constraint the command breaks. Two kinds
 * exist. A plain one, written for a family of command records, checks in code exactly what the records' Jakarta
 * Validation annotations check ({@code @NotNull}, {@code @NotBlank}, {@link NotBlankText}, {@code @PositiveOrZero},
 * {@link PlainText}) and names each violation as Hibernate Validator does with its default English messages, without
 * reflection per command: the request engine's hot path uses one. {@link #jakarta(Validator)} wraps the Validator an
 * embedding system supplies, for an embedder who maps further constraints onto the commands (in
 * {@code validation.xml}) or wants messages in another locale.
 *
 * <p>{@link Violations} is what a plain validator is built of: one call per annotated record component.
 *
 * @param <T> the commands' type
 */
@FunctionalInterface
public interface CommandValidator<T> {

  /**
   * Returns the constraints the command breaks.
   *
   * @param command the command, not null
   * @return every violation, empty for a valid command; in no particular order
   * @throws NullPointerException if the command is null
   */
  List<CommandViolation> violations(T command);

  /**
   * Returns a validator that asks a Jakarta Validation {@link Validator}, by reflection on each command.
   *
   * @param validator the validator the embedding system supplies, not null
   * @param <T> the commands' type
   * @return the validator
   * @throws NullPointerException if the validator is null
   */
  static <T> CommandValidator<T> jakarta(Validator validator) {
    requireNonNull(validator, "validator");
    return command -> {
      requireNonNull(command, "command");
      List<CommandViolation> found = new ArrayList<>();
      for (ConstraintViolation<T> v : validator.validate(command)) {
        found.add(new CommandViolation(v.getPropertyPath().toString(), v.getMessage()));
      }
      return found;
    };
  }

  /**
   * The violations of one command, collected one record component at a time (约束检查): each method checks what
   * the Jakarta annotation of its name checks and adds Hibernate Validator's default message when it is broken.
   * Nothing is allocated while every check passes.
   */
  final class Violations {

    /** Hibernate Validator's message for {@code @NotNull}. */
    public static final String NOT_NULL = "must not be null";

    /** Hibernate Validator's message for {@code @NotBlank}. */
    public static final String NOT_BLANK = "must not be blank";

    /** Hibernate Validator's message for {@code @PositiveOrZero}. */
    public static final String POSITIVE_OR_ZERO = "must be greater than or equal to 0";

    /** The message of {@link PlainText}. */
    public static final String PLAIN_TEXT = "must not contain control characters other than tab and line breaks "
        + "(such as U+0000), unpaired surrogates or U+FFFE and U+FFFF";

    /** {@link PlainText#ALLOWED}, compiled once; used only to confirm a text the fast scan refused. */
    private static final Pattern PLAIN = Pattern.compile(PlainText.ALLOWED);

    private List<CommandViolation> found;

    /** Creates an empty collection of violations. */
    public Violations() {}

    /**
     * Checks {@code @NotNull}.
     *
     * @param property the record component's name, not null
     * @param value its value
     * @return these violations
     */
    public Violations notNull(String property, Object value) {
      if (value == null) {
        add(property, NOT_NULL);
      }
      return this;
    }

    /**
     * Checks {@code @NotBlank}: not null and not {@link String#isBlank() blank}, as Hibernate Validator 9 checks it.
     *
     * @param property the record component's name, not null
     * @param value its value
     * @return these violations
     */
    public Violations notBlank(String property, String value) {
      if (value == null || value.isBlank()) {
        add(property, NOT_BLANK);
      }
      return this;
    }

    /**
     * Checks {@link NotBlankText}: not null, and with a character that shows, with {@code @NotBlank}'s message.
     *
     * @param property the record component's name, not null
     * @param value its value
     * @return these violations
     */
    public Violations notBlankText(String property, String value) {
      if (!NotBlankText.Validator.hasVisibleCharacter(value)) {
        add(property, NOT_BLANK);
      }
      return this;
    }

    /**
     * Checks {@link PlainText}: null, or no control character other than tab, line feed and carriage return, no
     * unpaired surrogate, and neither U+FFFE nor U+FFFF.
     *
     * @param property the record component's name, not null
     * @param value its value
     * @return these violations
     */
    public Violations plainText(String property, String value) {
      if (value != null && !isPlainText(value)) {
        add(property, PLAIN_TEXT);
      }
      return this;
    }

    /**
     * Checks {@link NotBlankText} {@link PlainText}, the free text of a command.
     *
     * @param property the record component's name, not null
     * @param value its value
     * @return these violations
     */
    public Violations notBlankPlainText(String property, String value) {
      return notBlankText(property, value).plainText(property, value);
    }

    /**
     * Checks {@code @PositiveOrZero}.
     *
     * @param property the record component's name, not null
     * @param value its value
     * @return these violations
     */
    public Violations positiveOrZero(String property, long value) {
      if (value < 0) {
        add(property, POSITIVE_OR_ZERO);
      }
      return this;
    }

    /**
     * Returns the violations found.
     *
     * @return the violations, in the order found; empty if none
     */
    public List<CommandViolation> list() {
      return found == null ? List.of() : found;
    }

    private void add(String property, String message) {
      if (found == null) {
        found = new ArrayList<>(2);
      }
      found.add(new CommandViolation(property, message));
    }

    /** Whether a text matches {@link PlainText#ALLOWED}: a scan of its chars, the pattern only on a refusal. */
    static boolean isPlainText(String text) {
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r'
            : c >= 0x7F && c <= 0x9F || Character.isSurrogate(c) || c >= 0xFFFE) {
          return PLAIN.matcher(text).matches();
        }
      }
      return true;
    }
  }
}
