package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.grid.core.port.out.DeliveryOutcome;
import org.junit.jupiter.api.Test;

class PendingConfirmsTest {

  private final PendingConfirms batch = new PendingConfirms(4);

  private void publishAll() {
    batch.published(11, 0, "A");
    batch.refuse(1, "too large");
    batch.published(12, 2, "B");
    batch.published(13, 3, "C");
  }

  @Test
  void aMultipleAckSettlesEveryEarlierMessageAndAReturnedOneIsRejected() throws Exception {
    publishAll();
    batch.returned("B", "unroutable");
    batch.ack(12, true);

    assertThat(batch.await(TimeUnit.MILLISECONDS.toNanos(10))).contains("1 of 4");

    batch.nack(13, false);
    assertThat(batch.await(TimeUnit.SECONDS.toNanos(1))).isNull();
    assertThat(batch.outcomes()).containsExactly(DeliveryOutcome.DELIVERED, new DeliveryOutcome.Rejected("too large"),
        new DeliveryOutcome.Rejected("unroutable"), batch.outcomes().get(3));
    assertThat(batch.outcomes().get(3)).isInstanceOfSatisfying(DeliveryOutcome.Rejected.class,
        r -> assertThat(r.reason()).contains("nack"));
  }

  @Test
  void anAckForAnotherSequenceSettlesNothingElse() throws Exception {
    publishAll();
    batch.ack(13, false);

    assertThat(batch.await(TimeUnit.MILLISECONDS.toNanos(10))).contains("2 of 4");
  }

  @Test
  void aClosedChannelEndsTheWaitAtOnceWithTheReason() throws Exception {
    publishAll();
    new Thread(() -> batch.broken("connection.close (connection): CONNECTION_FORCED")).start();

    long start = System.nanoTime();
    assertThat(batch.await(TimeUnit.SECONDS.toNanos(30))).contains("channel closed", "CONNECTION_FORCED", "3 of 4");
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
  }

  @Test
  void aBatchWithNothingPublishedIsAnsweredAtOnce() throws Exception {
    PendingConfirms refusedOnly = new PendingConfirms(1);
    refusedOnly.refuse(0, "county 'C.1' ...");

    assertThat(refusedOnly.await(0)).isNull();
    assertThat(refusedOnly.outcomes()).containsExactly(new DeliveryOutcome.Rejected("county 'C.1' ..."));
  }
}
