package org.grid.testkit.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.testkit.escalation.EscalationSamples.at;

import java.util.List;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestFacts;
import org.grid.escalation.model.RequestRecord.Step;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.out.RequestEventPublisher;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RequestEventPublisher}: every adapter's test extends this class and can read back what
 * was published.
 */
public abstract class AbstractRequestEventPublisherContractTest {

  /**
   * For the subclass that JUnit runs, which supplies the publisher under test through {@link #newPublisher()} and what
   * it published through {@link #published(RequestEventPublisher)}.
   */
  protected AbstractRequestEventPublisherContractTest() {}

  /**
   * Returns a new publisher with nothing published.
   *
   * @return the publisher
   */
  protected abstract RequestEventPublisher newPublisher();

  /**
   * Reads back what a publisher of {@link #newPublisher()} published.
   *
   * @param publisher the publisher
   * @return the events in publishing order
   */
  protected abstract List<RequestEvent> published(RequestEventPublisher publisher);

  @Test
  void events_are_kept_in_publishing_order_across_batches() {
    RequestEventPublisher publisher = newPublisher();
    Office village = Office.of(Tier.VILLAGE_GRID, EscalationSamples.PLACE_A);
    RequestFacts open = new RequestFacts(Category.of("land"), EscalationSamples.PLACE_A, village,
        RequestState.REPORTED, Urgency.NORMAL, null, null, Step.of(DeadlineKind.ACCEPT, at("2026-03-03T17:30")),
        null);
    RequestFacts closedFacts = new RequestFacts(Category.of("land"), EscalationSamples.PLACE_A, village,
        RequestState.CLOSED, Urgency.NORMAL, null, PersonId.of("P-handler"), null, null);
    RequestFacts withdrawnFacts = new RequestFacts(Category.of("pension"), EscalationSamples.PLACE_A, village,
        RequestState.WITHDRAWN, Urgency.URGENT, MustAttendType.URGENT_HARDSHIP, null, null, null);
    RequestEvent reported =
        new RequestEvent.RequestReported(RequestId.of("R1"), 1, at("2026-03-02T09:00"), village, false, open);
    RequestEvent closed = new RequestEvent.RequestClosed(RequestId.of("R1"), 5, at("2026-03-04T09:00"),
        Rating.SATISFIED, closedFacts);
    RequestEvent other = new RequestEvent.RequestWithdrawn(RequestId.of("R2"), 2, at("2026-03-04T10:00"), "x",
        withdrawnFacts);
    publisher.publish(List.of(reported));
    publisher.publish(List.of());
    publisher.publish(List.of(closed, other));
    assertThat(published(publisher)).containsExactly(reported, closed, other);
  }

  @Test
  void a_null_batch_is_rejected() {
    assertThatThrownBy(() -> newPublisher().publish(null)).isInstanceOf(NullPointerException.class);
  }
}
