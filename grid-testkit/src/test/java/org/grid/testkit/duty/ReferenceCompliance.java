package org.grid.testkit.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.duty.Compliance;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.duty.TownshipDuties;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;

/**
 * The straightforward computation of duty compliance, kept as a test oracle for {@link Compliance}: the log grouped
 * once in hash maps keyed by records, every missed duty's message built at once. It is the algorithm of {@code
 * Compliance} before it was rewritten for speed, using only public API, so that the faster one can be held to the
 * same report, message for message ({@link ComplianceReferenceProperties}). Change the two together.
 */
final class ReferenceCompliance {

  private ReferenceCompliance() {}

  static ComplianceReport compute(
      TownshipDuties duties, Iterable<? extends DutyLogEntry> log, DutyPeriod period, DutyPolicy policy) {
    return new Run(duties, period, policy).compute(log);
  }

  private record RoundHousehold(EntryId round, HouseholdId household) {}

  private record HostMonth(MeetingHost host, YearMonth month) {}

  private record Card(HouseholdId household, TeamId team, CardKind kind) {}

  private static final class Run {
    private final TownshipDuties duties;
    private final DutyPeriod period;
    private final DutyPolicy policy;
    private final Map<PersonId, Person> people;
    private final Map<DutyRule, int[]> tallies = new EnumMap<>(DutyRule.class);
    private final List<MissedDuty> missed = new ArrayList<>();

    private final Map<PersonId, Integer> personIndex = new HashMap<>();
    private final Map<HouseholdId, Integer> householdIndex = new HashMap<>();
    private final Map<List<Integer>, Integer> visits = new HashMap<>();
    private final Set<RoundHousehold> roundVisits = new HashSet<>();
    private final Map<GridId, List<DutyLogEntry.VisitRound>> rounds = new LinkedHashMap<>();
    private final List<DutyLogEntry.MustAttendEvent> events = new ArrayList<>();
    private final Map<EntryId, List<DutyLogEntry.Attendance>> attendances = new HashMap<>();
    private final Map<HostMonth, Integer> meetings = new HashMap<>();
    private final Map<YearMonth, Set<PersonId>> townshipAttendees = new HashMap<>();
    private final Map<Card, OffsetDateTime> cards = new HashMap<>();

    private final List<YearMonth> months;
    private final List<Year> years;
    private final Map<GridId, Team> teamOfGrid = new HashMap<>();
    private final Map<GridId, List<Household>> householdsOfGrid = new HashMap<>();

    Run(TownshipDuties duties, DutyPeriod period, DutyPolicy policy) {
      this.duties = duties;
      this.period = period;
      this.policy = policy;
      this.people = duties.roster().byId();
      this.months = period.wholeMonths();
      this.years = period.wholeYears();
      for (Person person : duties.roster().people()) {
        personIndex.put(person.id(), personIndex.size());
      }
      for (Household household : duties.register().households()) {
        householdIndex.put(household.id(), householdIndex.size());
      }
      for (DutyRule rule : DutyRule.values()) {
        tallies.put(rule, new int[2]);
      }
      for (Team team : duties.teams()) {
        if (team.scope() instanceof TeamScope.VillageGrid grid) {
          teamOfGrid.putIfAbsent(grid.grid(), team);
        }
      }
      Map<UnitId, GridId> gridOfUnit = new HashMap<>();
      for (ServedGrid grid : duties.grids()) {
        grid.units().forEach(unit -> gridOfUnit.put(unit, grid.id()));
        householdsOfGrid.put(grid.id(), new ArrayList<>());
      }
      for (Household household : duties.register().households()) {
        GridId grid = gridOfUnit.get(household.unit());
        if (grid != null) {
          householdsOfGrid.get(grid).add(household);
        }
      }
    }

    ComplianceReport compute(Iterable<? extends DutyLogEntry> log) {
      index(log);
      collectiveRounds();
      stationedCadreVisits();
      pairedMonthlyVisits();
      mustVisitInRounds();
      mustAttend();
      meetings();
      cards();
      Map<DutyRule, Tally> result = new EnumMap<>(DutyRule.class);
      tallies.forEach((rule, counts) -> result.put(rule, new Tally(counts[0], counts[1])));
      return new ComplianceReport(period, ImmutableMap.copyOf(result), ImmutableList.copyOf(missed));
    }

    private void index(Iterable<? extends DutyLogEntry> log) {
      // a round, event or meeting repeated exactly under its id counts once; a different entry under a used id is
      // refused (Compliance names it; here it is only told apart)
      Map<EntryId, DutyLogEntry> identified = new HashMap<>();
      for (DutyLogEntry entry : log) {
        requireNonNull(entry, "log entry");
        EntryId id = entry instanceof DutyLogEntry.VisitRound round ? round.id()
            : entry instanceof DutyLogEntry.MustAttendEvent event ? event.id()
            : entry instanceof DutyLogEntry.Meeting meeting ? meeting.id() : null;
        if (id != null) {
          DutyLogEntry first = identified.putIfAbsent(id, entry);
          if (first != null && !first.equals(entry)) {
            throw new IllegalArgumentException("id " + id + " names two different entries");
          }
          if (first != null) {
            continue;
          }
        }
        if (entry instanceof DutyLogEntry.CardIssue card) {
          if (card.at().isBefore(period.to())) {
            cards.merge(new Card(card.household(), card.team(), card.kind()), card.at(),
                (a, b) -> a.isAfter(b) ? a : b);
          }
          continue;
        }
        if (entry instanceof DutyLogEntry.Visit visit) {
          // a round visit counts for its round wherever it falls; the round itself must lie in the period. A visitor
          // on no roster does no duty.
          if (personIndex.containsKey(visit.visitor())) {
            visit.round().ifPresent(round -> roundVisits.add(new RoundHousehold(round, visit.household())));
          }
        } else if (entry instanceof DutyLogEntry.Attendance attendance) {
          // an arrival counts for its event wherever it falls; the event itself must lie in the period
          attendances.computeIfAbsent(attendance.event(), e -> new ArrayList<>()).add(attendance);
          continue;
        }
        if (!period.contains(entry.at())) {
          continue;
        }
        if (entry instanceof DutyLogEntry.Visit visit) {
          // a visit by someone not on the roster or to a household not registered counts for no duty
          Integer person = personIndex.get(visit.visitor());
          Integer household = householdIndex.get(visit.household());
          if (person != null && household != null) {
            YearMonth month = monthOf(visit.at());
            visits.merge(List.of(person, household, month.getYear() * 12 + month.getMonthValue() - 1), 1,
                Integer::sum);
          }
        } else if (entry instanceof DutyLogEntry.VisitRound round) {
          rounds.computeIfAbsent(round.grid(), g -> new ArrayList<>()).add(round);
        } else if (entry instanceof DutyLogEntry.MustAttendEvent event) {
          // an event of a grid the duties do not have is no duty here
          if (duties.grids().stream().anyMatch(grid -> grid.id().equals(event.grid()))) {
            events.add(event);
          }
        } else if (entry instanceof DutyLogEntry.Meeting meeting) {
          YearMonth month = monthOf(meeting.at());
          meetings.merge(new HostMonth(meeting.host(), month), 1, Integer::sum);
          if (meeting.host() instanceof MeetingHost.OfTownship) {
            townshipAttendees.computeIfAbsent(month, m -> new HashSet<>()).addAll(meeting.attendees());
          }
        }
      }
    }

    private void collectiveRounds() {
      for (ServedGrid grid : duties.grids()) {
        Team team = teamOfGrid.get(grid.id());
        for (Year year : years) {
          int held = 0;
          for (DutyLogEntry.VisitRound round : rounds.getOrDefault(grid.id(), List.of())) {
            if (monthOf(round.at()).getYear() == year.getValue()) {
              held++;
            }
          }
          int due = policy.collectiveRoundsPerYear();
          int done = Math.min(held, due);
          count(DutyRule.COLLECTIVE_VISIT_ROUNDS, due, done);
          if (done < due) {
            miss(DutyRule.COLLECTIVE_VISIT_ROUNDS, leaderOf(team), team, null, null, grid, year.toString(),
                teamName(team, grid.id()) + " held " + held + " of " + due + " collective visit rounds (集中走访) in "
                    + year);
          }
        }
      }
    }

    private void stationedCadreVisits() {
      for (ServedGrid grid : duties.grids()) {
        Team team = teamOfGrid.get(grid.id());
        if (team == null) {
          continue;
        }
        for (PersonId member : team.members()) {
          Person person = people.get(member);
          if (person == null || !person.holds(Role.VILLAGE_STATIONED_CADRE)) {
            continue;
          }
          for (Year year : years) {
            for (Household household : householdsOfGrid.get(grid.id())) {
              int made = 0;
              for (int m = 1; m <= 12; m++) {
                made += visitsIn(member, household.id(), year.getValue() * 12 + m - 1);
              }
              int due = policy.stationedCadreVisitsPerYear();
              count(DutyRule.STATIONED_CADRE_YEARLY_VISIT, due, Math.min(made, due));
              if (made < due) {
                miss(DutyRule.STATIONED_CADRE_YEARLY_VISIT, List.of(member), team, household.id(), null, grid,
                    year.toString(), person + ", village-stationed cadre (驻村干部) of " + teamName(team, grid.id())
                        + ", made " + made + " of " + due + " visits to household " + household.id() + " in " + year);
              }
            }
          }
        }
      }
    }

    private void pairedMonthlyVisits() {
      Map<HouseholdId, Household> households = new HashMap<>();
      duties.register().households().forEach(h -> households.put(h.id(), h));
      for (Pairing pairing : duties.pairings()) {
        Household household = households.get(pairing.household());
        Person pairer = people.get(pairing.pairer());
        if (household == null || pairer == null || household.careTags(Purpose.RULEBOOK_DUTIES).stream().noneMatch(policy.monthlyVisitTags()::contains)) {
          continue;
        }
        if (!pairer.holdsAny(policy.monthlyVisitRoles()) && !(policy.monthlyVisitByPartyMembers() && pairer.party().isMember())) {
          continue;
        }
        for (YearMonth month : months) {
          int made = visitsIn(pairer.id(), household.id(), month.getYear() * 12 + month.getMonthValue() - 1);
          int due = policy.pairedVisitsPerMonth();
          count(DutyRule.PAIRED_MONTHLY_VISIT, due, Math.min(made, due));
          if (made < due) {
            miss(DutyRule.PAIRED_MONTHLY_VISIT, List.of(pairer.id()), null, household.id(), null,
                gridOfUnit(household.unit()), month.toString(),
                pairer + " made " + made + " of " + due + " visits to paired household " + household.id()
                    + " in " + month);
          }
        }
      }
    }

    private void mustVisitInRounds() {
      if (!policy.mustVisitEveryRound()) {
        return;
      }
      for (ServedGrid grid : duties.grids()) {
        Team team = teamOfGrid.get(grid.id());
        for (DutyLogEntry.VisitRound round : rounds.getOrDefault(grid.id(), List.of())) {
          for (Household household : householdsOfGrid.get(grid.id())) {
            if (!household.mustVisit()) {
              continue;
            }
            boolean done = roundVisits.contains(new RoundHousehold(round.id(), household.id()));
            count(DutyRule.MUST_VISIT_IN_ROUND, 1, done ? 1 : 0);
            if (!done) {
              miss(DutyRule.MUST_VISIT_IN_ROUND, leaderOf(team), team, household.id(), round.id(), grid,
                  monthOf(round.at()).toString(), "must-visit (五必访) household " + household.id()
                      + " was not visited in round " + round.id() + " of "
                      + teamName(team, grid.id()));
            }
          }
        }
      }
    }

    private void mustAttend() {
      for (DutyLogEntry.MustAttendEvent event : events) {
        Team team = teamOfGrid.get(event.grid());
        Duration limit = policy.onSiteLimits().get(event.kind());
        OffsetDateTime deadline = event.at().plus(limit);
        boolean done = false;
        for (DutyLogEntry.Attendance attendance : attendances.getOrDefault(event.id(), List.of())) {
          if (team != null && team.hasMember(attendance.person()) && !attendance.at().isBefore(event.at())
              && !attendance.at().isAfter(deadline)) {
            done = true;
            break;
          }
        }
        count(DutyRule.MUST_ATTEND_ON_SITE, 1, done ? 1 : 0);
        if (!done) {
          miss(DutyRule.MUST_ATTEND_ON_SITE, team == null ? List.of() : List.copyOf(team.members()), team, null,
              event.id(), served(event.grid()), monthOf(event.at()).toString(), "no member of " + teamName(team, event.grid())
                  + " was on site at " + event.kind() + " " + event.id() + " (reported " + event.at() + ") within "
                  + limit.toHours() + " hours (四必到)");
        }
      }
    }

    private void meetings() {
      List<PersonId> districtLeaders = new ArrayList<>();
      for (Team team : duties.teams()) {
        if (team.scope() instanceof TeamScope.District) {
          team.leader().ifPresent(districtLeaders::add);
        }
      }
      Set<VillageId> villages = new LinkedHashSet<>();
      duties.grids().forEach(grid -> villages.add(grid.village()));
      int due = policy.meetingsPerMonth();
      for (YearMonth month : months) {
        for (Team team : duties.teams()) {
          int held = meetings.getOrDefault(new HostMonth(new MeetingHost.OfTeam(team.id()), month), 0);
          count(DutyRule.TEAM_MONTHLY_MEETING, due, Math.min(held, due));
          if (held < due) {
            miss(DutyRule.TEAM_MONTHLY_MEETING, leaderOf(team), team, null, null,
                team.scope() instanceof TeamScope.VillageGrid scope ? served(scope.grid()) : null, month.toString(),
                "team " + team.id() + " (" + team.scope().subject() + ") held " + held + " of " + due
                    + " team meetings in " + month);
          }
        }
        for (VillageId village : villages) {
          int held = meetings.getOrDefault(new HostMonth(new MeetingHost.OfVillage(village), month), 0);
          count(DutyRule.VILLAGE_MONTHLY_MEETING, due, Math.min(held, due));
          if (held < due) {
            missed.add(new MissedDuty(DutyRule.VILLAGE_MONTHLY_MEETING, ImmutableList.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(village), month.toString(),
                "village " + village + " held " + held + " of " + due + " grid meetings in " + month));
          }
        }
        int held = meetings.getOrDefault(new HostMonth(new MeetingHost.OfTownship(duties.township()), month), 0);
        count(DutyRule.TOWNSHIP_MONTHLY_MEETING, due, Math.min(held, due));
        if (held < due) {
          miss(DutyRule.TOWNSHIP_MONTHLY_MEETING, List.of(), null, null, null, null, month.toString(),
              "township " + duties.township() + " held " + held + " of " + due
                  + " meetings with the district team leaders in " + month);
        }
        if (held > 0) {
          Set<PersonId> present = townshipAttendees.getOrDefault(month, Set.of());
          for (PersonId leader : districtLeaders) {
            boolean attended = present.contains(leader);
            count(DutyRule.DISTRICT_LEADER_AT_TOWNSHIP_MEETING, 1, attended ? 1 : 0);
            if (!attended) {
              miss(DutyRule.DISTRICT_LEADER_AT_TOWNSHIP_MEETING, List.of(leader), null, null, null, null,
                  month.toString(),
                  "district team leader " + name(leader) + " attended no township meeting in " + month);
            }
          }
        }
      }
    }

    private void cards() {
      String at = "at " + period.to();
      String whole = period.toString();
      for (ServedGrid grid : duties.grids()) {
        Team team = teamOfGrid.get(grid.id());
        for (Household household : householdsOfGrid.get(grid.id())) {
          for (CardKind kind : CardKind.values()) {
            DutyRule rule = kind == CardKind.CONTACT ? DutyRule.CONTACT_CARD : DutyRule.SUPERVISION_CARD;
            OffsetDateTime issued = team == null ? null : cards.get(new Card(household.id(), team.id(), kind));
            boolean current = issued != null && !issued.isBefore(team.composedAt());
            count(rule, 1, current ? 1 : 0);
            if (!current) {
              String card = kind == CardKind.CONTACT ? "contact card (联系卡)" : "supervision card (监督卡)";
              miss(rule, leaderOf(team), team, household.id(), null, grid, whole, "household "
                  + household.id() + " holds no current " + card + " of " + teamName(team, grid.id()) + " " + at
                  + (issued == null ? ": none was issued"
                      : ": the one issued " + issued + " predates the team's change of " + team.composedAt()));
            }
          }
        }
      }
    }

    /** Returns the visits a person paid a household in a month ({@code year * 12 + month - 1}). */
    private int visitsIn(PersonId person, HouseholdId household, int month) {
      Integer p = personIndex.get(person);
      Integer h = householdIndex.get(household);
      if (p == null || h == null) {
        return 0;
      }
      return visits.getOrDefault(List.of(p, h, month), 0);
    }

    private void count(DutyRule rule, int due, int done) {
      int[] tally = tallies.get(rule);
      tally[0] += due;
      tally[1] += done;
    }

    private void miss(DutyRule rule, List<PersonId> who, Team team, HouseholdId household, EntryId entry,
        ServedGrid grid, String when, String message) {
      missed.add(new MissedDuty(rule, ImmutableList.copyOf(who), Optional.ofNullable(team == null ? null : team.id()),
          Optional.ofNullable(household), Optional.ofNullable(entry),
          Optional.ofNullable(grid == null ? null : grid.id()), Optional.ofNullable(grid == null ? null : grid.village()),
          when, message));
    }

    /** Returns the first served grid of that id, or null. */
    private ServedGrid served(GridId id) {
      return duties.grids().stream().filter(grid -> grid.id().equals(id)).findFirst().orElse(null);
    }

    /** Returns the grid of a unit: the last served grid that lists it, as the first grid of that id; or null. */
    private ServedGrid gridOfUnit(UnitId unit) {
      GridId last = null;
      for (ServedGrid grid : duties.grids()) {
        if (grid.units().contains(unit)) {
          last = grid.id();
        }
      }
      return last == null ? null : served(last);
    }

    private YearMonth monthOf(OffsetDateTime at) {
      return YearMonth.from(at.withOffsetSameInstant(period.from().getOffset()));
    }

    private static List<PersonId> leaderOf(Team team) {
      return team == null || team.leader().isEmpty() ? List.of() : List.of(team.leader().get());
    }

    private static String teamName(Team team, GridId grid) {
      return team == null ? "grid " + grid + " (which has no team)" : "team " + team.id() + " of grid " + grid;
    }

    private String name(PersonId id) {
      Person person = people.get(id);
      return person == null ? id.value() : person.toString();
    }
  }
}
