package org.grid.adapters.rabbitmq;

import static java.util.Objects.requireNonNull;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.LongString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.grid.core.model.privacy.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consumer of grid's events that handles each event once (去重消费者): the example of the consumer side of
 * {@link RabbitMqEventSink}. Delivery is at least once (a relay that crashed or lost the broker mid-batch publishes
 * again), so it drops a message whose event id (the CloudEvents id) it has handled already.
 *
 * <p>The event id: the sink sends it as {@code message-id}, except that an id longer than the 255 bytes of an AMQP
 * message id goes as {@code sha256:} and the hex SHA-256 of its UTF-8, and always sends it whole in the header
 * {@code cloudEvents:id}. The consumer takes the header's id when the message id is that id or, for an id over 255
 * bytes, its digest; otherwise (a header that disagrees, from another producer, or none) the message id is the event
 * id. So a header counts only where the message id vouches for it: another producer's header cannot pass a message
 * off as an event it is not, nor make messages of different message ids one event. Repeats are dropped, and
 * {@link Event#id()} reported, by the id so taken.
 *
 * <p>Use it with manual acknowledgement: {@code channel.basicConsume(queue, false, consumer)}. Each message is
 * acknowledged after it is handled, or is a repeat; a message without a message id is rejected (not requeued). When
 * the handler throws, the message is requeued the first time that happens to its event id and rejected (not
 * requeued) the second time, whether or not the broker marks the message redelivered (it does so as well for a
 * message whose consumer lost its connection before acknowledging it); give the queue a dead-letter exchange
 * ({@code x-dead-letter-exchange}) to keep those. The ids that failed once are remembered in memory, the latest
 * {@code failuresRemembered} of them (the oldest forgotten first), until their event is handled or rejected; an id
 * forgotten, and every id after the consumer restarts, is requeued once more at its next failure. A rejection
 * forgets the id, so each failing id is requeued and rejected in turn: a message that an operator moves back from
 * the dead letters is requeued once more at its next failure, as when it first came, and another copy of an event
 * (a relay's second publication) has a requeue of its own once the first copy was rejected. An event whose handling
 * keeps failing is tried twice for each copy of it in all. Declare the queue durable and bind it to the sink's
 * exchange with the keys you need ({@code C1.#}, {@code *.org.grid.request.#}, ...), as
 * {@link #bindQueue} does.
 */
public final class DeduplicatingEventConsumer extends DefaultConsumer {

  /** What the consumer does with each event, once (事件处理器). */
  @FunctionalInterface
  public interface Handler {

    /**
     * Handles one event.
     *
     * @param event the event as received
     * @throws Exception when the event could not be handled: it is requeued at the first failure of its id, then
     *     rejected
     */
    void handle(Event event) throws Exception;
  }

  /**
   * One event as received (收到的事件).
   *
   * @param id the CloudEvents id: the header {@code cloudEvents:id} when the message id vouches for it, otherwise the
   *     message id (see the class description)
   * @param type the CloudEvents type (the message type)
   * @param subject the CloudEvents subject (header {@code cloudEvents:subject}), or null if absent
   * @param routingKey the routing key, {@code <county>.<type>}
   * @param json the CloudEvents structured-mode JSON
   */
  public record Event(String id, String type, String subject, String routingKey, String json) {

    /** Returns the id, type, subject and routing key, never the JSON (which may carry personal data). */
    @Override
    public String toString() {
      return "Event[id=" + id + ", type=" + type + ", subject=" + subject + ", routingKey=" + routingKey + "]";
    }
  }

  /** How many ids of events whose handling failed once the consumer remembers, unless told otherwise. */
  public static final int DEFAULT_FAILURES_REMEMBERED = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(DeduplicatingEventConsumer.class);
  /**
   * The most characters of a message id or routing key a log line quotes: any producer on the broker sets them, so
   * they are logged masked, their control characters escaped (no forged log lines) and cut.
   */
  private static final int LOGGED = 120;

  private final ProcessedEvents processed;
  private final Handler handler;
  private final AtomicLong handled = new AtomicLong();
  private final AtomicLong repeats = new AtomicLong();
  /** The ids whose handling failed once, oldest first; guarded by itself. */
  private final Map<String, Boolean> failedOnce;

  /**
   * Creates the consumer, remembering the latest {@value #DEFAULT_FAILURES_REMEMBERED} ids that failed once.
   *
   * @param channel the channel it consumes on, not null
   * @param processed the record of handled event ids, not null
   * @param handler what to do with each event, not null
   */
  public DeduplicatingEventConsumer(Channel channel, ProcessedEvents processed, Handler handler) {
    this(channel, processed, handler, DEFAULT_FAILURES_REMEMBERED);
  }

  /**
   * Creates the consumer.
   *
   * @param channel the channel it consumes on, not null
   * @param processed the record of handled event ids, not null
   * @param handler what to do with each event, not null
   * @param failuresRemembered how many ids whose handling failed once to remember (so that their next failure
   *     rejects the message), positive; beyond that the oldest is forgotten
   * @throws IllegalArgumentException if {@code failuresRemembered} is not positive
   */
  public DeduplicatingEventConsumer(Channel channel, ProcessedEvents processed, Handler handler,
      int failuresRemembered) {
    super(requireNonNull(channel, "channel"));
    this.processed = requireNonNull(processed, "processed");
    this.handler = requireNonNull(handler, "handler");
    if (failuresRemembered <= 0) {
      throw new IllegalArgumentException("failuresRemembered must be positive, was " + failuresRemembered);
    }
    this.failedOnce = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > failuresRemembered;
      }
    };
  }

  /**
   * Declares a durable queue and binds it to the sink's exchange (declared durable topic, as the sink does) with
   * each binding key.
   *
   * @param channel the channel, not null
   * @param exchange the sink's exchange, not null
   * @param queue the queue's name, not null
   * @param bindingKeys the binding keys, for example {@code C1.#}; at least one
   * @throws IOException if the broker refuses a declaration
   * @throws IllegalArgumentException if no binding key is given
   */
  public static void bindQueue(Channel channel, String exchange, String queue, String... bindingKeys)
      throws IOException {
    if (bindingKeys.length == 0) {
      throw new IllegalArgumentException("bindingKeys must name at least one key");
    }
    channel.exchangeDeclare(exchange, "topic", true);
    channel.queueDeclare(queue, true, false, false, Map.of());
    for (String key : bindingKeys) {
      channel.queueBind(queue, exchange, key);
    }
  }

  @Override
  public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
      throws IOException {
    long tag = envelope.getDeliveryTag();
    String messageId = properties.getMessageId();
    if (messageId == null || messageId.isBlank()) {
      LOG.warn("rejected a message without message id (routing key {})",
          Masking.forLog(envelope.getRoutingKey(), LOGGED));
      getChannel().basicReject(tag, false);
      return;
    }
    String id = eventId(messageId, properties.getHeaders());
    if (processed.isProcessed(id)) {
      repeats.incrementAndGet();
      LOG.debug("dropped a repeat of event {}", Masking.forLog(id, LOGGED));
      getChannel().basicAck(tag, false);
      return;
    }
    Object subject = properties.getHeaders() == null ? null : properties.getHeaders().get("cloudEvents:subject");
    Event event = new Event(id, properties.getType(), subject == null ? null : subject.toString(),
        envelope.getRoutingKey(), new String(body, StandardCharsets.UTF_8));
    try {
      handler.handle(event);
    } catch (Exception e) {
      boolean requeue;
      synchronized (failedOnce) {
        // Requeued at a first failure, rejected at the next, when the id is forgotten again: the broker holds the
        // rejected message as a dead letter, and a copy of it moved back fails for the first time once more.
        requeue = failedOnce.remove(id) == null;
        if (requeue) {
          failedOnce.put(id, Boolean.TRUE);
        }
      }
      LOG.warn("handling event {} failed ({}); {}", Masking.forLog(id, LOGGED), e.getClass().getSimpleName(),
          requeue ? "requeued once" : "rejected: it failed before");
      getChannel().basicReject(tag, requeue);
      return;
    }
    synchronized (failedOnce) {
      failedOnce.remove(id);
    }
    processed.markProcessed(id);
    handled.incrementAndGet();
    getChannel().basicAck(tag, false);
  }

  /**
   * Returns the event id of a message with a message id: the header {@code cloudEvents:id} when the message id is
   * that id or its digest ({@link MessageIds#names}), otherwise the message id.
   */
  private static String eventId(String messageId, Map<String, Object> headers) {
    String header = headers == null ? null : text(headers.get("cloudEvents:id"));
    if (header == null || header.isBlank()) {
      return messageId;
    }
    if (MessageIds.names(messageId, header)) {
      return header;
    }
    LOG.debug("message id {} does not name the event of header cloudEvents:id {}; the message id is taken",
        Masking.forLog(messageId, LOGGED), Masking.forLog(header, LOGGED));
    return messageId;
  }

  /** Returns a header's value as text: AMQP long strings (as the client gives them) and byte arrays in UTF-8. */
  private static String text(Object value) {
    if (value instanceof LongString longString) {
      return new String(longString.getBytes(), StandardCharsets.UTF_8);
    }
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return value instanceof String string ? string : null;
  }

  /**
   * Returns how many events were handled.
   *
   * @return the count of events handed to the handler successfully
   */
  public long handled() {
    return handled.get();
  }

  /**
   * Returns how many repeats were dropped.
   *
   * @return the count of messages acknowledged without handling because their id was handled before
   */
  public long repeats() {
    return repeats.get();
  }
}
