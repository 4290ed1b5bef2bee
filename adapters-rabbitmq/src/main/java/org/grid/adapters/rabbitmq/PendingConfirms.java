package org.grid.adapters.rabbitmq;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.grid.core.port.out.DeliveryOutcome;

/**
 * What the broker has answered about one batch published on one channel: the publish sequence numbers still waiting
 * for a confirm, and the outcome of each answered message. Filled by the client's connection thread (confirms,
 * returns, channel shutdown), awaited by the relay's thread.
 */
final class PendingConfirms {

  private final DeliveryOutcome[] outcomes;
  private final String[] messageIds;
  private final String[] returned;
  private final NavigableMap<Long, Integer> unconfirmed = new TreeMap<>();
  private String broken;

  /**
   * Creates the record of a batch.
   *
   * @param size the number of events in the batch
   */
  PendingConfirms(int size) {
    outcomes = new DeliveryOutcome[size];
    messageIds = new String[size];
    returned = new String[size];
  }

  /** Settles the event at {@code index} without publishing it (refused before sending). */
  synchronized void refuse(int index, String reason) {
    outcomes[index] = new DeliveryOutcome.Rejected(reason);
  }

  /**
   * Records that the event at {@code index} is published with sequence number {@code seq} and message id {@code
   * messageId} (the event id, or its digest when too long for a message id: what a return names it by).
   */
  synchronized void published(long seq, int index, String messageId) {
    unconfirmed.put(seq, index);
    messageIds[index] = messageId;
  }

  /**
   * Settles the event at {@code index}, recorded as published with {@code seq}, as refused after all: the client
   * refused to send it.
   */
  synchronized void unpublished(long seq, int index, String reason) {
    unconfirmed.remove(seq, index);
    outcomes[index] = new DeliveryOutcome.Rejected(reason);
  }

  /** The broker confirmed {@code seq} (and every earlier one, when {@code multiple}). */
  synchronized void ack(long seq, boolean multiple) {
    settle(seq, multiple, null);
  }

  /** The broker refused {@code seq} (and every earlier one, when {@code multiple}). */
  synchronized void nack(long seq, boolean multiple) {
    settle(seq, multiple, "the broker refused the message (basic.nack): a queue rejected it, for instance full "
        + "with overflow reject-publish, or the broker failed to store it");
  }

  private void settle(long seq, boolean multiple, String refusal) {
    Map<Long, Integer> settled = multiple ? unconfirmed.headMap(seq, true) : unconfirmed.subMap(seq, true, seq, true);
    for (Iterator<Integer> it = settled.values().iterator(); it.hasNext(); ) {
      int index = it.next();
      it.remove();
      if (refusal != null) {
        outcomes[index] = new DeliveryOutcome.Rejected(refusal);
      } else if (returned[index] != null) {
        outcomes[index] = new DeliveryOutcome.Rejected(returned[index]);
      } else {
        outcomes[index] = DeliveryOutcome.DELIVERED;
      }
    }
    notifyAll();
  }

  /**
   * The broker returned the message of message id {@code messageId} as unroutable (it sends the return before the
   * message's confirm); the first unconfirmed event published with that message id is marked.
   */
  synchronized void returned(String messageId, String reason) {
    for (int index : unconfirmed.values()) {
      if (messageIds[index].equals(messageId) && returned[index] == null) {
        returned[index] = reason;
        return;
      }
    }
  }

  /** The channel closed: the batch's unconfirmed events will never be answered. */
  synchronized void broken(String why) {
    if (broken == null) {
      broken = why;
    }
    notifyAll();
  }

  /**
   * Waits until every published event is answered, the channel breaks, or the timeout passes.
   *
   * @param timeoutNanos the longest wait
   * @return null when every event is answered, otherwise why not (channel closed, or how many are unanswered)
   * @throws InterruptedException if the waiting thread is interrupted
   */
  synchronized String await(long timeoutNanos) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutNanos;
    while (!unconfirmed.isEmpty() && broken == null) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return unconfirmed.size() + " of " + outcomes.length + " events not confirmed within "
            + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms";
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return unconfirmed.isEmpty() ? null : "channel closed before the broker confirmed "
        + unconfirmed.size() + " of " + outcomes.length + " events: " + broken;
  }

  /** Returns the outcomes, in the order of the batch; call after {@link #await} returned null. */
  synchronized List<DeliveryOutcome> outcomes() {
    List<DeliveryOutcome> list = new ArrayList<>(outcomes.length);
    for (DeliveryOutcome outcome : outcomes) {
      if (outcome == null) {
        throw new IllegalStateException("an event of the batch has no outcome");
      }
      list.add(outcome);
    }
    return List.copyOf(list);
  }
}
