package org.grid.adapters.inmemory.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamEvent;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.junit.jupiter.api.Test;

class RecordingDomainEventPublisherTest {

  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

  private static Team team(String id) {
    return Team.of(TeamId.of(id), TownshipId.of("T1"), new TeamScope.Township(TownshipId.of("T1")), null, Set.of(),
        Set.of(), null, Map.of(), OffsetDateTime.parse("2026-03-02T09:00:00+08:00"));
  }

  @Test
  void recordsEventsInOrderAndByFamily() {
    RecordingDomainEventPublisher publisher = new RecordingDomainEventPublisher();
    TeamEvent formed = new TeamEvent.TeamFormed(CountyId.of("C1"), team("A"), 1, AT);
    TeamEvent changed = new TeamEvent.TeamChanged(CountyId.of("C1"), team("A"), 2, AT);
    DomainEvent other = new DomainEvent() {
      @Override
      public CountyId county() {
        return CountyId.of("C1");
      }

      @Override
      public Instant at() {
        return AT;
      }
    };

    publisher.publish(List.of(formed));
    publisher.publish(List.of(other, changed));
    publisher.publish(List.of());

    assertThat(publisher.events()).containsExactly(formed, other, changed);
    assertThat(publisher.events(TeamEvent.class)).containsExactly(formed, changed);
    assertThat(publisher.events(TeamEvent.TeamChanged.class)).containsExactly((TeamEvent.TeamChanged) changed);
    publisher.clear();
    assertThat(publisher.events()).isEmpty();
  }

  @Test
  void aBatchWithANullEventIsRefusedWhole() {
    RecordingDomainEventPublisher publisher = new RecordingDomainEventPublisher();
    TeamEvent formed = new TeamEvent.TeamFormed(CountyId.of("C1"), team("A"), 1, AT);

    assertThatThrownBy(() -> publisher.publish(Arrays.asList(formed, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("event");
    assertThatThrownBy(() -> publisher.publish(null)).isInstanceOf(NullPointerException.class).hasMessage("events");
    assertThat(publisher.events()).isEmpty();
  }
}
