package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.TeamId;

/**
 * A missed duty (未履职事项): who, which household or meeting or event, which rule, which period, and a sentence
 * naming all of these.
 *
 * <p>A value with the accessors, equality and string form of a record of its seven components. It is not a record
 * because {@link Compliance} builds the sentence only when {@link #message()} is first called: a county's year
 * misses hundreds of thousands of duties, and most reports are counted, filtered or turned into evidence without
 * reading every sentence. Immutable and thread-safe.
 */
public final class MissedDuty {

  private final DutyRule rule;
  private final ImmutableList<PersonId> who;
  private final TeamId team;
  private final HouseholdId household;
  private final EntryId entry;
  private final String period;
  private final Supplier<String> describe;
  /** The message once built; racy single-check caching, safe because strings are immutable. */
  private String message;

  /**
   * Returns a missed duty.
   *
   * @param rule the rule
   * @param who the people who owed the duty; empty when it was owed by a team or village as a whole
   * @param team the team that owed it, if any
   * @param household the household concerned, if any
   * @param entry the round, event or meeting concerned, if any
   * @param period the period the duty was due in: a year ({@code 2025}), a month ({@code 2025-03}) or the whole
   *     reporting period
   * @param message a sentence naming all of the above
   * @throws NullPointerException if an argument is null
   */
  public MissedDuty(DutyRule rule, ImmutableList<PersonId> who, Optional<TeamId> team,
      Optional<HouseholdId> household, Optional<EntryId> entry, String period, String message) {
    this(rule, who, team.orElse(null), household.orElse(null), entry.orElse(null), period, null,
        requireNonNull(message, "message"));
  }

  private MissedDuty(DutyRule rule, ImmutableList<PersonId> who, TeamId team, HouseholdId household, EntryId entry,
      String period, Supplier<String> describe, String message) {
    this.rule = requireNonNull(rule, "rule");
    this.who = requireNonNull(who, "who");
    this.team = team;
    this.household = household;
    this.entry = entry;
    this.period = requireNonNull(period, "period");
    this.describe = describe;
    this.message = message;
  }

  /**
   * Returns a missed duty whose message is built on first use.
   *
   * @param describe builds the message; must give the same non-null sentence on every call and must not hold on
   *     to more than the sentence needs
   */
  static MissedDuty of(DutyRule rule, ImmutableList<PersonId> who, TeamId team, HouseholdId household,
      EntryId entry, String period, Supplier<String> describe) {
    return new MissedDuty(rule, who, team, household, entry, period, requireNonNull(describe, "describe"), null);
  }

  /**
   * Returns the rule.
   *
   * @return the rule
   */
  public DutyRule rule() {
    return rule;
  }

  /**
   * Returns the people who owed the duty; empty when it was owed by a team or village as a whole.
   *
   * @return the people who owed the duty
   */
  public ImmutableList<PersonId> who() {
    return who;
  }

  /**
   * Returns the team that owed the duty, if any.
   *
   * @return the team that owed the duty, if any
   */
  public Optional<TeamId> team() {
    return Optional.ofNullable(team);
  }

  /**
   * Returns the household concerned, if any.
   *
   * @return the household concerned, if any
   */
  public Optional<HouseholdId> household() {
    return Optional.ofNullable(household);
  }

  /**
   * Returns the round, event or meeting concerned, if any.
   *
   * @return the round, event or meeting concerned, if any
   */
  public Optional<EntryId> entry() {
    return Optional.ofNullable(entry);
  }

  /**
   * Returns the period the duty was due in: a year ({@code 2025}), a month ({@code 2025-03}) or the whole reporting
   * period.
   *
   * @return the period the duty was due in
   */
  public String period() {
    return period;
  }

  /**
   * Returns a sentence naming the rule, who, the household, meeting or event, and the period; built on first call.
   *
   * @return a sentence naming the rule, who, the household, meeting or event, and the period
   */
  public String message() {
    String built = message;
    if (built == null) {
      built = requireNonNull(describe.get(), "message");
      message = built;
    }
    return built;
  }

  /** Tells whether the other object is a missed duty with equal components, the message included. */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof MissedDuty that && rule == that.rule && who.equals(that.who)
        && Objects.equals(team, that.team) && Objects.equals(household, that.household)
        && Objects.equals(entry, that.entry) && period.equals(that.period) && message().equals(that.message());
  }

  /** Returns a hash code of the components other than the message, so that hashing does not build it. */
  @Override
  public int hashCode() {
    return Objects.hash(rule, who, team, household, entry, period);
  }

  @Override
  public String toString() {
    return rule + " " + period + ": " + message();
  }
}
