package org.grid.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.escalation.JdbcPlaceDirectory;
import org.grid.adapters.jdbc.escalation.JdbcRequestEventPublisher;
import org.grid.adapters.jdbc.events.JdbcDomainEventPublisher;
import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.adapters.jdbc.escalation.JdbcRequestRepository;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.adapters.jdbc.escalation.JdbcStaffDirectory;
import org.grid.adapters.jdbc.escalation.JdbcWorkCalendars;
import org.grid.adapters.jdbc.jurisdiction.JdbcTownshipRepository;
import org.grid.adapters.jdbc.team.JdbcPersonRepository;
import org.grid.adapters.jdbc.team.JdbcTeamRepository;
import org.grid.adapters.json.escalation.StaffDirectoryJsonReader;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.core.application.PartitionService;
import org.grid.core.application.ProposeTeamsService;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.TeamPolicy;
import org.grid.core.port.in.PlanPartitionCommand;
import org.grid.core.port.in.ProposeTeamsCommand;
import org.grid.core.port.in.ProposeTeamsUseCase;
import org.grid.core.port.out.TownshipRepository;
import org.grid.core.port.out.Versioned;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.escalation.model.RefusalReason;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.model.WorkCalendar;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.in.SweepResult;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's embedding examples (reading a township, keeping it in a database, and "The whole way through, as
 * an application embeds it") on an embedded H2 database, and holds the README to them: the blocks between the README
 * markers below must be the README's code blocks marked {@code compiled}, in order and line for line, so neither can
 * change without the other. The README's table of what an embedder brings is held to the root pom's versions.
 */
class ReadmeExampleTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "org", "grid", "examples", "ReadmeExampleTest.java");

  @Test
  void theReadmeExampleRunsFromATownshipFileToARequestAndItsEvents() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:readme-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
    config.setMaximumPoolSize(4);
    try (HikariDataSource pool = new HikariDataSource(config);
        ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      DataSource dataSource = pool;
      Validator validator = validation.getValidator();
      ZoneId zone = ZoneId.of("Asia/Shanghai");
      OffsetDateTime now = OffsetDateTime.parse("2026-03-02T09:00+08:00");
      Clock clock = Clock.fixed(now.toInstant(), zone);
      Path townshipFile = Path.of("..", "data", "township-seed.json");
      Path staffFile = Path.of("src", "main", "resources", "staff", "example-staff.json");
      WorkCalendar calendar = WorkCalendar.of(zone, LocalTime.of(17, 30),
          List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(), List.of());

      // README begin
      // given: DataSource dataSource (a pool; on H2 add OPTIMIZE_REUSE_RESULTS=FALSE), Validator validator, Clock clock,
      // Path townshipFile, Path staffFile (the staff directory), WorkCalendar calendar (the township's working days),
      // OffsetDateTime now
      GridSchema.migrate(dataSource);
      JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(dataSource);      // every use case runs in one of its transactions
      TownshipRepository townships = new JdbcTownshipRepository(unitOfWork);
      Township township = TownshipJsonReader.create().read(townshipFile);   // names its county
      townships.save(township);

      PlanResult planned = new PartitionService(validator).plan(PlanPartitionCommand.withDefaults(township));
      Plan plan = planned.plan();

      ProposeTeamsUseCase teams = new ProposeTeamsService(townships, new JdbcPersonRepository(unitOfWork),
          new JdbcTeamRepository(unitOfWork), unitOfWork, validator, new JdbcDomainEventPublisher(unitOfWork));
      // teams formed or changed leave through the outbox with their change (docs/events.md)
      ProposeTeamsUseCase.Outcome proposed = teams.propose(ProposeTeamsCommand.of(plan, TeamPolicy.defaults(), now));

      new JdbcWorkCalendars(unitOfWork).put(township.id(), calendar);
      new JdbcRoutingTable(unitOfWork).put(township.county(), Category.of("land"), DepartmentId.of("natural-resources"));
      PlaceDirectory places = new JdbcPlaceDirectory(unitOfWork);
      places.adopt(township, plan);                                     // reports only for the plan's places
      StaffDirectory staff = new JdbcStaffDirectory(unitOfWork);        // who serves which office, in which role: the
      StaffDirectoryJsonReader.create().read(staffFile).forEach(staff::save);  // county's file; AppointTeamsUseCase for teams
      RequestAuthorization authorization = new RequestAuthorization(staff, places, AuthorizationPolicy.defaults());
      RequestService engine = new RequestService(new JdbcRequestRepository(unitOfWork), new JdbcRoutingTable(unitOfWork),
          new JdbcWorkCalendars(unitOfWork), new JdbcRequestEventPublisher(unitOfWork), unitOfWork, clock,
          EscalationPolicy.defaults(), validator, authorization);
      PersonId villager = PersonId.of("wang-villager");
      Place place = Place.of(township, plan, GridId.of("T01-V04-N1"));   // county, township, district, village, grid
      CommandOutcome reported = engine.handle(new RequestCommand.Report(CommandId.of("c-1"), RequestId.of("R1"),
          Actor.citizen(villager), villager, place, Category.of("land"), "a new wall blocks the irrigation ditch",
          Urgency.NORMAL, null, null));                                  // the request and its events, one commit
      SweepResult swept = engine.processDue(clock.instant());           // run often: reminders, escalations
      // README end

      assertThat(township.county()).isEqualTo(CountyId.of("C1"));
      assertThat(plan.grids()).hasSize(27);
      assertThat(proposed).isInstanceOfSatisfying(ProposeTeamsUseCase.Proposed.class, p -> {
        assertThat(p.stored()).as("no roster, no team stored").isFalse();
        assertThat(p.proposal().shortfalls()).isNotEmpty();
      });
      assertThat(place.county()).isEqualTo(township.county());
      assertThat(plan.districts().stream().filter(d -> d.id().equals(place.district())).findFirst().orElseThrow()
          .grids()).contains(GridId.of("T01-V04-N1"));
      assertThat(reported).isInstanceOfSatisfying(CommandOutcome.Applied.class, applied -> {
        assertThat(applied.request().tier()).isEqualTo(Tier.VILLAGE_GRID);
        assertThat(applied.request().report().place()).isEqualTo(place);
      });
      assertThat(swept.changed()).as("nothing is due at the moment of the report").isZero();
      assertThat(staff.appointmentsAt(PersonId.of("chen-county"), Office.county(township.county()), now.toInstant()))
          .extracting(Appointment::role).containsExactly(AuthorizationPolicy.COUNTY_OFFICE_STAFF);
      Place madeUp = new Place(place.county(), place.township(), place.district(), place.village(),
          GridId.of("T01-V99-N1"));
      assertThat(engine.handle(new RequestCommand.Report(CommandId.of("c-2"), RequestId.of("R2"),
          Actor.citizen(villager), villager, madeUp, Category.of("land"), "a grid the plan does not have",
          Urgency.NORMAL, null, null))).isInstanceOfSatisfying(CommandOutcome.Refused.class,
              refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.UNKNOWN_PLACE));
      List<OutgoingEvent> outbox = new ArrayList<>();
      new OutboxRelay(dataSource, events -> {
        outbox.addAll(events);
        return Collections.nCopies(events.size(), DeliveryOutcome.DELIVERED);
      }).drain();
      assertThat(outbox).singleElement().satisfies(event -> {
        assertThat(event.type()).isEqualTo("org.grid.request.reported.v1");
        assertThat(event.id()).isEqualTo("request/R1/1/0");
        assertThat(event.json()).contains("\"category\":\"land\"").doesNotContain("irrigation").doesNotContain("wang-villager");
      });
    }
  }

  @Test
  void theReadmeSnippetsReadATownshipAndKeepItWithOptimisticLocking() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:readme-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
    config.setMaximumPoolSize(2);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      Path townshipFile = Path.of("..", "data", "township-seed.json");

      // README begin
      // given: Path townshipFile, e.g. Path.of("township.json")
      Township township = TownshipJsonReader.create().read(townshipFile);
      township.villages();            // in the order of the file
      township.villageAdjacency();    // derived from unit borders (Guava common.graph)
      // README end

      assertThat(township.villages()).hasSize(24);
      assertThat(township.villageAdjacency().nodes()).hasSize(24);

      // README begin
      // given: DataSource dataSource, yours, e.g. a HikariDataSource; on H2 add OPTIMIZE_REUSE_RESULTS=FALSE
      GridSchema.migrate(dataSource);              // Flyway; grid's history table is grid_schema_history
      TownshipRepository townships = new JdbcTownshipRepository(dataSource);
      townships.save(township);                    // an import: replaces whatever is stored

      Versioned<Township> read = townships.findVersioned(township.id()).orElseThrow();
      Township changed = read.value();             // change it as you need: Township.builder(...) makes a new one
      boolean saved = townships.save(changed, read.version());  // false: someone saved in between
      // README end

      assertThat(read.version()).isEqualTo(1);
      assertThat(saved).isTrue();
      assertThat(townships.save(changed, read.version())).as("a save based on a version read before").isFalse();
      assertThat(townships.findVersioned(township.id()).orElseThrow().version()).isEqualTo(2);
    }
  }

  @Test
  void theReadmeShowsExactlyTheCodeThisTestRuns() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile(
        "<!-- compiled: examples/src/test/java/org/grid/examples/ReadmeExampleTest.java -->\\n```java\\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    List<List<String>> blocks = new ArrayList<>();
    while (block.find()) {
      blocks.add(block.group(1).lines().toList());
    }

    String source = Files.readString(THIS_FILE, StandardCharsets.UTF_8);
    List<List<String>> regions = new ArrayList<>();
    for (int begin = source.indexOf("// README begin\n"); begin >= 0;
        begin = source.indexOf("// README begin\n", begin + 1)) {
      int end = source.indexOf("      // README end", begin);
      regions.add(unindent(source.substring(source.indexOf('\n', begin) + 1, end)));
    }

    assertThat(blocks).as("the README's compiled blocks").hasSize(3);
    assertThat(blocks).containsExactlyInAnyOrderElementsOf(regions);
  }

  @Test
  void theReadmesCountyPolicyPropertyIsTheOneGridTestkitRuns() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String property = Files.readString(Path.of("..", "grid-testkit", "src", "test", "java", "org", "grid", "testkit",
        "example", "CountyPolicyProperties.java"), StandardCharsets.UTF_8);
    String body = property.substring(property.indexOf("class CountyPolicyProperties {"));

    assertThat(readme).contains("```java\n" + body + "```");
  }

  @Test
  void theReadmeGivesTheVersionsOfWhatAnEmbedderBringsAsThePomHasThem() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String pom = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
    Map<String, String> artifacts = new LinkedHashMap<>();
    artifacts.put("org.hibernate.validator:hibernate-validator", "hibernate-validator.version");
    artifacts.put("org.glassfish.expressly:expressly", "expressly.version");
    artifacts.put("com.zaxxer:HikariCP", "hikaricp.version");
    artifacts.put("com.h2database:h2", "h2.version");
    artifacts.put("org.postgresql:postgresql", "postgresql.version");
    artifacts.put("org.mariadb.jdbc:mariadb-java-client", "mariadb.version");
    artifacts.put("org.slf4j:slf4j-simple", "slf4j.version");
    artifacts.forEach((artifact, property) -> {
      Matcher managed = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</").matcher(pom);
      assertThat(managed.find()).as("the root pom's %s", property).isTrue();
      Matcher row = Pattern.compile("\\| `?(?:e\\.g\\. )?`?" + Pattern.quote(artifact) + "` \\| ([^ |]+) \\|")
          .matcher(readme);
      assertThat(row.find()).as("the README's row of %s", artifact).isTrue();
      assertThat(row.group(1)).as("the README's version of %s", artifact).isEqualTo(managed.group(1));
    });
    assertThat(readme).contains("<artifactId>hibernate-validator</artifactId>\n  <version>"
        + versionOf(pom, "hibernate-validator.version") + "</version>");
    assertThat(readme).contains("<artifactId>expressly</artifactId>\n  <version>"
        + versionOf(pom, "expressly.version") + "</version>");
  }

  private static String versionOf(String pom, String property) {
    Matcher managed = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</").matcher(pom);
    assertThat(managed.find()).as("the root pom's %s", property).isTrue();
    return managed.group(1);
  }

  /** Drops the six spaces of the method body from each line (an empty line has none). */
  private static List<String> unindent(String code) {
    return code.lines().map(line -> line.startsWith("      ") ? line.substring(6) : line.strip()).toList();
  }
}
