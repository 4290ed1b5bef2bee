package org.grid.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.grid.testkit.architecture.GridArchitecture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks grid's own production code, every module at once, against the architecture rules of grid-testkit. This
 * module is the one that sees all modules on its class path. grid-testkit's GridArchitectureTest proves that each
 * rule can fail.
 */
class ArchitectureTest {

  private static final JavaClasses GRID =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.grid");

  @TestFactory
  Stream<DynamicTest> gridKeepsItsArchitecture() {
    return GridArchitecture.forRoot("org.grid").all().stream()
        .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> check(rule)));
  }

  private static void check(ArchRule rule) {
    rule.check(GRID);
  }
}
