package org.grid.examples.cli;

import jakarta.validation.ValidatorFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.adapters.json.partition.PlanJsonReader;
import org.grid.core.application.PartitionService;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.Validation;
import org.grid.core.model.partition.Violation;
import org.grid.core.port.in.ValidatePlanCommand;
import org.grid.core.port.in.ValidatePlanUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validate --township FILE --plan FILE}: prints every violation of a plan, one a line
 * ({@code SEVERITY RULE [subjects]: message}), then the metrics. Exit code 0 when there is no {@code ERROR}, 1 when
 * there is, 2 for unreadable input.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks a plan against a township and prints every broken rule (exit 1 if any ERROR).")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--township", required = true, paramLabel = "FILE", description = "the township JSON file")
  Path township;

  @Option(names = "--plan", required = true, paramLabel = "FILE", description = "the plan JSON file")
  Path plan;

  @Override
  public Integer call() {
    Township readTownship = TownshipJsonReader.create().read(township);
    Plan readPlan = PlanJsonReader.create().read(plan);
    Validation validation;
    try (ValidatorFactory factory = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
      ValidatePlanUseCase checking = new PartitionService(factory.getValidator());
      validation = checking.validate(new ValidatePlanCommand(readTownship, readPlan));
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Violation violation : validation.violations()) {
      // Escaped as every message of the commands is: a tag or name an embedder's model let through stays text.
      out.println(JsonInput.printable(violation.severity() + " " + violation.rule() + " " + violation.subjects()
          + ": " + violation.message()));
    }
    out.println(String.format(java.util.Locale.ROOT,
        "%d error(s), %d warning(s); villageImbalance %.4f, districtImbalance %.4f, cutEdges %d, movedVillages %d",
        validation.errors().size(), validation.warnings().size(), validation.metrics().villageImbalance(),
        validation.metrics().districtImbalance(), validation.metrics().cutEdges(),
        validation.metrics().movedVillages()));
    out.flush();
    return validation.hasErrors() ? GridCli.RULE_BROKEN : GridCli.OK;
  }
}
