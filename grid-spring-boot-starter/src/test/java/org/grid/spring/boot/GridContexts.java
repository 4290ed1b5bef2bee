package org.grid.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.escalation.JdbcWorkCalendars;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.testkit.escalation.EscalationSamples;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the starter's tests share: an application with an H2 data source, and a township to report in. */
final class GridContexts {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private GridContexts() {}

  /**
   * An application with its own H2 database (a new one per context), Spring Boot's validation and transaction
   * manager, and grid's auto-configuration; the scheduled jobs start late enough not to run during a test.
   *
   * @return the runner
   */
  static ApplicationContextRunner runner() {
    return runner(H2.class);
  }

  /**
   * As {@link #runner()}, with the application's data source from another configuration.
   *
   * @param dataSource the configuration with the one DataSource bean
   * @return the runner
   */
  static ApplicationContextRunner runner(Class<?> dataSource) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
            GridAutoConfiguration.class))
        .withUserConfiguration(dataSource)
        .withPropertyValues("grid.sweep.initial-delay=1h", "grid.relay.initial-delay=1h");
  }

  /**
   * Checks an assertion until it holds, for at most 10 seconds (what a scheduled job does comes a little later).
   *
   * @param assertion the assertion
   */
  static void eventually(Runnable assertion) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      try {
        assertion.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /** The application's data source: a fresh in-memory H2 database. */
  @Configuration(proxyBeanMethods = false)
  static class H2 {
    @Bean
    DataSource dataSource() {
      JdbcDataSource h2 = new JdbcDataSource();
      // OPTIMIZE_REUSE_RESULTS=FALSE: docs/jdbc.md, "H2: turn off result reuse".
      h2.setURL("jdbc:h2:mem:grid-starter-" + DATABASES.incrementAndGet()
          + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
      return h2;
    }
  }

  /** An event sink that keeps what it is handed (and refuses everything when told to). */
  static final class RecordingSink implements EventSink {
    final List<OutgoingEvent> delivered = Collections.synchronizedList(new ArrayList<>());
    volatile boolean refuse;

    @Override
    public List<DeliveryOutcome> deliver(List<OutgoingEvent> events) {
      EventSink.requireBatch(events);
      if (refuse) {
        return events.stream().<DeliveryOutcome>map(e -> new DeliveryOutcome.Rejected("refused by the test")).toList();
      }
      delivered.addAll(events);
      return events.stream().map(e -> DeliveryOutcome.DELIVERED).toList();
    }
  }

  /** A configuration with a {@link RecordingSink} bean. */
  @Configuration(proxyBeanMethods = false)
  static class WithSink {
    @Bean
    RecordingSink recordingSink() {
      return new RecordingSink();
    }
  }

  /**
   * Stores the sample township's staff, plan and calendar through the context's adapters, so that requests can be
   * reported in it.
   *
   * @param context the application
   */
  static void township(ApplicationContext context) {
    StaffDirectory staff = context.getBean(StaffDirectory.class);
    PlaceDirectory places = context.getBean(PlaceDirectory.class);
    JdbcWorkCalendars calendars = context.getBean(JdbcWorkCalendars.class);
    context.getBean(SpringUnitOfWork.class).inTransaction(() -> {
      EscalationSamples.appointments().forEach(staff::save);
      places.adopt(EscalationSamples.township(), EscalationSamples.plan());
      calendars.put(EscalationSamples.TOWNSHIP, EscalationSamples.CALENDAR);
      return null;
    });
  }

  /**
   * Reports a request at the sample township's first place, as a citizen.
   *
   * @param context the application
   * @param id the request's id
   * @return the outcome
   */
  static CommandOutcome report(ApplicationContext context, String id) {
    RequestCommand report = new RequestCommand.Report(CommandId.of("c-" + id), RequestId.of(id),
        Actor.citizen(EscalationSamples.CITIZEN), EscalationSamples.CITIZEN, EscalationSamples.PLACE_A,
        EscalationSamples.LAND_CATEGORY, "the road floods", Urgency.NORMAL, null, null);
    return context.getBean(RequestService.class).handle(report);
  }

  /**
   * Reports a request and checks it was applied.
   *
   * @param context the application
   * @param id the request's id
   */
  static void reported(ApplicationContext context, String id) {
    assertThat(report(context, id)).isInstanceOf(CommandOutcome.Applied.class);
  }
}
