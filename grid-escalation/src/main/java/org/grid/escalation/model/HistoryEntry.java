package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.privacy.PersonalData;

/**
 * One entry of a request's append-only history (流转记录): a transition with who, when, which form and why
 * (件件有回音、事事有落实).
 *
 * <p>A {@link TransitionKind#RECATEGORIZED} entry carries the new {@link #category()}; the category before it is
 * the one of the previous {@code RECATEGORIZED} entry, or the report form's when there is none, so a reader walking
 * the history from the report knows the category in force at every entry. A {@link
 * TransitionKind#CLOSED_AS_DUPLICATE} entry carries the original it duplicates ({@link #duplicateOf()}).
 *
 * @param at when, not null
 * @param actor who, not null
 * @param kind the transition, not null
 * @param state the state after the transition, not null
 * @param holder the office holding the request after the transition, not null
 * @param form the form issued with the transition, or null when none was
 * @param reason why, or null when the transition needs no reason
 * @param chargedTo the office a lapse is charged to (automatic escalation, supervision, on-site lapse), or null
 * @param category the category set by a {@link TransitionKind#RECATEGORIZED} entry; null exactly for every other
 *     kind
 * @param duplicateOf the original of a {@link TransitionKind#CLOSED_AS_DUPLICATE} entry; null exactly for every
 *     other kind
 */
public record HistoryEntry(
    Instant at,
    Actor actor,
    TransitionKind kind,
    RequestState state,
    Office holder,
    Form form,
    @PersonalData(PersonalData.Kind.FREE_TEXT) String reason,
    Office chargedTo,
    Category category,
    RequestId duplicateOf) {

  /**
   * Checks the entry.
   *
   * @param at when, not null
   * @param actor who, not null
   * @param kind the transition, not null
   * @param state the state after the transition, not null
   * @param holder the office holding the request after the transition, not null
   * @param form the form issued with the transition, or null when none was
   * @param reason why, or null when the transition needs no reason
   * @param chargedTo the office a lapse is charged to (automatic escalation, supervision, on-site lapse), or null
   * @param category the category set by a {@link TransitionKind#RECATEGORIZED} entry; null exactly for every other
   *     kind
   * @param duplicateOf the original of a {@link TransitionKind#CLOSED_AS_DUPLICATE} entry; null exactly for every
   *     other kind
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException if {@code category} is set on an entry that is not {@code RECATEGORIZED} or
   *     missing on one that is, and likewise {@code duplicateOf} for {@code CLOSED_AS_DUPLICATE}
   */
  public HistoryEntry {
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
    requireNonNull(kind, "kind");
    requireNonNull(state, "state");
    requireNonNull(holder, "holder");
    if ((kind == TransitionKind.RECATEGORIZED) != (category != null)) {
      throw new IllegalArgumentException("category must be set exactly on a RECATEGORIZED entry; kind " + kind
          + ", category " + category);
    }
    if ((kind == TransitionKind.CLOSED_AS_DUPLICATE) != (duplicateOf != null)) {
      throw new IllegalArgumentException("duplicateOf must be set exactly on a CLOSED_AS_DUPLICATE entry; kind "
          + kind + ", duplicateOf " + duplicateOf);
    }
  }

  /**
   * Returns an entry of any kind but {@link TransitionKind#RECATEGORIZED} and {@link
   * TransitionKind#CLOSED_AS_DUPLICATE}, which carry a category or an original.
   *
   * @param at when, not null
   * @param actor who, not null
   * @param kind the transition, not null
   * @param state the state after the transition, not null
   * @param holder the office holding the request after the transition, not null
   * @param form the form issued, or null
   * @param reason why, or null
   * @param chargedTo the office charged, or null
   * @return the entry
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException if {@code kind} needs a category or an original
   */
  public static HistoryEntry of(Instant at, Actor actor, TransitionKind kind, RequestState state, Office holder,
      Form form, String reason, Office chargedTo) {
    return new HistoryEntry(at, actor, kind, state, holder, form, reason, chargedTo, null, null);
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
        + ", category=" + category + ", duplicateOf=" + duplicateOf + "]";
  }
}
