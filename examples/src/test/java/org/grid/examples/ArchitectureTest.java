package org.grid.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.grid.testkit.architecture.GridArchitecture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks grid's own production code, every module at once, against the architecture rules of grid-testkit. This
 * module is the one that sees all modules on its class path. grid-testkit's GridArchitectureTest proves that each
 * rule can fail; the examples' own rule (the command line and the demo reach the rules only through the use cases)
 * is also shown failing here, on a deliberate violation among the test classes.
 */
class ArchitectureTest {

  private static final String EXAMPLES = "org.grid.examples..";

  private static final JavaClasses GRID =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.grid");

  private static final GridArchitecture RULES = GridArchitecture.forRoot("org.grid");

  @TestFactory
  Stream<DynamicTest> gridKeepsItsArchitecture() {
    return Stream.concat(RULES.all().stream(), Stream.of(RULES.rulesAreReachedThroughUseCases(EXAMPLES)))
        .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> check(rule)));
  }

  @Test
  void anExampleCallingThePlannerItselfBreaksTheUseCaseRule() {
    JavaClasses withViolation = new ClassFileImporter().importPackages("org.grid.examples.architecture");

    assertThatThrownBy(() -> RULES.rulesAreReachedThroughUseCases(EXAMPLES).check(withViolation))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PlansDirectly")
        .hasMessageContaining("PartitionPlanner");
  }

  private static void check(ArchRule rule) {
    rule.check(GRID);
  }
}
