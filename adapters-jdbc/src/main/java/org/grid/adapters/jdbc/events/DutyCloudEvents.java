package org.grid.adapters.jdbc.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.grid.core.model.duty.DutyEvent;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.out.OutgoingEvent;

/**
 * A {@link DutyEvent} as a CloudEvent: type {@code org.grid.duty.missed.v1}; id {@code duty/<township>/<key>} with
 * the miss's stable key ({@code MissedDuty.key()}, 64 hex digits), so a miss has one id however often it is
 * reported; aggregate the id (misses have no order among each other); source the township's path, with {@code
 * /villages/<v>} and {@code /grids/<g>} when the duty names them; subject the household, round, event, team,
 * village, person or township the duty concerned (the first of these it names). The data holds ids, codes and the
 * due period; the missed duty's message, which names people, stays in grid.
 */
final class DutyCloudEvents {

  static final String MISSED = "org.grid.duty.missed.v1";

  private DutyCloudEvents() {}

  static OutgoingEvent encode(DutyEvent event) {
    DutyEvent.DutyMissed missed = (DutyEvent.DutyMissed) event;
    MissedDuty duty = missed.duty();
    String county = missed.county().value();
    String township = missed.township().value();
    String id = "duty/" + township + "/" + missed.key();
    StringBuilder source = new StringBuilder(CloudEventEnvelope.townshipPath(county, township));
    duty.village().ifPresent(village -> source.append("/villages/").append(CloudEventEnvelope.segment(village.value())));
    duty.grid().ifPresent(grid -> source.append("/grids/").append(CloudEventEnvelope.segment(grid.value())));
    CloudEventEnvelope envelope =
        new CloudEventEnvelope(id, MISSED, source.toString(), subject(duty, township), county, id, missed.at());
    ObjectNode data = envelope.data();
    data.put("key", missed.key());
    data.put("township", township);
    data.put("rule", duty.rule().name());
    data.put("kind", kind(duty.rule()));
    data.put("period", period(duty.period()));
    duty.grid().ifPresent(grid -> data.put("grid", grid.value()));
    duty.village().ifPresent(village -> data.put("village", village.value()));
    duty.team().ifPresent(team -> data.put("team", team.value()));
    duty.household().ifPresent(household -> data.put("householdId", household.value()));
    duty.entry().ifPresent(entry -> data.put(duty.rule() == DutyRule.MUST_ATTEND_ON_SITE ? "event" : "round",
        entry.value()));
    ArrayNode people = data.putArray("people");
    for (PersonId person : duty.who()) {
      people.add(person.value());
    }
    return envelope.toOutgoing();
  }

  /** What kind of duty a rule asks for. */
  static String kind(DutyRule rule) {
    return switch (rule) {
      case COLLECTIVE_VISIT_ROUNDS -> "ROUND";
      case STATIONED_CADRE_YEARLY_VISIT, PAIRED_MONTHLY_VISIT, MUST_VISIT_IN_ROUND -> "VISIT";
      case MUST_ATTEND_ON_SITE -> "ON_SITE";
      case TEAM_MONTHLY_MEETING, VILLAGE_MONTHLY_MEETING, TOWNSHIP_MONTHLY_MEETING,
          DISTRICT_LEADER_AT_TOWNSHIP_MEETING -> "MEETING";
      case CONTACT_CARD, SUPERVISION_CARD -> "CARD";
    };
  }

  /** A year and a month as they are; the whole reporting period {@code [from, to)} as the interval {@code from/to}. */
  static String period(String period) {
    if (period.startsWith("[") && period.endsWith(")") && period.contains(", ")) {
      return period.substring(1, period.length() - 1).replace(", ", "/");
    }
    return period;
  }

  private static String subject(MissedDuty duty, String township) {
    if (duty.household().isPresent()) {
      return duty.household().get().value();
    } else if (duty.entry().isPresent()) {
      return duty.entry().get().value();
    } else if (duty.team().isPresent()) {
      return duty.team().get().value();
    } else if (duty.village().isPresent()) {
      return duty.village().get().value();
    } else if (!duty.who().isEmpty()) {
      return duty.who().get(0).value();
    }
    return township;
  }
}
