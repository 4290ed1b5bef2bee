package org.grid.adapters.jdbc.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.grid.assessment.model.LineItem;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.ScoreEvent;
import org.grid.core.port.out.OutgoingEvent;

/**
 * A {@link ScoreEvent} as a CloudEvent: type {@code org.grid.score.graded.v1}; id {@code score/<command id>/<rule
 * set>/<subject>/<start>..<end>} (stable when the same command is retried; the period's first day and the first day
 * after it); aggregate {@code score/<rule set>/<subject>}; source
 * the county's path {@code /counties/<c>} (an assessment is the county's); subject the scored subject's id. The data
 * has the total, the points deducted, the points per rule and the grade; the line items' descriptions and evidence
 * stay in grid.
 */
final class ScoreCloudEvents {

  static final String GRADED = "org.grid.score.graded.v1";

  private ScoreCloudEvents() {}

  static OutgoingEvent encode(ScoreEvent event) {
    ScoreEvent.ScoreGraded graded = (ScoreEvent.ScoreGraded) event;
    Score score = graded.score();
    String subject = score.subject().value();
    String aggregate = "score/" + score.ruleSet().value() + "/" + subject;
    // The score's own identity (rule set, subject, period) under its command: a retry gives the same id, and the
    // same command id given for another period gives events of their own rather than ones the outbox drops.
    String days = score.period().start() + ".." + score.period().end();
    CloudEventEnvelope envelope = new CloudEventEnvelope(
        "score/" + graded.commandId() + "/" + score.ruleSet().value() + "/" + subject + "/" + days, GRADED,
        CloudEventEnvelope.countyPath(event.county().value()), subject, event.county().value(), aggregate,
        event.at());
    ObjectNode data = envelope.data();
    data.put("subjectId", subject);
    ObjectNode period = data.putObject("period");
    period.put("start", score.period().start().toString());
    period.put("end", score.period().end().toString());
    data.put("ruleSet", score.ruleSet().value());
    data.put("total", score.total());
    data.put("deducted", score.deducted());
    graded.grade().ifPresent(grade -> data.put("grade", grade.name()));
    ArrayNode lines = data.putArray("lines");
    for (LineItem line : score.lineItems()) {
      ObjectNode node = lines.addObject();
      node.put("rule", line.rule().value());
      node.put("points", line.points());
      node.put("evidenceCount", line.evidence().size());
      node.put("capped", line.capped());
    }
    return envelope.toOutgoing();
  }
}
