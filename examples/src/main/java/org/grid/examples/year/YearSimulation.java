package org.grid.examples.year;

import com.google.common.collect.ImmutableList;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.assessment.JdbcRuleSetRepository;
import org.grid.adapters.jdbc.assessment.JdbcScoreRepository;
import org.grid.adapters.jdbc.duty.JdbcDutyLogRepository;
import org.grid.adapters.jdbc.escalation.JdbcPlaceDirectory;
import org.grid.adapters.jdbc.escalation.JdbcRequestEventPublisher;
import org.grid.adapters.jdbc.events.JdbcDomainEventPublisher;
import org.grid.adapters.jdbc.escalation.JdbcRequestRepository;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.adapters.jdbc.escalation.JdbcStaffDirectory;
import org.grid.adapters.jdbc.escalation.JdbcWorkCalendars;
import org.grid.adapters.jdbc.jurisdiction.JdbcTownshipRepository;
import org.grid.adapters.jdbc.pairing.JdbcPairingRepository;
import org.grid.adapters.jdbc.team.JdbcPersonRepository;
import org.grid.adapters.jdbc.team.JdbcTeamRepository;
import org.grid.adapters.json.assessment.RuleSetsJsonReader;
import org.grid.assessment.application.AssessCountyService;
import org.grid.assessment.application.DutyRecordEvidence;
import org.grid.assessment.application.RequestHistoryEvidence;
import org.grid.assessment.application.ScoreGridsFromRecordsService;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberClass;
import org.grid.assessment.model.Scorecard;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.port.in.AssessCountyCommand;
import org.grid.assessment.port.in.AssessCountyUseCase;
import org.grid.assessment.port.in.ScoreGridsFromRecordsCommand;
import org.grid.assessment.port.out.EvidenceSource;
import org.grid.core.application.ComputeComplianceService;
import org.grid.core.application.PairHouseholdsService;
import org.grid.core.application.PartitionService;
import org.grid.core.application.ProposeTeamsService;
import org.grid.core.port.out.DomainEventPublisher;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.jurisdiction.CareTag;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.pairing.PairingPlan;
import org.grid.core.model.pairing.PairingPolicy;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamPolicy;
import org.grid.core.model.team.TeamProposal;
import org.grid.core.model.team.TeamScope;
import org.grid.core.port.in.ComputeComplianceCommand;
import org.grid.core.port.in.PairHouseholdsCommand;
import org.grid.core.port.in.PairHouseholdsUseCase;
import org.grid.core.port.in.PlanPartitionCommand;
import org.grid.core.port.in.ProposeTeamsCommand;
import org.grid.core.port.in.ProposeTeamsUseCase;
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
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.model.WorkCalendar;
import org.grid.escalation.port.in.AppointTeamsCommand;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.in.SweepResult;
import org.threeten.extra.MutableClock;

/**
 * A township's year (示范乡的一年) run end to end through grid's use cases on an embedded H2 database with the JDBC
 * adapters, deterministic from a seed: the same township and seed give the same records, and so the same report.
 *
 * <p>What it does, in order: stores the township; plans it fresh and keeping the existing districts
 * ({@code PlanPartitionUseCase}, both results kept with their metrics; the fresh plan is adopted); stores a roster
 * generated for the plan (the county's personnel records: people are written through {@code PersonRepository}, as
 * grid has no use case for hiring); proposes the teams ({@code ProposeTeamsUseCase}); pairs every household of a
 * generated household register ({@code PairHouseholdsUseCase}); appoints the teams in the staff directory
 * ({@code AppointTeamsUseCase}) beside the county office and department staff; writes a duty log of the year with
 * some duties missed (the field records, appended through {@code DutyLogRepository}: grid has no use case for
 * recording a visit); drives requests through the request engine ({@code RequestService.handle}) along the
 * rulebook's paths while a simulated clock advances through the year and the deadline sweep
 * ({@code RequestService.processDue}) runs every working hour and each rest-day morning; and finally computes the
 * duty compliance ({@code ComputeComplianceUseCase}), the two-way assessment and the party members' grades in one
 * walk over the requests ({@code AssessCountyUseCase}), and the grid scorecards ({@code ScoreGridsFromRecordsUseCase})
 * from those records.
 *
 * <p>Nothing personal is generated that could identify anyone: people are named {@code 成员P12}, citizens are
 * {@code citizen-<household>}, and the free text of requests is a fixed phrase per category.
 */
public final class YearSimulation {

  /** The year simulated: the one the example rule sets ({@code examples/assess/rule-sets.json}) cover. */
  public static final int YEAR = 2025;

  /** The zone of the township's calendar. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 2025L;

  static final String RULE_SETS = "/examples/assess/rule-sets.json";

  /**
   * The categories of the simulated requests, each routed to one department of the county (the routing table,
   * 分拨表), in a fixed order; unmodifiable.
   */
  public static final Map<Category, DepartmentId> ROUTES = java.util.Collections.unmodifiableMap(routes());

  private static final List<Category> CATEGORIES = List.copyOf(ROUTES.keySet());

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final Township township;
  private final long seed;
  private final int requestCount;
  private final int districts;
  private final SplittableRandom random;

  private YearSimulation(Township township, long seed, int requestCount, int districts) {
    this.township = township;
    this.districts = districts;
    this.seed = seed;
    this.requestCount = requestCount;
    this.random = new SplittableRandom(seed);
  }

  /**
   * Runs the year of a township.
   *
   * @param township the township, not null; its units should carry points for the map
   * @param seed the seed every random choice is drawn from
   * @param requests how many requests citizens report in the year, at least 1
   * @return the year's records and results
   * @throws IllegalArgumentException if {@code requests} is below 1
   * @throws IllegalStateException if a use case refuses what the simulation set up (a bug of the simulation)
   */
  public static YearRecord run(Township township, long seed, int requests) {
    return run(township, seed, requests, PartitionPolicy.DEFAULT_DISTRICTS);
  }

  /**
   * Runs the year of a township planned into a given number of districts (a small township has fewer than the
   * rulebook's eight).
   *
   * @param township the township, not null; its units should carry points for the map
   * @param seed the seed every random choice is drawn from
   * @param requests how many requests citizens report in the year, at least 1
   * @param districts how many district grids to plan, at least 1
   * @return the year's records and results
   * @throws IllegalArgumentException if {@code requests} or {@code districts} is below 1
   * @throws IllegalStateException if a use case refuses what the simulation set up (a bug of the simulation)
   */
  public static YearRecord run(Township township, long seed, int requests, int districts) {
    if (township == null) {
      throw new NullPointerException("township");
    }
    if (requests < 1) {
      throw new IllegalArgumentException("requests must be at least 1, was " + requests);
    }
    if (districts < 1) {
      throw new IllegalArgumentException("districts must be at least 1, was " + districts);
    }
    return new YearSimulation(township, seed, requests, districts).run();
  }

  /**
   * Returns the township's calendar for {@value #YEAR}: weekends and the State Council's public holidays of that
   * year rest, its make-up working days work, and a working day ends at 17:30.
   *
   * @return the calendar
   */
  public static WorkCalendar calendar() {
    List<LocalDate> holidays = new ArrayList<>();
    addDays(holidays, "2025-01-01", 1);
    addDays(holidays, "2025-01-28", 8);
    addDays(holidays, "2025-04-04", 3);
    addDays(holidays, "2025-05-01", 5);
    addDays(holidays, "2025-05-31", 3);
    addDays(holidays, "2025-10-01", 8);
    List<LocalDate> makeUp = List.of(LocalDate.parse("2025-01-26"), LocalDate.parse("2025-02-08"),
        LocalDate.parse("2025-04-27"), LocalDate.parse("2025-09-28"), LocalDate.parse("2025-10-11"));
    return WorkCalendar.of(ZONE, LocalTime.of(17, 30), List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays,
        makeUp);
  }

  private static void addDays(List<LocalDate> days, String first, int count) {
    LocalDate day = LocalDate.parse(first);
    for (int i = 0; i < count; i++) {
      days.add(day.plusDays(i));
    }
  }

  private static Map<Category, DepartmentId> routes() {
    Map<Category, DepartmentId> routes = new LinkedHashMap<>();
    routes.put(Category.of("land"), DepartmentId.of("natural-resources"));
    routes.put(Category.of("water"), DepartmentId.of("water-resources"));
    routes.put(Category.of("roads"), DepartmentId.of("transport"));
    routes.put(Category.of("welfare"), DepartmentId.of("civil-affairs"));
    routes.put(Category.of("disputes"), DepartmentId.of("justice"));
    return routes;
  }

  // ---------------------------------------------------------------------------------------------------------

  private YearRecord run() {
    WorkCalendar calendar = calendar();
    OffsetDateTime start = LocalDate.of(YEAR, 1, 1).atStartOfDay(ZONE).toOffsetDateTime();
    OffsetDateTime end = start.plusYears(1);
    MutableClock clock = MutableClock.of(start.minusDays(1).toInstant(), ZONE);
    try (HikariDataSource dataSource = embeddedDatabase();
        ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      Validator validator = validation.getValidator();
      GridSchema.migrate(dataSource);
      JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(dataSource);
      JdbcTownshipRepository townships = new JdbcTownshipRepository(unitOfWork);
      JdbcPersonRepository people = new JdbcPersonRepository(unitOfWork);
      JdbcTeamRepository teams = new JdbcTeamRepository(unitOfWork);
      JdbcPairingRepository pairings = new JdbcPairingRepository(unitOfWork);
      JdbcDutyLogRepository dutyLog = new JdbcDutyLogRepository(unitOfWork);
      JdbcRequestRepository requests = new JdbcRequestRepository(unitOfWork);
      JdbcStaffDirectory staff = new JdbcStaffDirectory(unitOfWork);
      JdbcPlaceDirectory places = new JdbcPlaceDirectory(unitOfWork);
      JdbcRoutingTable routing = new JdbcRoutingTable(unitOfWork);
      JdbcWorkCalendars calendars = new JdbcWorkCalendars(unitOfWork);
      JdbcRuleSetRepository ruleSets = new JdbcRuleSetRepository(unitOfWork);
      JdbcScoreRepository scores = new JdbcScoreRepository(unitOfWork);

      unitOfWork.inTransaction(() -> {
        townships.save(township);
        return null;
      });
      boolean readBack = unitOfWork.inTransaction(() -> townships.findById(township.id()))
          .map(township::equals).orElse(false);

      // 1. plan: fresh, and keeping the township's current districts
      PartitionService planning = new PartitionService(validator);
      PlanResult fresh = planning.plan(new PlanPartitionCommand(township, PartitionPolicy.DEFAULT_TARGET_HOUSEHOLDS,
          districts, false));
      PlanResult kept = planning.plan(new PlanPartitionCommand(township, PartitionPolicy.DEFAULT_TARGET_HOUSEHOLDS,
          districts, true));
      Plan plan = fresh.plan();
      ImmutableList<ServedGrid> served = ServedGrid.allOf(plan);

      // 2. the roster and the teams proposed from it
      List<Person> roster = roster(township, served);
      unitOfWork.inTransaction(() -> {
        roster.forEach(person -> people.save(township.id(), person));
        return null;
      });
      // Teams, pairings and scores publish their events to the outbox with their change (docs/events.md).
      DomainEventPublisher events = new JdbcDomainEventPublisher(unitOfWork);
      ProposeTeamsUseCase.Outcome proposedOutcome = new ProposeTeamsService(townships, people, teams, unitOfWork,
          validator, events).propose(ProposeTeamsCommand.of(plan, TeamPolicy.defaults(), start.minusDays(1)));
      if (!(proposedOutcome instanceof ProposeTeamsUseCase.Proposed proposed) || !proposed.stored()) {
        throw new IllegalStateException("the generated roster did not staff every team: "
            + (proposedOutcome instanceof ProposeTeamsUseCase.Proposed p ? p.proposal().shortfalls() : proposedOutcome));
      }
      TeamProposal proposal = proposed.proposal();

      // 3. every household paired
      HouseholdRegister register = register();
      PairHouseholdsUseCase.Outcome pairedOutcome = new PairHouseholdsService(townships, people, pairings, unitOfWork,
          validator, events, clock).pair(new PairHouseholdsCommand(township.id(), register, PairingPolicy.defaults()));
      if (!(pairedOutcome instanceof PairHouseholdsUseCase.Paired paired)) {
        throw new IllegalStateException("pairing refused: " + pairedOutcome);
      }
      PairingPlan pairing = paired.plan();

      // 4. the trust boundary: teams appointed, county staff, places, routes, calendar; the year's rule sets
      Instant appointedAt = start.minusDays(1).toInstant();
      new AppointTeamsService(staff, unitOfWork, validator)
          .appoint(new AppointTeamsCommand(township, plan, proposal.teams(), appointedAt));
      PersonId countyClerk = PersonId.of("county-clerk");
      Map<DepartmentId, PersonId> departmentStaff = new TreeMap<>(Comparator.comparing(DepartmentId::value));
      ROUTES.values().forEach(d -> departmentStaff.put(d, PersonId.of("staff-" + d.value())));
      unitOfWork.inTransaction(() -> {
        staff.save(new Appointment(countyClerk, Office.county(township.county()),
            AuthorizationPolicy.COUNTY_OFFICE_STAFF, appointedAt, null));
        departmentStaff.forEach((d, p) -> staff.save(new Appointment(p, Office.department(township.county(), d),
            AuthorizationPolicy.DEPARTMENT_STAFF, appointedAt, null)));
        places.adopt(township, plan);
        ROUTES.forEach((c, d) -> routing.put(township.county(), c, d));
        calendars.put(township.id(), calendar);
        try (InputStream in = YearSimulation.class.getResourceAsStream(RULE_SETS)) {
          if (in == null) {
            throw new IllegalStateException("the rule sets " + RULE_SETS + " are missing from the jar");
          }
          RuleSetsJsonReader.create().read(in, "classpath:" + RULE_SETS).ruleSets().forEach(ruleSets::save);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return null;
      });

      // 5. the duty log of the year
      List<DutyLogEntry> log = dutyLog(served, proposal.teams(), pairing, register, roster, start, calendar);
      for (int from = 0; from < log.size(); from += 5_000) {
        List<DutyLogEntry> batch = log.subList(from, Math.min(log.size(), from + 5_000));
        unitOfWork.inTransaction(() -> {
          batch.forEach(entry -> dutyLog.append(township.id(), entry));
          return null;
        });
      }

      // 6. the requests, on the engine, with the clock running through the year and the sweep run as a county does
      RequestService engine = new RequestService(requests, routing, calendars, new JdbcRequestEventPublisher(unitOfWork),
          unitOfWork, clock, EscalationPolicy.defaults(), validator,
          new RequestAuthorization(staff, places, AuthorizationPolicy.defaults()));
      RequestRun requestRun = new RequestRun(engine, requests, staff, unitOfWork, clock, calendar, plan,
          countyClerk, departmentStaff, start, end);
      requestRun.simulate();

      // 7. compliance, the two-way assessment and the party members' grades, the grid scorecards, from the records
      DutyPeriod year = new DutyPeriod(start, end);
      ComputeComplianceService compliance =
          new ComputeComplianceService(people, teams, pairings, dutyLog, unitOfWork, validator);
      ComplianceReport complianceReport = compliance.compute(new ComputeComplianceCommand(township.id(), served,
          register, year, DutyPolicy.defaults()));
      AssessmentPeriod period = AssessmentPeriod.year(YEAR);
      RequestHistoryEvidence history = new RequestHistoryEvidence(requests, unitOfWork, township.county(), ZONE);
      EvidenceSource dutyEvidence = new DutyRecordEvidence(compliance, dutyLog, pairings, unitOfWork,
          DutyPolicy.defaults(), ZONE, List.of(new DutyRecordEvidence.Township(township.id(), served, register)));
      List<PartyMember> members = partyMembers(roster);
      // one walk over the requests for both: the handler and reporter sides to the two-way assessment, the staff
      // side to the members beside their duties
      AssessCountyUseCase.Outcome assessedCounty = new AssessCountyService(ruleSets, history, dutyEvidence, scores,
          unitOfWork, GradingPolicy.defaults(), validator, events, township.county(), clock)
          .assess(AssessCountyCommand.of("year-demo-" + YEAR, period, members));
      if (!(assessedCounty instanceof AssessCountyUseCase.Assessed assessed)) {
        throw new IllegalStateException("a rule set of " + YEAR + " is missing: " + assessedCounty);
      }
      List<Scorecard> scorecards = new ScoreGridsFromRecordsService(compliance, pairings, requests, unitOfWork, ZONE,
          validator).score(ScoreGridsFromRecordsCommand.withDefaults(township.county(), township.id(), served,
              register, period));
      List<Request> all = unitOfWork.inTransaction(() -> requestRun.ids.stream()
          .map(id -> requests.findById(id).orElseThrow()).toList());
      return new YearRecord(township, readBack, seed, YEAR, calendar, EscalationPolicy.defaults(), fresh, kept, plan,
          roster.size(), proposal, register, pairing, log.size(), complianceReport, all, requestRun.sweeps,
          requestRun.swept, new TreeMap<>(requestRun.refusals), assessed.twoWay(), assessed.members(), scorecards);
    }
  }

  private static HikariDataSource embeddedDatabase() {
    HikariConfig config = new HikariConfig();
    // OPTIMIZE_REUSE_RESULTS=FALSE: H2 must not answer a query from a result cached before a commit (docs/jdbc.md).
    config.setJdbcUrl("jdbc:h2:mem:grid-year-" + DATABASES.incrementAndGet()
        + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
    config.setPoolName("grid-year");
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }

  /**
   * Returns a roster (花名册) that staffs a plan: per village a party secretary, a stationed cadre and four village
   * cadres per grid, a villager representative per grid, and enough rural party members to pair every household
   * (one per 12); at the township seat a leadership member and four responsible police officers per district, the
   * centre head and four convenience-service staff. People are numbered {@code P1}, {@code P2}, ... and named
   * {@code 成员P1}, ...; the same township and grids give the same roster.
   *
   * @param township the township, not null
   * @param grids the plan's served grids ({@link ServedGrid#allOf}), not null
   * @return the roster
   */
  public static List<Person> roster(Township township, List<ServedGrid> grids) {
    List<Person> people = new ArrayList<>();
    for (Village village : township.villages()) {
      int villageGrids = (int) grids.stream().filter(g -> g.village().equals(village.id())).count();
      add(people, village.id(), Role.VILLAGE_PARTY_SECRETARY, 1, PartyMembership.WITH_POST);
      add(people, village.id(), Role.VILLAGE_STATIONED_CADRE, villageGrids, PartyMembership.WITH_POST);
      add(people, village.id(), Role.VILLAGE_CADRE, villageGrids * 4, PartyMembership.WITHOUT_POST);
      add(people, village.id(), Role.VILLAGER_REPRESENTATIVE, villageGrids, PartyMembership.NONE);
      add(people, village.id(), Role.RURAL_PARTY_MEMBER, village.households() / 12 + 1, PartyMembership.WITHOUT_POST);
    }
    Map<String, VillageId> districtVillage = new TreeMap<>();
    grids.forEach(g -> districtVillage.putIfAbsent(g.district().value(), g.village()));
    for (VillageId village : districtVillage.values()) {
      add(people, village, Role.TOWNSHIP_LEADERSHIP_MEMBER, 1, PartyMembership.WITH_POST);
      add(people, village, Role.RESPONSIBLE_POLICE_OFFICER, 4, PartyMembership.NONE);
    }
    VillageId seat = township.villages().get(0).id();
    add(people, seat, Role.TOWNSHIP_CENTRE_HEAD, 1, PartyMembership.WITH_POST);
    add(people, seat, Role.CONVENIENCE_SERVICE_CENTRE_STAFF, 4, PartyMembership.NONE);
    return people;
  }

  private static void add(List<Person> people, VillageId village, Role role, int count, PartyMembership membership) {
    for (int i = 0; i < count; i++) {
      String id = "P" + (people.size() + 1);
      people.add(Person.of(PersonId.of(id), "成员" + id, village, membership, List.of(role)));
    }
  }

  private List<PartyMember> partyMembers(List<Person> roster) {
    List<PartyMember> members = new ArrayList<>();
    for (Person person : roster) {
      if (person.party() == PartyMembership.NONE) {
        continue;
      }
      PartyMemberClass memberClass;
      if (person.party() == PartyMembership.WITH_POST) {
        memberClass = PartyMemberClass.WITH_POST;
      } else {
        int r = random.nextInt(10);
        memberClass = r == 0 ? PartyMemberClass.MIGRANT
            : r == 1 ? PartyMemberClass.ELDERLY_OR_INFIRM : PartyMemberClass.WITHOUT_POST;
      }
      members.add(new PartyMember(SubjectId.of(person.id().value()),
          person.homeVillage().orElse(township.villages().get(0).id()), memberClass));
    }
    return members;
  }

  /** Every household of every unit, numbered {@code <unit>-H<n>}; one in ten with a care tag (a must-visit one). */
  private HouseholdRegister register() {
    CareTag[] tags = CareTag.values();
    List<Household> households = new ArrayList<>();
    for (Unit unit : township.units()) {
      for (int i = 1; i <= unit.households(); i++) {
        Set<CareTag> care = EnumSet.noneOf(CareTag.class);
        if (random.nextInt(10) == 0) {
          care.add(tags[random.nextInt(tags.length)]);
        }
        households.add(Household.of(HouseholdId.of(unit.id().value() + "-H" + i), unit.id(), care));
      }
    }
    return HouseholdRegister.of(township.id(), households);
  }

  /**
   * The year's duty log as a township keeps it, with misses: each pairer visits each paired household with a care
   * tag every month and the others in spring and autumn (about 1 in 20 visits missed); each stationed cadre visits every household of the grid once (1 in 25 missed);
   * every household gets its contact and supervision cards (1 in 60 missed); each grid holds six visit rounds in
   * which its team visits the must-visit households; teams, villages and the township meet monthly (a team misses
   * a month in 15), the district leaders attending the township's meeting. Entries are in order of time.
   */
  private List<DutyLogEntry> dutyLog(List<ServedGrid> grids, List<Team> teams, PairingPlan pairing,
      HouseholdRegister register, List<Person> roster, OffsetDateTime start, WorkCalendar calendar) {
    List<DutyLogEntry> entries = new ArrayList<>();
    Map<UnitId, GridId> gridOfUnit = new HashMap<>();
    grids.forEach(g -> g.units().forEach(u -> gridOfUnit.put(u, g.id())));
    Map<GridId, Team> teamOf = new HashMap<>();
    List<Team> villageTeams = new ArrayList<>();
    Team townshipTeam = null;
    List<PersonId> districtLeaders = new ArrayList<>();
    for (Team team : teams) {
      if (team.scope() instanceof TeamScope.VillageGrid grid) {
        teamOf.put(grid.grid(), team);
        villageTeams.add(team);
      } else if (team.scope() instanceof TeamScope.Township) {
        townshipTeam = team;
      } else {
        team.leader().ifPresent(districtLeaders::add);
      }
    }
    Map<PersonId, Person> byId = new HashMap<>();
    roster.forEach(p -> byId.put(p.id(), p));
    for (ServedGrid grid : grids) {
      Team team = teamOf.get(grid.id());
      List<PersonId> members = new ArrayList<>(team.members());
      members.sort(Comparator.comparing(PersonId::value));
      List<HouseholdId> mustVisit = register.households().stream()
          .filter(h -> h.mustVisit() && grid.units().contains(h.unit())).map(Household::id).toList();
      for (int r = 0; r < 6; r++) {
        EntryId round = EntryId.of(grid.id().value() + "-R" + (r + 1));
        OffsetDateTime at = workingMorning(start.plusDays(20 + r * 60L), calendar);
        entries.add(new DutyLogEntry.VisitRound(round, grid.id(), at));
        for (HouseholdId household : mustVisit) {
          if (random.nextInt(30) != 0) {
            entries.add(DutyLogEntry.Visit.of(members.get(random.nextInt(members.size())), household,
                at.plusHours(1 + random.nextInt(6)), round));
          }
        }
      }
      for (int month = 0; month < 12; month++) {
        if (random.nextInt(15) != 0) {
          entries.add(DutyLogEntry.Meeting.of(EntryId.of(grid.id().value() + "-M" + (month + 1)),
              new MeetingHost.OfTeam(team.id()), workingMorning(start.plusMonths(month).plusDays(3
                  + random.nextInt(20)), calendar), members));
        }
      }
      List<PersonId> cadres = members.stream()
          .filter(p -> byId.get(p) != null && byId.get(p).holds(Role.VILLAGE_STATIONED_CADRE)).toList();
      for (Household household : register.households()) {
        if (!grid.units().contains(household.unit())) {
          continue;
        }
        if (random.nextInt(60) != 0) {
          OffsetDateTime at = workingMorning(start.plusDays(10 + random.nextInt(80)), calendar);
          entries.add(new DutyLogEntry.CardIssue(household.id(), team.id(), CardKind.CONTACT, at));
          entries.add(new DutyLogEntry.CardIssue(household.id(), team.id(), CardKind.SUPERVISION, at));
        }
        for (PersonId cadre : cadres) {
          if (random.nextInt(25) != 0) {
            entries.add(DutyLogEntry.Visit.of(cadre, household.id(),
                workingMorning(start.plusDays(random.nextInt(330)), calendar).plusHours(random.nextInt(7)), null));
          }
        }
      }
    }
    for (Village village : township.villages()) {
      List<PersonId> cadres = roster.stream().filter(p -> p.of(village.id())
          && p.holdsAny(List.of(Role.VILLAGE_PARTY_SECRETARY, Role.VILLAGE_CADRE, Role.VILLAGE_STATIONED_CADRE)))
          .map(Person::id).toList();
      for (int month = 0; month < 12; month++) {
        entries.add(DutyLogEntry.Meeting.of(EntryId.of(village.id().value() + "-M" + (month + 1)),
            new MeetingHost.OfVillage(village.id()),
            workingMorning(start.plusMonths(month).plusDays(5 + random.nextInt(15)), calendar), cadres));
      }
    }
    for (Team team : teams) {
      if (team.scope() instanceof TeamScope.VillageGrid) {
        continue;
      }
      for (int month = 0; month < 12; month++) {
        if (random.nextInt(15) != 0) {
          entries.add(DutyLogEntry.Meeting.of(EntryId.of(team.id().value() + "-M" + (month + 1)),
              new MeetingHost.OfTeam(team.id()),
              workingMorning(start.plusMonths(month).plusDays(3 + random.nextInt(20)), calendar), team.members()));
        }
      }
    }
    if (townshipTeam != null) {
      List<PersonId> attendees = new ArrayList<>(townshipTeam.members());
      attendees.addAll(districtLeaders);
      for (int month = 0; month < 12; month++) {
        List<PersonId> present = new ArrayList<>(attendees);
        if (random.nextInt(4) == 0 && !districtLeaders.isEmpty()) {
          present.remove(districtLeaders.get(random.nextInt(districtLeaders.size())));
        }
        entries.add(DutyLogEntry.Meeting.of(EntryId.of(township.id().value() + "-M" + (month + 1)),
            new MeetingHost.OfTownship(township.id()),
            workingMorning(start.plusMonths(month).plusDays(2 + random.nextInt(10)), calendar), present));
      }
    }
    Map<HouseholdId, Household> households = new HashMap<>();
    register.households().forEach(h -> households.put(h.id(), h));
    for (int month = 0; month < 12; month++) {
      for (Pairing pair : pairing.pairings()) {
        // a household with a care tag is visited every month (PAIRED_MONTHLY_VISIT), the others in spring and autumn
        boolean monthly = households.get(pair.household()).careTagCount() > 0;
        if ((monthly || month == 3 || month == 9) && random.nextInt(20) != 0) {
          OffsetDateTime at = workingMorning(start.plusMonths(month).plusDays(random.nextInt(25)), calendar)
              .plusMinutes(random.nextInt(8 * 60));
          entries.add(DutyLogEntry.Visit.of(pair.pairer(), pair.household(), at, null));
        }
      }
    }
    entries.sort(Comparator.comparing(DutyLogEntry::at, OffsetDateTime.timeLineOrder()));
    return entries;
  }

  /** 08:30 of the given day, or of the next working day when it is a rest day. */
  private static OffsetDateTime workingMorning(OffsetDateTime day, WorkCalendar calendar) {
    LocalDate date = day.atZoneSameInstant(ZONE).toLocalDate();
    while (!calendar.isWorkingDay(date)) {
      date = date.plusDays(1);
    }
    return date.atTime(8, 30).atZone(ZONE).toOffsetDateTime();
  }

  // ---------------------------------------------------------------------------------------------------------

  /** How one request goes: drawn once when it is reported. */
  private static final class RequestPath {
    final RequestId id;
    final int n;
    final PersonId citizen;
    final Place place;
    final Category category;
    final MustAttendType mustAttend;
    /** Tiers whose office lets the accept limit lapse entirely (reminded, then escalated automatically). */
    final Set<Tier> lapse = EnumSet.noneOf(Tier.class);
    /** Tiers whose office accepts only after the reminder. */
    final Set<Tier> late = EnumSet.noneOf(Tier.class);
    /** Tiers that pass it up by hand once accepted. */
    final Set<Tier> escalate = EnumSet.noneOf(Tier.class);
    boolean misroute;
    /** Whether the department lets its resolve limit pass (reminded, then supervised). */
    boolean departmentLapse;
    boolean returned;
    boolean suspend;
    boolean suspended;
    boolean resolveLate;
    boolean onSiteLate;
    boolean onSite;
    boolean recategorize;
    boolean withdraw;
    RequestId duplicateOf;
    final List<Rating> ratings = new ArrayList<>();
    int step;

    RequestPath(RequestId id, int n, PersonId citizen, Place place, Category category, MustAttendType mustAttend) {
      this.id = id;
      this.n = n;
      this.citizen = citizen;
      this.place = place;
      this.category = category;
      this.mustAttend = mustAttend;
    }

    CommandId next() {
      return CommandId.of("c" + n + "-" + ++step);
    }
  }

  private record Wake(Instant at, long order, RequestPath path) {}

  /** The requests of the year on the engine, with the clock and the sweep. */
  private final class RequestRun {
    final RequestService engine;
    final JdbcRequestRepository requests;
    final JdbcUnitOfWork unitOfWork;
    final MutableClock clock;
    final WorkCalendar calendar;
    final Plan plan;
    final Map<Office, PersonId> leaders = new HashMap<>();
    final PersonId countyClerk;
    final Map<DepartmentId, PersonId> departmentStaff;
    final OffsetDateTime start;
    final OffsetDateTime end;
    final PriorityQueue<Wake> queue = new PriorityQueue<>(
        Comparator.comparing(Wake::at).thenComparingLong(Wake::order));
    final List<RequestId> ids = new ArrayList<>();
    final Map<String, Integer> refusals = new HashMap<>();
    final Map<GridId, RequestId> lastInGrid = new HashMap<>();
    final JdbcStaffDirectory staff;
    long order;
    int sweeps;
    int swept;

    RequestRun(RequestService engine, JdbcRequestRepository requests, JdbcStaffDirectory staff,
        JdbcUnitOfWork unitOfWork, MutableClock clock, WorkCalendar calendar, Plan plan, PersonId countyClerk,
        Map<DepartmentId, PersonId> departmentStaff, OffsetDateTime start, OffsetDateTime end) {
      this.engine = engine;
      this.requests = requests;
      this.unitOfWork = unitOfWork;
      this.clock = clock;
      this.calendar = calendar;
      this.plan = plan;
      this.countyClerk = countyClerk;
      this.departmentStaff = departmentStaff;
      this.start = start;
      this.end = end;
      this.staff = staff;
    }

    void simulate() {
      List<GridId> grids = plan.grids().stream().map(g -> g.id()).toList();
      List<Instant> reportTimes = new ArrayList<>();
      long seconds = Duration.ofDays(345).toSeconds();
      for (int i = 0; i < requestCount; i++) {
        reportTimes.add(start.toInstant().plusSeconds(random.nextLong(seconds)));
      }
      reportTimes.sort(Comparator.naturalOrder());
      int next = 0;
      Instant previous = start.toInstant();
      for (OffsetDateTime tick = start.plusHours(1); !tick.isAfter(end); tick = tick.plusHours(1)) {
        LocalTime time = tick.atZoneSameInstant(ZONE).toLocalTime();
        boolean working = calendar.isWorkingDay(tick.atZoneSameInstant(ZONE).toLocalDate());
        Instant now = tick.toInstant();
        while (next < reportTimes.size() && !reportTimes.get(next).isAfter(now)) {
          Instant at = reportTimes.get(next);
          clock.setInstant(at);
          report(next + 1, at, grids);
          next++;
        }
        while (!queue.isEmpty() && !queue.peek().at().isAfter(now)) {
          Wake wake = queue.poll();
          clock.setInstant(wake.at().isBefore(previous) ? previous : wake.at());
          act(wake.path());
        }
        clock.setInstant(now);
        boolean sweepHour = working ? time.getHour() >= 8 && time.getHour() <= 18 : time.getHour() == 8;
        if (sweepHour) {
          SweepResult result = engine.processDue(now);
          sweeps++;
          swept += result.changed();
        }
        previous = now;
      }
    }

    private void report(int n, Instant at, List<GridId> grids) {
      GridId grid = grids.get(random.nextInt(grids.size()));
      Place place = Place.of(township, plan, grid);
      Category category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
      int kind = random.nextInt(100);
      MustAttendType mustAttend = kind < 4 ? MustAttendType.EMERGENCY : kind < 7 ? MustAttendType.PETITION
          : kind < 8 ? MustAttendType.MAJOR_CONSTRUCTION : null;
      List<UnitId> units = plan.grid(grid).orElseThrow().units();
      UnitId unit = units.get(random.nextInt(units.size()));
      int households = township.unit(unit).orElseThrow().households();
      PersonId citizen = PersonId.of("citizen-" + unit.value() + "-H" + (1 + random.nextInt(households)));
      RequestId id = RequestId.of("R" + YEAR + "-" + String.format("%04d", n));
      RequestPath path = new RequestPath(id, n, citizen, place, category, mustAttend);
      drawPath(path);
      if (random.nextInt(100) < 4 && lastInGrid.containsKey(grid)) {
        path.duplicateOf = lastInGrid.get(grid);
      }
      CommandOutcome outcome = engine.handle(new RequestCommand.Report(path.next(), id, Actor.citizen(citizen),
          citizen, place, category, "a matter of " + category.code() + " for the household",
          mustAttend == null ? Urgency.NORMAL : Urgency.URGENT, mustAttend, null));
      if (!(outcome instanceof CommandOutcome.Applied)) {
        throw new IllegalStateException("the report of " + id + " was refused: " + outcome);
      }
      ids.add(id);
      if (path.duplicateOf == null) {
        lastInGrid.put(grid, id);
      }
      if (mustAttend != null) {
        // must-attend (四必到): the team sets out at once, whatever the hour
        queue.add(new Wake(at.plusSeconds(1200 + random.nextInt(3600)), order++, path));
      } else {
        schedule(path, at.plusSeconds(600 + random.nextInt(4 * 3600)));
      }
    }

    /** Draws the request's path along the rulebook's branches. */
    private void drawPath(RequestPath path) {
      int p = random.nextInt(100);
      if (p < 12) {
        path.lapse.add(Tier.VILLAGE_GRID);
        if (random.nextInt(3) == 0) {
          path.lapse.add(Tier.DISTRICT_GRID);
          if (random.nextInt(2) == 0) {
            path.lapse.add(Tier.TOWNSHIP_OFFICE);
          }
        }
      } else if (p < 20) {
        path.late.add(Tier.VILLAGE_GRID);
      } else if (p < 28) {
        path.escalate.add(Tier.VILLAGE_GRID);
      } else if (p < 33) {
        path.escalate.addAll(List.of(Tier.VILLAGE_GRID, Tier.DISTRICT_GRID));
      } else if (p < 38) {
        path.escalate.addAll(List.of(Tier.VILLAGE_GRID, Tier.DISTRICT_GRID, Tier.TOWNSHIP_OFFICE));
      } else if (p < 41) {
        path.lapse.add(Tier.VILLAGE_GRID);
        path.escalate.addAll(List.of(Tier.DISTRICT_GRID, Tier.TOWNSHIP_OFFICE));
      }
      path.misroute = random.nextInt(4) == 0;
      path.departmentLapse = random.nextInt(4) == 0;
      path.suspend = random.nextInt(12) == 0;
      path.resolveLate = random.nextInt(10) == 0;
      path.onSiteLate = path.mustAttend != null && random.nextInt(3) == 0;
      path.recategorize = random.nextInt(25) == 0;
      path.withdraw = random.nextInt(30) == 0;
      int r = random.nextInt(100);
      if (r < 8) {
        path.ratings.add(Rating.DISSATISFIED);
        path.ratings.add(random.nextInt(3) == 0 ? Rating.DISSATISFIED : Rating.SATISFIED);
      } else if (r < 14) {
        // no rating: the window lapses and the sweep records "no rating"
      } else if (r < 34) {
        path.ratings.add(Rating.BASICALLY_SATISFIED);
      } else {
        path.ratings.add(Rating.SATISFIED);
      }
    }

    private void schedule(RequestPath path, Instant at) {
      queue.add(new Wake(working(at), order++, path));
    }

    /** The instant itself when within a working day's hours (08:00 to 17:30), else the next working morning. */
    private Instant working(Instant at) {
      var local = at.atZone(ZONE);
      LocalDate day = local.toLocalDate();
      LocalTime time = local.toLocalTime();
      if (calendar.isWorkingDay(day) && !time.isBefore(LocalTime.of(8, 0)) && time.isBefore(LocalTime.of(17, 30))) {
        return at;
      }
      if (calendar.isWorkingDay(day) && time.isBefore(LocalTime.of(8, 0))) {
        return day.atTime(8, 0).atZone(ZONE).toInstant().plusSeconds(random.nextInt(3600));
      }
      LocalDate next = day.plusDays(1);
      while (!calendar.isWorkingDay(next)) {
        next = next.plusDays(1);
      }
      return next.atTime(8, 0).atZone(ZONE).toInstant().plusSeconds(random.nextInt(3600));
    }

    private Instant hoursLater(int min, int max) {
      return clock.instant().plusSeconds(min * 3600L + random.nextLong((max - min) * 3600L + 1));
    }

    private void act(RequestPath path) {
      Request request = unitOfWork.inTransaction(() -> requests.findById(path.id)).orElseThrow();
      RequestState state = request.state();
      if (!state.isOpen()) {
        return;
      }
      Office holder = request.holder();
      Tier tier = holder.tier();
      long version = request.version();
      if (path.withdraw && random.nextInt(3) == 0) {
        apply(path, new RequestCommand.Withdraw(path.next(), path.id, version, Actor.citizen(path.citizen),
            "settled between neighbours"));
        return;
      }
      if (path.mustAttend != null && !path.onSite) {
        if (path.onSiteLate) {
          // the team arrives after the on-site limit: the sweep records the lapse first
          path.onSiteLate = false;
          queue.add(new Wake(request.onSiteDeadline().orElse(clock.instant()).plusSeconds(1800
              + random.nextInt(3 * 3600)), order++, path));
          return;
        }
        path.onSite = true;
        apply(path, new RequestCommand.OnSite(path.next(), path.id, version, staffOf(holder)));
        schedule(path, hoursLater(1, 3));
        return;
      }
      switch (state) {
        case REPORTED -> reported(path, request, holder, tier, version);
        case ACCEPTED -> accepted(path, request, holder, tier, version);
        case SUSPENDED -> {
          apply(path, new RequestCommand.Resume(path.next(), path.id, version, staffOf(holder)));
          schedule(path, hoursLater(2, 30));
        }
        case RESOLVED -> {
          apply(path, new RequestCommand.Feedback(path.next(), path.id, version, staffOf(holder),
              "told the household what was done"));
          schedule(path, hoursLater(4, 40));
        }
        case FEEDBACK_GIVEN -> {
          if (!path.ratings.isEmpty()) {
            Rating rating = path.ratings.remove(0);
            apply(path, new RequestCommand.Rate(path.next(), path.id, version, Actor.citizen(path.citizen), rating));
            if (rating == Rating.DISSATISFIED) {
              schedule(path, hoursLater(2, 24));
            }
          }
          // without a rating the window lapses and the sweep records "no rating"
        }
        default -> {
        }
      }
    }

    private void reported(RequestPath path, Request request, Office holder, Tier tier, long version) {
      if (path.duplicateOf != null && tier == Tier.VILLAGE_GRID) {
        RequestId original = path.duplicateOf;
        path.duplicateOf = null;
        apply(path, new RequestCommand.CloseAsDuplicate(path.next(), path.id, version, staffOf(holder), original,
            "the same matter was reported already"));
        return;
      }
      if (path.recategorize && tier == Tier.VILLAGE_GRID) {
        path.recategorize = false;
        Category other = CATEGORIES.get((CATEGORIES.indexOf(request.category()) + 1) % CATEGORIES.size());
        apply(path, new RequestCommand.Recategorize(path.next(), path.id, version, staffOf(holder), other,
            "the matter belongs to another category"));
        schedule(path, hoursLater(1, 3));
        return;
      }
      if (tier == Tier.COUNTY_OFFICE) {
        DepartmentId department = null;
        if (path.misroute && !path.returned) {
          List<DepartmentId> others = new ArrayList<>(ROUTES.values());
          others.remove(ROUTES.get(request.category()));
          department = others.get(random.nextInt(others.size()));
        }
        apply(path, new RequestCommand.Route(path.next(), path.id, version, staffOf(holder), department));
        schedule(path, hoursLater(2, 8));
        return;
      }
      if (tier == Tier.DEPARTMENT && path.misroute && !path.returned) {
        path.returned = true;
        apply(path, new RequestCommand.Return(path.next(), path.id, version, staffOf(holder),
            "the matter is another department's"));
        schedule(path, hoursLater(2, 8));
        return;
      }
      if (path.lapse.contains(tier)) {
        // nobody accepts: the sweep reminds, then escalates to the tier above; look again after the next deadline
        schedule(path, request.nextDeadline().orElse(clock.instant()).plusSeconds(3600));
        return;
      }
      if (path.late.contains(tier)) {
        path.late.remove(tier);
        Instant deadline = request.nextDeadline().orElse(clock.instant());
        schedule(path, deadline.plusSeconds(3600 + random.nextInt(3 * 3600)));
        return;
      }
      apply(path, new RequestCommand.Accept(path.next(), path.id, version, staffOf(holder), assignee(holder)));
      schedule(path, hoursLater(2, 20));
    }

    private void accepted(RequestPath path, Request request, Office holder, Tier tier, long version) {
      if (path.escalate.remove(tier)) {
        apply(path, new RequestCommand.Escalate(path.next(), path.id, version, staffOf(holder),
            "beyond what this tier can settle"));
        schedule(path, hoursLater(1, 6));
        return;
      }
      if (path.suspend && !path.suspended) {
        path.suspended = true;
        apply(path, new RequestCommand.Suspend(path.next(), path.id, version, staffOf(holder),
            "waiting for a document from the household"));
        schedule(path, hoursLater(20, 60));
        return;
      }
      if (path.resolveLate) {
        path.resolveLate = false;
        schedule(path, request.nextDeadline().orElse(clock.instant()).plusSeconds(1800 + random.nextInt(3600)));
        return;
      }
      if (path.departmentLapse && tier == Tier.DEPARTMENT) {
        path.departmentLapse = false;
        // the department lets the resolve limit pass: reminded, then supervised
        schedule(path, request.nextDeadline().orElse(clock.instant()).plusSeconds(3 * 86_400L));
        return;
      }
      apply(path, new RequestCommand.Resolve(path.next(), path.id, version, staffOf(holder), "settled on site"));
      schedule(path, hoursLater(1, 8));
    }

    private PersonId assignee(Office holder) {
      Actor actor = staffOf(holder);
      return ((Actor.Staff) actor).person();
    }

    /** The staff member who acts for an office: its team leader, the county clerk or the department's staff. */
    private Actor staffOf(Office office) {
      if (office.tier() == Tier.COUNTY_OFFICE) {
        return Actor.staff(countyClerk, AuthorizationPolicy.COUNTY_OFFICE_STAFF, office);
      }
      if (office.tier() == Tier.DEPARTMENT) {
        PersonId person = departmentStaff.get(DepartmentId.of(office.unit()));
        return Actor.staff(person, AuthorizationPolicy.DEPARTMENT_STAFF, office);
      }
      PersonId leader = leaders.computeIfAbsent(office, o -> unitOfWork.inTransaction(() ->
          staff.servingAt(o, clock.instant()).stream()
              .filter(a -> a.role().equals(AuthorizationPolicy.LEADER)).map(Appointment::person)
              .min(Comparator.comparing(PersonId::value)))
          .orElseThrow(() -> new IllegalStateException("no leader serves " + o)));
      return Actor.staff(leader, AuthorizationPolicy.LEADER, office);
    }

    private void apply(RequestPath path, RequestCommand command) {
      CommandOutcome outcome = engine.handle(command);
      if (!(outcome instanceof CommandOutcome.Applied)) {
        String reason = outcome instanceof CommandOutcome.Refused refused ? refused.reason().name()
            : outcome.getClass().getSimpleName();
        refusals.merge(command.getClass().getSimpleName() + " " + reason, 1, Integer::sum);
      }
    }
  }
}
