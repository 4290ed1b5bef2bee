package org.grid.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.escalation.model.Fixtures.CITIZEN;
import static org.grid.escalation.model.Fixtures.COUNTY;
import static org.grid.escalation.model.Fixtures.DISTRICT;
import static org.grid.escalation.model.Fixtures.LAND;
import static org.grid.escalation.model.Fixtures.LAND_CATEGORY;
import static org.grid.escalation.model.Fixtures.LAND_DEPT;
import static org.grid.escalation.model.Fixtures.PLACE;
import static org.grid.escalation.model.Fixtures.POLICY;
import static org.grid.escalation.model.Fixtures.REPORTER;
import static org.grid.escalation.model.Fixtures.SOCIAL_DEPT;
import static org.grid.escalation.model.Fixtures.TOWNSHIP;
import static org.grid.escalation.model.Fixtures.VILLAGE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.grid.core.model.team.PersonId;
import org.junit.jupiter.api.Test;

/**
 * {@link Request#refusalOf} is the rule of the commands: on requests driven through many random paths (must-attend
 * ones among them), for every actor and action, an action it allows applies as a command unless the command's own
 * parameters are refused, and an action it refuses is refused by the command with the same reason.
 */
class RefusalOfTest {

  /** The refusals that depend on a command's own parameters, which {@code refusalOf} does not look at. */
  private static final Set<RefusalReason> PARAMETER_REFUSALS = EnumSet.of(RefusalReason.NO_ROUTE,
      RefusalReason.DEPARTMENT_RETURNED, RefusalReason.SAME_CATEGORY, RefusalReason.INVALID_ORIGINAL);

  private static final List<Actor> ACTORS = List.of(VILLAGE, DISTRICT, TOWNSHIP, COUNTY, LAND_DEPT, SOCIAL_DEPT,
      REPORTER, Actor.citizen(PersonId.of("citizen-2")),
      Fixtures.staff("v-other", Tier.VILLAGE_GRID, Fixtures.OTHER_PLACE));

  private static CommandOutcome give(Request r, RequestAction action, Actor actor, RuleContext ctx) {
    CommandId c = Fixtures.nextCommand();
    return switch (action) {
      case ACCEPT -> r.accept(c, actor, PersonId.of("assignee-1"), ctx);
      case ROUTE -> r.route(c, actor, null, LAND, ctx);
      case ESCALATE -> r.escalate(c, actor, "too big for us", ctx);
      case RETURN -> r.returnToCounty(c, actor, "not ours", ctx);
      case SUSPEND -> r.suspend(c, actor, "waiting for papers", ctx);
      case RESUME -> r.resume(c, actor, ctx);
      case RESOLVE -> r.resolve(c, actor, "fixed", ctx);
      case FEEDBACK -> r.deliverFeedback(c, actor, "fixed, told", ctx);
      case ON_SITE -> r.recordOnSite(c, actor, ctx);
      case RECATEGORIZE -> r.recategorize(c, actor, Category.of("pension"), "wrong category", ctx);
      case CLOSE_AS_DUPLICATE -> r.closeAsDuplicate(c, actor, RequestId.of("R-ORIGINAL"), "same matter", ctx);
      case RATE -> r.rate(c, actor, random.nextBoolean() ? Rating.SATISFIED : Rating.DISSATISFIED, ctx);
      case WITHDRAW -> r.withdraw(c, actor, "solved myself", ctx);
    };
  }

  private static final Random random = new Random(20260302L);

  @Test
  void everyActionItAllowsAppliesAndEveryRefusalIsTheCommands() {
    int checked = 0;
    int allowed = 0;
    for (int walk = 0; walk < 120; walk++) {
      MustAttendType mustAttend = walk % 3 == 0 ? MustAttendType.EMERGENCY : null;
      RuleContext ctx = Fixtures.ctx("2026-03-02T09:00");
      Form.Report form = new Form.Report(CITIZEN, PLACE, LAND_CATEGORY, "fence", Urgency.NORMAL, mustAttend, null);
      Request r = ((CommandOutcome.Applied) Request.report(RequestId.of("R-" + walk), Fixtures.nextCommand(),
          REPORTER, form, ctx)).request();
      for (int step = 0; step < 25 && r.state().isOpen(); step++) {
        ctx = new RuleContext(ctx.now().plus(Duration.ofHours(1 + random.nextInt(30))), ctx.calendar(), POLICY);
        if (r.isDue(ctx.now())) {
          r = r.onDeadlines(ctx, LAND).map(CommandOutcome.Applied::request).orElse(r);
        }
        List<Request> next = new ArrayList<>();
        for (Actor actor : ACTORS) {
          for (RequestAction action : RequestAction.values()) {
            java.util.Optional<CommandOutcome.Refused> refusal = r.refusalOf(action, actor, POLICY);
            CommandOutcome outcome = give(r, action, actor, ctx);
            checked++;
            if (refusal.isPresent()) {
              assertThat(outcome).as(action + " by " + actor + " on " + r).isInstanceOf(CommandOutcome.Refused.class);
              assertThat(((CommandOutcome.Refused) outcome).reason()).as(action + " by " + actor + " on " + r)
                  .isEqualTo(refusal.get().reason());
            } else {
              allowed++;
              if (outcome instanceof CommandOutcome.Refused refused) {
                assertThat(refused.reason()).as(action + " by " + actor + " on " + r).isIn(PARAMETER_REFUSALS);
              } else {
                next.add(((CommandOutcome.Applied) outcome).request());
              }
            }
          }
        }
        if (next.isEmpty()) {
          break;
        }
        r = next.get(random.nextInt(next.size()));
      }
    }
    assertThat(checked).isGreaterThan(10_000);
    assertThat(allowed).isGreaterThan(500);
  }
}
