package org.grid.examples.cli;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.grid.adapters.json.InputLimits;
import org.grid.adapters.json.JsonInput;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The checks of command-line options against the program's input limits (输入限额, {@link InputLimits#configured()}):
 * a year or time outside the year range, or a period longer than the longest allowed, is a bad command line (exit
 * code 2) naming the option and the limit, before any work is done.
 */
final class OptionLimits {

  private OptionLimits() {}

  /**
   * Checks a year option.
   *
   * @param spec the command, for the exception
   * @param option the option, for example {@code --year}
   * @param year the year given
   * @return the year
   * @throws CommandLine.ParameterException if the year is outside the limits' range
   */
  static int year(CommandSpec spec, String option, int year) {
    InputLimits limits = InputLimits.configured();
    if (year < limits.minYear() || year > limits.maxYear()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + " must be a year " + limits.yearRange() + ", was " + year);
    }
    return year;
  }

  /**
   * Reads a time option: ISO 8601 with an offset, in a year within the limits.
   *
   * @param spec the command, for the exception
   * @param option the option, for example {@code --from}
   * @param text the text given, or null
   * @return the time, or null for null
   * @throws CommandLine.ParameterException if the text is not such a time or its year is outside the limits
   */
  static OffsetDateTime time(CommandSpec spec, String option, String text) {
    if (text == null) {
      return null;
    }
    OffsetDateTime time;
    try {
      time = OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + " must be an ISO 8601 date and time with an offset, such as 2025-01-01T00:00:00+08:00, was '"
              + JsonInput.printable(text.length() <= 60 ? text : text.substring(0, 57) + "...") + "'");
    }
    InputLimits limits = InputLimits.configured();
    if (!limits.allows(time)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + " must be in a year " + limits.yearRange() + ", was " + time);
    }
    return time;
  }

  /**
   * Checks that a period is no longer than the limits allow.
   *
   * @param spec the command, for the exception
   * @param from the start, not null
   * @param to the end, after {@code from}
   * @throws CommandLine.ParameterException if the period is longer than {@link InputLimits#maxPeriodYears()} years
   */
  static void period(CommandSpec spec, OffsetDateTime from, OffsetDateTime to) {
    InputLimits limits = InputLimits.configured();
    if (to.isAfter(from.plusYears(limits.maxPeriodYears()))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--from " + from + " --to " + to + " is longer than " + limits.maxPeriodYears() + " years, the limit ("
              + InputLimits.PROPERTY_PREFIX + "maxPeriodYears)");
    }
  }
}
