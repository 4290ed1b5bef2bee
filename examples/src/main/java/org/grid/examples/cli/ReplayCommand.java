package org.grid.examples.cli;

import org.grid.core.model.privacy.Purpose;
import picocli.CommandLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.grid.adapters.json.escalation.Scenario;
import org.grid.adapters.json.escalation.ScenarioJsonReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code replay} command: reads a request scenario (dated commands and clock advances, format in
 * {@code docs/escalation.md}), replays it on the request engine over in-memory adapters, and prints every step's
 * outcome and every request's final state, tier and form history as JSON. Exit code 0 after a replay, 2 when
 * the scenario cannot be read: {@link GridCli}'s handler prints every problem, each with the file, the JSON path
 * and what is wrong.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = "Replays a request scenario and prints each request's final state, tier and form history.")
public final class ReplayCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "the scenario JSON file")
  private Path scenario;

  @Option(names = "--out", paramLabel = "FILE", description = "write the JSON here instead of standard output")
  private Path out;

  @Option(names = "--clear-text", paramLabel = "PURPOSE",
      description = "print descriptions, reasons and results in clear, for this stated purpose (处理目的), which is "
          + "repeated on stderr; without it national ID and phone numbers in them are masked")
  private String clearText;

  /** Creates the command; picocli sets the options. */
  public ReplayCommand() {}

  @Override
  public Integer call() {
    Purpose purpose = null;
    if (clearText != null) {
      try {
        purpose = Purpose.of(clearText);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--clear-text: " + e.getMessage());
      }
      spec.commandLine().getErr().println("replay: free text in clear, for: " + purpose.statement());
    }
    Scenario parsed = ScenarioJsonReader.create().read(scenario);
    String json = ScenarioReplay.run(parsed, purpose);
    if (out == null) {
      spec.commandLine().getOut().println(json);
    } else {
      try {
        Files.writeString(out, json + System.lineSeparator(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        spec.commandLine().getErr().println("replay: cannot write " + out + ": " + e.getMessage());
        return 2;
      }
    }
    return 0;
  }
}
