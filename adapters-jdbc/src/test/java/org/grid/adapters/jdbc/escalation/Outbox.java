package org.grid.adapters.jdbc.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.outbox.JdbcOutboxMonitor;
import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.escalation.model.RequestEvent;
import org.grid.testkit.json.JsonSchemas;

/** The outbox as the request tests see it: encoded expectations, a schema-checking sink, draining, counting. */
public final class Outbox {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Outbox() {}

  /**
   * Encodes the events of changes as the publisher stores them: each change's events (consecutive events of one
   * request and version) numbered from 0.
   */
  static List<OutgoingEvent> encoded(List<? extends RequestEvent> events) {
    List<OutgoingEvent> out = new ArrayList<>();
    int position = 0;
    RequestEvent previous = null;
    for (RequestEvent event : events) {
      boolean sameChange = previous != null && previous.requestId().equals(event.requestId())
          && previous.version() == event.version();
      position = sameChange ? position + 1 : 0;
      out.add(RequestCloudEvents.encode(event, position));
      previous = event;
    }
    return out;
  }

  /** Encodes the events of one publish call, numbered from 0. */
  static List<OutgoingEvent> encodedCall(List<? extends RequestEvent> events) {
    List<OutgoingEvent> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      out.add(RequestCloudEvents.encode(events.get(i), i));
    }
    return out;
  }

  /**
   * The schema file of a CloudEvents type, as the repository keeps it (this module's {@code src/main/resources}; the
   * tests run in the module's folder), after checking that the class path (the jar, in the integration tests) ships
   * it too.
   */
  public static Path schema(String type) {
    String resource = "org/grid/events/schema/" + type + ".json";
    URL url = RequestCloudEvents.class.getClassLoader().getResource(resource);
    assertThat(url).as("the schema of %s on the class path", type).isNotNull();
    Path file = Path.of("src", "main", "resources").resolve(resource);
    assertThat(file).as("the schema of %s in the repository", type).isRegularFile();
    return file;
  }

  /** Checks an event's JSON against the schema of its type, and that the attributes match the JSON's. */
  public static void checkAgainstSchema(OutgoingEvent event) {
    try {
      JsonNode json = JSON.readTree(event.json());
      assertThat(JsonSchemas.problems(schema(event.type()), json)).as("event %s", event.id()).isEmpty();
      assertThat(json.get("id").asText()).isEqualTo(event.id());
      assertThat(json.get("type").asText()).isEqualTo(event.type());
      assertThat(json.get("source").asText()).isEqualTo(event.source());
      assertThat(json.get("subject").asText()).isEqualTo(event.subject());
      assertThat(json.get("time").asText()).isEqualTo(event.time().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sink that checks every event against its schema, keeps it, and confirms it. */
  public static EventSink recording(List<OutgoingEvent> into) {
    return events -> {
      events.forEach(Outbox::checkAgainstSchema);
      into.addAll(events);
      return Collections.nCopies(events.size(), DeliveryOutcome.DELIVERED);
    };
  }

  /**
   * Delivers everything pending, checks that each aggregate's events were delivered in the order they were stored,
   * and returns what was delivered in the order it was stored (the relay interleaves aggregates as it likes).
   */
  public static List<OutgoingEvent> drain(DataSource dataSource) {
    List<OutgoingEvent> delivered = new ArrayList<>();
    new OutboxRelay(dataSource, recording(delivered)).drain();
    List<String> stored = storedOrder(dataSource);
    Map<String, List<String>> deliveredByAggregate = new LinkedHashMap<>();
    delivered.forEach(e -> deliveredByAggregate.computeIfAbsent(e.aggregate(), k -> new ArrayList<>()).add(e.id()));
    deliveredByAggregate.forEach((aggregate, ids) -> {
      List<String> inStoreOrder = new ArrayList<>(ids);
      inStoreOrder.sort(Comparator.comparingInt(stored::indexOf));
      assertThat(ids).as("the delivery order of %s", aggregate).isEqualTo(inStoreOrder);
    });
    List<OutgoingEvent> inStoreOrder = new ArrayList<>(delivered);
    inStoreOrder.sort(Comparator.comparingInt(e -> stored.indexOf(e.id())));
    return inStoreOrder;
  }

  /** The event ids of the outbox, in the order they were stored. */
  public static List<String> storedOrder(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT event_id FROM grid_outbox ORDER BY id");
        ResultSet rows = statement.executeQuery()) {
      List<String> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Counts the events not yet delivered. */
  public static long pending(DataSource dataSource) {
    return new JdbcOutboxMonitor(dataSource, Clock.systemUTC()).pendingCount();
  }
}
