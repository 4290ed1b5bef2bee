package org.grid.adapters.inmemory.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.testkit.escalation.EscalationSamples.CALENDAR;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.COUNTY;
import static org.grid.testkit.escalation.EscalationSamples.LAND;
import static org.grid.testkit.escalation.EscalationSamples.LAND_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.PENSION_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_B;
import static org.grid.testkit.escalation.EscalationSamples.POLICY;
import static org.grid.testkit.escalation.EscalationSamples.SOCIAL;
import static org.grid.testkit.escalation.EscalationSamples.ZONE;
import static org.grid.testkit.escalation.EscalationSamples.at;
import static org.grid.testkit.escalation.EscalationSamples.staff;

import jakarta.validation.Validation;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.RefusalReason;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * The engine's side of the two corrections: the routing table and the sweep read the current category, and a
 * duplicate's original is checked against the repository without telling one county about another's requests.
 */
class CorrectionServiceTest {

  private final MutableClock clock = MutableClock.of(at("2026-03-02T09:00"), ZONE);
  private final InMemoryRequestRepository repository = new InMemoryRequestRepository();
  private final RecordingRequestEventPublisher publisher = new RecordingRequestEventPublisher();
  private final RequestService service = new RequestService(repository,
      new InMemoryRoutingTable().put(COUNTY, LAND_CATEGORY, LAND).put(COUNTY, PENSION_CATEGORY, SOCIAL),
      InMemoryWorkCalendars.everywhere(CALENDAR), publisher, InMemoryUnitOfWork.create(), clock, POLICY,
      Validation.buildDefaultValidatorFactory().getValidator(), RequestServiceTest.sampleAuthorization());
  private final AtomicInteger commands = new AtomicInteger();

  private CommandId next() {
    return CommandId.of("c" + commands.incrementAndGet());
  }

  private Request stored(String id) {
    return repository.findById(RequestId.of(id)).orElseThrow();
  }

  private Request report(String id, Place place) {
    CommandOutcome outcome = service.handle(new RequestCommand.Report(next(), RequestId.of(id),
        Actor.citizen(CITIZEN), CITIZEN, place, LAND_CATEGORY, "a wall blocks the ditch", Urgency.NORMAL, null,
        null));
    assertThat(outcome).isInstanceOf(CommandOutcome.Applied.class);
    return stored(id);
  }

  private CommandOutcome recategorize(String id, Category category) {
    Request r = stored(id);
    return service.handle(new RequestCommand.Recategorize(next(), r.id(), r.version(), holderStaff(r), category,
        "it is about a pension"));
  }

  private CommandOutcome closeAsDuplicate(String id, String original) {
    Request r = stored(id);
    return service.handle(new RequestCommand.CloseAsDuplicate(next(), r.id(), r.version(), holderStaff(r),
        RequestId.of(original), "reported twice"));
  }

  private static Actor holderStaff(Request r) {
    return staff(r.tier(), r.report().place());
  }

  private void escalateToTheCountyOffice(String id) {
    for (int i = 0; i < 3; i++) {
      Request r = stored(id);
      assertThat(service.handle(new RequestCommand.Escalate(next(), r.id(), r.version(), holderStaff(r),
          "above us"))).isInstanceOf(CommandOutcome.Applied.class);
    }
    assertThat(stored(id).tier()).isEqualTo(Tier.COUNTY_OFFICE);
  }

  private static RefusalReason reason(CommandOutcome outcome) {
    assertThat(outcome).isInstanceOf(CommandOutcome.Refused.class);
    return ((CommandOutcome.Refused) outcome).reason();
  }

  @Test
  void the_county_office_routes_by_the_current_category() {
    report("R1", PLACE_A);
    assertThat(recategorize("R1", PENSION_CATEGORY)).isInstanceOf(CommandOutcome.Applied.class);
    escalateToTheCountyOffice("R1");
    Request atCounty = stored("R1");

    CommandOutcome routed = service.handle(new RequestCommand.Route(next(), atCounty.id(), atCounty.version(),
        EscalationSamples.staff(Tier.COUNTY_OFFICE, PLACE_A), null));

    assertThat(routed).isInstanceOf(CommandOutcome.Applied.class);
    assertThat(stored("R1").holder().unit()).isEqualTo(SOCIAL.value());
    assertThat(stored("R1").report().category()).isEqualTo(LAND_CATEGORY);
  }

  @Test
  void a_routing_lapse_at_the_county_office_routes_by_the_current_category() {
    report("R1", PLACE_A);
    recategorize("R1", PENSION_CATEGORY);
    escalateToTheCountyOffice("R1");

    // The office lets routing lapse: reminded, then routed by the table when the grace period passes.
    service.processDue(clock.instant().plus(Duration.ofDays(3)));
    service.processDue(clock.instant().plus(Duration.ofDays(6)));

    assertThat(stored("R1").tier()).isEqualTo(Tier.DEPARTMENT);
    assertThat(stored("R1").holder().unit()).isEqualTo(SOCIAL.value());
  }

  @Test
  void recategorizing_publishes_the_previous_and_the_new_category() {
    report("R1", PLACE_A);
    int before = publisher.events().size();

    recategorize("R1", PENSION_CATEGORY);

    assertThat(publisher.events().subList(before, publisher.events().size())).singleElement()
        .isInstanceOfSatisfying(RequestEvent.RequestRecategorized.class, e -> {
          assertThat(e.previous()).isEqualTo(LAND_CATEGORY);
          assertThat(e.category()).isEqualTo(PENSION_CATEGORY);
        });
    assertThat(reason(recategorize("R1", PENSION_CATEGORY))).isEqualTo(RefusalReason.SAME_CATEGORY);
  }

  @Test
  void a_request_of_the_same_county_is_named_as_the_original_and_the_duplicate_leaves_the_sweep() {
    report("R1", PLACE_A);
    report("R2", PLACE_B);

    CommandOutcome outcome = closeAsDuplicate("R2", "R1");

    assertThat(outcome).isInstanceOf(CommandOutcome.Applied.class);
    Request duplicate = stored("R2");
    assertThat(duplicate.state()).isEqualTo(RequestState.DUPLICATE);
    assertThat(duplicate.duplicateOf()).contains(RequestId.of("R1"));
    assertThat(service.overdue(at("2027-01-01T00:00"), 10)).extracting(Request::id)
        .containsExactly(RequestId.of("R1"));
    assertThat(service.countsByState()).containsEntry(RequestState.DUPLICATE, 1L);
    long version = duplicate.version();
    service.processDue(at("2027-01-01T00:00"));
    assertThat(stored("R2").version()).isEqualTo(version);
  }

  /**
   * An original in another county answers exactly as one that does not exist: the same reason and message, so that
   * an office cannot probe which request ids another county has.
   */
  @Test
  void an_original_in_another_county_reads_as_one_that_does_not_exist() {
    report("R1", PLACE_A);
    Place elsewhere = new Place(CountyId.of("C2"), PLACE_A.township(), PLACE_A.district(), PLACE_A.village(),
        PLACE_A.grid());
    assertThat(repository.save(EscalationSamples.reported("R9", elsewhere, clock.instant()), 0)).isTrue();

    CommandOutcome otherCounty = closeAsDuplicate("R1", "R9");
    CommandOutcome unknown = closeAsDuplicate("R1", "R8");

    assertThat(reason(otherCounty)).isEqualTo(RefusalReason.NOT_FOUND);
    assertThat(otherCounty).isEqualTo(new CommandOutcome.Refused(RequestId.of("R1"), RefusalReason.NOT_FOUND,
        ((CommandOutcome.Refused) unknown).message().replace("R8", "R9")));
    assertThat(((CommandOutcome.Refused) unknown).message()).contains("R8").doesNotContain("C2");
    assertThat(stored("R1").state()).isEqualTo(RequestState.REPORTED);
    assertThat(stored("R1").version()).isEqualTo(1);
  }

  @Test
  void an_original_that_is_itself_a_duplicate_or_the_request_itself_is_refused() {
    report("R1", PLACE_A);
    report("R2", PLACE_A);
    report("R3", PLACE_A);
    closeAsDuplicate("R2", "R1");
    int events = publisher.events().size();

    CommandOutcome ofDuplicate = closeAsDuplicate("R3", "R2");
    CommandOutcome ofItself = closeAsDuplicate("R3", "R3");

    assertThat(reason(ofDuplicate)).isEqualTo(RefusalReason.INVALID_ORIGINAL);
    assertThat(((CommandOutcome.Refused) ofDuplicate).message()).contains("R1");
    assertThat(reason(ofItself)).isEqualTo(RefusalReason.INVALID_ORIGINAL);
    assertThat(stored("R3").state()).isEqualTo(RequestState.REPORTED);
    assertThat(publisher.events()).hasSize(events);
    assertThat(closeAsDuplicate("R3", "R1")).isInstanceOf(CommandOutcome.Applied.class);
  }

  /** The request's own rules come first: staff who may not act on it learn nothing about the original. */
  @Test
  void an_office_that_does_not_hold_the_request_is_refused_before_the_original_is_read() {
    report("R1", PLACE_A);
    report("R2", PLACE_A);
    Request r = stored("R2");

    CommandOutcome byDistrict = service.handle(new RequestCommand.CloseAsDuplicate(next(), r.id(), r.version(),
        staff(Tier.DISTRICT_GRID, PLACE_A), RequestId.of("R404"), "reported twice"));

    assertThat(reason(byDistrict)).isEqualTo(RefusalReason.WRONG_TIER);
  }

  @Test
  void a_command_id_retried_with_another_original_or_category_is_refused_as_reused() {
    report("R1", PLACE_A);
    report("R2", PLACE_A);
    report("R3", PLACE_A);
    Request r = stored("R3");
    RequestCommand.CloseAsDuplicate first = new RequestCommand.CloseAsDuplicate(CommandId.of("dup"), r.id(),
        r.version(), holderStaff(r), RequestId.of("R1"), "reported twice");
    assertThat(service.handle(first)).isInstanceOf(CommandOutcome.Applied.class);

    CommandOutcome retried = service.handle(first);
    CommandOutcome reused = service.handle(new RequestCommand.CloseAsDuplicate(CommandId.of("dup"), r.id(),
        r.version(), holderStaff(r), RequestId.of("R2"), "reported twice"));

    assertThat(retried).isInstanceOf(CommandOutcome.Duplicate.class);
    assertThat(reason(reused)).isEqualTo(RefusalReason.COMMAND_ID_REUSED);

    Request r1 = stored("R1");
    RequestCommand.Recategorize pension = new RequestCommand.Recategorize(CommandId.of("cat"), r1.id(),
        r1.version(), holderStaff(r1), PENSION_CATEGORY, "pension");
    assertThat(service.handle(pension)).isInstanceOf(CommandOutcome.Applied.class);
    CommandOutcome otherCategory = service.handle(new RequestCommand.Recategorize(CommandId.of("cat"), r1.id(),
        r1.version(), holderStaff(r1), Category.of("roads"), "pension"));
    assertThat(reason(otherCategory)).isEqualTo(RefusalReason.COMMAND_ID_REUSED);
    assertThat(stored("R1").category()).isEqualTo(PENSION_CATEGORY);
  }

  @Test
  void an_invalid_command_names_its_fields() {
    report("R1", PLACE_A);
    Request r = stored("R1");
    assertThatThrownBy(() -> service.handle(new RequestCommand.CloseAsDuplicate(
            next(), r.id(), r.version(), holderStaff(r), null, " ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("original").hasMessageContaining("reason");
    assertThatThrownBy(() -> service.handle(new RequestCommand.Recategorize(
            next(), r.id(), r.version(), holderStaff(r), null, "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category");
  }
}
