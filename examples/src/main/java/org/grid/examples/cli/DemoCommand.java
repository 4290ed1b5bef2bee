package org.grid.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.jurisdiction.JdbcTownshipRepository;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.core.application.PartitionService;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanMetrics;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.port.in.PlanPartitionCommand;
import org.grid.core.port.in.PlanPartitionUseCase;
import org.grid.core.port.out.TownshipRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: runs grid end to end on the sample township bundled in the jar: reads it from JSON, stores it in an
 * embedded H2 database through the JDBC adapter, reads it back, prints its summary, and plans its responsibility
 * grids and district grids through the planning use case ({@link PlanPartitionUseCase}) with the rulebook's
 * defaults.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs grid end to end on the bundled sample township (示范乡).")
final class DemoCommand implements Callable<Integer> {

  static final String SEED = "/org/grid/examples/data/township-seed.json";

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Township township;
    try (InputStream in = DemoCommand.class.getResourceAsStream(SEED)) {
      if (in == null) {
        throw new IllegalStateException("the sample township " + SEED + " is missing from the jar");
      }
      township = TownshipJsonReader.create().read(in, "classpath:" + SEED);
    }
    out.println("== grid demo ==");
    out.println("1. read the sample township from JSON: " + township);

    Township stored;
    try (HikariDataSource dataSource = embeddedDatabase()) {
      GridSchema.migrate(dataSource);
      TownshipRepository repository = new JdbcTownshipRepository(dataSource);
      repository.save(township);
      stored = repository.findById(township.id()).orElseThrow();
      out.println("2. stored it in an embedded H2 database and read it back: "
          + (stored.equals(township) ? "identical" : "DIFFERENT"));
    }
    out.println("3. the township:");
    out.print(TownshipSummary.of(stored));

    PlanResult result;
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      PlanPartitionUseCase planning = new PartitionService(validation.getValidator());
      result = planning.plan(PlanPartitionCommand.withDefaults(stored));
    }
    Plan plan = result.plan();
    PlanMetrics metrics = result.validation().metrics();
    out.printf("4. planned %d responsibility grids (职责网格) in %d district grids (片区网格): district imbalance %.3f, "
            + "%d cut borders, %d errors, %d warnings%n",
        plan.grids().size(), plan.districts().size(), metrics.districtImbalance(), metrics.cutEdges(),
        result.validation().errors().size(), result.validation().warnings().size());
    Map<GridId, Integer> households = new HashMap<>();
    for (Grid grid : plan.grids()) {
      households.put(grid.id(), grid.units().stream()
          .mapToInt(unit -> stored.unit(unit).orElseThrow().households()).sum());
      if (plan.grids().stream().filter(other -> other.village().equals(grid.village())).count() > 1) {
        out.printf("   split village %s %s: grid %s, %d units, %d households%n", grid.village(),
            stored.village(grid.village()).orElseThrow().name(), grid.id(), grid.units().size(),
            households.get(grid.id()));
      }
    }
    for (District district : plan.districts()) {
      out.printf("   %s: %d households in %s%n", district.id(),
          district.grids().stream().mapToInt(households::get).sum(),
          district.grids().stream().map(GridId::value).collect(Collectors.joining(" ")));
    }
    out.flush();
    return stored.equals(township) && !result.validation().hasErrors() ? GridCli.OK : GridCli.INTERNAL_ERROR;
  }

  private static HikariDataSource embeddedDatabase() {
    HikariConfig config = new HikariConfig();
    // OPTIMIZE_REUSE_RESULTS=FALSE: H2 must not answer a query from a result cached before a commit (docs/jdbc.md).
    config.setJdbcUrl("jdbc:h2:mem:grid-demo;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
    config.setPoolName("grid-demo");
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }
}
