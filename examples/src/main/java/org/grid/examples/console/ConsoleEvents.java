package org.grid.examples.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The console's live feed (实时推送): an {@link EventSink} that the starter's outbox relay delivers grid's events to,
 * and that pushes a short notice of each to every open monitor page as a server-sent event. The notice names the
 * event (its CloudEvents {@code id}, {@code type}, {@code subject} and {@code time}) and, for a request's event, the
 * request's state and tier after it: what the monitor needs to know that its counts changed. Events carry no
 * personal data (docs/events.md), and the notice copies none of their text.
 *
 * <p>Delivery to the browsers is at most once: a page that is closed or slow misses notices, and reads the counts
 * afresh on the next one (the monitor's figures come from the database, never from the feed). Every event counts
 * as delivered, so the outbox drains whether or not a page listens.
 */
public final class ConsoleEvents implements EventSink {

  /** The name of the server-sent events of the feed. */
  public static final String EVENT_NAME = "grid";

  /** How long a browser's stream stays open before it reconnects (EventSource does so by itself). */
  static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

  private final ObjectMapper json = new ObjectMapper();
  private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();

  /**
   * Opens a stream for one browser.
   *
   * @return the emitter, registered until it completes, times out or fails
   */
  public SseEmitter open() {
    SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
    emitters.add(emitter);
    emitter.onCompletion(() -> emitters.remove(emitter));
    emitter.onTimeout(() -> emitters.remove(emitter));
    emitter.onError(e -> emitters.remove(emitter));
    try {
      emitter.send(SseEmitter.event().comment("grid console feed"));
    } catch (IOException e) {
      emitters.remove(emitter);
      emitter.completeWithError(e);
    }
    return emitter;
  }

  /**
   * Returns how many browsers listen now.
   *
   * @return the count
   */
  public int listeners() {
    return emitters.size();
  }

  /**
   * Pushes a notice of each event to every open stream; a stream that fails is dropped.
   *
   * @param events the batch, not empty
   * @return every event delivered
   */
  @Override
  public List<DeliveryOutcome> deliver(List<OutgoingEvent> events) {
    EventSink.requireBatch(events);
    List<DeliveryOutcome> outcomes = new ArrayList<>(events.size());
    for (OutgoingEvent event : events) {
      String notice = notice(event);
      for (SseEmitter emitter : emitters) {
        try {
          emitter.send(SseEmitter.event().name(EVENT_NAME).id(event.id()).data(notice));
        } catch (IOException | IllegalStateException e) {
          emitters.remove(emitter);
          emitter.completeWithError(e);
        }
      }
      outcomes.add(new DeliveryOutcome.Delivered());
    }
    return outcomes;
  }

  /** The notice of one event as JSON: its attributes, and a request's state and tier when it has them. */
  String notice(OutgoingEvent event) {
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("id", event.id());
    notice.put("type", event.type());
    notice.put("subject", event.subject());
    notice.put("time", event.time().toString());
    try {
      JsonNode request = json.readTree(event.json()).path("data").path("request");
      if (request.path("state").isTextual()) {
        notice.put("state", request.path("state").asText());
      }
      if (request.path("tier").isTextual()) {
        notice.put("tier", request.path("tier").asText());
      }
    } catch (IOException e) {
      // The outbox holds valid JSON (docs/events.md); a notice without state and tier still makes pages refresh.
    }
    try {
      return json.writeValueAsString(notice);
    } catch (IOException e) {
      throw new IllegalStateException("a notice of ids and enum names cannot be written as JSON", e);
    }
  }
}
