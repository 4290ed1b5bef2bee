package org.grid.testkit.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.testkit.escalation.EscalationSamples.CALENDAR;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.LAND;
import static org.grid.testkit.escalation.EscalationSamples.LAND_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.PENSION_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RefusalReason;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.testkit.CountingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.MutableClock;

/**
 * The authorization matrix of the request engine (权限矩阵): every command × every kind of actor, with the outcome
 * grid promises, run on an embedder's adapters. Extend it with the repository, staff directory and place directory
 * (and the unit of work they join) of your adapters; each case runs on fresh, empty ones.
 *
 * <p>Each command is given to a request brought, by legitimate commands, to where the command applies: the
 * legitimate actor (the holding office's sample staff member in the role of its tier, or the reporting citizen) has
 * it {@code APPLIED}; every {@link Intruder} is refused with a stated reason and the request stays as it was (same
 * version, same history, no event). Staff handling a request they reported themselves are refused as {@link
 * RefusalReason#OWN_REPORT}; a staff member of the holding office gives exactly the commands the permission table
 * lists for their role ({@link RefusalReason#NOT_PERMITTED} otherwise). Reasons, in the order the engine checks:
 *
 * <ul>
 *   <li>a person the directory does not confirm at that office now (unknown, the citizen posing as staff, a term
 *       that ended): {@link RefusalReason#NOT_APPOINTED}; a role it does not confirm: {@link
 *       RefusalReason#ROLE_NOT_CONFIRMED}; staff giving a citizen's command: {@link RefusalReason#NOT_PERMITTED};
 *   <li>staff of an office elsewhere (another grid, district or township; the same ids or the same department in
 *       another county), or a citizen who did not report: {@link RefusalReason#NOT_FOUND}, as for an unknown id;
 *       for a report, {@link RefusalReason#OUTSIDE_JURISDICTION} and {@link RefusalReason#NOT_REPORTER}.
 * </ul>
 */
public abstract class AbstractAuthorizationMatrixTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  /**
   * The staff member who reports a matter of their own: serves every sample office in every role. On a request
   * someone else reported, a colleague of the sample staff in whatever role a case needs.
   */
  private static final PersonId OWN_REPORTER = PersonId.of("staff-with-own-matter");

  /** The request a {@link Command#CLOSE_AS_DUPLICATE} names as the original: reported before it, at the same grid. */
  private static final RequestId ORIGINAL = RequestId.of("R0");

  /** A command of the matrix, with where it applies. */
  public enum Command {
    /** A report filed by the village grid's leader for the citizen. */
    REPORT,
    /** Accept at the village grid. */
    ACCEPT,
    /** Pass up from the village grid. */
    ESCALATE,
    /** Suspend an accepted request at the village grid. */
    SUSPEND,
    /** Resume it. */
    RESUME,
    /** Resolve an accepted request at the village grid. */
    RESOLVE,
    /** Tell the citizen the result. */
    FEEDBACK,
    /** Record the team on site for an emergency. */
    ON_SITE,
    /** Route from the county office. */
    ROUTE,
    /** Return from the land department. */
    RETURN,
    /** Rate the feedback (the citizen's). */
    RATE,
    /** Withdraw (the citizen's). */
    WITHDRAW,
    /** Correct the category of a reported request at the village grid (改类). */
    RECATEGORIZE,
    /** Close a reported request at the village grid as a duplicate of another one reported before (重复件). */
    CLOSE_AS_DUPLICATE;

    boolean citizens() {
      return this == RATE || this == WITHDRAW;
    }
  }

  /**
   * For the subclass that JUnit runs, which supplies the stores the request engine runs on through {@link
   * #newRepository()}, {@link #newStaffDirectory()} and {@link #newPlaceDirectory()}.
   */
  protected AbstractAuthorizationMatrixTest() {}

  /**
   * Returns an empty request repository of the adapter under test.
   *
   * @return the repository
   */
  protected abstract RequestRepository newRepository();

  /**
   * Returns an empty staff directory of the adapter under test.
   *
   * @return the directory
   */
  protected abstract StaffDirectory newStaffDirectory();

  /**
   * Returns an empty place directory of the adapter under test.
   *
   * @return the directory
   */
  protected abstract PlaceDirectory newPlaceDirectory();

  /**
   * Returns the unit of work the adapters join; in memory, one that needs no transaction.
   *
   * @return the unit of work
   */
  protected UnitOfWork unitOfWork() {
    return new CountingUnitOfWork();
  }

  /** The cases: every command with every intruder. */
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Command command : Command.values()) {
      for (Intruder intruder : Intruder.values()) {
        cases.add(Arguments.of(command, intruder));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} by the legitimate actor is applied")
  @EnumSource(Command.class)
  void the_legitimate_actor_is_applied(Command command) {
    Fixture f = new Fixture(CITIZEN);
    Request before = f.prepare(command);

    CommandOutcome outcome = f.give(command, before, f.legitimate(command, before));

    assertThat(outcome).as("%s by %s", command, f.legitimate(command, before))
        .isInstanceOf(CommandOutcome.Applied.class);
  }

  @ParameterizedTest(name = "{0} by {1} is refused and changes nothing")
  @MethodSource("cases")
  void an_intruder_is_refused_and_changes_nothing(Command command, Intruder intruder) {
    Fixture f = new Fixture(CITIZEN);
    Request before = f.prepare(command);
    Actor.Staff legitimateStaff = f.legitimateStaff(command, before);
    Actor actor = intruder.actor(legitimateStaff, PLACE_A);
    int events = f.published.size();

    CommandOutcome outcome = f.give(command, before, actor);

    RefusalReason expected = expected(command, intruder);
    assertThat(outcome).as("%s by %s (%s)", command, intruder, actor)
        .isInstanceOfSatisfying(CommandOutcome.Refused.class, r -> assertThat(r.reason()).isEqualTo(expected));
    f.assertUnchanged(command, before, events);
  }

  /**
   * A second staff member of every sample office, in every role, who reports a matter of their own; the sample staff
   * bring it to where the command applies, and then this member gives the command.
   */
  @ParameterizedTest(name = "{0} by staff on their own report")
  @EnumSource(Command.class)
  void staff_do_not_handle_their_own_report(Command command) {
    Fixture f = new Fixture(OWN_REPORTER);
    Request before = f.prepare(command);
    Actor.Staff colleague = f.legitimateStaff(command, before);
    Actor actor = command.citizens() ? Actor.citizen(OWN_REPORTER)
        : Actor.staff(OWN_REPORTER, colleague.role(), colleague.office());
    int events = f.published.size();

    CommandOutcome outcome = f.give(command, before, actor);

    if (command == Command.REPORT || command.citizens()) {
      assertThat(outcome).as("%s of one's own matter", command).isInstanceOf(CommandOutcome.Applied.class);
    } else {
      assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class,
          r -> assertThat(r.reason()).isEqualTo(RefusalReason.OWN_REPORT));
      f.assertUnchanged(command, before, events);
    }
  }

  /** Every staff command with every role of the permission table. */
  static Stream<Arguments> roles() {
    List<Arguments> cases = new ArrayList<>();
    for (Command command : Command.values()) {
      if (command.citizens()) {
        continue;
      }
      for (String role : EscalationSamples.AUTHORIZATION.permissions().keySet()) {
        cases.add(Arguments.of(command, role));
      }
    }
    return cases.stream();
  }

  /**
   * A staff member appointed to the holding office in a role gives exactly the commands the permission table lists
   * for that role: the others are refused as {@link RefusalReason#NOT_PERMITTED} and change nothing.
   */
  @ParameterizedTest(name = "{0} by the holder's {1}")
  @MethodSource("roles")
  void a_role_gives_exactly_the_commands_the_table_lists_for_it(Command command, String role) {
    Fixture f = new Fixture(CITIZEN);
    Request before = f.prepare(command);
    Actor.Staff holder = f.legitimateStaff(command, before);
    Actor actor = Actor.staff(OWN_REPORTER, role, holder.office());
    int events = f.published.size();

    CommandOutcome outcome = f.give(command, before, actor);

    if (EscalationSamples.AUTHORIZATION.permits(role, RequestAuthorization.kindOf(f.sample(command, before)))) {
      assertThat(outcome).as("%s by %s", command, role).isInstanceOf(CommandOutcome.Applied.class);
    } else {
      assertThat(outcome).as("%s by %s", command, role).isInstanceOfSatisfying(CommandOutcome.Refused.class,
          r -> assertThat(r.reason()).isEqualTo(RefusalReason.NOT_PERMITTED));
      f.assertUnchanged(command, before, events);
    }
  }

  @Test
  void a_command_id_reused_for_other_content_is_refused_and_a_true_retry_is_a_duplicate() {
    Fixture f = new Fixture(CITIZEN);
    Request r = f.prepare(Command.ACCEPT);
    Actor staff = f.legitimate(Command.ACCEPT, r);
    RequestCommand accept = new RequestCommand.Accept(CommandId.of("c1"), r.id(), r.version(), staff,
        PersonId.of("handler"));
    assertThat(f.service.handle(accept)).isInstanceOf(CommandOutcome.Applied.class);
    Request accepted = f.stored(r.id());

    CommandOutcome reused = f.service.handle(new RequestCommand.Resolve(CommandId.of("c1"), r.id(),
        accepted.version(), staff, "done"));
    CommandOutcome retried = f.service.handle(accept);
    CommandOutcome replayedByIntruder = f.service.handle(new RequestCommand.Accept(CommandId.of("c1"), r.id(),
        r.version(), Intruder.OTHER_GRID.actor((Actor.Staff) staff, PLACE_A), PersonId.of("handler")));

    assertThat(reused).isInstanceOfSatisfying(CommandOutcome.Refused.class,
        x -> assertThat(x.reason()).isEqualTo(RefusalReason.COMMAND_ID_REUSED));
    assertThat(retried).isEqualTo(new CommandOutcome.Duplicate(r.id(), CommandId.of("c1")));
    assertThat(replayedByIntruder).isInstanceOfSatisfying(CommandOutcome.Refused.class,
        x -> assertThat(x.reason()).isEqualTo(RefusalReason.NOT_FOUND));
    assertThat(f.stored(r.id()).version()).isEqualTo(accepted.version());
  }

  @Test
  void a_report_for_a_place_not_in_the_current_plan_is_refused() {
    Fixture f = new Fixture(CITIZEN);
    List<Place> made = List.of(
        new Place(Intruder.OTHER_COUNTY, PLACE_A.township(), PLACE_A.district(),
            PLACE_A.village(), PLACE_A.grid()),
        new Place(PLACE_A.county(), PLACE_A.township(), EscalationSamples.PLACE_B.district(),
            PLACE_A.village(), PLACE_A.grid()),
        new Place(PLACE_A.county(), PLACE_A.township(), PLACE_A.district(),
            EscalationSamples.PLACE_B.village(), PLACE_A.grid()));
    int n = 0;
    for (Place place : made) {
      RequestId id = RequestId.of("U" + n++);
      CommandOutcome outcome = f.service.handle(new RequestCommand.Report(CommandId.of("u-" + id), id,
          Actor.citizen(CITIZEN), CITIZEN, place, LAND_CATEGORY, "x", Urgency.NORMAL, null, null));
      assertThat(outcome).as("report for %s", place).isInstanceOfSatisfying(CommandOutcome.Refused.class,
          r -> assertThat(r.reason()).isEqualTo(RefusalReason.UNKNOWN_PLACE));
    }
    assertThat(f.repository.count()).isZero();
  }

  private static RefusalReason expected(Command command, Intruder intruder) {
    return switch (intruder) {
      case FORGED_ROLE -> RefusalReason.ROLE_NOT_CONFIRMED;
      case CITIZEN_AS_STAFF, UNKNOWN_PERSON, TERM_ENDED -> RefusalReason.NOT_APPOINTED;
      case CITIZEN_NOT_REPORTER -> command == Command.REPORT ? RefusalReason.NOT_REPORTER : RefusalReason.NOT_FOUND;
      default -> command.citizens() ? RefusalReason.NOT_PERMITTED
          : command == Command.REPORT ? RefusalReason.OUTSIDE_JURISDICTION : RefusalReason.NOT_FOUND;
    };
  }

  /** One engine over fresh adapters, the samples' directory and plan, and a reporter. */
  private final class Fixture {
    final RequestRepository repository = newRepository();
    final List<RequestEvent> published = new ArrayList<>();
    final MutableClock clock = MutableClock.of(EscalationSamples.at("2026-03-02T09:00"), EscalationSamples.ZONE);
    final RequestService service;
    final PersonId reporter;
    private int commands;

    Fixture(PersonId reporter) {
      this.reporter = reporter;
      StaffDirectory staff = newStaffDirectory();
      PlaceDirectory places = newPlaceDirectory();
      UnitOfWork unitOfWork = unitOfWork();
      unitOfWork.inTransaction(() -> {
        EscalationSamples.appointments().forEach(staff::save);
        EscalationSamples.intruderAppointments().forEach(staff::save);
        for (Office office : EscalationSamples.offices()) {
          for (String role : EscalationSamples.AUTHORIZATION.permissions().keySet()) {
            staff.save(new Appointment(OWN_REPORTER, office, role, EscalationSamples.SINCE, null));
          }
        }
        places.adopt(EscalationSamples.township(), EscalationSamples.plan());
        return null;
      });
      service = new RequestService(repository,
          (county, category) -> county.equals(EscalationSamples.COUNTY) ? Optional.of(LAND) : Optional.empty(),
          township -> Optional.of(CALENDAR), published::addAll, unitOfWork, clock, EscalationSamples.POLICY,
          VALIDATOR, new RequestAuthorization(staff, places, EscalationSamples.AUTHORIZATION));
    }

    Request stored(RequestId id) {
      return repository.findById(id).orElseThrow();
    }

    /** Brings a new request to where the command applies; for a report, returns null (nothing exists yet). */
    Request prepare(Command command) {
      if (command == Command.REPORT) {
        return null;
      }
      RequestId id = RequestId.of("R1");
      MustAttendType mustAttend = command == Command.ON_SITE ? MustAttendType.EMERGENCY : null;
      if (command == Command.CLOSE_AS_DUPLICATE) {
        apply(new RequestCommand.Report(next(), ORIGINAL, Actor.citizen(reporter), reporter, PLACE_A, LAND_CATEGORY,
            "a wall blocks the ditch", Urgency.NORMAL, null, null), "report the original");
      }
      apply(new RequestCommand.Report(next(), id, Actor.citizen(reporter), reporter, PLACE_A, LAND_CATEGORY,
          "a wall blocks the ditch", Urgency.NORMAL, mustAttend, null), "report");
      switch (command) {
        case SUSPEND, RESUME, RESOLVE, FEEDBACK, RATE -> {
          accept(id);
          if (command == Command.RESUME) {
            apply(new RequestCommand.Suspend(next(), id, version(id), holderStaff(id), "waiting"), "suspend");
          }
          if (command == Command.FEEDBACK || command == Command.RATE) {
            apply(new RequestCommand.Resolve(next(), id, version(id), holderStaff(id), "done"), "resolve");
          }
          if (command == Command.RATE) {
            apply(new RequestCommand.Feedback(next(), id, version(id), holderStaff(id), "told"), "feedback");
          }
        }
        case ROUTE, RETURN -> {
          for (int i = 0; i < 3; i++) {
            apply(new RequestCommand.Escalate(next(), id, version(id), holderStaff(id), "above us"), "escalate");
          }
          if (command == Command.RETURN) {
            apply(new RequestCommand.Route(next(), id, version(id), holderStaff(id), null), "route");
          }
        }
        default -> { }
      }
      return stored(id);
    }

    private void accept(RequestId id) {
      apply(new RequestCommand.Accept(next(), id, version(id), holderStaff(id), PersonId.of("handler")), "accept");
    }

    private void apply(RequestCommand command, String what) {
      assertThat(service.handle(command)).as("preparing: %s", what).isInstanceOf(CommandOutcome.Applied.class);
    }

    private long version(RequestId id) {
      return stored(id).version();
    }

    private Actor.Staff holderStaff(RequestId id) {
      Request r = stored(id);
      return r.tier() == Tier.DEPARTMENT
          ? (Actor.Staff) EscalationSamples.departmentStaff(LAND)
          : (Actor.Staff) EscalationSamples.staff(r.tier(), PLACE_A);
    }

    /** The staff member who may give the command (for the citizen's commands, the holding office's). */
    Actor.Staff legitimateStaff(Command command, Request before) {
      return before == null ? (Actor.Staff) EscalationSamples.staff(Tier.VILLAGE_GRID, PLACE_A)
          : holderStaff(before.id());
    }

    Actor legitimate(Command command, Request before) {
      return command.citizens() ? Actor.citizen(reporter) : legitimateStaff(command, before);
    }

    CommandOutcome give(Command command, Request r, Actor actor) {
      return service.handle(command(command, r, actor, next()));
    }

    /** The command as {@link #give} gives it, for its kind. */
    RequestCommand sample(Command command, Request r) {
      return command(command, r, Actor.citizen(reporter), CommandId.of("sample"));
    }

    private RequestCommand command(Command command, Request r, Actor actor, CommandId c) {
      if (command == Command.REPORT) {
        return new RequestCommand.Report(c, RequestId.of("R9"), actor, reporter, PLACE_A,
            LAND_CATEGORY, "a wall blocks the ditch", Urgency.NORMAL, null, null);
      }
      RequestId id = r.id();
      long v = r.version();
      return switch (command) {
        case ACCEPT -> new RequestCommand.Accept(c, id, v, actor, PersonId.of("handler"));
        case ESCALATE -> new RequestCommand.Escalate(c, id, v, actor, "above us");
        case SUSPEND -> new RequestCommand.Suspend(c, id, v, actor, "waiting");
        case RESUME -> new RequestCommand.Resume(c, id, v, actor);
        case RESOLVE -> new RequestCommand.Resolve(c, id, v, actor, "done");
        case FEEDBACK -> new RequestCommand.Feedback(c, id, v, actor, "told");
        case ON_SITE -> new RequestCommand.OnSite(c, id, v, actor);
        case ROUTE -> new RequestCommand.Route(c, id, v, actor, null);
        case RETURN -> new RequestCommand.Return(c, id, v, actor, "not ours");
        case RATE -> new RequestCommand.Rate(c, id, v, actor, Rating.SATISFIED);
        case WITHDRAW -> new RequestCommand.Withdraw(c, id, v, actor, "settled");
        case RECATEGORIZE -> new RequestCommand.Recategorize(c, id, v, actor, PENSION_CATEGORY, "about a pension");
        case CLOSE_AS_DUPLICATE -> new RequestCommand.CloseAsDuplicate(c, id, v, actor, ORIGINAL, "reported twice");
        case REPORT -> throw new IllegalStateException("handled above");
      };
    }

    void assertUnchanged(Command command, Request before, int events) {
      assertThat(published).as("no event").hasSize(events);
      if (command == Command.REPORT) {
        assertThat(repository.findById(RequestId.of("R9"))).as("nothing reported").isEmpty();
        return;
      }
      Request after = stored(before.id());
      assertThat(after.version()).as("version").isEqualTo(before.version());
      assertThat(after.history()).as("history").isEqualTo(before.history());
    }

    private CommandId next() {
      return CommandId.of("m-" + ++commands);
    }
  }
}
