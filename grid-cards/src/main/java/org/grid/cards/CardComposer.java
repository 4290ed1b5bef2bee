package org.grid.cards;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.DutyRole;
import org.grid.core.model.team.OpeningHours;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.ServiceStation;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;

/**
 * Composes the contact and supervision cards (联系卡、监督卡) of every household of a township from a {@link
 * CardSource}: what each card shows, before it is laid out on a sheet ({@link CardSheets}). Stateless.
 */
public final class CardComposer {

  private CardComposer() {}

  /**
   * Composes the cards of every household in the register, in the register's order.
   *
   * @param source what the cards are made from, not null
   * @param purpose the purpose the names are printed in clear for, not null (the cards exist to show them)
   * @return one card per household; a person whose personal data was erased is named {@link Person#ERASED_NAME}
   *     and printed without a phone
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a household lies in no grid, or a grid with households has no village grid
   *     team; the message names the household or grid
   */
  public static ImmutableList<HouseholdCard> compose(CardSource source, Purpose purpose) {
    requireNonNull(source, "source");
    requireNonNull(purpose, "purpose");
    Map<UnitId, ServedGrid> gridOfUnit = new HashMap<>();
    source.grids().forEach(grid -> grid.units().forEach(unit -> gridOfUnit.put(unit, grid)));
    Map<GridId, Team> villageTeams = new HashMap<>();
    Map<Object, Team> upper = new HashMap<>();
    for (Team team : source.teams()) {
      if (team.scope() instanceof TeamScope.VillageGrid grid) {
        villageTeams.put(grid.grid(), team);
      } else if (team.scope() instanceof TeamScope.District district) {
        upper.put(district.district(), team);
      } else if (team.scope() instanceof TeamScope.Township township) {
        upper.put(township.township(), team);
      }
    }
    Map<TeamId, ServiceStation> stations = new HashMap<>();
    source.stations().forEach(s -> stations.put(s.team(), s));
    Map<HouseholdId, PersonId> pairers = new HashMap<>();
    for (Pairing pairing : source.pairings()) {
      pairers.put(pairing.household(), pairing.pairer());
    }
    Map<PersonId, Person> people = source.roster().byId();
    Namer namer = new Namer(people, source.phones(), purpose);

    List<HouseholdCard> cards = new ArrayList<>();
    for (Household household : source.register().households()) {
      ServedGrid grid = gridOfUnit.get(household.unit());
      if (grid == null) {
        throw new IllegalArgumentException("household " + household.id() + " lies in unit " + household.unit()
            + ", which no grid covers");
      }
      Team team = villageTeams.get(grid.id());
      if (team == null) {
        throw new IllegalArgumentException("grid " + grid.id() + " has no village grid team to print cards for");
      }
      Village village = source.township().village(grid.village()).orElseThrow(() ->
          new IllegalArgumentException("grid " + grid.id() + " names village " + grid.village()
              + ", which township " + source.township().id() + " does not have"));
      Optional<HouseholdCard.Station> station = Optional.ofNullable(stations.get(team.id()))
          .map(s -> new HouseholdCard.Station(s.place(), hours(s.hours()),
              s.onDuty().stream().map(namer::name).collect(ImmutableList.toImmutableList())));
      Optional<HouseholdCard.Member> pairer = Optional.ofNullable(pairers.get(household.id()))
          .map(p -> namer.member(p, "结对联系人", team));
      Team above = upper.get(grid.district());
      if (above == null) {
        above = upper.get(source.township().id());
      }
      String aboveName = above == null ? "县网格管理中心" : Labels.team(above.level());
      Team aboveTeam = above;
      HouseholdCard.Supervision supervision = new HouseholdCard.Supervision(team.level(), aboveName,
          Optional.ofNullable(above).map(Team::id),
          Optional.ofNullable(above).flatMap(Team::leader).map(l -> namer.member(l, "负责人", aboveTeam)),
          source.intake().complaintAbout(grid.id(), team.id(), team.level()));
      cards.add(new HouseholdCard(household.id(), source.township().name(), village.id(), village.name(), grid.id(),
          team.id(), team.composedAt(), members(team, namer), station, pairer, supervision));
    }
    return ImmutableList.copyOf(cards);
  }

  private static ImmutableList<HouseholdCard.Member> members(Team team, Namer namer) {
    ImmutableList.Builder<HouseholdCard.Member> members = ImmutableList.builder();
    team.leader().ifPresent(leader -> members.add(namer.member(leader, "负责人", team)));
    team.backbone().forEach(p -> members.add(namer.member(p, "骨干", team)));
    team.others().forEach(p -> members.add(namer.member(p, "成员", team)));
    return members.build();
  }

  /** Groups the days with the same hours: {@code 周一至周五 08:30-12:00 14:00-17:30}, {@code 周六 09:00-11:00}. */
  static ImmutableList<String> hours(List<OpeningHours> hours) {
    Map<DayOfWeek, String> byDay = new LinkedHashMap<>();
    for (OpeningHours period : hours) {
      byDay.merge(period.day(), period.opens() + "-" + period.closes(), (a, b) -> a + " " + b);
    }
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    List<DayOfWeek> run = new ArrayList<>();
    String runHours = null;
    for (DayOfWeek day : DayOfWeek.values()) {
      String h = byDay.get(day);
      boolean continues = h != null && h.equals(runHours) && !run.isEmpty()
          && run.get(run.size() - 1).plus(1) == day;
      if (!continues && !run.isEmpty()) {
        lines.add(days(run) + " " + runHours);
        run.clear();
      }
      if (h != null) {
        run.add(day);
        runHours = h;
      }
    }
    if (!run.isEmpty()) {
      lines.add(days(run) + " " + runHours);
    }
    return lines.build();
  }

  private static String days(List<DayOfWeek> run) {
    String first = Labels.day(run.get(0));
    if (run.size() == 1) {
      return first;
    }
    return first + (run.size() == 2 ? "、" : "至") + Labels.day(run.get(run.size() - 1));
  }

  /** Names people in clear for the purpose, with their roles and phones (none for a person erased). */
  private record Namer(Map<PersonId, Person> people, Map<PersonId, String> phones, Purpose purpose) {

    String name(PersonId id) {
      Person person = people.get(id);
      return person == null ? id.value() : person.nameInClear(purpose);
    }

    HouseholdCard.Member member(PersonId id, String position, Team team) {
      Person person = people.get(id);
      StringJoiner roles = new StringJoiner("、");
      if (person != null) {
        for (Role role : person.roles()) {
          roles.add(Labels.role(role));
        }
      }
      if (team.informationOfficer().map(id::equals).orElse(false)) {
        roles.add("信息员");
      }
      for (Map.Entry<DutyRole, PersonId> duty : team.dutyRoles().entrySet()) {
        if (duty.getValue().equals(id)) {
          roles.add(Labels.duty(duty.getKey()));
        }
      }
      // An erased person's phone is theirs as much as the name was: not printed, whatever the roster file still says.
      Optional<String> phone = person != null && person.isErased() ? Optional.empty()
          : Optional.ofNullable(phones.get(id));
      return new HouseholdCard.Member(id, name(id), position, roles.toString(), phone);
    }
  }
}
