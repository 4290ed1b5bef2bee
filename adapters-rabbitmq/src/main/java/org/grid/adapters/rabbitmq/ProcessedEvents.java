package org.grid.adapters.rabbitmq;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the events a consumer has already handled (已处理事件登记), by which {@link DeduplicatingEventConsumer}
 * drops repeats. Delivery is at least once, so a consumer whose effects must happen once keeps this record where it
 * keeps its effects, and records an id in the same transaction as the effect (for example a table with the event id
 * as primary key); {@link #inMemory(int)} is enough for effects that are harmless to repeat after a restart.
 */
public interface ProcessedEvents {

  /**
   * Returns whether the event has been handled.
   *
   * @param eventId the event id, not null
   * @return true if {@link #markProcessed} was called with it (and it is still remembered)
   */
  boolean isProcessed(String eventId);

  /**
   * Records that the event has been handled.
   *
   * @param eventId the event id, not null
   */
  void markProcessed(String eventId);

  /**
   * Returns a record in memory that remembers the most recent {@code capacity} ids; thread-safe. A repeat older than
   * that, or after a restart, is handled again.
   *
   * @param capacity how many ids to remember, positive
   * @return the record
   * @throws IllegalArgumentException if {@code capacity} is not positive
   */
  static ProcessedEvents inMemory(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    Map<String, Boolean> recent = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > capacity;
      }
    };
    return new ProcessedEvents() {
      @Override
      public synchronized boolean isProcessed(String eventId) {
        return recent.containsKey(eventId);
      }

      @Override
      public synchronized void markProcessed(String eventId) {
        recent.put(eventId, Boolean.TRUE);
      }
    };
  }
}
