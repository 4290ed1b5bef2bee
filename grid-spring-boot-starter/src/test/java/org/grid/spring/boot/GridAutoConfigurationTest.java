package org.grid.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.spring.boot.GridContexts.eventually;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.grid.assessment.application.AssessCountyService;
import org.grid.assessment.application.AssessRequestsService;
import org.grid.assessment.application.ScoreGridsService;
import org.grid.assessment.application.ScoreKnowledgeChecksService;
import org.grid.assessment.application.ScorePartyMembersService;
import org.grid.core.application.ComputeComplianceService;
import org.grid.core.application.ErasePersonalDataService;
import org.grid.core.application.PairHouseholdsService;
import org.grid.core.application.PartitionService;
import org.grid.core.application.ProposeTeamsService;
import org.grid.core.port.out.OutboxMonitor;
import org.grid.escalation.application.AdoptPlanService;
import org.grid.escalation.application.AppointTeamsService;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Category;
import org.grid.escalation.port.in.HandleRequestUseCase;
import org.grid.escalation.port.in.MonitorRequestsUseCase;
import org.grid.escalation.port.out.RoutingTable;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class GridAutoConfigurationTest {

  private final ApplicationContextRunner runner = GridContexts.runner();

  private static final List<Class<?>> SERVICES = List.of(
      PartitionService.class, ProposeTeamsService.class, PairHouseholdsService.class,
      ComputeComplianceService.class, org.grid.core.application.ReviewCardsService.class,
      ErasePersonalDataService.class,
      RequestService.class, AdoptPlanService.class, AppointTeamsService.class,
      ScoreGridsService.class, ScoreKnowledgeChecksService.class);

  private static final List<Class<?>> COUNTY_SERVICES = List.of(
      AssessRequestsService.class, ScorePartyMembersService.class, AssessCountyService.class);

  @Test
  void startsOnADataSourceWithEveryServiceMigratedAndUsable() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      for (Class<?> service : SERVICES) {
        assertThat(context).hasSingleBean(service);
      }
      for (Class<?> service : COUNTY_SERVICES) {
        assertThat(context).doesNotHaveBean(service);
      }
      assertThat(context).hasSingleBean(HandleRequestUseCase.class).hasSingleBean(MonitorRequestsUseCase.class)
          .hasSingleBean(org.grid.core.port.out.ServiceStationRepository.class);
      assertThat(context.getBean(GridSchemaInitializer.class).applied()).isPositive();
      assertThat(context.getBean("gridRequestService")).isSameAs(context.getBean(RequestService.class));
      GridContexts.township(context);
      GridContexts.reported(context, "R1");
      assertThat(context.getBean(RequestService.class).countsByState()).containsValue(1L);
      assertThat(context.getBean(OutboxMonitor.class).pendingCount()).isPositive();
    });
  }

  @Test
  void aCountyAddsTheAssessmentServices() {
    runner.withPropertyValues("grid.county=C1").run(context -> {
      for (Class<?> service : COUNTY_SERVICES) {
        assertThat(context).hasSingleBean(service);
      }
    });
  }

  /** A county whose id is {@code false} is a county: @ConditionalOnProperty would have read it as none. */
  @Test
  void aCountyCalledFalseIsACounty() {
    runner.withPropertyValues("grid.county=false").run(context -> {
      assertThat(context).hasNotFailed();
      for (Class<?> service : COUNTY_SERVICES) {
        assertThat(context).hasSingleBean(service);
      }
    });
  }

  @Test
  void refusesToStartWithoutAValidatorAndSaysWhatToAdd() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(GridAutoConfiguration.class))
        .withUserConfiguration(GridContexts.H2.class)
        .run(context -> assertThat(context).getFailure().rootCause()
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("jakarta.validation.Validator")
            .hasMessageContaining("spring-boot-starter-validation"));
  }

  @Test
  void refusesAPropertyOutOfRangeNamingIt() {
    runner.withPropertyValues("grid.relay.batch-size=0").run(context ->
        assertThat(context).getFailure().rootCause().hasMessageContaining("grid.relay.batch-size"));
  }

  @Test
  void gridEnabledFalseLeavesEverythingOut() {
    runner.withPropertyValues("grid.enabled=false").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(RequestService.class)
          .doesNotHaveBean(SpringUnitOfWork.class).doesNotHaveBean(GridScheduler.class);
    });
  }

  /** The application's own engine, built with another clock. */
  @Configuration(proxyBeanMethods = false)
  static class OwnEngine {
    static final RoutingTable ROUTING = (county, category) -> java.util.Optional.empty();

    @Bean
    RoutingTable myRouting() {
      return ROUTING;
    }

    @Bean
    Clock myClock() {
      return Clock.fixed(EscalationSamples.at("2026-09-28T09:00"), EscalationSamples.ZONE);
    }
  }

  @Test
  void backsOffWhereTheApplicationDefinesABean() {
    runner.withUserConfiguration(OwnEngine.class).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(RoutingTable.class).doesNotHaveBean(JdbcRoutingTable.class);
      assertThat(context.getBean(RoutingTable.class)).isSameAs(OwnEngine.ROUTING);
      assertThat(context).hasSingleBean(Clock.class).doesNotHaveBean("gridClock");
      assertThat(context.getBean(RoutingTable.class).departmentFor(EscalationSamples.COUNTY, Category.of("land")))
          .isEmpty();
    });
  }

  /** The application's own request service. */
  @Configuration(proxyBeanMethods = false)
  static class OwnService {
    @Bean
    RequestService myRequestService(org.grid.escalation.port.out.RequestRepository requests,
        RoutingTable routing, org.grid.escalation.port.out.WorkCalendars calendars,
        org.grid.escalation.port.out.RequestEventPublisher events, SpringUnitOfWork unitOfWork, Clock clock,
        org.grid.escalation.application.RequestAuthorization authorization, jakarta.validation.Validator validator) {
      return new RequestService(requests, routing, calendars, events, unitOfWork, clock,
          org.grid.escalation.model.EscalationPolicy.defaults(), validator, authorization);
    }
  }

  @Test
  void aServiceOfTheApplicationReplacesTheStartersOne() {
    runner.withUserConfiguration(OwnService.class).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(RequestService.class).hasBean("myRequestService")
          .doesNotHaveBean("gridRequestService");
      assertThat(context).hasSingleBean(GridSweepJob.class);
    });
  }

  @Test
  void sweepAndRelayAreScheduledAndEachCanBeTurnedOff() {
    runner.withUserConfiguration(GridContexts.WithSink.class).run(context ->
        assertThat(context.getBean(GridScheduler.class).jobs()).extracting(GridScheduler.Job::name)
            .containsExactly("deadline sweep", "outbox relay"));
    runner.withUserConfiguration(GridContexts.WithSink.class)
        .withPropertyValues("grid.sweep.enabled=false", "grid.relay.enabled=false").run(context -> {
          assertThat(context).doesNotHaveBean(GridSweepJob.class).doesNotHaveBean(OutboxRelay.class);
          assertThat(context.getBean(GridScheduler.class).jobs()).isEmpty();
        });
    runner.withUserConfiguration(GridContexts.WithSink.class).withPropertyValues("grid.sweep.enabled=false")
        .run(context -> assertThat(context.getBean(GridScheduler.class).jobs())
            .extracting(GridScheduler.Job::name).containsExactly("outbox relay"));
  }

  @Test
  void theRelayStaysOffWithoutAnEventSink() {
    runner.run(context -> {
      assertThat(context).doesNotHaveBean(OutboxRelay.class);
      assertThat(context.getBean(GridScheduler.class).jobs()).extracting(GridScheduler.Job::name)
          .containsExactly("deadline sweep");
    });
  }

  @Test
  void theScheduledRelayDeliversAReportedRequestsEventsToTheSink() {
    runner.withUserConfiguration(GridContexts.WithSink.class)
        .withPropertyValues("grid.relay.initial-delay=0s", "grid.relay.interval=50ms", "grid.relay.batch-size=7")
        .run(context -> {
          assertThat(context.getBean(OutboxRelay.class).settings().batchSize()).isEqualTo(7);
          GridContexts.township(context);
          GridContexts.reported(context, "R1");
          GridContexts.RecordingSink sink = context.getBean(GridContexts.RecordingSink.class);
          eventually(() ->
              assertThat(sink.delivered).isNotEmpty().allSatisfy(e -> assertThat(e.subject()).contains("R1")));
          eventually(() ->
              assertThat(context.getBean(OutboxMonitor.class).pendingCount()).isZero());
        });
  }

  @Test
  void theScheduledSweepRunsAndIsTimed() {
    runner.withPropertyValues("grid.sweep.initial-delay=0s", "grid.sweep.interval=50ms")
        .withBean(CountingListener.class)
        .run(context -> eventually(() ->
            assertThat(context.getBean(CountingListener.class).sweeps).isGreaterThan(1)));
  }

  /** Counts the sweeps it is told of. */
  static final class CountingListener implements SweepListener {
    volatile int sweeps;

    @Override
    public void swept(Duration took, org.grid.escalation.port.in.SweepResult result) {
      assertThat(took.isNegative()).isFalse();
      sweeps++;
    }
  }
}
