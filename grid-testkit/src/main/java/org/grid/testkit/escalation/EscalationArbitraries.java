package org.grid.testkit.escalation;

import java.time.Duration;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.testkit.escalation.RequestEngineHarness.CommandKind;
import org.grid.testkit.escalation.RequestEngineHarness.Disturbance;

/**
 * jqwik arbitraries of the request engine: places, categories, report commands, and action chains (command
 * sequences with clock advances) over a {@link RequestEngineHarness}.
 */
public final class EscalationArbitraries {

  private EscalationArbitraries() {}

  /**
   * Returns the sample places.
   *
   * @return places of three grids in two districts, one of them with a grid id of the greatest length
   */
  public static Arbitrary<Place> places() {
    return Arbitraries.of(EscalationSamples.PLACE_A, EscalationSamples.PLACE_B, EscalationSamples.PLACE_C);
  }

  /**
   * Returns categories: two with a route in the sample table, one without.
   *
   * @return the categories
   */
  public static Arbitrary<Category> categories() {
    return Arbitraries.of(EscalationSamples.LAND_CATEGORY, EscalationSamples.PENSION_CATEGORY, Category.of("roads"));
  }

  /**
   * Returns must-attend types, mostly none (null).
   *
   * @return the types, null for an ordinary request
   */
  public static Arbitrary<MustAttendType> mustAttend() {
    return Arbitraries.of(MustAttendType.class).injectNull(0.7);
  }

  /**
   * Returns ratings a citizen can give (never {@link Rating#NO_RATING}), dissatisfied often.
   *
   * @return the ratings
   */
  public static Arbitrary<Rating> givenRatings() {
    return Arbitraries.of(Rating.SATISFIED, Rating.BASICALLY_SATISFIED, Rating.DISSATISFIED, Rating.DISSATISFIED);
  }

  /**
   * Returns valid report commands of the sample citizen, with ids {@code R<n>}.
   *
   * @return the commands
   */
  public static Arbitrary<RequestCommand.Report> reportCommands() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 1_000_000), places(), categories(), mustAttend(),
            Arbitraries.of(Urgency.class))
        .as((n, place, category, must, urgency) ->
            new RequestCommand.Report(
                CommandId.of("report-" + n), RequestId.of("R" + n), Actor.citizen(EscalationSamples.CITIZEN),
                EscalationSamples.CITIZEN, place, category, "generated request", urgency, must, null));
  }

  /**
   * Returns action chains over harnesses from a factory: reports (some complaints, some must-attend), commands of
   * every kind (corrections of the category and duplicates too) to existing requests (mostly by the right actor,
   * some by an intruder, with a stale version, or retried), and clock advances followed by a double sweep.
   *
   * @param harness creates a fresh harness per chain
   * @return the chains
   */
  public static ActionChainArbitrary<RequestEngineHarness> engineChains(Supplier<RequestEngineHarness> harness) {
    return ActionChain.<RequestEngineHarness>startWith(harness)
        .withAction(2, reportAction())
        .withAction(8, commandAction())
        .withAction(3, advanceAction());
  }

  private static Action.Independent<RequestEngineHarness> reportAction() {
    return () ->
        Combinators.combine(
                places(), categories(), mustAttend(),
                Arbitraries.of(Tier.class).injectNull(0.8))
            .as((place, category, must, complaint) ->
                Transformer.mutate(
                    "report " + place.grid() + " " + category + " " + must + " complaint:" + complaint,
                    h -> h.report(place, category, must, complaint)));
  }

  private static Action.Independent<RequestEngineHarness> commandAction() {
    Arbitrary<Disturbance> disturbances =
        Arbitraries.frequencyOf(
            Tuple.of(16, Arbitraries.just(Disturbance.NONE)),
            Tuple.of(3, Arbitraries.just(Disturbance.WRONG_ACTOR)),
            Tuple.of(1, Arbitraries.just(Disturbance.STALE_VERSION)),
            Tuple.of(1, Arbitraries.just(Disturbance.RETRY)));
    Arbitrary<DepartmentId> departments =
        Arbitraries.of(EscalationSamples.LAND, EscalationSamples.SOCIAL).injectNull(0.5);
    return () ->
        Combinators.combine(
                Arbitraries.integers().between(0, 1000), Arbitraries.of(CommandKind.class).injectNull(0.6),
                disturbances,
                givenRatings(), departments, categories(), Arbitraries.integers().between(-1, 1000),
                Arbitraries.of(Intruder.class))
            .as((index, kind, disturbance, rating, department, category, original, intruder) ->
                Transformer.mutate(
                    (kind == null ? "NEXT" : kind) + " #" + index + " " + disturbance
                        + (disturbance == Disturbance.WRONG_ACTOR ? " by " + intruder : "") + " " + rating + " "
                        + department + " " + category + " original #" + original,
                    h -> h.command(index, kind, disturbance, rating, department, category, original, intruder)));
  }

  private static Action.Independent<RequestEngineHarness> advanceAction() {
    return () ->
        Arbitraries.of(
                Duration.ofMinutes(30), Duration.ofHours(5), Duration.ofDays(1), Duration.ofDays(3),
                Duration.ofDays(8))
            .map(step -> Transformer.mutate("advance " + step + " and sweep", h -> h.advanceAndSweep(step)));
  }
}
