package org.grid.spring.boot;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.assessment.JdbcEvidenceSource;
import org.grid.adapters.jdbc.assessment.JdbcRuleSetRepository;
import org.grid.adapters.jdbc.assessment.JdbcScoreRepository;
import org.grid.adapters.jdbc.duty.JdbcDutyLogRepository;
import org.grid.adapters.jdbc.escalation.JdbcPlaceDirectory;
import org.grid.adapters.jdbc.escalation.JdbcRequestEventPublisher;
import org.grid.adapters.jdbc.escalation.JdbcRequestRepository;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.adapters.jdbc.escalation.JdbcStaffDirectory;
import org.grid.adapters.jdbc.escalation.JdbcWorkCalendars;
import org.grid.adapters.jdbc.events.JdbcDomainEventPublisher;
import org.grid.adapters.jdbc.jurisdiction.JdbcTownshipRepository;
import org.grid.adapters.jdbc.outbox.JdbcOutboxMonitor;
import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.grid.adapters.jdbc.pairing.JdbcPairingRepository;
import org.grid.adapters.jdbc.team.JdbcServiceStationRepository;
import org.grid.adapters.jdbc.team.JdbcPersonRepository;
import org.grid.adapters.jdbc.team.JdbcTeamRepository;
import org.grid.assessment.application.AssessCountyService;
import org.grid.assessment.application.AssessRequestsService;
import org.grid.assessment.application.RequestHistoryEvidence;
import org.grid.assessment.application.ScoreGridsService;
import org.grid.assessment.application.ScoreKnowledgeChecksService;
import org.grid.assessment.application.ScorePartyMembersService;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.model.RequestEvidence;
import org.grid.assessment.port.out.EvidenceSource;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.assessment.port.out.ScoreRepository;
import org.grid.core.application.ComputeComplianceService;
import org.grid.core.application.ReviewCardsService;
import org.grid.core.application.ErasePersonalDataService;
import org.grid.core.application.PairHouseholdsService;
import org.grid.core.application.PartitionService;
import org.grid.core.application.ProposeTeamsService;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.port.out.DomainEventPublisher;
import org.grid.core.port.out.DutyLogRepository;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutboxMonitor;
import org.grid.core.port.out.PairingRepository;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.PersonalDataEraser;
import org.grid.core.port.out.ServiceStationRepository;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.TownshipRepository;
import org.grid.escalation.application.AdoptPlanService;
import org.grid.escalation.application.AppointTeamsService;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.escalation.application.RequestCommandValidator;
import org.grid.escalation.application.RequestPersonalDataEraser;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.port.in.MonitorRequestsUseCase;
import org.grid.escalation.port.in.ProcessDueRequestsUseCase;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.RequestEventPublisher;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.RoutingTable;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.escalation.port.out.WorkCalendars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Wires grid over the application's {@link DataSource} (网格自动配置): the JDBC adapters, the application services
 * of grid-core, grid-escalation and grid-assessment, grid's migrations, the unit of work joined to Spring's
 * transactions, the scheduled deadline sweep and outbox relay, the health indicator and the meters. Every adapter,
 * policy and service is a bean named {@code grid...} that backs off when the application defines a bean of its type
 * (an adapter: of its port); docs/spring-boot.md lists them. Its properties are {@link GridProperties}.
 *
 * <p>The services need a {@link Validator} bean: Spring Boot's, from {@code spring-boot-starter-validation}
 * (Hibernate Validator). The request engine checks its commands with {@link RequestCommandValidator} instead: the
 * same constraints and messages, without reflection on every command.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
    "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnClass({JdbcUnitOfWork.class, DataSource.class})
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnGridSwitch("grid.enabled")
@EnableConfigurationProperties(GridProperties.class)
public class GridAutoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(GridAutoConfiguration.class);

  /** Spring Boot's bean that runs the application's own Flyway migrations (spring-boot-flyway). */
  static final String FLYWAY_INITIALIZER = "org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer";

  /** The name of the bean that migrates grid's schema. */
  public static final String SCHEMA_INITIALIZER = "gridSchemaInitializer";

  /** Creates the configuration (Spring Boot does). */
  public GridAutoConfiguration() {}

  // ---- infrastructure -------------------------------------------------------------------------------------------

  /**
   * Makes grid's migration wait for the application's own Flyway migration, when there is one: the application's
   * Flyway then finds the schema as it left it (an empty schema, for its first migration), not with grid's tables.
   *
   * @return the post-processor
   */
  @Bean
  static BeanFactoryPostProcessor gridSchemaAfterApplicationFlyway() {
    return beanFactory -> {
      if (!beanFactory.containsBeanDefinition(SCHEMA_INITIALIZER)) {
        return;
      }
      ClassLoader loader = beanFactory.getBeanClassLoader();
      if (!ClassUtils.isPresent(FLYWAY_INITIALIZER, loader)) {
        return;
      }
      String[] flyway = beanFactory.getBeanNamesForType(
          ClassUtils.resolveClassName(FLYWAY_INITIALIZER, loader), true, false);
      if (flyway.length > 0) {
        BeanDefinition definition = beanFactory.getBeanDefinition(SCHEMA_INITIALIZER);
        String[] before = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
        definition.setDependsOn(Stream.concat(Arrays.stream(before), Arrays.stream(flyway)).toArray(String[]::new));
      }
    };
  }

  /**
   * Migrates grid's schema at start (grid.schema.migrate).
   *
   * @param dataSource the application's data source
   * @param properties grid's properties, checked here
   * @return the initializer
   */
  @Bean(SCHEMA_INITIALIZER)
  @ConditionalOnMissingBean(name = SCHEMA_INITIALIZER)
  @ConditionalOnGridSwitch("grid.schema.migrate")
  GridSchemaInitializer gridSchemaInitializer(DataSource dataSource, GridProperties properties) {
    properties.check();
    return new GridSchemaInitializer(dataSource);
  }

  /**
   * The clock of deadlines, sweeps and events: the system's UTC clock, unless the application has a Clock bean.
   *
   * @return the clock
   */
  @Bean
  @ConditionalOnMissingBean(Clock.class)
  Clock gridClock() {
    return Clock.systemUTC();
  }

  /**
   * grid's unit of work, joined to Spring's transactions over the application's data source; every adapter is
   * built on its {@link SpringUnitOfWork#jdbc() JDBC unit of work}, every service runs its use cases in it.
   *
   * @param dataSource the application's data source
   * @param properties grid's properties, checked here
   * @return the unit of work
   */
  @Bean
  SpringUnitOfWork gridUnitOfWork(DataSource dataSource, GridProperties properties) {
    properties.check();
    return new SpringUnitOfWork(new JdbcUnitOfWork(new TransactionJoiningDataSource(dataSource)));
  }

  static Validator validator(ObjectProvider<Validator> validators) {
    Validator validator = validators.getIfAvailable();
    if (validator == null) {
      throw new IllegalStateException("grid's services need a jakarta.validation.Validator bean: add "
          + "spring-boot-starter-validation (Hibernate Validator) to the application (docs/spring-boot.md)");
    }
    return validator;
  }

  // ---- adapters -------------------------------------------------------------------------------------------------

  /** The JDBC adapters of the outbound ports, each backing off when the application has a bean of the port. */
  @Configuration(proxyBeanMethods = false)
  static class Adapters {

    @Bean
    @ConditionalOnMissingBean(TownshipRepository.class)
    JdbcTownshipRepository gridTownshipRepository(SpringUnitOfWork unitOfWork) {
      return new JdbcTownshipRepository(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(PersonRepository.class)
    JdbcPersonRepository gridPersonRepository(SpringUnitOfWork unitOfWork) {
      return new JdbcPersonRepository(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(TeamRepository.class)
    JdbcTeamRepository gridTeamRepository(SpringUnitOfWork unitOfWork) {
      return new JdbcTeamRepository(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(PairingRepository.class)
    JdbcPairingRepository gridPairingRepository(SpringUnitOfWork unitOfWork) {
      return new JdbcPairingRepository(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(DutyLogRepository.class)
    JdbcDutyLogRepository gridDutyLogRepository(SpringUnitOfWork unitOfWork) {
      return new JdbcDutyLogRepository(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(ServiceStationRepository.class)
    JdbcServiceStationRepository gridServiceStationRepository(SpringUnitOfWork unitOfWork) {
      return new JdbcServiceStationRepository(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(RequestRepository.class)
    JdbcRequestRepository gridRequestRepository(SpringUnitOfWork unitOfWork) {
      return new JdbcRequestRepository(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(RoutingTable.class)
    JdbcRoutingTable gridRoutingTable(SpringUnitOfWork unitOfWork) {
      return new JdbcRoutingTable(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(WorkCalendars.class)
    JdbcWorkCalendars gridWorkCalendars(SpringUnitOfWork unitOfWork) {
      return new JdbcWorkCalendars(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(StaffDirectory.class)
    JdbcStaffDirectory gridStaffDirectory(SpringUnitOfWork unitOfWork) {
      return new JdbcStaffDirectory(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(PlaceDirectory.class)
    JdbcPlaceDirectory gridPlaceDirectory(SpringUnitOfWork unitOfWork) {
      return new JdbcPlaceDirectory(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(RequestEventPublisher.class)
    JdbcRequestEventPublisher gridRequestEventPublisher(SpringUnitOfWork unitOfWork) {
      return new JdbcRequestEventPublisher(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(DomainEventPublisher.class)
    JdbcDomainEventPublisher gridDomainEventPublisher(SpringUnitOfWork unitOfWork) {
      return new JdbcDomainEventPublisher(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(OutboxMonitor.class)
    JdbcOutboxMonitor gridOutboxMonitor(DataSource dataSource, Clock clock) {
      return new JdbcOutboxMonitor(dataSource, clock);
    }

    @Bean
    @ConditionalOnMissingBean(RuleSetRepository.class)
    JdbcRuleSetRepository gridRuleSetRepository(SpringUnitOfWork unitOfWork) {
      return new JdbcRuleSetRepository(unitOfWork.jdbc());
    }

    @Bean
    @ConditionalOnMissingBean(ScoreRepository.class)
    JdbcScoreRepository gridScoreRepository(SpringUnitOfWork unitOfWork) {
      return new JdbcScoreRepository(unitOfWork.jdbc());
    }

    /** Evidence stored with {@code JdbcEvidenceSource.add} (duty records and anything else from outside grid). */
    @Bean
    @ConditionalOnMissingBean(name = "gridStoredEvidence")
    JdbcEvidenceSource gridStoredEvidence(SpringUnitOfWork unitOfWork) {
      return new JdbcEvidenceSource(unitOfWork.jdbc());
    }
  }

  // ---- policies and services ------------------------------------------------------------------------------------

  /** The policies, the authorization and the application services. */
  @Configuration(proxyBeanMethods = false)
  static class Services {

    @Bean
    @ConditionalOnMissingBean
    EscalationPolicy gridEscalationPolicy() {
      return EscalationPolicy.defaults();
    }

    @Bean
    @ConditionalOnMissingBean
    AuthorizationPolicy gridAuthorizationPolicy() {
      return AuthorizationPolicy.defaults();
    }

    @Bean
    @ConditionalOnMissingBean
    GradingPolicy gridGradingPolicy() {
      return GradingPolicy.defaults();
    }

    @Bean
    @ConditionalOnMissingBean
    RequestAuthorization gridRequestAuthorization(StaffDirectory staff, PlaceDirectory places,
        AuthorizationPolicy policy) {
      return new RequestAuthorization(staff, places, policy);
    }

    @Bean
    @ConditionalOnMissingBean
    RequestService gridRequestService(RequestRepository requests, RoutingTable routing, WorkCalendars calendars,
        RequestEventPublisher events, SpringUnitOfWork unitOfWork, Clock clock, EscalationPolicy policy,
        RequestAuthorization authorization) {
      // The commands' own constraints, checked in code: the same violations as the application's Validator gives
      // them, without its reflection on every command (docs/spring-boot.md says how to validate with the bean).
      return new RequestService(requests, routing, calendars, events, unitOfWork, clock, policy,
          RequestCommandValidator.create(), authorization);
    }

    @Bean
    @ConditionalOnMissingBean
    AdoptPlanService gridAdoptPlanService(PlaceDirectory places, SpringUnitOfWork unitOfWork,
        ObjectProvider<Validator> validator, DomainEventPublisher events) {
      return new AdoptPlanService(places, unitOfWork, validator(validator), events);
    }

    @Bean
    @ConditionalOnMissingBean
    AppointTeamsService gridAppointTeamsService(StaffDirectory staff, SpringUnitOfWork unitOfWork,
        ObjectProvider<Validator> validator) {
      return new AppointTeamsService(staff, unitOfWork, validator(validator));
    }

    @Bean
    @ConditionalOnMissingBean
    PartitionService gridPartitionService(ObjectProvider<Validator> validator) {
      return new PartitionService(validator(validator));
    }

    @Bean
    @ConditionalOnMissingBean
    ProposeTeamsService gridProposeTeamsService(TownshipRepository townships, PersonRepository people,
        TeamRepository teams, SpringUnitOfWork unitOfWork, ObjectProvider<Validator> validator,
        DomainEventPublisher events) {
      return new ProposeTeamsService(townships, people, teams, unitOfWork, validator(validator), events);
    }

    @Bean
    @ConditionalOnMissingBean
    PairHouseholdsService gridPairHouseholdsService(TownshipRepository townships, PersonRepository people,
        PairingRepository pairings, SpringUnitOfWork unitOfWork, ObjectProvider<Validator> validator,
        DomainEventPublisher events, Clock clock) {
      return new PairHouseholdsService(townships, people, pairings, unitOfWork, validator(validator), events, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ComputeComplianceService gridComputeComplianceService(PersonRepository people, TeamRepository teams,
        PairingRepository pairings, DutyLogRepository log, SpringUnitOfWork unitOfWork,
        ObjectProvider<Validator> validator) {
      return new ComputeComplianceService(people, teams, pairings, log, unitOfWork, validator(validator));
    }

    @Bean
    @ConditionalOnMissingBean
    ReviewCardsService gridReviewCardsService(TeamRepository teams, ServiceStationRepository stations,
        DutyLogRepository log, SpringUnitOfWork unitOfWork, ObjectProvider<Validator> validator) {
      return new ReviewCardsService(teams, stations, log, unitOfWork, validator(validator));
    }

    /** The request engine's part of an erasure; every PersonalDataEraser bean joins the erasure. */
    @Bean
    @ConditionalOnMissingBean
    RequestPersonalDataEraser gridRequestPersonalDataEraser(RequestRepository requests) {
      return new RequestPersonalDataEraser(requests);
    }

    @Bean
    @ConditionalOnMissingBean
    ErasePersonalDataService gridErasePersonalDataService(PersonRepository people,
        ObjectProvider<PersonalDataEraser> erasers, SpringUnitOfWork unitOfWork,
        ObjectProvider<Validator> validator) {
      return new ErasePersonalDataService(people, erasers.orderedStream().toList(), unitOfWork,
          validator(validator));
    }

    @Bean
    @ConditionalOnMissingBean
    ScoreGridsService gridScoreGridsService(ObjectProvider<Validator> validator) {
      return new ScoreGridsService(validator(validator));
    }

    @Bean
    @ConditionalOnMissingBean
    ScoreKnowledgeChecksService gridScoreKnowledgeChecksService(ObjectProvider<Validator> validator) {
      return new ScoreKnowledgeChecksService(validator(validator));
    }
  }

  /**
   * Matches when {@code grid.county} has a value, whatever it is. {@code @ConditionalOnProperty} would read a county
   * whose id is {@code false} as no county, and leave its assessment out without a word.
   */
  static final class OnCounty extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return context.getEnvironment().getProperty("grid.county") != null
          ? ConditionOutcome.match("grid.county is set")
          : ConditionOutcome.noMatch("grid.county is not set");
    }
  }

  /** The assessment of one county (grid.county): its request evidence and the services that score it. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(OnCounty.class)
  static class CountyAssessment {

    @Bean
    @ConditionalOnMissingBean(name = "gridRequestEvidence")
    RequestHistoryEvidence gridRequestEvidence(RequestRepository requests, SpringUnitOfWork unitOfWork,
        GridProperties properties) {
      return new RequestHistoryEvidence(requests, unitOfWork, CountyId.of(properties.getCounty()),
          properties.getZone());
    }

    @Bean
    @ConditionalOnMissingBean
    AssessRequestsService gridAssessRequestsService(RuleSetRepository ruleSets, RequestHistoryEvidence evidence,
        ScoreRepository scores, SpringUnitOfWork unitOfWork, ObjectProvider<Validator> validator,
        DomainEventPublisher events, GridProperties properties, Clock clock) {
      return new AssessRequestsService(ruleSets, evidence.sides(RequestEvidence.HANDLER, RequestEvidence.REPORTER),
          scores, unitOfWork, validator(validator), events, CountyId.of(properties.getCounty()), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ScorePartyMembersService gridScorePartyMembersService(RuleSetRepository ruleSets,
        RequestHistoryEvidence evidence, JdbcEvidenceSource gridStoredEvidence, ScoreRepository scores,
        SpringUnitOfWork unitOfWork, GradingPolicy policy, ObjectProvider<Validator> validator,
        DomainEventPublisher events, GridProperties properties, Clock clock) {
      return new ScorePartyMembersService(ruleSets,
          EvidenceSource.concat(gridStoredEvidence, evidence.sides(RequestEvidence.STAFF)), scores, unitOfWork,
          policy, validator(validator), events, CountyId.of(properties.getCounty()), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    AssessCountyService gridAssessCountyService(RuleSetRepository ruleSets, RequestHistoryEvidence evidence,
        JdbcEvidenceSource gridStoredEvidence, ScoreRepository scores, SpringUnitOfWork unitOfWork,
        GradingPolicy policy, ObjectProvider<Validator> validator, DomainEventPublisher events,
        GridProperties properties, Clock clock) {
      return new AssessCountyService(ruleSets, evidence, gridStoredEvidence, scores, unitOfWork, policy,
          validator(validator), events, CountyId.of(properties.getCounty()), clock);
    }
  }

  // ---- background jobs ------------------------------------------------------------------------------------------

  /** The sweep and the relay, and the scheduler that runs them. */
  @Configuration(proxyBeanMethods = false)
  static class Jobs {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnGridSwitch("grid.sweep.enabled")
    GridSweepJob gridSweepJob(ProcessDueRequestsUseCase sweep, Clock clock, ObjectProvider<SweepListener> listeners) {
      return new GridSweepJob(sweep, clock, listeners.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(EventSink.class)
    @ConditionalOnGridSwitch("grid.relay.enabled")
    OutboxRelay gridOutboxRelay(DataSource dataSource, EventSink sink, Clock clock, GridProperties properties) {
      GridProperties.Relay relay = properties.getRelay();
      return new OutboxRelay(dataSource, sink, clock, OutboxRelay.Settings.defaults()
          .withBatchSize(relay.getBatchSize())
          .withMaxAttempts(relay.getMaxAttempts())
          .withLease(relay.getLease()));
    }

    @Bean
    @ConditionalOnMissingBean
    GridScheduler gridScheduler(GridProperties properties, ObjectProvider<GridSweepJob> sweep,
        ObjectProvider<OutboxRelay> relay, ObjectProvider<EventSink> sinks) {
      List<GridScheduler.Job> jobs = new ArrayList<>();
      GridSweepJob sweepJob = sweep.getIfAvailable();
      if (sweepJob != null) {
        jobs.add(new GridScheduler.Job("deadline sweep", properties.getSweep().getInitialDelay(),
            properties.getSweep().getInterval(), sweepJob));
      } else {
        LOG.info("grid's deadline sweep is off (grid.sweep.enabled=false): another node or job must sweep");
      }
      OutboxRelay outboxRelay = relay.getIfAvailable();
      if (outboxRelay != null) {
        jobs.add(new GridScheduler.Job("outbox relay", properties.getRelay().getInitialDelay(),
            properties.getRelay().getInterval(), new GridRelayJob(outboxRelay)));
      } else if (!properties.getRelay().isEnabled()) {
        LOG.info("grid's outbox relay is off (grid.relay.enabled=false)");
      } else if (sinks.getIfAvailable() == null) {
        LOG.info("grid's outbox relay is off: there is no EventSink bean to deliver events to; they stay in "
            + "grid_outbox until one is configured");
      }
      return new GridScheduler(jobs);
    }
  }

  // ---- health and meters ----------------------------------------------------------------------------------------

  /** The health indicator, when Actuator's health module is there. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  @ConditionalOnGridSwitch("grid.health.enabled")
  static class HealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "gridHealthIndicator")
    GridHealthIndicator gridHealthIndicator(DataSource dataSource, OutboxMonitor outbox,
        GridProperties properties) {
      return new GridHealthIndicator(new GridSchemaStatus(dataSource), outbox,
          properties.getHealth().getMaxOutboxLag(), properties.getHealth().getMaxDeadLetters());
    }
  }

  /** The meters, when Micrometer is there. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
  @ConditionalOnGridSwitch("grid.metrics.enabled")
  static class MetricsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    GridMetrics gridMetrics(MonitorRequestsUseCase monitor, OutboxMonitor outbox, Clock clock,
        GridProperties properties) {
      return new GridMetrics(monitor, outbox, clock, properties.getMetrics().getRefreshInterval(),
          properties.getMetrics().getOverdueLimit());
    }
  }
}
