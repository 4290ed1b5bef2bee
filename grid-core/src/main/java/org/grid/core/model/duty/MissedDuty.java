package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.TeamId;

/**
 * A missed duty (未履职事项): who, which household or meeting or event, which grid or village, which rule, which
 * period, and a sentence naming all of these.
 *
 * <p>A value with the accessors, equality and string form of a record of its nine components. It is not a record
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
  private final GridId grid;
  private final VillageId village;
  private final String period;
  private final Supplier<String> describe;
  /** The message once built; racy single-check caching, safe because strings are immutable. */
  private String message;

  /**
   * Returns a missed duty that names no grid and no village.
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
    this(rule, who, team, household, entry, Optional.empty(), Optional.empty(), period, message);
  }

  /**
   * Returns a missed duty.
   *
   * @param rule the rule
   * @param who the people who owed the duty; empty when it was owed by a team or village as a whole
   * @param team the team that owed it, if any
   * @param household the household concerned, if any
   * @param entry the round, event or meeting concerned, if any
   * @param grid the responsibility grid the duty concerns, if any (a grid's rounds, cards, households and events)
   * @param village the village the duty concerns, if any (the grid's village, or the village of a village meeting)
   * @param period the period the duty was due in: a year ({@code 2025}), a month ({@code 2025-03}) or the whole
   *     reporting period
   * @param message a sentence naming all of the above
   * @throws NullPointerException if an argument is null
   */
  public MissedDuty(DutyRule rule, ImmutableList<PersonId> who, Optional<TeamId> team,
      Optional<HouseholdId> household, Optional<EntryId> entry, Optional<GridId> grid, Optional<VillageId> village,
      String period, String message) {
    this(rule, who, team.orElse(null), household.orElse(null), entry.orElse(null), grid.orElse(null),
        village.orElse(null), period, null, requireNonNull(message, "message"));
  }

  private MissedDuty(DutyRule rule, ImmutableList<PersonId> who, TeamId team, HouseholdId household, EntryId entry,
      GridId grid, VillageId village, String period, Supplier<String> describe, String message) {
    this.rule = requireNonNull(rule, "rule");
    this.who = requireNonNull(who, "who");
    this.team = team;
    this.household = household;
    this.entry = entry;
    this.grid = grid;
    this.village = village;
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
      EntryId entry, GridId grid, VillageId village, String period, Supplier<String> describe) {
    return new MissedDuty(rule, who, team, household, entry, grid, village, period,
        requireNonNull(describe, "describe"), null);
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
   * Returns the responsibility grid the duty concerns, if any: a grid's collective rounds, its stationed cadre's
   * visits, its must-visit households, its must-attend events, its households' cards, a paired household's grid, a
   * village grid team's meetings.
   *
   * @return the grid the duty concerns, if any
   */
  public Optional<GridId> grid() {
    return Optional.ofNullable(grid);
  }

  /**
   * Returns the village the duty concerns, if any: the village of its grid, or of a village meeting.
   *
   * @return the village the duty concerns, if any
   */
  public Optional<VillageId> village() {
    return Optional.ofNullable(village);
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

  /**
   * Returns the duty's stable key (未履职事项标识): 64 lowercase hex digits, the SHA-256 digest of the rule, the due
   * period and what the duty is owed for under that rule, so that computing the same period again, or a longer
   * period that holds it, gives the same key for the same miss. Per rule, besides the rule and the period:
   * collective rounds the grid; a stationed cadre's visit the person and the household; a paired visit the
   * household; a must-visit household in a round the household and the round; a must-attend event the event; a team
   * meeting the team; a village meeting the village; the township's meeting nothing more; a district leader's
   * attendance the person; a card the household. The people who owed a duty of a team (its leader, its members) and
   * the message are not part of it: a change of leader does not make a miss new.
   *
   * @return the key
   */
  public String key() {
    StringBuilder canonical = new StringBuilder(96);
    part(canonical, "rule", rule.name());
    part(canonical, "period", period);
    switch (rule) {
      case COLLECTIVE_VISIT_ROUNDS -> part(canonical, "grid", grid == null ? null : grid.value());
      case STATIONED_CADRE_YEARLY_VISIT -> {
        part(canonical, "person", who.isEmpty() ? null : who.get(0).value());
        part(canonical, "household", household == null ? null : household.value());
      }
      case PAIRED_MONTHLY_VISIT, CONTACT_CARD, SUPERVISION_CARD ->
          part(canonical, "household", household == null ? null : household.value());
      case MUST_VISIT_IN_ROUND -> {
        part(canonical, "household", household == null ? null : household.value());
        part(canonical, "entry", entry == null ? null : entry.value());
      }
      case MUST_ATTEND_ON_SITE -> part(canonical, "entry", entry == null ? null : entry.value());
      case TEAM_MONTHLY_MEETING -> part(canonical, "team", team == null ? null : team.value());
      case VILLAGE_MONTHLY_MEETING -> part(canonical, "village", village == null ? null : village.value());
      case TOWNSHIP_MONTHLY_MEETING -> { }
      case DISTRICT_LEADER_AT_TOWNSHIP_MEETING -> part(canonical, "person", who.isEmpty() ? null : who.get(0).value());
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Appends a named part with its length, so that no two different sets of parts read the same. */
  private static void part(StringBuilder out, String name, String value) {
    out.append(name).append('=');
    if (value == null) {
      out.append('-');
    } else {
      out.append(value.length()).append(':').append(value);
    }
    out.append(';');
  }

  /** Tells whether the other object is a missed duty with equal components, the message included. */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof MissedDuty that && rule == that.rule && who.equals(that.who)
        && Objects.equals(team, that.team) && Objects.equals(household, that.household)
        && Objects.equals(entry, that.entry) && Objects.equals(grid, that.grid)
        && Objects.equals(village, that.village) && period.equals(that.period) && message().equals(that.message());
  }

  /** Returns a hash code of the components other than the message, so that hashing does not build it. */
  @Override
  public int hashCode() {
    return Objects.hash(rule, who, team, household, entry, grid, village, period);
  }

  @Override
  public String toString() {
    return rule + " " + period + ": " + message();
  }
}
