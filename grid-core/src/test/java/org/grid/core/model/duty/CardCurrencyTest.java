package org.grid.core.model.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.junit.jupiter.api.Test;

class CardCurrencyTest {

  private static final OffsetDateTime CHANGED = OffsetDateTime.parse("2025-03-01T00:00:00+08:00");
  private static final HouseholdId H1 = HouseholdId.of("H1");
  private static final HouseholdId H2 = HouseholdId.of("H2");
  private static final HouseholdId H3 = HouseholdId.of("H3");

  private static Team team(String id, OffsetDateTime composedAt) {
    return Team.of(TeamId.of(id), TownshipId.of("T1"), new TeamScope.VillageGrid(GridId.of("N1"), VillageId.of("V1")),
        PersonId.of("P1"), Set.of(), Set.of(), null, Map.of(), composedAt);
  }

  private static DutyLogEntry.CardIssue card(HouseholdId household, String team, CardKind kind, String at) {
    return new DutyLogEntry.CardIssue(household, TeamId.of(team), kind, OffsetDateTime.parse(at));
  }

  @Test
  void aTeamChangeMakesEarlierCardsOutOfDateAndOnlyBothCurrentKindsFromTheOwnTeamCount() {
    Team team = team("TEAM-N1", CHANGED);
    Map<HouseholdId, Team> teamOf = new LinkedHashMap<>();
    teamOf.put(H1, team);
    teamOf.put(H2, team);
    teamOf.put(H3, team);
    List<DutyLogEntry> log = List.of(
        // H1: both cards reissued after the change
        card(H1, "TEAM-N1", CardKind.CONTACT, "2025-01-05T10:00:00+08:00"),
        card(H1, "TEAM-N1", CardKind.CONTACT, "2025-03-01T00:00:00+08:00"),
        card(H1, "TEAM-N1", CardKind.SUPERVISION, "2025-03-02T10:00:00+08:00"),
        // H2: the supervision card predates the change
        card(H2, "TEAM-N1", CardKind.CONTACT, "2025-03-02T10:00:00+08:00"),
        card(H2, "TEAM-N1", CardKind.SUPERVISION, "2025-02-28T10:00:00+08:00"),
        // H3: the cards are another team's
        card(H3, "TEAM-N2", CardKind.CONTACT, "2025-03-02T10:00:00+08:00"),
        card(H3, "TEAM-N2", CardKind.SUPERVISION, "2025-03-02T10:00:00+08:00"));

    assertThat(CardCurrency.outOfDate(log, teamOf, OffsetDateTime.parse("2025-04-01T00:00:00+08:00")))
        .containsExactly(H2, H3);
    assertThat(CardCurrency.outOfDate(log, teamOf, OffsetDateTime.parse("2025-03-01T12:00:00+08:00")))
        .as("a card issued after the time asked about does not count").containsExactly(H1, H2, H3);
    assertThat(CardCurrency.outOfDate(log, Map.of(H1, team("TEAM-N1", OffsetDateTime.parse(
        "2025-03-05T00:00:00+08:00"))), OffsetDateTime.parse("2025-04-01T00:00:00+08:00")))
        .as("a later change of team makes H1's cards stale too").containsExactly(H1);
  }

  @Test
  void aRecordedTeamVersionDecidesOverTheIssueTime() {
    Team team = team("TEAM-N1", CHANGED);
    DutyLogEntry.CardIssue printedBeforeHandedAfter = new DutyLogEntry.CardIssue(H1, TeamId.of("TEAM-N1"),
        CardKind.CONTACT, OffsetDateTime.parse("2025-03-05T10:00:00+08:00"),
        java.util.Optional.of(OffsetDateTime.parse("2025-01-01T00:00:00+08:00")));
    DutyLogEntry.CardIssue showsThePresentVersion = new DutyLogEntry.CardIssue(H1, TeamId.of("TEAM-N1"),
        CardKind.CONTACT, OffsetDateTime.parse("2025-03-05T10:00:00+08:00"),
        java.util.Optional.of(CHANGED.withOffsetSameInstant(java.time.ZoneOffset.UTC)));

    assertThat(CardCurrency.isCurrent(printedBeforeHandedAfter, team)).isFalse();
    assertThat(CardCurrency.isCurrent(showsThePresentVersion, team)).as("the same instant in another offset").isTrue();
  }

  @Test
  void isCurrentNeedsACardOfTheTeamAtOrAfterItsComposition() {
    Team team = team("TEAM-N1", CHANGED);
    assertThat(CardCurrency.isCurrent(null, team)).isFalse();
    assertThat(CardCurrency.isCurrent(card(H1, "TEAM-N1", CardKind.CONTACT, "2025-03-01T00:00:00+08:00"), team))
        .isTrue();
    assertThat(CardCurrency.isCurrent(card(H1, "TEAM-N1", CardKind.CONTACT, "2025-02-28T23:59:59+08:00"), team))
        .isFalse();
    assertThat(CardCurrency.isCurrent(card(H1, "TEAM-N9", CardKind.CONTACT, "2025-03-02T00:00:00+08:00"), team))
        .isFalse();
  }
}
