package org.grid.spring.boot;

import static java.util.Objects.requireNonNull;

import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the outbox relay (事件投递) on grid's schedule: {@link OutboxRelay#drain()} hands the events stored
 * before the run began to the application's {@code EventSink}, batch by batch, until none of them is due or the sink
 * is unavailable; what is stored meanwhile goes in the next run, so under a steady load a run ends and the next comes
 * after the interval. A failure is logged and the next run comes on schedule; claimed events are released or their
 * lease runs out.
 */
public final class GridRelayJob implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(GridRelayJob.class);

  private final OutboxRelay relay;

  /**
   * Creates the job.
   *
   * @param relay the relay, not null
   */
  public GridRelayJob(OutboxRelay relay) {
    this.relay = requireNonNull(relay, "relay");
  }

  /** Drains the outbox once; never throws (a failure is logged). */
  @Override
  public void run() {
    try {
      int delivered = relay.drain();
      if (delivered > 0) {
        LOG.debug("grid's outbox relay delivered {} events", delivered);
      }
    } catch (RuntimeException e) {
      LOG.error("grid's outbox relay failed; the next run comes on schedule", e);
    }
  }
}
