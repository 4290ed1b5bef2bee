package org.grid.testkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.testkit.escalation.EscalationSamples.CALENDAR;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.LAND;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.POLICY;
import static org.grid.testkit.escalation.EscalationSamples.ZONE;
import static org.grid.testkit.escalation.EscalationSamples.at;
import static org.grid.testkit.escalation.EscalationSamples.reported;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.RequestEvidence;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.model.TwoWayAssessment;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RuleContext;

/** Laws of the evidence derived from request histories, on histories the real engine writes. */
class RequestEvidenceProperties {

  private static final Instant MONDAY_0900 = at("2026-03-02T09:00");

  enum Action { SWEEP, ACCEPT, ROUTE, ESCALATE, SUSPEND, RESUME, RESOLVE, FEEDBACK, RATE_SATISFIED, RATE_DISSATISFIED }

  record Step(Action action, int hoursLater) {}

  @Provide
  Arbitrary<List<Step>> walks() {
    // Weighted towards the commands that move a request on, so that most walks reach evidence.
    Arbitrary<Action> action = Arbitraries.frequency(
        Tuple.of(3, Action.SWEEP), Tuple.of(3, Action.ACCEPT), Tuple.of(2, Action.ROUTE),
        Tuple.of(1, Action.ESCALATE), Tuple.of(1, Action.SUSPEND), Tuple.of(1, Action.RESUME),
        Tuple.of(3, Action.RESOLVE), Tuple.of(3, Action.FEEDBACK), Tuple.of(2, Action.RATE_SATISFIED),
        Tuple.of(2, Action.RATE_DISSATISFIED));
    Arbitrary<Step> step = Combinators.combine(action, Arbitraries.integers().between(0, 60)).as(Step::new);
    return step.list().ofMinSize(3).ofMaxSize(40);
  }

  /** Applies the steps in turn, each some hours after the last; a refused command changes nothing. */
  static Request walk(String id, List<Step> steps) {
    Request r = reported(id, PLACE_A, MONDAY_0900);
    Instant now = MONDAY_0900;
    int command = 0;
    for (Step step : steps) {
      now = now.plus(Duration.ofHours(step.hoursLater()));
      RuleContext ctx = new RuleContext(now, CALENDAR, POLICY);
      CommandId cmd = CommandId.of(id + "-" + (++command));
      Actor staff = Actor.staff(PersonId.of("staff"), "网格员", r.holder());
      Actor citizen = Actor.citizen(CITIZEN);
      CommandOutcome outcome = switch (step.action()) {
        case SWEEP -> r.onDeadlines(ctx, LAND).<CommandOutcome>map(a -> a).orElse(null);
        case ACCEPT -> r.accept(cmd, staff, PersonId.of("handler"), ctx);
        case ROUTE -> r.route(cmd, staff, DepartmentId.of("hr-social-security"), LAND, ctx);
        case ESCALATE -> r.escalate(cmd, staff, "beyond this tier", ctx);
        case SUSPEND -> r.suspend(cmd, staff, "material missing", ctx);
        case RESUME -> r.resume(cmd, staff, ctx);
        case RESOLVE -> r.resolve(cmd, staff, "done", ctx);
        case FEEDBACK -> r.deliverFeedback(cmd, staff, "done as asked", ctx);
        case RATE_SATISFIED -> r.rate(cmd, citizen, Rating.SATISFIED, ctx);
        case RATE_DISSATISFIED -> r.rate(cmd, citizen, Rating.DISSATISFIED, ctx);
      };
      if (outcome instanceof CommandOutcome.Applied applied) {
        r = applied.request();
      }
    }
    return r;
  }

  @Property(tries = 300)
  void evidenceIdsAreUniqueDeterministicAndNameTheirRequestAndOnlyOfficesTheHistoryNames(
      @ForAll("walks") List<Step> steps) {
    Request request = walk("R1", steps);

    List<Evidence> evidence = RequestEvidence.of(request, ZONE);
    Statistics.label("evidence types").collect(evidence.stream().map(Evidence::type).distinct().count());
    Statistics.label("lapse").collect(
        evidence.stream().anyMatch(e -> e.type().equals(TwoWayAssessment.ESCALATION_CAUSED)));

    assertThat(RequestEvidence.of(walk("R1", steps), ZONE)).isEqualTo(evidence);
    assertThat(evidence).extracting(Evidence::id).doesNotHaveDuplicates();
    assertThat(evidence).allSatisfy(e -> assertThat(e.id().value()).startsWith("R1/"));
    Set<SubjectId> offices = new HashSet<>();
    Set<SubjectId> people = new HashSet<>();
    for (HistoryEntry entry : request.history()) {
      offices.add(RequestEvidence.subjectOf(entry.holder()));
      if (entry.chargedTo() != null) {
        offices.add(RequestEvidence.subjectOf(entry.chargedTo()));
      }
      if (entry.actor() instanceof Actor.Staff staff) {
        people.add(SubjectId.of(staff.person().value()));
      }
      if (entry.form() instanceof Form.Assignment assignment) {
        people.add(SubjectId.of(assignment.assignee().value()));
      }
    }
    for (Evidence e : evidence) {
      String side = e.attributes().get(RequestEvidence.SIDE);
      if (RequestEvidence.HANDLER.equals(side)) {
        assertThat(e.type()).startsWith("request.");
        assertThat(offices).contains(e.subject());
      } else if (RequestEvidence.REPORTER.equals(side)) {
        assertThat(e.type()).startsWith("report.");
        assertThat(e.subject().value()).isEqualTo(PLACE_A.grid().value());
      } else {
        assertThat(side).isEqualTo(RequestEvidence.STAFF);
        assertThat(people).as("a staff member who acted or was assigned").contains(e.subject());
        assertThat(offices).contains(SubjectId.of(e.attributes().get("office")));
      }
    }
  }

  @Property(tries = 200)
  void aRequestHandledWithinEveryLimitAndClosedSatisfiedYieldsNoDeductionEvidence(
      @ForAll @IntRange(min = 0, max = 7) int acceptAfterHours,
      @ForAll @IntRange(min = 0, max = 72) int resolveAfterHours,
      @ForAll @IntRange(min = 0, max = 4) int sweepsBetween,
      @ForAll boolean basicallySatisfied) {
    // Reported Monday 09:00: accept by Tuesday 17:30; accepted by Monday 16:00, resolve by Thursday 17:30.
    Request r = reported("R2", PLACE_A, MONDAY_0900);
    Instant accepted = MONDAY_0900.plus(Duration.ofHours(acceptAfterHours));
    Instant resolved = accepted.plus(Duration.ofHours(resolveAfterHours));
    Actor staff = Actor.staff(PersonId.of("staff"), "网格员", r.holder());
    // The sweep may run any number of times; before each deadline it finds nothing to do.
    r = sweeps(r, MONDAY_0900, accepted, sweepsBetween);
    r = applied(r.accept(CommandId.of("a"), staff, PersonId.of("handler"), ctx(accepted)));
    r = sweeps(r, accepted, resolved, sweepsBetween);
    r = applied(r.resolve(CommandId.of("b"), staff, "done", ctx(resolved)));
    r = applied(r.deliverFeedback(CommandId.of("c"), staff, "done as asked", ctx(resolved)));
    r = applied(r.rate(CommandId.of("d"), Actor.citizen(CITIZEN),
        basicallySatisfied ? Rating.BASICALLY_SATISFIED : Rating.SATISFIED, ctx(resolved)));

    List<Evidence> evidence = RequestEvidence.of(r, ZONE).stream()
        .filter(e -> RequestEvidence.HANDLER.equals(e.attributes().get(RequestEvidence.SIDE))).toList();

    assertThat(evidence).extracting(Evidence::type).containsExactly(TwoWayAssessment.HELD,
        TwoWayAssessment.ACCEPTED_ON_TIME, TwoWayAssessment.RESOLVED_ON_TIME, TwoWayAssessment.RATED);
    assertThat(evidence.get(3).attributes().get("rating")).isIn("satisfied", "basically-satisfied");
  }

  private static Request sweeps(Request r, Instant from, Instant to, int count) {
    for (int i = 0; i < count; i++) {
      Instant sweepAt = from.plus(Duration.between(from, to).multipliedBy(i).dividedBy(count));
      r = r.onDeadlines(ctx(sweepAt), LAND).map(CommandOutcome.Applied::request).orElse(r);
    }
    return r;
  }

  private static RuleContext ctx(Instant now) {
    return new RuleContext(now, CALENDAR, POLICY);
  }

  private static Request applied(CommandOutcome outcome) {
    assertThat(outcome).isInstanceOf(CommandOutcome.Applied.class);
    return ((CommandOutcome.Applied) outcome).request();
  }
}
