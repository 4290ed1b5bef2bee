package org.grid.cards;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamLevel;

/**
 * What one household's two cards show (一户两卡): the contact card (联系卡) with its grid, the team's members with their
 * positions, roles and phones, the convenience service station and the household's pairer, and the supervision card
 * (监督卡) with the tier above the team that takes complaints and the intake address of a complaint about the team.
 *
 * <p>Names and phones are in clear: a card exists to show them to the household that holds it. {@link #toString()}
 * shows ids only, so a card that reaches a log shows no personal data.
 *
 * @param household the household that holds the cards
 * @param township the township's name
 * @param village the village's id
 * @param villageName the village's name
 * @param grid the household's grid
 * @param team the grid's team
 * @param composedAt the team version the cards show: when the team took its present membership
 * @param members the team's members: leader first, then backbone, then others
 * @param station the team's station; empty when it has none
 * @param pairer the household's pairer (联系结对); empty when unpaired
 * @param supervision what the supervision card shows
 */
public record HouseholdCard(
    HouseholdId household,
    String township,
    VillageId village,
    String villageName,
    GridId grid,
    TeamId team,
    OffsetDateTime composedAt,
    ImmutableList<Member> members,
    Optional<Station> station,
    Optional<Member> pairer,
    Supervision supervision) {

  /**
   * Checks that nothing is null.
   *
   * @param household the household that holds the cards
   * @param township the township's name
   * @param village the village's id
   * @param villageName the village's name
   * @param grid the household's grid
   * @param team the grid's team
   * @param composedAt the team version the cards show: when the team took its present membership
   * @param members the team's members: leader first, then backbone, then others
   * @param station the team's station; empty when it has none
   * @param pairer the household's pairer (联系结对); empty when unpaired
   * @param supervision what the supervision card shows
   * @throws NullPointerException if an argument is null
   */
  public HouseholdCard {
    requireNonNull(household, "household");
    requireNonNull(township, "township");
    requireNonNull(village, "village");
    requireNonNull(villageName, "villageName");
    requireNonNull(grid, "grid");
    requireNonNull(team, "team");
    requireNonNull(composedAt, "composedAt");
    requireNonNull(members, "members");
    requireNonNull(station, "station");
    requireNonNull(pairer, "pairer");
    requireNonNull(supervision, "supervision");
  }

  @Override
  public String toString() {
    return "HouseholdCard[household=" + household + ", grid=" + grid + ", team=" + team + ", composedAt=" + composedAt
        + ", members=" + members.size() + "]";
  }

  /**
   * A person as a card shows them.
   *
   * @param id the person's id
   * @param name the name, in clear
   * @param position 负责人 (leader), 骨干 (backbone), 成员 (member), 信息员 or 结对联系人 (pairer)
   * @param roles the roles and duty roles (六大员) the person holds, in Chinese, separated by 、; may be empty
   * @param phone the phone number in full; empty when the roster has none
   */
  public record Member(PersonId id, String name, String position, String roles, Optional<String> phone) {

    /**
     * Checks that nothing is null.
     *
     * @param id the person's id
     * @param name the name, in clear
     * @param position 负责人 (leader), 骨干 (backbone), 成员 (member), 信息员 or 结对联系人 (pairer)
     * @param roles the roles and duty roles (六大员) the person holds, in Chinese, separated by 、; may be empty
     * @param phone the phone number in full; empty when the roster has none
     * @throws NullPointerException if an argument is null
     */
    public Member {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      requireNonNull(position, "position");
      requireNonNull(roles, "roles");
      requireNonNull(phone, "phone");
    }

    @Override
    public String toString() {
      return "Member[id=" + id + ", position=" + position + "]";
    }
  }

  /**
   * The station as a card shows it.
   *
   * @param place where it is
   * @param hours the opening hours, one line per group of days with the same hours, for example
   *     {@code 周一至周五 08:30-12:00 14:00-17:30}
   * @param onDuty the names of the members on duty there
   */
  public record Station(String place, ImmutableList<String> hours, ImmutableList<String> onDuty) {

    /**
     * Checks that nothing is null.
     *
     * @param place where it is
     * @param hours the opening hours, one line per group of days with the same hours, for example {@code 周一至周五 08:30-12:00 14:00-17:30}
     * @param onDuty the names of the members on duty there
     * @throws NullPointerException if an argument is null
     */
    public Station {
      requireNonNull(place, "place");
      requireNonNull(hours, "hours");
      requireNonNull(onDuty, "onDuty");
    }

    @Override
    public String toString() {
      return "Station[hours=" + hours + ", onDuty=" + onDuty.size() + "]";
    }
  }

  /**
   * What the supervision card shows: who takes a complaint about the team (the tier above it) and where.
   *
   * @param teamLevel the level of the team complained about
   * @param above the tier above, in Chinese (片区网格团队, 乡镇网格团队 or 县网格管理中心)
   * @param aboveTeam the team of the tier above; empty when it has none (the county office)
   * @param aboveLeader that team's leader; empty when it has none
   * @param intake the address of a complaint about the team, with grid and team prefilled
   */
  public record Supervision(
      TeamLevel teamLevel, String above, Optional<TeamId> aboveTeam, Optional<Member> aboveLeader, URI intake) {

    /**
     * Checks that nothing is null.
     *
     * @param teamLevel the level of the team complained about
     * @param above the tier above, in Chinese (片区网格团队, 乡镇网格团队 or 县网格管理中心)
     * @param aboveTeam the team of the tier above; empty when it has none (the county office)
     * @param aboveLeader that team's leader; empty when it has none
     * @param intake the address of a complaint about the team, with grid and team prefilled
     * @throws NullPointerException if an argument is null
     */
    public Supervision {
      requireNonNull(teamLevel, "teamLevel");
      requireNonNull(above, "above");
      requireNonNull(aboveTeam, "aboveTeam");
      requireNonNull(aboveLeader, "aboveLeader");
      requireNonNull(intake, "intake");
    }

    @Override
    public String toString() {
      return "Supervision[aboveTeam=" + aboveTeam + ", intake=" + intake + "]";
    }
  }
}
