package org.grid.cards;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** grid-cards is a printing adapter: it reads the domain's values and depends on no other adapter. */
class ArchitectureTest {

  private static final JavaClasses CARDS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.grid.cards");

  @Test
  void theCardsDependOnNoAdapterAndApplyNoRuleOfTheirOwn() {
    noClasses().that().resideInAPackage("org.grid.cards..")
        .should().dependOnClassesThat().resideInAnyPackage("org.grid.adapters..", "org.grid.spring..",
            "org.grid.examples..", "org.grid.core.application..", "org.grid.core.port.out..")
        .check(CARDS);
  }

  @Test
  void theRuleCanFail() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().that().resideInAPackage("org.grid.cards..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..")
        .check(CARDS)).isInstanceOf(AssertionError.class);
  }
}
