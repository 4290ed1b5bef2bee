package org.grid.examples.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import org.grid.adapters.json.TownshipJsonReader;
import org.grid.core.model.jurisdiction.Township;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code demo}: runs grid end to end on the sample township bundled in the jar. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs grid end to end on the bundled sample township (示范乡).")
final class DemoCommand implements Callable<Integer> {

  static final String SEED = "/org/grid/examples/data/township-seed.json";

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Township township;
    try (InputStream in = DemoCommand.class.getResourceAsStream(SEED)) {
      if (in == null) {
        throw new IllegalStateException("the sample township " + SEED + " is missing from the jar");
      }
      township = TownshipJsonReader.create().read(in, "classpath:" + SEED);
    }
    var out = spec.commandLine().getOut();
    out.println("== grid demo: the sample township ==");
    out.print(TownshipSummary.of(township));
    out.flush();
    return GridCli.OK;
  }
}
