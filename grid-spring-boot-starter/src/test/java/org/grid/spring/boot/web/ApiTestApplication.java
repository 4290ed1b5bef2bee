package org.grid.spring.boot.web;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.adapters.jdbc.escalation.JdbcWorkCalendars;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.Office;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.spring.boot.SpringUnitOfWork;
import org.grid.testkit.escalation.EscalationSamples;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application the REST API's tests run: H2, Spring Boot's auto-configuration with grid's, Spring Security with
 * HTTP Basic over a stateless API (the tests authenticate with Spring Security's test support), the sample
 * township of grid-testkit with its plan, calendar, staff and routing table, and a fixed clock (Monday 2 March
 * 2026, 09:00 in the township).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ApiTestApplication {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** A person who serves the sample village grid office of place A in two roles. */
  static final String TWO_ROLES = "staff-two-roles";

  @Bean
  DataSource dataSource() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:grid-api-" + DATABASES.incrementAndGet()
        + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
    return h2;
  }

  @Bean
  Clock clock() {
    return Clock.fixed(EscalationSamples.at("2026-03-02T09:00"), EscalationSamples.ZONE);
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  private static AnnotationConfigServletWebApplicationContext shared;

  /**
   * Returns the application the API tests share (started once per test JVM, closed when it exits), so that each
   * test class does not pay for a context of its own. Its requests' ids are distinct per test.
   *
   * @return the started context
   */
  static synchronized AnnotationConfigServletWebApplicationContext shared() {
    if (shared == null) {
      shared = start("springdoc.api-docs.version=openapi_3_1");
      shared.registerShutdownHook();
    }
    return shared;
  }

  /**
   * Starts the application in a mock servlet environment (no server), as the tests' MockMvc calls it: Spring's
   * JUnit extension is left out, since Spring Framework 7's needs a newer JUnit than the project's.
   *
   * @param properties more properties, {@code name=value}
   * @return the started context; close it after the tests
   */
  static AnnotationConfigServletWebApplicationContext start(String... properties) {
    AnnotationConfigServletWebApplicationContext context = new AnnotationConfigServletWebApplicationContext();
    context.setServletContext(new MockServletContext());
    TestPropertyValues.of("grid.sweep.enabled=false", "grid.relay.enabled=false", "spring.flyway.enabled=false",
        "grid.county=C1")
        .and(properties).applyTo(context);
    context.register(ApiTestApplication.class);
    context.refresh();
    sampleTownship(context);
    return context;
  }

  /**
   * Builds MockMvc over a started context, behind Spring Security's filter chain.
   *
   * @param context the context
   * @return the client
   */
  static MockMvc mockMvc(AnnotationConfigServletWebApplicationContext context) {
    // MockMvc adds no servlet filter by itself: grid's body limit is added with its URL patterns.
    FilterRegistrationBean<?> limit = context.getBean("gridBodyLimitFilter", FilterRegistrationBean.class);
    return MockMvcBuilders.webAppContextSetup(context)
        .addFilter(limit.getFilter(), limit.getUrlPatterns().toArray(String[]::new))
        .apply(SecurityMockMvcConfigurers.springSecurity()).build();
  }

  private static void sampleTownship(ApplicationContext context) {
    StaffDirectory staff = context.getBean(StaffDirectory.class);
    PlaceDirectory places = context.getBean(PlaceDirectory.class);
    JdbcWorkCalendars calendars = context.getBean(JdbcWorkCalendars.class);
    JdbcRoutingTable routing = context.getBean(JdbcRoutingTable.class);
    context.getBean(SpringUnitOfWork.class).inTransaction(() -> {
      EscalationSamples.appointments().forEach(staff::save);
      Office village = Office.of(org.grid.escalation.model.Tier.VILLAGE_GRID, EscalationSamples.PLACE_A);
      staff.save(new Appointment(org.grid.core.model.team.PersonId.of(TWO_ROLES), village,
          AuthorizationPolicy.LEADER, EscalationSamples.SINCE, null));
      staff.save(new Appointment(org.grid.core.model.team.PersonId.of(TWO_ROLES), village,
          AuthorizationPolicy.MEMBER, EscalationSamples.SINCE, null));
      places.adopt(EscalationSamples.township(), EscalationSamples.plan());
      calendars.put(EscalationSamples.TOWNSHIP, EscalationSamples.CALENDAR);
      routing.put(EscalationSamples.COUNTY, EscalationSamples.LAND_CATEGORY, EscalationSamples.LAND);
      return null;
    });
  }
}
