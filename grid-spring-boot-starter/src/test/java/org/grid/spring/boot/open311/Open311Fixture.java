package org.grid.spring.boot.open311;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.adapters.jdbc.escalation.JdbcWorkCalendars;
import org.grid.core.model.jurisdiction.Coordinates;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.escalation.model.Place;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.spring.boot.GridAutoConfiguration;
import org.grid.spring.boot.SpringUnitOfWork;
import org.grid.testkit.escalation.EscalationSamples;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockServletContext;

/**
 * The façade's test application: a servlet web context over a fresh H2 database with grid, Spring MVC and the
 * façade auto-configured, the sample township of grid-testkit with a point for each unit, its plan, staff,
 * calendar and routes, and a fixed clock.
 */
final class Open311Fixture {

  /** The frame of the test township: its coordinates are metres from this origin. */
  static final GeoFrame FRAME = GeoFrame.metresFrom(30.0, 120.0);

  /** The api_key of the test client. */
  static final String API_KEY = "test-key-0123456789";

  /** Where each sample place's one unit lies, in metres east and north of the origin. */
  static final double[][] UNIT_POINTS = {{0, 0}, {2000, 0}, {0, 2000}};

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private Open311Fixture() {}

  /** The sample township, each unit at its point. */
  static Township township() {
    Township.Builder builder = Township.builder(EscalationSamples.COUNTY, EscalationSamples.TOWNSHIP, "示范乡");
    List<Place> places = EscalationSamples.places();
    for (int i = 0; i < places.size(); i++) {
      Place place = places.get(i);
      builder.village(Village.of(place.village(), "村", List.of(
          Unit.of(UnitId.of(place.village().value() + "-G1"), "一组", 150)
              .at(Coordinates.of(UNIT_POINTS[i][0], UNIT_POINTS[i][1])))));
    }
    return builder.build();
  }

  /** The WGS84 position of a point in metres of the test frame: {latitude, longitude}. */
  static double[] degrees(double east, double north) {
    return FRAME.degreesOf(east, north);
  }

  /**
   * Starts the application.
   *
   * @param properties more properties, {@code name=value}
   * @return the refreshed context, with the sample township stored
   */
  static AnnotationConfigServletWebApplicationContext start(String... properties) {
    return start(true, properties);
  }

  /**
   * Starts the application, with or without the pseudonym key.
   *
   * @param pseudonymKey whether to set grid.open311.pseudonym-key
   * @param properties more properties, {@code name=value}
   * @return the refreshed context, with the sample township stored
   */
  static AnnotationConfigServletWebApplicationContext start(boolean pseudonymKey, String... properties) {
    AnnotationConfigServletWebApplicationContext context = new AnnotationConfigServletWebApplicationContext();
    context.setServletContext(new MockServletContext());
    TestPropertyValues.of("grid.sweep.initial-delay=1h", "grid.relay.initial-delay=1h",
        "grid.open311.clients[0].name=test-app", "grid.open311.clients[0].api-key=" + API_KEY)
        .and(pseudonymKey ? "grid.open311.pseudonym-key=a-secret-of-the-county" : "grid.open311.max-distance=1000")
        .and(properties).applyTo(context);
    context.register(Application.class);
    context.refresh();
    StaffDirectory staff = context.getBean(StaffDirectory.class);
    PlaceDirectory places = context.getBean(PlaceDirectory.class);
    JdbcWorkCalendars calendars = context.getBean(JdbcWorkCalendars.class);
    JdbcRoutingTable routing = context.getBean(JdbcRoutingTable.class);
    context.getBean(SpringUnitOfWork.class).inTransaction(() -> {
      EscalationSamples.appointments().forEach(staff::save);
      places.adopt(township(), EscalationSamples.plan());
      calendars.put(EscalationSamples.TOWNSHIP, EscalationSamples.CALENDAR);
      routing.put(EscalationSamples.COUNTY, EscalationSamples.LAND_CATEGORY, EscalationSamples.LAND);
      routing.put(EscalationSamples.COUNTY, EscalationSamples.PENSION_CATEGORY, EscalationSamples.SOCIAL);
      return null;
    });
    return context;
  }

  /** The application: H2, a fixed clock, the mapped township, and the auto-configuration under test. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({ValidationAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
      TransactionAutoConfiguration.class, GridAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
      WebMvcAutoConfiguration.class, Open311AutoConfiguration.class})
  static class Application {
    @Bean
    DataSource dataSource() {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:grid-open311-" + DATABASES.incrementAndGet()
          + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
      return h2;
    }

    @Bean
    Clock clock() {
      return Clock.fixed(EscalationSamples.at("2026-09-28T09:00"), EscalationSamples.ZONE);
    }

    @Bean
    MappedTownship sampleTownship() {
      return new MappedTownship(township(), EscalationSamples.plan(), FRAME);
    }
  }
}
