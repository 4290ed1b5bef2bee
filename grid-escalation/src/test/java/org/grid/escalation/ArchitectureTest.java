package org.grid.escalation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules of grid-escalation, each proven able to fail on a deliberate violation kept in the test
 * package {@code org.grid.escalation.archfixture}.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.grid.escalation");

  private static final JavaClasses FIXTURE =
      new ClassFileImporter().importPackages("org.grid.escalation.archfixture");

  /** No code of the module reads the system time: time comes from the clock port. */
  private static ArchRule noSystemTime(String root) {
    return noClasses()
        .that().resideInAPackage(root + "..")
        .should().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(System.class, "currentTimeMillis");
  }

  /** Outbound ports are interfaces. */
  private static ArchRule portsAreInterfaces(String root) {
    return classes().that().resideInAPackage(root + ".port.out..").and().areNotAnnotations()
        .and().doNotHaveSimpleName("package-info")
        .should().beInterfaces();
  }

  /** The model knows no port, no application and no framework. */
  private static ArchRule modelIsPure(String root) {
    return noClasses().that().resideInAPackage(root + ".model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            root + ".port..", root + ".application..", "jakarta..", "org.slf4j..", "java.sql..",
            "com.fasterxml..", "org.springframework..");
  }

  @Test
  void no_code_reads_the_system_time() {
    noSystemTime("org.grid.escalation").check(MAIN);
    assertThatThrownBy(() -> noSystemTime("org.grid.escalation.archfixture").check(FIXTURE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReadsSystemTime");
  }

  @Test
  void outbound_ports_are_interfaces() {
    portsAreInterfaces("org.grid.escalation").check(MAIN);
    assertThatThrownBy(() -> portsAreInterfaces("org.grid.escalation.archfixture").check(FIXTURE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("NotAnInterface");
  }

  @Test
  void the_model_depends_on_no_port_application_or_framework() {
    modelIsPure("org.grid.escalation").check(MAIN);
    assertThatThrownBy(() -> modelIsPure("org.grid.escalation.archfixture").check(FIXTURE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("UsesApplication");
  }
}
