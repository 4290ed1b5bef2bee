package org.grid.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.core.model.jurisdiction.Township;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summary --township FILE}: reads a township file and prints its summary. */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = "Prints a township's villages, units, households and village adjacency.")
final class SummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--township", required = true, paramLabel = "FILE", description = "the township JSON file")
  Path township;

  @Override
  public Integer call() {
    Township read = TownshipJsonReader.create().read(township);
    spec.commandLine().getOut().print(TownshipSummary.of(read));
    spec.commandLine().getOut().flush();
    return GridCli.OK;
  }
}
