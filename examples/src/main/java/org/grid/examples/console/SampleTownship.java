package org.grid.examples.console;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.adapters.jdbc.escalation.JdbcWorkCalendars;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.core.application.PartitionService;
import org.grid.core.application.ProposeTeamsService;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.TeamPolicy;
import org.grid.core.port.in.PlanPartitionCommand;
import org.grid.core.port.in.ProposeTeamsCommand;
import org.grid.core.port.in.ProposeTeamsUseCase;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.TownshipRepository;
import org.grid.escalation.application.AdoptPlanService;
import org.grid.escalation.application.AppointTeamsService;
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
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.AdoptPlanCommand;
import org.grid.escalation.port.in.AdoptPlanUseCase;
import org.grid.escalation.port.in.AppointTeamsCommand;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.out.RequestEventPublisher;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.examples.year.YearSimulation;
import org.grid.spring.boot.SpringUnitOfWork;
import org.threeten.extra.MutableClock;

/**
 * The sample township (示范乡) as the example application loads it at start, through grid's use cases on the
 * starter's beans: the township from the repository's {@code data/township-seed.json}; its plan (fresh, the
 * rulebook's defaults) adopted for the request engine; the generated roster of the demo's year ({@link
 * YearSimulation#roster}) and the service teams proposed from it and appointed; the county office's clerk and one
 * staff member per department; the routing table and working calendar of the demo's year; and a dozen requests,
 * some reported days ago (so that a few are overdue), one closed with its feedback rated, four fresh in the first
 * grid's inbox. It also names the people the demo users act as ({@link DemoUsers}).
 *
 * <p>Nothing personal is stored: people are {@code 成员P12}, citizens {@code citizen-<unit>-H1}, and the requests'
 * free text is a fixed phrase per category, one with a made-up phone number that the public page masks.
 */
public final class SampleTownship {

  /** The county of the sample township, the one the application assesses ({@code grid.county}). */
  public static final String COUNTY = "C1";

  /** The resource of the sample township in the jar (the repository's {@code data/township-seed.json}). */
  static final String SEED = "/org/grid/examples/data/township-seed.json";

  /** The texts of the sample requests, one per category of {@link YearSimulation#ROUTES}. */
  private static final Map<String, String> TEXTS = Map.of(
      "land", "宅基地边界有争议，请村里协调",
      "water", "自来水停水三天，联系电话13812345678",
      "roads", "村道塌陷一处，车辆难以通行",
      "welfare", "低保申请材料已交，想了解进度",
      "disputes", "邻里因排水沟发生纠纷");

  private final Township township;
  private final Plan plan;
  private final Map<String, DemoUsers.Person> people;
  private final List<RequestId> requests;

  private SampleTownship(Township township, Plan plan, Map<String, DemoUsers.Person> people,
      List<RequestId> requests) {
    this.township = township;
    this.plan = plan;
    this.people = people;
    this.requests = requests;
  }

  /**
   * Returns the township.
   *
   * @return the township
   */
  public Township township() {
    return township;
  }

  /**
   * Returns the plan adopted for the township.
   *
   * @return the plan
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Returns the people the demo users act as, by user name ({@link DemoUsers#NAMES}).
   *
   * @return the people, in the order of the user names
   */
  public Map<String, DemoUsers.Person> people() {
    return people;
  }

  /**
   * Returns the sample requests' ids, in the order they were reported.
   *
   * @return the ids
   */
  public List<RequestId> requests() {
    return requests;
  }

  /**
   * The beans the loading uses: the starter's use cases and ports, and the parts of its request engine, from which
   * the loading builds an engine of its own on a clock it sets back.
   */
  record Beans(
      SpringUnitOfWork unitOfWork, TownshipRepository townships, PersonRepository persons, StaffDirectory staff,
      JdbcRoutingTable routing, JdbcWorkCalendars calendars, PartitionService partition, AdoptPlanService adoption,
      ProposeTeamsService teams, AppointTeamsService appointment, RequestRepository requests,
      RequestEventPublisher events, EscalationPolicy policy, Validator validator, RequestAuthorization authorization,
      Clock clock) {}

  /**
   * Loads the sample township into an empty database.
   *
   * @param beans the starter's beans and the clock
   * @return what was loaded
   * @throws IllegalStateException if a use case refuses the sample data (a bug of this class)
   */
  static SampleTownship load(Beans beans) {
    Township township = readSeed();
    if (!township.county().value().equals(COUNTY)) {
      throw new IllegalStateException("the sample township lies in county " + township.county()
          + ", not in the county the application assesses (grid.county " + COUNTY + ")");
    }
    // The set-up happens eight days ago and the sample requests over the week since, on an engine of their own
    // whose clock (MutableClock) is moved on by hand: the monitor shows overdue requests at once. The application's
    // engine runs on the application's clock.
    MutableClock clock = MutableClock.of(beans.clock().instant().minus(Duration.ofDays(8)), ZoneOffset.UTC);
    RequestService engine = new RequestService(beans.requests(), beans.routing(), beans.calendars(), beans.events(),
        beans.unitOfWork(), clock, beans.policy(), beans.validator(), beans.authorization());
    beans.unitOfWork().inTransaction(() -> {
      beans.townships().save(township);
      return null;
    });
    Plan plan = beans.partition().plan(new PlanPartitionCommand(township, PartitionPolicy.DEFAULT_TARGET_HOUSEHOLDS,
        PartitionPolicy.DEFAULT_DISTRICTS, false)).plan();
    Instant at = clock.instant();
    if (!(beans.adoption().adopt(new AdoptPlanCommand(township, plan, at)) instanceof AdoptPlanUseCase.Adopted)) {
      throw new IllegalStateException("the sample township's plan was not adopted");
    }
    List<Person> roster = YearSimulation.roster(township, ServedGrid.allOf(plan));
    beans.unitOfWork().inTransaction(() -> {
      roster.forEach(person -> beans.persons().save(township.id(), person));
      return null;
    });
    ProposeTeamsUseCase.Outcome proposed = beans.teams().propose(
        ProposeTeamsCommand.of(plan, TeamPolicy.defaults(), at.atOffset(ZoneOffset.UTC)));
    if (!(proposed instanceof ProposeTeamsUseCase.Proposed p) || !p.stored()) {
      throw new IllegalStateException("the sample roster did not staff every team: " + proposed);
    }
    beans.appointment().appoint(new AppointTeamsCommand(township, plan, p.proposal().teams(), at));
    Office county = Office.county(township.county());
    DepartmentId water = DepartmentId.of("water-resources");
    beans.unitOfWork().inTransaction(() -> {
      beans.staff().save(new Appointment(PersonId.of("county-clerk"), county,
          AuthorizationPolicy.COUNTY_OFFICE_STAFF, at, null));
      YearSimulation.ROUTES.values().forEach(d -> beans.staff().save(new Appointment(
          PersonId.of("staff-" + d.value()), Office.department(township.county(), d),
          AuthorizationPolicy.DEPARTMENT_STAFF, at, null)));
      YearSimulation.ROUTES.forEach((c, d) -> beans.routing().put(township.county(), c, d));
      beans.calendars().put(township.id(), YearSimulation.calendar());
      return null;
    });

    Grid first = plan.grids().get(0);
    Office firstGrid = Office.of(Tier.VILLAGE_GRID, Place.of(township, plan, first.id()));
    Office seat = Office.township(township.county(), township.id());
    Map<String, DemoUsers.Person> people = new LinkedHashMap<>();
    people.put("station", new DemoUsers.Person(serving(beans, firstGrid, AuthorizationPolicy.INFORMATION_OFFICER,
        at), AuthorizationPolicy.INFORMATION_OFFICER, firstGrid));
    people.put("grid", new DemoUsers.Person(serving(beans, firstGrid, AuthorizationPolicy.LEADER, at),
        AuthorizationPolicy.LEADER, firstGrid));
    people.put("township", new DemoUsers.Person(serving(beans, seat, AuthorizationPolicy.LEADER, at),
        AuthorizationPolicy.LEADER, seat));
    people.put("county", new DemoUsers.Person(PersonId.of("county-clerk"), AuthorizationPolicy.COUNTY_OFFICE_STAFF,
        county));
    people.put("department", new DemoUsers.Person(PersonId.of("staff-" + water.value()),
        AuthorizationPolicy.DEPARTMENT_STAFF, Office.department(township.county(), water)));
    people.put("citizen", new DemoUsers.Person(citizenOf(first), null, null));

    List<RequestId> ids = new Requests(beans, engine, clock, township, plan).report(people);
    return new SampleTownship(township, plan, people, ids);
  }

  private static Township readSeed() {
    try (InputStream in = SampleTownship.class.getResourceAsStream(SEED)) {
      if (in == null) {
        throw new IllegalStateException("the sample township " + SEED + " is missing from the jar");
      }
      return TownshipJsonReader.create().read(in, "classpath:" + SEED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample township " + SEED, e);
    }
  }

  private static PersonId serving(Beans beans, Office office, String role, Instant at) {
    return beans.unitOfWork().inTransaction(() -> beans.staff().servingAt(office, at)).stream()
        .filter(a -> a.role().equals(role)).map(Appointment::person)
        .min(Comparator.comparing(PersonId::value))
        .orElseThrow(() -> new IllegalStateException("nobody serves " + office + " as " + role));
  }

  /** The citizen the samples of a grid are reported for: the first household of its first unit. */
  static PersonId citizenOf(Grid grid) {
    return PersonId.of("citizen-" + grid.units().get(0).value() + "-H1");
  }

  /** The sample requests, reported and handled a day apart over the week before start. */
  private static final class Requests {

    private final Beans beans;
    private final RequestService engine;
    private final MutableClock clock;
    private final Township township;
    private final Plan plan;
    private final AtomicInteger commands = new AtomicInteger();
    private final List<RequestId> ids = new ArrayList<>();

    Requests(Beans beans, RequestService engine, MutableClock clock, Township township, Plan plan) {
      this.beans = beans;
      this.engine = engine;
      this.clock = clock;
      this.township = township;
      this.plan = plan;
    }

    List<RequestId> report(Map<String, DemoUsers.Person> people) {
      List<Category> categories = List.copyOf(YearSimulation.ROUTES.keySet());
      DemoUsers.Person leader = people.get("grid");
      DemoUsers.Person station = people.get("station");
      Actor gridLeader = Actor.staff(leader.person(), leader.role(), leader.office());
      // Eight days ago: six grids' citizens report; two stay unaccepted (overdue), one is accepted and left,
      // one accepted, resolved, told and rated (closed), one passed up to the township, one routed on by category.
      for (int i = 0; i < 6; i++) {
        Grid grid = plan.grids().get(i * 3 % plan.grids().size());
        Category category = categories.get(i % categories.size());
        RequestId id = report(grid, category, Actor.citizen(citizenOf(grid)), citizenOf(grid));
        Actor holder = i == 0 ? gridLeader : leaderOf(Office.of(Tier.VILLAGE_GRID, Place.of(township, plan,
            grid.id())));
        advance(Duration.ofHours(2));
        switch (i) {
          case 2 -> apply(new RequestCommand.Accept(next(), id, 1, holder, personOf(holder)));
          case 3 -> {
            long v = apply(new RequestCommand.Accept(next(), id, 1, holder, personOf(holder)));
            advance(Duration.ofDays(1));
            v = apply(new RequestCommand.Resolve(next(), id, v, holder, "已派人现场处理完毕"));
            v = apply(new RequestCommand.Feedback(next(), id, v, holder, "问题已解决，已电话告知申报人"));
            advance(Duration.ofHours(3));
            apply(new RequestCommand.Rate(next(), id, v, Actor.citizen(citizenOf(grid)), Rating.SATISFIED));
          }
          case 4 -> apply(new RequestCommand.Escalate(next(), id, 1, holder, "需乡镇协调多个村"));
          default -> { }
        }
        advance(Duration.ofHours(20));
      }
      // Today: four reports in the first grid, taken in at the information station for citizens.
      clock.setInstant(beans.clock().instant());
      Grid first = plan.grids().get(0);
      Actor officer = Actor.staff(station.person(), station.role(), station.office());
      for (int i = 0; i < 4; i++) {
        report(first, categories.get((i + 1) % categories.size()), officer, citizenOf(first));
      }
      return ids;
    }

    private RequestId report(Grid grid, Category category, Actor actor, PersonId citizen) {
      RequestId id = RequestId.of("SAMPLE-" + (ids.size() + 1));
      apply(new RequestCommand.Report(next(), id, actor, citizen, Place.of(township, plan, grid.id()), category,
          TEXTS.get(category.code()), Urgency.NORMAL, null, null));
      ids.add(id);
      return id;
    }

    private Actor leaderOf(Office office) {
      return Actor.staff(serving(beans, office, AuthorizationPolicy.LEADER, clock.instant()),
          AuthorizationPolicy.LEADER, office);
    }

    private static PersonId personOf(Actor actor) {
      return ((Actor.Staff) actor).person();
    }

    /** Moves the clock on, never past the application's. */
    private void advance(Duration duration) {
      Instant next = clock.instant().plus(duration);
      Instant now = beans.clock().instant();
      clock.setInstant(next.isAfter(now) ? now : next);
    }

    private CommandId next() {
      return CommandId.of("sample-" + commands.incrementAndGet());
    }

    /** Gives a command that must apply, and returns the request's version after it. */
    private long apply(RequestCommand command) {
      CommandOutcome outcome = engine.handle(command);
      if (!(outcome instanceof CommandOutcome.Applied applied)) {
        throw new IllegalStateException("the sample command " + command.getClass().getSimpleName()
            + " on " + command.requestId() + " was refused: " + outcome);
      }
      return applied.request().version();
    }
  }
}
