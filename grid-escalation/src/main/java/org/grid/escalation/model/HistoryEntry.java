package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.privacy.PersonalData;

/**
 * One entry of a request's append-only history (流转记录): a transition with who, when, which form and why
 * (件件有回音、事事有落实).
 *
 * @param at when, not null
 * @param actor who, not null
 * @param kind the transition, not null
 * @param state the state after the transition, not null
 * @param holder the office holding the request after the transition, not null
 * @param form the form issued with the transition, or null when none was
 * @param reason why, or null when the transition needs no reason
 * @param chargedTo the office a lapse is charged to (automatic escalation, supervision, on-site lapse), or null
 */
public record HistoryEntry(
    Instant at,
    Actor actor,
    TransitionKind kind,
    RequestState state,
    Office holder,
    Form form,
    @PersonalData(PersonalData.Kind.FREE_TEXT) String reason,
    Office chargedTo) {

  /**
   * Checks the entry.
   *
   * @throws NullPointerException if a required argument is null
   */
  public HistoryEntry {
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
    requireNonNull(kind, "kind");
    requireNonNull(state, "state");
    requireNonNull(holder, "holder");
  }

  /**
   * Returns the entry with its reason masked ({@link Masking#text}).
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "HistoryEntry[at=" + at + ", actor=" + actor.describe() + ", kind=" + kind + ", state=" + state
        + ", holder=" + holder + ", form=" + form + ", reason=" + Masking.text(reason) + ", chargedTo=" + chargedTo
        + "]";
  }
}
