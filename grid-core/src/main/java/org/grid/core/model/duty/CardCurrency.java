package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.team.Team;

/**
 * Whether a household's contact and supervision cards (联系卡、监督卡) are current (卡片时效): a card is current when it
 * is the household's own grid team's and shows the team's present version, {@link Team#composedAt()}: the version its
 * issue recorded ({@link DutyLogEntry.CardIssue#teamVersion()}) or, when none was recorded, any card issued at or
 * after the team's composition. A change of team puts every card of the earlier version out of date, also one
 * printed before the change and handed out after it. {@link Compliance} counts the card duties by
 * this rule; a reissue prints the cards of the households {@link #outOfDate} names. Stateless.
 */
public final class CardCurrency {

  private CardCurrency() {}

  /**
   * Tells whether the latest card a household holds from its team is current.
   *
   * @param latest the latest card of one kind from the household's team, or null when none was issued
   * @param team the household's grid team, not null
   * @return true when the card shows the team's present version (recorded, or issued at or after it)
   * @throws NullPointerException if {@code team} is null
   */
  public static boolean isCurrent(DutyLogEntry.CardIssue latest, Team team) {
    requireNonNull(team, "team");
    if (latest == null || !latest.team().equals(team.id())) {
      return false;
    }
    return latest.teamVersion()
        .map(shown -> shown.isEqual(team.composedAt()))
        .orElse(!latest.at().isBefore(team.composedAt()));
  }

  /**
   * Returns the households that lack a current contact or supervision card from their team at a time: the cards to
   * (re)issue.
   *
   * @param log the duty log, or the part of it that holds the card issues; entries other than cards are ignored
   * @param teamOf each household's grid team; households not in it are not asked about
   * @param at the time the cards are asked about; cards issued after it do not count
   * @return the households without a current card of either kind, in the order of {@code teamOf}'s iteration
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableSet<HouseholdId> outOfDate(
      Collection<DutyLogEntry> log, Map<HouseholdId, Team> teamOf, OffsetDateTime at) {
    requireNonNull(log, "log");
    requireNonNull(teamOf, "teamOf");
    requireNonNull(at, "at");
    Map<HouseholdId, EnumMap<CardKind, DutyLogEntry.CardIssue>> latest = new HashMap<>();
    for (DutyLogEntry entry : log) {
      if (entry instanceof DutyLogEntry.CardIssue card && !card.at().isAfter(at)) {
        Team team = teamOf.get(card.household());
        if (team != null && team.id().equals(card.team())) {
          latest.computeIfAbsent(card.household(), h -> new EnumMap<>(CardKind.class))
              .merge(card.kind(), card, (held, next) -> next.at().isBefore(held.at()) ? held : next);
        }
      }
    }
    ImmutableSet.Builder<HouseholdId> stale = ImmutableSet.builder();
    teamOf.forEach((household, team) -> {
      Map<CardKind, DutyLogEntry.CardIssue> held = latest.getOrDefault(household, new EnumMap<>(CardKind.class));
      for (CardKind kind : CardKind.values()) {
        if (!isCurrent(held.get(kind), team)) {
          stale.add(household);
          return;
        }
      }
    });
    return stale.build();
  }
}
