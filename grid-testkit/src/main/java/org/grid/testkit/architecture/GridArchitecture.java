package org.grid.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Objects.requireNonNull;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The architecture rules of grid as ArchUnit rules, for grid's own build and for embedders who keep the same
 * layout in their own code. Every rule is defined relative to a root package ({@code org.grid} for grid itself),
 * under which the domain modules are {@code <root>.core}, {@code <root>.escalation} and {@code <root>.assessment},
 * each with {@code model}, {@code port.in}, {@code port.out} and {@code application} packages, and the adapters
 * are {@code <root>.adapters.<name>}.
 *
 * <p>Rules keep ArchUnit's default of failing when they select no class, so a rule can never pass by checking
 * nothing. Use them as {@code GridArchitecture.forRoot("org.grid").all().forEach(rule -> rule.check(classes))},
 * and add {@link #rulesAreReachedThroughUseCases(String...)} with the packages of your own callers (grid checks its
 * examples with it).
 */
public final class GridArchitecture {

  /** The domain modules' names under the root, lowest first: a module may depend only on those before it. */
  private static final List<String> DOMAIN_MODULES = List.of("core", "escalation", "assessment");

  /**
   * The rule engines of the domain models, relative to the root: the classes whose methods apply the rulebook
   * (plan, validate, propose, pair, compute duties and compliance, check a duty log, score, grade, rank, derive
   * evidence and measures). Listed by name because no property of the code tells them apart from the values they work on.
   */
  private static final List<String> RULE_ENGINES = List.of(
      "core.model.partition.PartitionPlanner",
      "core.model.partition.PlanValidator",
      "core.model.team.TeamProposer",
      "core.model.team.TeamValidation",
      "core.model.pairing.Pairer",
      "core.model.duty.TownshipDuties",
      "core.model.duty.Compliance",
      "core.model.duty.DutyLogCheck",
      "core.model.duty.CardCurrency",
      "assessment.model.ScoringEngine",
      "assessment.model.PartyMemberGrading",
      "assessment.model.GridScorecards",
      "assessment.model.GridMeasuresCalculator",
      "assessment.model.KnowledgeCheckScoring",
      "assessment.model.TwoWayAssessment",
      "assessment.model.RequestEvidence",
      "assessment.model.DutyEvidence");

  /** What escalation's rules decide with (now, work calendar, policy), relative to the root. */
  private static final String RULE_CONTEXT = "escalation.model.RuleContext";

  private final String root;

  private GridArchitecture(String root) {
    this.root = root;
  }

  /**
   * Returns the rules for code under the given root package.
   *
   * @param root the root package, for example {@code org.grid}; not null
   * @return the rules
   */
  public static GridArchitecture forRoot(String root) {
    return new GridArchitecture(requireNonNull(root, "root"));
  }

  /**
   * Returns every rule of this class that needs nothing but the root: all but {@link
   * #rulesAreReachedThroughUseCases(String...)}, which needs the packages of the embedding system's callers.
   *
   * @return every rule of this class that needs nothing but the root
   */
  public List<ArchRule> all() {
    return List.of(
        domainIsFreeOfInfrastructure(),
        modelDependsOnlyOnJdkGuavaAndModel(),
        outboundPortsAreInterfaces(),
        adaptersDoNotDependOnEachOther(),
        noPackageCycles(),
        domainModulesDependInOneDirection(),
        inboundPortsAreUseCasesAndCommands(),
        policiesGiveTheirDefaultsOneWay(),
        timeIsSetThroughOneClock(),
        personalDataIsNeverPrintedByDefault());
  }

  /**
   * Domain packages ({@code model}, {@code port}, {@code application} of the domain modules) depend on no adapter,
   * no example or testkit code, no {@code java.sql}/{@code javax.sql}, no SLF4J binding, no Spring and no Lombok.
   *
   * @return the rule
   */
  public ArchRule domainIsFreeOfInfrastructure() {
    return noClasses()
        .that().resideInAnyPackage(domainPackages("model", "port", "application"))
        .should().dependOnClassesThat().resideInAnyPackage(
            root + ".adapters..", root + ".examples..", root + ".testkit..",
            "java.sql..", "javax.sql..",
            "org.slf4j.simple..", "org.slf4j.impl..", "org.slf4j.nop..", "org.slf4j.jul..", "org.slf4j.reload4j..",
            "ch.qos.logback..", "org.apache.logging.slf4j..",
            "org.springframework..", "lombok..")
        .as("domain packages depend on no adapter, java.sql, SLF4J binding, Spring or Lombok");
  }

  /**
   * Rule code ({@code model} packages of the domain modules) depends on nothing but the JDK, Guava and model code;
   * of the JDK, not on {@code java.sql}, {@code java.net} or {@code java.nio.file}: rules neither store, call out nor
   * read files.
   *
   * @return the rule
   */
  public ArchRule modelDependsOnlyOnJdkGuavaAndModel() {
    return classes()
        .that().resideInAnyPackage(domainPackages("model"))
        .should().onlyDependOnClassesThat(
            resideInAnyPackage(
                    concat(domainPackages("model"), "java..", "com.google.common..", "com.google.errorprone.annotations.."))
                .and(not(resideInAnyPackage("java.sql..", "java.net..", "java.nio.file.."))))
        .as("model code depends on nothing but the JDK (without java.sql, java.net, java.nio.file), Guava and other "
            + "domain model packages");
  }

  /**
   * Outbound ports are interfaces: no concrete class is a top-level type of a {@code port.out} package.
   *
   * @return the rule
   */
  public ArchRule outboundPortsAreInterfaces() {
    return classes()
        .that().resideInAnyPackage(domainPackages("port.out"))
        .and().areTopLevelClasses()
        .and().areNotRecords()
        .and().areNotEnums()
        .should().beInterfaces()
        .as("outbound ports are interfaces (records and enums they exchange excepted)");
  }

  /**
   * No adapter depends on another adapter.
   *
   * @return the rule
   */
  public ArchRule adaptersDoNotDependOnEachOther() {
    return slices().matching(root + ".adapters.(*)..")
        .should().notDependOnEachOther()
        .as("adapters do not depend on each other");
  }

  /**
   * No package cycles anywhere under the root.
   *
   * @return the rule
   */
  public ArchRule noPackageCycles() {
    return slices().matching(root + ".(**)")
        .should().beFreeOfCycles()
        .as("no package cycles");
  }

  /**
   * Domain modules depend in one direction only: grid-core on neither of the others, grid-escalation on grid-core
   * only, grid-assessment on both.
   *
   * @return the rule
   */
  public ArchRule domainModulesDependInOneDirection() {
    return noClasses()
        .that().resideInAnyPackage(root + "." + DOMAIN_MODULES.get(0) + "..", root + "." + DOMAIN_MODULES.get(1) + "..")
        .should(new HigherModuleDependency(root, DOMAIN_MODULES))
        .as("grid-core depends on no other domain module; grid-escalation on grid-core only");
  }

  /**
   * Inbound ports are named one way: the interfaces of the domain modules' {@code port.in} packages are use cases
   * ({@code …UseCase}, implemented by an application service) or the sealed families of commands they take
   * ({@code …Command}).
   *
   * @return the rule
   */
  public ArchRule inboundPortsAreUseCasesAndCommands() {
    return classes()
        .that().resideInAnyPackage(domainPackages("port.in"))
        .and().areInterfaces()
        .and().areTopLevelClasses()
        .and().doNotHaveSimpleName("package-info")
        .should().haveSimpleNameEndingWith("UseCase")
        .orShould().haveSimpleNameEndingWith("Command")
        .as("inbound ports are named …UseCase (and the command families they take …Command)");
  }

  /**
   * Policies give their defaults one way: every {@code …Policy} type of the domain models has a public static
   * {@code defaults()} method returning the policy, and no public static field holding one.
   *
   * @return the rule
   */
  public ArchRule policiesGiveTheirDefaultsOneWay() {
    return classes()
        .that().resideInAnyPackage(domainPackages("model"))
        .and().haveSimpleNameEndingWith("Policy")
        .and().areTopLevelClasses()
        .and().areNotInterfaces()
        .and().areNotEnums()
        .should(PolicyDefaults.DEFAULTS_METHOD_AND_NO_CONSTANT)
        .as("policies give their defaults through a static defaults() method, not a constant");
  }

  /**
   * Time is set through one clock: no class under the root extends {@link java.time.Clock}. Tests, replays and demos
   * that move time use ThreeTen-Extra's thread-safe {@code org.threeten.extra.MutableClock}; everything else takes
   * the {@code Clock} it is given.
   *
   * @return the rule
   */
  public ArchRule timeIsSetThroughOneClock() {
    return noClasses()
        .that().resideInAPackage(root + "..")
        .should().beAssignableTo(java.time.Clock.class)
        .as("no home-made clocks: a settable clock is org.threeten.extra.MutableClock");
  }

  /**
   * Personal data is never printed by default (个人信息保护): every type under the root with a field or record
   * component marked {@link org.grid.core.model.privacy.PersonalData} writes its own {@code toString()} (one that
   * masks), so a record's default {@code toString()}, which prints every component, cannot carry a name, a care tag
   * or a national ID number into a log. Unlike the other rules this one may select nothing: code without personal
   * data passes it.
   *
   * @return the rule
   */
  public ArchRule personalDataIsNeverPrintedByDefault() {
    return classes()
        .that().resideInAPackage(root + "..")
        .and(MaskedToString.HOLDS_PERSONAL_DATA)
        .should(MaskedToString.WRITES_ITS_OWN)
        .allowEmptyShould(true)
        .as("types holding personal data (@PersonalData) write their own masking toString()");
  }

  /**
   * Application code reaches the rules only through the use cases: classes in the given packages (a command line,
   * a demo, a web layer) call the inbound ports ({@code port.in}) and their application services, never a rule
   * engine of the domain models directly. Reading model values, building value objects, policies and commands is
   * fine; applying a rule is not.
   *
   * <p>Which classes are the rule engines is a list, not a pattern: the engines are ordinary classes of the model
   * packages beside the values they compute, and neither their names nor their shape (some are instantiated, some
   * are static-only, one is a record) sets them apart. The list, under the root: grid-core's {@code PartitionPlanner},
   * {@code PlanValidator}, {@code TeamProposer}, {@code TeamValidation}, {@code Pairer}, {@code TownshipDuties},
   * {@code Compliance}, {@code DutyLogCheck}, {@code CardCurrency}; grid-assessment's {@code ScoringEngine}, {@code PartyMemberGrading},
   * {@code GridScorecards}, {@code GridMeasuresCalculator}, {@code KnowledgeCheckScoring}, {@code TwoWayAssessment},
   * {@code RequestEvidence}, {@code DutyEvidence}. The given packages must not depend on these classes at all (no call, method reference,
   * field or parameter). grid-escalation's rules are the methods of its aggregate {@code Request} (report, accept,
   * route, escalate, resolve, rate, {@code onDeadlines}, …); for them there is a criterion: every one of them, and
   * nothing else, decides with a {@code RuleContext} (now, work calendar, policy), so the given packages must not
   * call or reference a method or constructor of {@code <root>.escalation.model} that takes one. Reading a
   * {@code Request}'s state stays allowed. Add a new engine to the list when it is written.
   *
   * @param callerPackages the callers' packages in ArchUnit's syntax, for example {@code org.grid.examples..}; at
   *     least one
   * @return the rule
   * @throws IllegalArgumentException if no package is given
   */
  public ArchRule rulesAreReachedThroughUseCases(String... callerPackages) {
    requireNonNull(callerPackages, "callerPackages");
    if (callerPackages.length == 0) {
      throw new IllegalArgumentException("callerPackages: name at least one package");
    }
    Set<String> engines = RULE_ENGINES.stream().map(engine -> root + "." + engine).collect(Collectors.toSet());
    String ruleContext = root + "." + RULE_CONTEXT;
    String escalationModel = root + ".escalation.model";
    DescribedPredicate<JavaClass> ruleEngine = DescribedPredicate.describe(
        "are rule engines of the domain models", type -> engines.contains(type.getName()));
    DescribedPredicate<JavaAccess<?>> escalationRule = DescribedPredicate.describe(
        "is a rule of grid-escalation (takes a RuleContext)",
        access -> access.getTarget() instanceof CodeUnitAccessTarget codeUnit
            && codeUnit.getOwner().getPackageName().equals(escalationModel)
            && codeUnit.getRawParameterTypes().stream().anyMatch(type -> type.getName().equals(ruleContext)));
    return noClasses()
        .that().resideInAnyPackage(callerPackages)
        .should().dependOnClassesThat(ruleEngine)
        .orShould().accessTargetWhere(escalationRule)
        .as("code in " + Arrays.toString(callerPackages) + " reaches the rules only through the use cases (port.in), "
            + "never a rule engine of the domain models");
  }

  private String[] domainPackages(String... layers) {
    String[] packages = new String[DOMAIN_MODULES.size() * layers.length];
    int i = 0;
    for (String module : DOMAIN_MODULES) {
      for (String layer : layers) {
        packages[i++] = root + "." + module + "." + layer + "..";
      }
    }
    return packages;
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
