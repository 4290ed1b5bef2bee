package org.grid.assessment.application;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.ScoreEvent;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.port.out.DomainEventPublisher;

/**
 * How the assessment services publish the scores they stored (得分事件发布): one {@link ScoreEvent.ScoreGraded} per
 * score, in the order stored, through a {@link DomainEventPublisher}, stamped with the county and the clock's time.
 */
record ScorePublishing(DomainEventPublisher events, Optional<CountyId> county, Clock clock) {

  ScorePublishing {
    requireNonNull(events, "events");
    requireNonNull(county, "county");
    requireNonNull(clock, "clock");
  }

  /** Publishing nothing: services built without a publisher. */
  static ScorePublishing none() {
    return new ScorePublishing(DomainEventPublisher.none(), Optional.empty(), Clock.systemUTC());
  }

  /** Publishing through {@code events}, for {@code county}, at the clock's time. */
  static ScorePublishing of(DomainEventPublisher events, CountyId county, Clock clock) {
    return new ScorePublishing(requireNonNull(events, "events"), Optional.of(requireNonNull(county, "county")),
        requireNonNull(clock, "clock"));
  }

  /** Publishes ungraded scores (offices, reporters). */
  void scores(String commandId, Collection<Score> scores) {
    if (county.isEmpty()) {
      return;
    }
    List<ScoreEvent> out = new ArrayList<>();
    for (Score score : scores) {
      out.add(new ScoreEvent.ScoreGraded(county.get(), commandId, score, Optional.empty(), clock.instant()));
    }
    events.publish(out);
  }

  /** Publishes graded members' scores, in subject order as they are stored. */
  void graded(String commandId, Collection<GradedMember> graded) {
    if (county.isEmpty()) {
      return;
    }
    List<ScoreEvent> out = new ArrayList<>();
    graded.stream().sorted(java.util.Comparator.comparing(g -> g.score().subject())).forEach(g -> out.add(
        new ScoreEvent.ScoreGraded(county.get(), commandId, g.score(), Optional.of(g.grade()), clock.instant())));
    events.publish(out);
  }
}
