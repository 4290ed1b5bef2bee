package org.grid.examples.cli;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.adapters.json.partition.PlanJsonWriter;
import org.grid.core.application.PartitionService;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.port.in.PlanPartitionCommand;
import org.grid.core.port.in.PlanPartitionUseCase;
import org.grid.examples.year.TownshipMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code plan --township FILE [--target N] [--districts N] [--keep-existing] [--out FILE] [--svg FILE]}: plans the
 * township's responsibility grids and district grids and prints or writes the plan JSON; with {@code --svg} it also
 * draws the plan's map as an SVG file ({@link TownshipMap}) from the points the units carry. Exit code 0 when the plan has no
 * {@code ERROR}, 1 when the township made a hard rule impossible (the plan is still written, with the reasons),
 * 2 for unreadable input.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Plans responsibility grids (职责网格) and district grids (片区网格) and prints the plan JSON.")
final class PlanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--township", required = true, paramLabel = "FILE", description = "the township JSON file")
  Path township;

  @Option(names = "--target", paramLabel = "N",
      description = "households per grid (default ${DEFAULT-VALUE})")
  int target = PartitionPolicy.DEFAULT_TARGET_HOUSEHOLDS;

  @Option(names = "--districts", paramLabel = "N", description = "number of districts (default ${DEFAULT-VALUE})")
  int districts = PartitionPolicy.DEFAULT_DISTRICTS;

  @Option(names = "--keep-existing",
      description = "keep the current 片区 (existingDistricts) and move as few villages as needed")
  boolean keepExisting;

  @Option(names = "--out", paramLabel = "FILE", description = "write the plan here instead of printing it")
  Path out;

  @Option(names = "--svg", paramLabel = "FILE",
      description = "also draw the plan's map (villages, grids, districts, split villages) as SVG into this file")
  Path svg;

  @Override
  public Integer call() {
    if (target < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--target must be at least 1, was " + target);
    }
    if (districts < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--districts must be at least 1, was " + districts);
    }
    Township read = TownshipJsonReader.create().read(township);
    PlanResult result;
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      PlanPartitionUseCase planning = new PartitionService(validation.getValidator());
      result = planning.plan(new PlanPartitionCommand(read, target, districts, keepExisting));
    }
    PlanJsonWriter writer = PlanJsonWriter.create();
    PrintWriter stdout = spec.commandLine().getOut();
    if (out == null) {
      stdout.print(writer.write(read, result.plan(), result.validation()));
    } else {
      writer.write(read, result.plan(), result.validation(), out);
      stdout.println("grid: wrote " + result.plan().grids().size() + " grids in " + result.plan().districts().size()
          + " districts to " + out);
    }
    if (svg != null) {
      try {
        Files.writeString(svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + TownshipMap.svg(read, result.plan()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the map " + svg + ": " + e.getMessage(), e);
      }
      // on stderr when the plan goes to stdout, so that the JSON printed stays one document
      (out == null ? spec.commandLine().getErr() : stdout).println("grid: drew the map of "
          + result.plan().grids().size() + " grids to " + svg);
      spec.commandLine().getErr().flush();
    }
    stdout.flush();
    if (result.validation().hasErrors()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("grid: the township makes " + result.validation().errors().size()
          + " hard rule(s) impossible; the plan names each with its reason:");
      result.validation().errors().forEach(v -> err.println("  " + v.rule() + " " + v.subjects() + ": " + v.message()));
      err.flush();
      return GridCli.RULE_BROKEN;
    }
    return GridCli.OK;
  }
}
