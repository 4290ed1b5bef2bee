package org.grid.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.grid.adapters.json.InputLimits;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command-line program of grid: {@code java -jar examples/target/grid-examples.jar <command> ...}.
 *
 * <p>Exit codes: 0 success; 1 the input was read but breaks a rule (for example a plan with an {@code ERROR});
 * 2 unreadable input (missing, malformed, beyond a limit of {@link InputLimits}), unwritable output or a bad command
 * line, with a message naming the file, the JSON path and the problem or limit; 3 an unexpected failure (a bug),
 * with its stack trace. Running out of memory or stack is a 3 too: the input limits are there to prevent it, so
 * reaching it is a limit missing.
 */
@Command(
    name = "grid",
    mixinStandardHelpOptions = true,
    version = "grid 0.1.0-SNAPSHOT",
    description = "Grid management and team-based service (网格化管理、组团式服务).",
    subcommands = {
      DemoCommand.class, SummaryCommand.class, PlanCommand.class, ValidateCommand.class, TeamsCommand.class,
      ReplayCommand.class, ScoreCommand.class, KnowledgeCommand.class, AssessCommand.class, ServeCommand.class,
      CardsCommand.class
    })
public final class GridCli implements Runnable {

  /** Exit code when the input was read and is valid. */
  public static final int OK = 0;

  /** Exit code when the input was read but breaks a rule. */
  public static final int RULE_BROKEN = 1;

  /** Exit code for unreadable input or a bad command line. */
  public static final int UNREADABLE_INPUT = 2;

  /** Exit code for an unexpected failure: a bug, reported with its stack trace. */
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }

  /**
   * Returns the command line of the program, with its error handling: bad input ({@link JsonInputException}), an
   * output that cannot be written ({@link UncheckedIOException}, {@link IOException}) and bad options or limits
   * give exit code {@value #UNREADABLE_INPUT} and a message on the error stream; any other exception gives
   * {@value #INTERNAL_ERROR} and its stack trace, and so does an {@link OutOfMemoryError} or {@link
   * StackOverflowError} (with a short trace), which would otherwise escape with the JVM's exit code 1, the code of
   * a broken rule. Every message is printed with its control characters escaped. Enum values of options are read in
   * any case ({@code --format json} or {@code JSON}).
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new GridCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    cli.setExecutionStrategy(parseResult -> {
      try {
        return run.execute(parseResult);
      } catch (VirtualMachineError e) {
        // The command's data is unreachable once the stack has unwound to here, so there is memory to report in.
        return exhausted(parseResult.commandSpec().commandLine().getErr(), e);
      }
    });
    cli.setParameterExceptionHandler((e, args) -> {
      // picocli's own handling, with the message's control characters (from an argument) escaped
      CommandLine failed = e.getCommandLine();
      PrintWriter err = failed.getErr();
      err.println(JsonInput.printable(e.getMessage()));
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
        failed.usage(err, failed.getColorScheme());
      }
      err.flush();
      return failed.getCommandSpec().exitCodeOnInvalidInput();
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof JsonInputException bad) {
        err.println("grid: cannot read " + bad.getMessage());
        err.flush();
        return UNREADABLE_INPUT;
      }
      if (e instanceof UncheckedIOException || e instanceof IOException) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        err.println("grid: " + JsonInput.printable(e.getMessage() == null ? String.valueOf(cause) : e.getMessage())
            + (cause == e || cause == null ? "" : ": " + JsonInput.printable(String.valueOf(cause))));
        err.flush();
        return UNREADABLE_INPUT;
      }
      if (e instanceof IllegalArgumentException limits && String.valueOf(e.getMessage())
          .contains(InputLimits.PROPERTY_PREFIX)) {
        err.println("grid: " + JsonInput.printable(limits.getMessage()));
        err.flush();
        return UNREADABLE_INPUT;
      }
      err.println("grid: unexpected failure (a bug; please report it with this trace):");
      e.printStackTrace(err);
      err.flush();
      return INTERNAL_ERROR;
    });
    return cli;
  }

  /** Reports running out of memory or stack: a limit of {@link InputLimits} missing, so a bug, with a short trace. */
  private static int exhausted(PrintWriter err, VirtualMachineError e) {
    err.println("grid: unexpected failure (a bug; please report it with this trace): the command ran out of "
        + (e instanceof StackOverflowError ? "stack" : "memory") + " (" + e.getClass().getName() + "), which the "
        + "input limits (docs/limits.md) are meant to prevent; lower them (-D" + InputLimits.PROPERTY_PREFIX
        + "<limit>=<value>) or give the JVM more memory (-Xmx)");
    StackTraceElement[] trace = e.getStackTrace();
    for (int i = 0; i < Math.min(trace.length, 12); i++) {
      err.println("\tat " + trace[i]);
    }
    if (trace.length > 12) {
      err.println("\t... " + (trace.length - 12) + " more");
    }
    err.flush();
    return INTERNAL_ERROR;
  }

  /**
   * Runs the program and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging; send it to SLF4J, whose binding here shows warnings only.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    System.exit(commandLine().execute(args));
  }
}
