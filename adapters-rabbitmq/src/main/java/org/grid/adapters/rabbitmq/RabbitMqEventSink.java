package org.grid.adapters.rabbitmq;

import static java.util.Objects.requireNonNull;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BlockedListener;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConfirmListener;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RabbitMQ event sink (RabbitMQ 事件投递端): publishes each event the outbox relay hands it to a durable topic
 * exchange, as a persistent AMQP message in CloudEvents structured mode, and waits for the broker's publisher
 * confirms.
 *
 * <ul>
 *   <li><b>Exchange</b>: {@link RabbitMqSinkSettings#exchange()}, declared as a durable topic exchange on every new
 *       channel (so a broker that lost it gets it back; one declared otherwise makes the sink unavailable, named).
 *   <li><b>Routing key</b>: {@code <county>.<type>}, for example {@code C1.org.grid.request.reported.v1}: bind
 *       {@code C1.#} for one county, {@code *.org.grid.request.#} for every county's request events, {@code #} for
 *       all.
 *   <li><b>Message</b>: the event's JSON in UTF-8 as body; content type {@value #CONTENT_TYPE}; delivery mode 2
 *       (persistent); message id = event id, or, for an id longer than the 255 bytes of an AMQP message id,
 *       {@code sha256:} and the lowercase hex SHA-256 of the id's UTF-8 (stable across copies, so repeats are still
 *       recognised by it); type = event type; timestamp = event time (seconds); app id {@code grid}; headers {@code
 *       cloudEvents:id} (the full event id, whatever its length), {@code cloudEvents:type}, {@code
 *       cloudEvents:source}, {@code cloudEvents:subject}, {@code cloudEvents:time} and {@code
 *       cloudEvents:specversion} (as the CloudEvents AMQP binding names them), so consumers can filter without
 *       parsing the body.
 *   <li><b>Outcomes</b>: confirmed (ack) and not returned → {@link DeliveryOutcome.Delivered}; returned as unroutable
 *       (the mandatory flag is set: no queue is bound for the key) → {@link DeliveryOutcome.Rejected} with the
 *       broker's reply; nacked → {@code Rejected}; larger than {@link RabbitMqSinkSettings#maxMessageBytes()} or a
 *       county that cannot be a routing-key word, or attributes the client cannot encode (headers larger than a
 *       frame) → {@code Rejected} without being sent.
 *       A broker whose {@code max_message_size} is below that setting closes the channel on a larger message: that
 *       batch is reported
 *       unavailable, the sink learns the broker's limit from its reply, and from then on rejects larger events
 *       before sending them, so the relay's retry delivers the rest.
 *   <li><b>Unavailable</b>: no connection, a connection being recovered, the broker blocking publishers (memory or
 *       disk alarm), a channel closed mid-batch, or confirms not all in within {@link
 *       RabbitMqSinkSettings#confirmTimeout()} → {@link EventSink.SinkUnavailableException}; some events of that
 *       batch may have reached the broker, and the relay hands them again (consumers drop repeats by event id, as
 *       {@link DeduplicatingEventConsumer} does).
 *   <li><b>Recovery</b>: the connection is opened on the first {@link #deliver} (and again while none could be opened),
 *       then recovered automatically by the client every {@link RabbitMqSinkSettings#recoveryInterval()}.
 * </ul>
 *
 * <p>One channel in confirm mode carries every batch; the events of a batch are published one after the other and
 * their confirms awaited together, so a batch costs about one round trip to the broker. {@link #deliver} is
 * synchronized: one batch at a time per instance, as the port asks; give each relay thread a sink of its own for more.
 * Resource alarms: the broker tells a connection it is blocked when the connection next publishes, so the first batch
 * after a memory or disk alarm waits out the confirm timeout; later batches are refused at once until the alarm
 * clears. Known limit: a batch too large for the socket's buffers can block while writing to a blocked connection
 * until the broker unblocks it.
 */
public final class RabbitMqEventSink implements EventSink, AutoCloseable {

  /** The content type of every message: CloudEvents structured mode in JSON. */
  public static final String CONTENT_TYPE = "application/cloudevents+json";

  private static final Logger LOG = LoggerFactory.getLogger(RabbitMqEventSink.class);
  private static final int PERSISTENT = 2;
  private static final Pattern BROKER_LIMIT = Pattern.compile("larger than configured max size (\\d+)");

  private final RabbitMqSinkSettings settings;
  private final ConnectionFactory factory;
  private Connection connection;
  private Channel channel;
  /** The batch being published, and the channel it is published on; null between batches. */
  private volatile Publishing pending;
  private volatile String blockedBecause;
  private volatile int brokerMaxMessageBytes = Integer.MAX_VALUE;
  private boolean closed;

  /**
   * Creates a sink; it connects on its first {@link #deliver}.
   *
   * @param settings where and how to publish, not null
   */
  public RabbitMqEventSink(RabbitMqSinkSettings settings) {
    this.settings = requireNonNull(settings, "settings");
    this.factory = new ConnectionFactory();
    factory.setHost(settings.host());
    factory.setPort(settings.port());
    factory.setVirtualHost(settings.virtualHost());
    factory.setUsername(settings.username());
    factory.setPassword(settings.password());
    factory.setConnectionTimeout(millis(settings.connectionTimeout()));
    factory.setHandshakeTimeout(millis(settings.connectionTimeout()));
    factory.setChannelRpcTimeout(millis(settings.confirmTimeout()));
    factory.setShutdownTimeout(millis(settings.confirmTimeout()));
    factory.setAutomaticRecoveryEnabled(true);
    factory.setTopologyRecoveryEnabled(true);
    factory.setNetworkRecoveryInterval(settings.recoveryInterval().toMillis());
    factory.setRequestedHeartbeat(30);
  }

  private static int millis(java.time.Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
  }

  /**
   * Publishes the batch and waits for the broker's confirms (see the class description for what becomes of each
   * event).
   *
   * @throws NullPointerException if {@code events} or one of them is null; nothing of the batch is published
   * @throws IllegalArgumentException if {@code events} is empty
   * @throws IllegalStateException if the sink is closed
   * @throws SinkUnavailableException if the broker cannot be reached, blocks publishers, closes the channel or does
   *     not confirm in time
   */
  @Override
  public synchronized List<DeliveryOutcome> deliver(List<OutgoingEvent> events) {
    EventSink.requireBatch(events);
    if (closed) {
      throw new IllegalStateException("the RabbitMQ event sink is closed");
    }
    String blocked = blockedBecause;
    if (blocked != null) {
      throw unavailable("the broker blocks publishing (" + blocked + ")", null);
    }
    Channel publishing = openChannel();
    PendingConfirms batch = new PendingConfirms(events.size());
    pending = new Publishing(publishing, batch);
    try {
      for (int i = 0; i < events.size(); i++) {
        publish(publishing, batch, i, events.get(i));
      }
      String unanswered = batch.await(settings.confirmTimeout().toNanos());
      if (unanswered != null) {
        discardChannel();
        throw unavailable(unanswered, null);
      }
      return batch.outcomes();
    } catch (IOException | ShutdownSignalException e) {
      discardChannel();
      throw unavailable("publishing failed: " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      discardChannel();
      throw unavailable("interrupted while waiting for the broker's confirms", e);
    } finally {
      pending = null;
    }
  }

  private void publish(Channel publishing, PendingConfirms batch, int index, OutgoingEvent event)
      throws IOException {
    String refusal = RoutingKeys.refusal(event);
    byte[] body = event.json().getBytes(StandardCharsets.UTF_8);
    int brokerLimit = brokerMaxMessageBytes;
    if (refusal == null && body.length > settings.maxMessageBytes()) {
      refusal = "event of " + body.length + " bytes is larger than the " + settings.maxMessageBytes()
          + " bytes allowed (maxMessageBytes)";
    } else if (refusal == null && body.length > brokerLimit) {
      refusal = "event of " + body.length + " bytes is larger than the " + brokerLimit
          + " bytes the broker accepts (its max_message_size)";
    }
    if (refusal != null) {
      batch.refuse(index, refusal);
      return;
    }
    String messageId = MessageIds.of(event.id());
    long seq = publishing.getNextPublishSeqNo();
    batch.published(seq, index, messageId);
    try {
      publishing.basicPublish(settings.exchange(), RoutingKeys.of(event), true, properties(event, messageId), body);
    } catch (IllegalArgumentException e) {
      // The client refused to encode the message (its headers larger than a frame, say) before sending anything.
      batch.unpublished(seq, index, "the AMQP client cannot encode the message: " + e.getMessage());
    }
  }

  private static AMQP.BasicProperties properties(OutgoingEvent event, String messageId) {
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("cloudEvents:specversion", "1.0");
    headers.put("cloudEvents:id", event.id());
    headers.put("cloudEvents:type", event.type());
    headers.put("cloudEvents:source", event.source());
    headers.put("cloudEvents:subject", event.subject());
    headers.put("cloudEvents:time", event.time().toString());
    return new AMQP.BasicProperties.Builder()
        .contentType(CONTENT_TYPE)
        .deliveryMode(PERSISTENT)
        .messageId(messageId)
        .type(event.type())
        .timestamp(Date.from(event.time()))
        .appId("grid")
        .headers(headers)
        .build();
  }

  private Channel openChannel() {
    if (channel != null && channel.isOpen()) {
      return channel;
    }
    discardChannel();
    if (connection == null) {
      connection = connect();
    }
    if (!connection.isOpen()) {
      throw unavailable("the connection is down; the client is recovering it", null);
    }
    try {
      Channel opened = connection.createChannel();
      if (opened == null) {
        throw unavailable("the broker allows no more channels on this connection", null);
      }
      opened.confirmSelect();
      opened.exchangeDeclare(settings.exchange(), BuiltinExchangeType.TOPIC, true);
      opened.addConfirmListener(new ConfirmListener() {
        @Override
        public void handleAck(long seq, boolean multiple) {
          PendingConfirms batch = batchOn(opened);
          if (batch != null) {
            batch.ack(seq, multiple);
          }
        }

        @Override
        public void handleNack(long seq, boolean multiple) {
          PendingConfirms batch = batchOn(opened);
          if (batch != null) {
            batch.nack(seq, multiple);
          }
        }
      });
      opened.addReturnListener(returned -> {
        PendingConfirms batch = batchOn(opened);
        if (batch != null && returned.getProperties().getMessageId() != null) {
          batch.returned(returned.getProperties().getMessageId(), "the broker returned the message as unroutable ("
              + returned.getReplyCode() + " " + returned.getReplyText() + "): no queue is bound to exchange '"
              + returned.getExchange() + "' for routing key '" + returned.getRoutingKey() + "'");
        }
      });
      opened.addShutdownListener(cause -> {
        learnBrokerLimit(cause);
        PendingConfirms batch = batchOn(opened);
        if (batch != null) {
          batch.broken(describe(cause));
        }
      });
      channel = opened;
      return opened;
    } catch (IOException | ShutdownSignalException e) {
      throw unavailable("opening a channel and declaring exchange '" + settings.exchange() + "' failed: "
          + describe(e), e);
    }
  }

  /**
   * The batch being published on a channel, or null: a channel given up on (its confirms timed out) may still answer
   * while it is being aborted, and its sequence numbers, which every channel starts at 1, would settle the next
   * batch's events on the new channel (an unconfirmed event taken for delivered), or its close fail that batch.
   */
  private PendingConfirms batchOn(Channel on) {
    Publishing publishing = pending;
    return publishing != null && publishing.channel() == on ? publishing.batch() : null;
  }

  /** A batch and the channel it is published on. */
  private record Publishing(Channel channel, PendingConfirms batch) {}

  private Connection connect() {
    try {
      Connection opened = factory.newConnection(settings.connectionName());
      opened.addBlockedListener(new BlockedListener() {
        @Override
        public void handleBlocked(String reason) {
          blockedBecause = reason;
          LOG.warn("RabbitMQ blocks publishing on {}:{} ({})", settings.host(), settings.port(), reason);
        }

        @Override
        public void handleUnblocked() {
          blockedBecause = null;
          LOG.info("RabbitMQ publishing unblocked on {}:{}", settings.host(), settings.port());
        }
      });
      opened.addShutdownListener(cause -> {
        if (!cause.isInitiatedByApplication()) {
          LOG.warn("RabbitMQ connection to {}:{} lost: {}", settings.host(), settings.port(), describe(cause));
        }
      });
      if (opened instanceof Recoverable recoverable) {
        recoverable.addRecoveryListener(new RecoveryListener() {
          @Override
          public void handleRecovery(Recoverable recovered) {
            blockedBecause = null;
            LOG.info("RabbitMQ connection to {}:{} recovered", settings.host(), settings.port());
          }

          @Override
          public void handleRecoveryStarted(Recoverable recovering) {
            LOG.info("RabbitMQ connection to {}:{}: recovery started", settings.host(), settings.port());
          }
        });
      }
      LOG.info("connected to RabbitMQ at {}:{}{} to publish to exchange '{}'", settings.host(), settings.port(),
          settings.virtualHost(), settings.exchange());
      return opened;
    } catch (IOException | TimeoutException e) {
      throw unavailable("cannot connect to RabbitMQ at " + settings.host() + ":" + settings.port() + " (virtual host '"
          + settings.virtualHost() + "'): " + describe(e), e);
    }
  }

  /**
   * Learns the broker's {@code max_message_size} from the channel error it closes a channel with when a message is
   * larger ("PRECONDITION_FAILED - message size N is larger than configured max size M"), so that the relay's retry of
   * the batch rejects that event before sending it and delivers the others, instead of failing the batch forever.
   */
  private void learnBrokerLimit(ShutdownSignalException cause) {
    if (cause.isHardError() || !(cause.getReason() instanceof AMQP.Channel.Close close)) {
      return;
    }
    Matcher matcher = BROKER_LIMIT.matcher(String.valueOf(close.getReplyText()));
    if (close.getReplyCode() == AMQP.PRECONDITION_FAILED && matcher.find()) {
      int limit = (int) Math.min(Long.parseLong(matcher.group(1)), Integer.MAX_VALUE);
      if (limit >= brokerMaxMessageBytes) {
        return;
      }
      brokerMaxMessageBytes = limit;
      LOG.warn("RabbitMQ at {}:{} accepts messages up to {} bytes (its max_message_size), less than maxMessageBytes "
          + "{}: larger events are rejected before sending; lower maxMessageBytes to match", settings.host(),
          settings.port(), limit, settings.maxMessageBytes());
    }
  }

  private static String describe(Throwable failure) {
    if (failure instanceof ShutdownSignalException signal && signal.getReason() != null) {
      return signal.getReason().protocolMethodName() + (signal.isHardError() ? " (connection)" : " (channel)")
          + ": " + signal.getMessage();
    }
    String message = failure.getMessage();
    if (message == null && failure.getCause() != null) {
      return describe(failure.getCause());
    }
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private SinkUnavailableException unavailable(String why, Throwable cause) {
    LOG.warn("RabbitMQ event sink unavailable: {}", why);
    return new SinkUnavailableException(why, cause);
  }

  /**
   * Forgets the channel and aborts it on a thread of its own: aborting waits for the broker's close-ok, which a broker
   * that blocks the connection or does not answer sends late or never, and the relay must not wait for that.
   */
  private void discardChannel() {
    Channel old = channel;
    channel = null;
    if (old != null) {
      Thread aborting = new Thread(() -> {
        try {
          old.abort();
        } catch (IOException | RuntimeException e) {
          LOG.debug("aborting a broken channel failed", e);
        }
      }, "grid-rabbitmq-channel-abort");
      aborting.setDaemon(true);
      aborting.start();
    }
  }

  /**
   * Returns the settings the sink publishes with.
   *
   * @return the settings (their {@code toString} hides the password)
   */
  public RabbitMqSinkSettings settings() {
    return settings;
  }

  /** Closes the channel and the connection; later {@link #deliver} calls throw {@link IllegalStateException}. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    discardChannel();
    if (connection != null) {
      try {
        connection.close(millis(settings.confirmTimeout()));
      } catch (IOException | RuntimeException e) {
        LOG.debug("closing the RabbitMQ connection failed", e);
        connection.abort();
      }
      connection = null;
    }
  }
}
