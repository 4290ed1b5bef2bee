package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.TeamId;

/**
 * A missed duty (未履职事项): who, which household or meeting or event, which rule, which period.
 *
 * @param rule the rule
 * @param who the people who owed the duty; empty when it was owed by a team or village as a whole
 * @param team the team that owed it, if any
 * @param household the household concerned, if any
 * @param entry the round, event or meeting concerned, if any
 * @param period the period the duty was due in: a year ({@code 2025}), a month ({@code 2025-03}) or the whole
 *     reporting period
 * @param message a sentence naming all of the above
 */
public record MissedDuty(
    DutyRule rule,
    ImmutableList<PersonId> who,
    Optional<TeamId> team,
    Optional<HouseholdId> household,
    Optional<EntryId> entry,
    String period,
    String message) {

  /**
   * Checks the record.
   *
   * @throws NullPointerException if an argument is null
   */
  public MissedDuty {
    requireNonNull(rule, "rule");
    requireNonNull(who, "who");
    requireNonNull(team, "team");
    requireNonNull(household, "household");
    requireNonNull(entry, "entry");
    requireNonNull(period, "period");
    requireNonNull(message, "message");
  }

  static MissedDuty of(DutyRule rule, List<PersonId> who, TeamId team, HouseholdId household, EntryId entry,
      String period, String message) {
    return new MissedDuty(rule, ImmutableList.copyOf(who), Optional.ofNullable(team), Optional.ofNullable(household),
        Optional.ofNullable(entry), period, message);
  }

  @Override
  public String toString() {
    return rule + " " + period + ": " + message;
  }
}
