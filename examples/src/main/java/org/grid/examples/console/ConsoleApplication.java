package org.grid.examples.console;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.adapters.jdbc.escalation.JdbcWorkCalendars;
import org.grid.core.application.PartitionService;
import org.grid.core.application.ProposeTeamsService;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.TownshipRepository;
import org.grid.escalation.application.AdoptPlanService;
import org.grid.escalation.application.AppointTeamsService;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.port.out.RequestEventPublisher;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.spring.boot.SpringUnitOfWork;
import org.grid.spring.boot.open311.GeoFrame;
import org.grid.spring.boot.open311.MappedTownship;
import org.grid.spring.boot.web.GridPersonResolver;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The example application (示例应用): grid's Spring Boot starter on an embedded in-memory H2 database, the sample
 * township loaded at start ({@link SampleTownship}), the demo users ({@link ConsoleSecurity}), grid's REST API and
 * the web console served from {@code /console/}, its monitor fed live from the outbox ({@link ConsoleEvents}).
 * Started by the command line's {@code serve}, or by {@link #start} in tests. The database lives as long as the
 * application: every start begins from the sample data.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ConsoleController.class, ConsoleSecurity.class})
public class ConsoleApplication {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** The Open311 façade's demo client. */
  public static final String OPEN311_CLIENT = "demo-app";

  /** The demo client's API key: a demo value, known to all, as the demo users' password is. */
  public static final String OPEN311_API_KEY = "demo-open311-key-not-secret";

  /**
   * Where the sample township's unit points lie on the earth for the Open311 façade: a made-up origin in the hills
   * of southern Zhejiang, and 250 m for one step of the sample data's planar coordinates (so the township spans
   * about 8 km each way).
   */
  public static final GeoFrame SAMPLE_FRAME = new GeoFrame(28.4526, 119.9210, 250);

  /** Creates the configuration (Spring calls it). */
  public ConsoleApplication() {}

  /**
   * Starts the application.
   *
   * @param port the HTTP port, 0 for a free one
   * @return the running application; close it to stop
   */
  public static ConfigurableApplicationContext start(int port) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("server.port", port);
    // In memory, one database per start: OPTIMIZE_REUSE_RESULTS=FALSE as docs/jdbc.md asks of H2.
    settings.put("spring.datasource.url", "jdbc:h2:mem:grid-console-" + DATABASES.incrementAndGet()
        + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
    settings.put("spring.datasource.username", "sa");
    settings.put("spring.main.banner-mode", "off");
    settings.put("spring.application.name", "grid-console");
    // The monitor's feed: the relay hands the outbox to ConsoleEvents every second.
    settings.put("grid.relay.interval", "1s");
    settings.put("grid.relay.initial-delay", "1s");
    settings.put("grid.sweep.interval", "1m");
    settings.put("grid.sweep.initial-delay", "30s");
    // Nothing listens to Spring MVC's RequestHandledEvent, which it would otherwise publish after every request.
    settings.put("spring.mvc.publish-request-handled-events", "false");
    // The county the assessment services and the API's county assessments score: the sample township's.
    settings.put("grid.county", SampleTownship.COUNTY);
    // The Open311 façade's one demo client and the key of its reporters' pseudonyms: demo values, known to all.
    settings.put("grid.open311.clients[0].name", OPEN311_CLIENT);
    settings.put("grid.open311.clients[0].api-key", OPEN311_API_KEY);
    settings.put("grid.open311.pseudonym-key", "demo-pseudonyms-not-secret");
    SpringApplication application = new SpringApplicationBuilder(ConsoleApplication.class)
        .web(WebApplicationType.SERVLET).properties(settings).build();
    return application.run();
  }

  /**
   * The live feed, the outbox relay's sink.
   *
   * @return the sink
   */
  @Bean
  ConsoleEvents consoleEvents() {
    return new ConsoleEvents();
  }

  /**
   * The sample township, loaded once the starter's beans are ready and grid's migrations have run.
   *
   * @return what was loaded
   */
  @Bean
  @DependsOn("gridSchemaInitializer")
  SampleTownship sampleTownship(SpringUnitOfWork unitOfWork, TownshipRepository townships, PersonRepository persons,
      StaffDirectory staff, JdbcRoutingTable routing, JdbcWorkCalendars calendars, PartitionService partition,
      AdoptPlanService adoption, ProposeTeamsService teams, AppointTeamsService appointment,
      RequestRepository requests, RequestEventPublisher events, EscalationPolicy policy, Validator validator,
      RequestAuthorization authorization, Clock clock) {
    return SampleTownship.load(new SampleTownship.Beans(unitOfWork, townships, persons, staff, routing, calendars,
        partition, adoption, teams, appointment, requests, events, policy, validator, authorization, clock));
  }

  /**
   * The sample township on the map of the Open311 façade ({@link #SAMPLE_FRAME}): a report's latitude and
   * longitude lands in the grid of the nearest unit point.
   *
   * @param sample the sample township
   * @return the township with its plan and frame
   */
  @Bean
  MappedTownship sampleTownshipMap(SampleTownship sample) {
    return new MappedTownship(sample.township(), sample.plan(), SAMPLE_FRAME);
  }

  /**
   * The example rule sets of the county assessments (examples/assess/rule-sets.json: the two-way assessment and
   * the party members' classes), stored for the year the application starts in, so that the county's grid office
   * can assess the sample requests through the API ({@code POST /grid/api/counties/C1/two-way-assessment}).
   *
   * @return the ids of the rule sets stored
   */
  @Bean
  @DependsOn("gridSchemaInitializer")
  SampleRuleSets sampleRuleSets(SpringUnitOfWork unitOfWork, RuleSetRepository ruleSets, Clock clock) {
    return SampleRuleSets.store(unitOfWork, ruleSets, clock);
  }

  /**
   * The console's addresses: {@code /console/} is its page, {@code /} and {@code /console} lead there.
   *
   * @return the configuration of Spring MVC
   */
  @Bean
  WebMvcConfigurer consolePages() {
    return new WebMvcConfigurer() {
      @Override
      public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/console/").setViewName("forward:/console/index.html");
        registry.addRedirectViewController("/console", "/console/");
        registry.addRedirectViewController("/", "/console/");
      }
    };
  }

  /**
   * Who a signed-in demo user is for grid's REST API: the person of the sample township the user stands for (the
   * starter's own resolver would read the user name as a person id).
   *
   * @param users the demo users
   * @return the resolver
   */
  @Bean
  GridPersonResolver consolePersons(DemoUsers users) {
    return authentication -> users.person(authentication.getName()).map(DemoUsers.Person::person);
  }

  /**
   * The demo users, the sample township's people.
   *
   * @param sample the sample township
   * @return the users
   */
  @Bean
  DemoUsers demoUsers(SampleTownship sample) {
    return new DemoUsers(sample.people());
  }
}
