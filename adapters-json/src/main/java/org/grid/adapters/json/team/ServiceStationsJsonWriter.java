package org.grid.adapters.json.team;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grid.adapters.json.JsonInput;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.OpeningHours;
import org.grid.core.model.team.ServiceStation;

/**
 * Writes {@link ServiceStation}s in the service-station format of {@code docs/formats.md}, pretty-printed UTF-8 with
 * Chinese text as it is. The periods of a station that share their hours are written as one entry with their days;
 * what {@link ServiceStationsJsonReader} reads back equals the stations written.
 */
public final class ServiceStationsJsonWriter {

  private ServiceStationsJsonWriter() {}

  /**
   * Returns a writer.
   *
   * @return a writer
   */
  public static ServiceStationsJsonWriter create() {
    return new ServiceStationsJsonWriter();
  }

  /**
   * Returns the stations as JSON text.
   *
   * @param township the township, not null
   * @param stations the stations, all of that township, not null
   * @return the JSON text, ending with a line break
   * @throws IllegalArgumentException if a station is of another township
   */
  public String write(TownshipId township, Collection<ServiceStation> stations) {
    requireNonNull(township, "township");
    ObjectNode root = JsonInput.MAPPER.createObjectNode();
    root.put("township", township.value());
    ArrayNode array = root.putArray("stations");
    for (ServiceStation station : stations) {
      if (!station.township().equals(township)) {
        throw new IllegalArgumentException("station of team " + station.team() + " is of township "
            + station.township() + ", not " + township);
      }
      ObjectNode s = array.addObject().put("team", station.team().value()).put("place", station.place());
      ArrayNode hours = s.putArray("hours");
      Map<List<LocalTime>, List<DayOfWeek>> byHours = new LinkedHashMap<>();
      for (OpeningHours period : station.hours()) {
        byHours.computeIfAbsent(List.of(period.opens(), period.closes()), k -> new ArrayList<>()).add(period.day());
      }
      byHours.forEach((times, days) -> {
        ObjectNode h = hours.addObject();
        ArrayNode d = h.putArray("days");
        days.forEach(day -> d.add(day.name()));
        h.put("opens", times.get(0).toString()).put("closes", times.get(1).toString());
      });
      ArrayNode onDuty = s.putArray("onDuty");
      station.onDuty().forEach(p -> onDuty.add(p.value()));
    }
    try {
      return JsonInput.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
