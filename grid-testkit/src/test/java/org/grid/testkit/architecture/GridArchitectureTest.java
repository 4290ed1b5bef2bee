package org.grid.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proves that every architecture rule can fail: each fixture package under {@code fixtures} holds one deliberate
 * violation, and the rule must report it by the offending class's name.
 */
class GridArchitectureTest {

  private static final String FIXTURES = "org.grid.testkit.architecture.fixtures";

  static Stream<Arguments> violations() {
    return Stream.of(
        violation("infrastructure", GridArchitecture::domainIsFreeOfInfrastructure, "UsesJdbc"),
        violation("modeldeps", GridArchitecture::modelDependsOnlyOnJdkGuavaAndModel, "UsesJqwik"),
        violation("infrastructure", GridArchitecture::modelDependsOnlyOnJdkGuavaAndModel, "java.sql.Connection"),
        violation("ports", GridArchitecture::outboundPortsAreInterfaces, "ConcretePort"),
        violation("adapters", GridArchitecture::adaptersDoNotDependOnEachOther, "LeftAdapter"),
        violation("cycles", GridArchitecture::noPackageCycles, "Alpha"),
        violation("direction", GridArchitecture::domainModulesDependInOneDirection, "CoreUsesEscalation"),
        violation("naming", GridArchitecture::inboundPortsAreUseCasesAndCommands, "HandleThings"),
        violation("policies", GridArchitecture::policiesGiveTheirDefaultsOneWay, "ConstantPolicy has no public static defaults()"),
        violation("policies", GridArchitecture::policiesGiveTheirDefaultsOneWay, "ConstantPolicy.DEFAULT"),
        violation("clocks", GridArchitecture::timeIsSetThroughOneClock, "HomeMadeClock"),
        violation("personal", GridArchitecture::personalDataIsNeverPrintedByDefault, "LeakyVisitor"),
        violation("usecases", GridArchitectureTest::throughUseCases, "CallsThePlanner"),
        violation("usecases", GridArchitectureTest::throughUseCases, "AcceptsDirectly"),
        violation("usecases", GridArchitectureTest::throughUseCases, "ReferencesTheRule"));
  }

  private static ArchRule throughUseCases(GridArchitecture rules) {
    return rules.rulesAreReachedThroughUseCases(FIXTURES + ".usecases.examples..");
  }

  private static Arguments violation(String fixture, Function<GridArchitecture, ArchRule> rule, String culprit) {
    return Arguments.of(fixture, rule, culprit);
  }

  @ParameterizedTest(name = "{0} breaks the rule and names {2}")
  @MethodSource("violations")
  void eachRuleFailsOnItsDeliberateViolation(
      String fixture, Function<GridArchitecture, ArchRule> rule, String culprit) {
    String root = FIXTURES + "." + fixture;
    JavaClasses classes = new ClassFileImporter().importPackages(root);

    assertThatThrownBy(() -> rule.apply(GridArchitecture.forRoot(root)).check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(culprit);
  }

  @Test
  void theCorrectPortBesideTheViolationIsNotReported() {
    String root = FIXTURES + ".ports";
    JavaClasses classes = new ClassFileImporter().importPackages(root);

    assertThatThrownBy(() -> GridArchitecture.forRoot(root).outboundPortsAreInterfaces().check(classes))
        .isInstanceOf(AssertionError.class)
        .message()
        .doesNotContain("GoodPort");
  }

  @Test
  void aRuleThatSelectsNothingFails() {
    JavaClasses none = new ClassFileImporter().importPackages("org.grid.testkit.architecture.fixtures.nothing");

    assertThatThrownBy(() -> GridArchitecture.forRoot("nowhere").outboundPortsAreInterfaces().check(none))
        .isInstanceOf(AssertionError.class);
    // rulesAreReachedThroughUseCases is deliberately not among them: it needs the callers' packages
    assertThat(GridArchitecture.forRoot("org.grid").all()).hasSize(10)
        .noneMatch(rule -> rule.getDescription().contains("use cases"));
  }

  @Test
  void aRecordThatMasksItsPersonalDataIsNotReported() {
    String root = FIXTURES + ".personal";
    assertThatThrownBy(() -> GridArchitecture.forRoot(root).personalDataIsNeverPrintedByDefault()
            .check(new ClassFileImporter().importPackages(root)))
        .isInstanceOf(AssertionError.class)
        .message()
        .contains("LeakyVisitor")
        .doesNotContain("MaskedVisitor");
  }

  @Test
  void readingARequestAndBuildingARuleContextIsNotReported() {
    String root = FIXTURES + ".usecases";
    assertThatThrownBy(() -> throughUseCases(GridArchitecture.forRoot(root))
            .check(new ClassFileImporter().importPackages(root)))
        .isInstanceOf(AssertionError.class)
        .message()
        .doesNotContain("ReadsTheRequest");
  }

  @Test
  void theUseCaseRuleNeedsTheCallersPackages() {
    assertThatThrownBy(() -> GridArchitecture.forRoot("org.grid").rulesAreReachedThroughUseCases())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callerPackages");
  }

  @Test
  void theCorrectlyNamedPortAndPolicyBesideTheViolationsAreNotReported() {
    String naming = FIXTURES + ".naming";
    assertThatThrownBy(() -> GridArchitecture.forRoot(naming).inboundPortsAreUseCasesAndCommands()
            .check(new ClassFileImporter().importPackages(naming)))
        .isInstanceOf(AssertionError.class)
        .message()
        .doesNotContain("HandleThingsUseCase");
    String policies = FIXTURES + ".policies";
    assertThatThrownBy(() -> GridArchitecture.forRoot(policies).policiesGiveTheirDefaultsOneWay()
            .check(new ClassFileImporter().importPackages(policies)))
        .isInstanceOf(AssertionError.class)
        .message()
        .doesNotContain("GoodPolicy");
  }
}
