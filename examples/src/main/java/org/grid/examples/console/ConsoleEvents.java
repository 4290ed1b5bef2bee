package org.grid.examples.console;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * as delivered, so the outbox drains whether or not a page listens. The relay's thread only queues the notices:
 * each page's stream is written by a thread of the feed's own, one page at a time, so a page that stops reading
 * (its socket full, a write blocked until the server's timeout) holds up neither the relay nor the other pages.
 * A page more than {@value #QUEUED} notices behind is dropped; its browser's EventSource opens a new stream.
 *
 * <p>Each stream holds a connection of the server for as long as the page stays open, so their number is bounded:
 * a user has at most {@value #STREAMS_PER_USER} (one per open console tab; the next ends their oldest, whose
 * browser reconnects by itself), and the application {@value #STREAMS} in all, beyond which a stream is refused
 * until one closes. Without these bounds one signed-in user could hold every connection the server accepts.
 */
public final class ConsoleEvents implements EventSink, AutoCloseable {

  /** The name of the server-sent events of the feed. */
  public static final String EVENT_NAME = "grid";

  /** How long a browser's stream stays open before it reconnects (EventSource does so by itself). */
  static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

  /** The notices a page's stream may have waiting before the page is dropped. */
  static final int QUEUED = 1_000;

  /** The most streams one user has open: a new one beyond this ends their oldest. */
  public static final int STREAMS_PER_USER = 5;

  /** The most streams open in all: a new one beyond this is refused until one closes. */
  public static final int STREAMS = 500;

  private final int streams;
  private final int streamsPerUser;
  /** Guards the count of the open streams and their users when a stream opens. */
  private final Object opening = new Object();

  private final ObjectMapper json = new ObjectMapper();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final AtomicInteger threads = new AtomicInteger();
  private final ExecutorService writers = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "grid-console-feed-" + threads.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  /** One notice of the feed, written as a server-sent event on each page's own thread. */
  private record Notice(String id, String data) {}

  /** An open page: its stream and the notices waiting for it, written in order by one task at a time. */
  private final class Listener implements Runnable {

    private final SseEmitter emitter;
    private final String user;
    private final ArrayBlockingQueue<Notice> waiting = new ArrayBlockingQueue<>(QUEUED);
    private final AtomicBoolean writing = new AtomicBoolean();

    Listener(SseEmitter emitter, String user) {
      this.emitter = emitter;
      this.user = user;
    }

    void offer(Notice notice) {
      if (!waiting.offer(notice)) {
        drop(this, new IllegalStateException("the page is more than " + QUEUED + " notices behind"));
        return;
      }
      schedule();
    }

    private void schedule() {
      if (writing.compareAndSet(false, true)) {
        try {
          writers.execute(this);
        } catch (RejectedExecutionException e) {
          writing.set(false); // closed: the feed is going away with the application
        }
      }
    }

    @Override
    public void run() {
      try {
        for (Notice notice = waiting.poll(); notice != null; notice = waiting.poll()) {
          emitter.send(SseEmitter.event().name(EVENT_NAME).id(notice.id()).data(notice.data()));
        }
      } catch (IOException | IllegalStateException e) {
        drop(this, e);
        return;
      } finally {
        writing.set(false);
      }
      if (!waiting.isEmpty()) {
        schedule(); // queued after the last poll and before the flag was cleared
      }
    }
  }

  /** Creates the feed with the bounds {@value #STREAMS} and {@value #STREAMS_PER_USER}. */
  public ConsoleEvents() {
    this(STREAMS, STREAMS_PER_USER);
  }

  /** Creates the feed with other bounds on its streams (for tests). */
  ConsoleEvents(int streams, int streamsPerUser) {
    if (streams < 1 || streamsPerUser < 1) {
      throw new IllegalArgumentException("streams and streamsPerUser must be at least 1, were " + streams + " and "
          + streamsPerUser);
    }
    this.streams = streams;
    this.streamsPerUser = streamsPerUser;
  }

  /**
   * Opens a stream for one browser of a user. When the user has {@value #STREAMS_PER_USER} open already, the oldest
   * of them ends (its browser reconnects by itself); when the application has {@value #STREAMS} open, none opens.
   *
   * @param user the signed-in user's name, not null
   * @return the emitter, registered until it completes, times out or fails; empty when the application has as many
   *     streams open as it allows
   */
  public Optional<SseEmitter> open(String user) {
    requireNonNull(user, "user");
    SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
    if (!listen(emitter, user)) {
      return Optional.empty();
    }
    try {
      emitter.send(SseEmitter.event().comment("grid console feed"));
    } catch (IOException e) {
      emitter.completeWithError(e);
    }
    return Optional.of(emitter);
  }

  /**
   * Registers a stream for the notices to come, until it completes, times out, fails or falls too far behind; ends
   * the user's oldest stream first when they have as many as they may.
   *
   * @return false, registering nothing, when the application has as many streams open as it allows
   */
  boolean listen(SseEmitter emitter, String user) {
    Listener listener = new Listener(emitter, user);
    synchronized (opening) {
      List<Listener> own = listeners.stream().filter(l -> l.user.equals(user)).toList();
      for (int i = 0; i <= own.size() - streamsPerUser; i++) {
        drop(own.get(i), null);
      }
      if (listeners.size() >= streams) {
        return false;
      }
      listeners.add(listener);
    }
    emitter.onCompletion(() -> listeners.remove(listener));
    emitter.onTimeout(() -> listeners.remove(listener));
    emitter.onError(e -> listeners.remove(listener));
    return true;
  }

  /**
   * Stops queueing for a page and ends its stream on a feed thread: ending it takes the stream's write lock, which a
   * blocked write holds, so the caller (the relay's thread, when the page fell behind) never waits for it. With no
   * error (a user's oldest stream, ended for a newer one) the stream ends normally and its browser reconnects.
   */
  private void drop(Listener listener, Exception why) {
    if (listeners.remove(listener)) {
      try {
        writers.execute(() -> {
          if (why == null) {
            listener.emitter.complete();
          } else {
            listener.emitter.completeWithError(why);
          }
        });
      } catch (RejectedExecutionException e) {
        // closed: the server ends the stream as it stops
      }
    }
  }

  /**
   * Returns how many browsers listen now.
   *
   * @return the count
   */
  public int listeners() {
    return listeners.size();
  }

  /**
   * Queues a notice of each event for every open stream, without waiting for any to be written; a stream that
   * fails or falls too far behind is dropped. With no stream open, no notice is made (reading each event's JSON
   * for a notice nobody gets was most of what the relay's thread did under load).
   *
   * @param events the batch, not empty
   * @return every event delivered
   */
  @Override
  public List<DeliveryOutcome> deliver(List<OutgoingEvent> events) {
    EventSink.requireBatch(events);
    List<DeliveryOutcome> outcomes = new ArrayList<>(events.size());
    if (listeners.isEmpty()) {
      events.forEach(event -> outcomes.add(new DeliveryOutcome.Delivered()));
      return outcomes;
    }
    for (OutgoingEvent event : events) {
      Notice notice = new Notice(event.id(), notice(event));
      for (Listener listener : listeners) {
        listener.offer(notice);
      }
      outcomes.add(new DeliveryOutcome.Delivered());
    }
    return outcomes;
  }

  /**
   * Stops the feed: no notice is queued or written after it, and the open streams end with the server, which stops
   * next (Spring calls this when the application stops). A stream is not completed here, since a blocked write
   * would hold the shutdown.
   */
  @Override
  public void close() {
    writers.shutdownNow();
    listeners.clear();
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
