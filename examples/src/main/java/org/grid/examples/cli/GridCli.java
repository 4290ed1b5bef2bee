package org.grid.examples.cli;

import java.io.PrintWriter;
import org.grid.adapters.json.JsonInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command-line program of grid: {@code java -jar examples/target/grid-examples.jar <command> ...}.
 *
 * <p>Exit codes: 0 success; 1 the input was read but breaks a rule (for example a plan with an {@code ERROR});
 * 2 unreadable input or a bad command line, with a message naming the file, the JSON path and the problem; 3 an
 * unexpected failure (a bug), with its stack trace.
 */
@Command(
    name = "grid",
    mixinStandardHelpOptions = true,
    version = "grid 0.1.0-SNAPSHOT",
    description = "Grid management and team-based service (网格化管理、组团式服务).",
    subcommands = {
      DemoCommand.class, SummaryCommand.class, PlanCommand.class, ValidateCommand.class, TeamsCommand.class,
      ReplayCommand.class, ScoreCommand.class, KnowledgeCommand.class, AssessCommand.class
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
   * Returns the command line of the program, with its error handling: bad input ({@link JsonInputException}) and
   * bad options give exit code {@value #UNREADABLE_INPUT} and a message on the error stream; any other exception
   * gives {@value #INTERNAL_ERROR} and its stack trace. Enum values of options are read in any case
   * ({@code --format json} or {@code JSON}).
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new GridCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof JsonInputException bad) {
        err.println("grid: cannot read " + bad.getMessage());
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
