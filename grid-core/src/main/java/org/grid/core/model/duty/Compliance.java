package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.grid.core.model.jurisdiction.CareTag;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;

/**
 * Computes duty compliance (履职考核) for a period from a township's duty log: what was due under each rule of
 * {@link DutyRule}, what was done, and each missed duty named (who, which household, meeting or event, which
 * rule, which period).
 *
 * <p>The log is read once. People and households are numbered once per computation, times are read as epoch seconds
 * and months numbered from the period's first, and the log is grouped in primitive tables: visits counted by
 * month for the (person, household) pairs a visit rule asks about, numbered before the log is read (a stationed
 * cadre and the grid's households, a pairer and a household owed monthly visits; other visits count for no rule and
 * are not counted), round visits to must-visit households by round and household, meetings by host and
 * month, the latest card by household and kind; attendances are grouped by event. The time grows linearly with the
 * log and the number of households. Log entries outside the period are ignored,
 * except card issues (a card issued before the period is still held), visits that name a round and on-site
 * attendances, which count for their round or event wherever they fall. Each missed duty's message is built when
 * it is first asked for ({@link MissedDuty#message()}), not while the report is computed. Stateless and
 * thread-safe.
 *
 * <p>A round, event or meeting recorded twice under its id (the same entry repeated exactly) counts once; one id
 * used for two different entries is refused. A visit or round visit by a person on no roster does no duty; an
 * arrival counts only for a member of the grid's team. An entry that names a grid, household, team or village the
 * duties do not have counts for no duty here; {@link DutyLogCheck} names such entries, and the compliance use case
 * refuses a log that has one rather than miscount it.
 */
public final class Compliance {

  private Compliance() {}

  /**
   * Computes compliance.
   *
   * @param duties who owes which duties, not null
   * @param log the duty log, in any order, not null; entries outside the period are ignored
   * @param period the period, not null
   * @param policy the duty policy, not null
   * @return the report; adding a visit to the log never lowers any rule's done count
   * @throws NullPointerException if an argument or a log entry is null
   * @throws IllegalArgumentException if the period spans more than 65,536 months, the roster or register holds
   *     more than 2^24 entries, or one id names two different entries of the log (the message names the id and
   *     both entries)
   */
  public static ComplianceReport compute(
      TownshipDuties duties, Iterable<? extends DutyLogEntry> log, DutyPeriod period, DutyPolicy policy) {
    requireNonNull(duties, "duties");
    requireNonNull(log, "log");
    requireNonNull(period, "period");
    requireNonNull(policy, "policy");
    return new Run(duties, period, policy).compute(log);
  }

  private static final List<CardKind> CARD_KINDS = List.of(CardKind.values());

  private static final class Run {
    private final TownshipDuties duties;
    private final DutyPeriod period;
    private final DutyPolicy policy;
    private final Map<PersonId, Person> people;
    private final int[][] tallies = new int[DutyRule.values().length][2];
    private final List<MissedDuty> missed = new ArrayList<>();

    // People and households numbered once per run (roster and register order), and what the duties need of each
    // household by number.
    private final DenseIndex<PersonId> personIndex;
    private final DenseIndex<HouseholdId> householdIndex;
    private final Household[] households;
    private final boolean[] mustVisit;
    /** By household number: the team whose cards the household must hold, or null when its grid has none. */
    private final TeamId[] cardTeam;

    // The period as epoch seconds and nanoseconds, and the calendar months it touches (in the offset of its start)
    // numbered from 0: monthStarts[k] is the epoch second at which month k begins.
    private final long fromSecond;
    private final int fromNano;
    private final long toSecond;
    private final int toNano;
    private final long firstMonth;
    private final long[] monthStarts;

    // The log, grouped.
    /** Visits by the people each household is to be visited by, by month; the pairs are numbered before the log is read. */
    private WatchedVisits visits;
    /** Visits that name a round, to must-visit households: round number << 32 | household number. */
    private final VisitCounts roundVisits = new VisitCounts(1024);
    private final Map<EntryId, Integer> roundIndex = new HashMap<>();
    private final Map<GridId, List<DutyLogEntry.VisitRound>> rounds = new LinkedHashMap<>();
    private final List<DutyLogEntry.MustAttendEvent> events = new ArrayList<>();
    private final Map<EntryId, List<DutyLogEntry.Attendance>> attendances = new HashMap<>();
    /** The first round, event or meeting of each id, with its position in the log. */
    private final Map<EntryId, DutyLogEntry> firstOfId = new HashMap<>();
    private final Map<EntryId, Integer> firstPosition = new HashMap<>();
    /** The hosts whose meetings are due, numbered; meetings[host * monthStarts.length + month] counts them. */
    private final Map<MeetingHost, Integer> hostIndex = new HashMap<>();
    private final int[] meetings;
    private final Map<Integer, Set<PersonId>> townshipAttendees = new HashMap<>();
    /** By household number * 2 + card kind: the latest card of the household's team issued before the period ends. */
    private final DutyLogEntry.CardIssue[] cards;

    private final List<YearMonth> months;
    private final String[] monthNames;
    private final List<Year> years;
    private final Map<GridId, Team> teamOfGrid = new HashMap<>();
    private final Map<GridId, int[]> householdsOfGrid = new HashMap<>();
    /** By grid id: the grid, for the grid and village of a missed duty. */
    private final Map<GridId, ServedGrid> servedGrids = new HashMap<>();
    /** By household number: the grid it lies in, or null. */
    private final ServedGrid[] gridOfHousehold;
    private final Set<VillageId> villages = new LinkedHashSet<>();

    Run(TownshipDuties duties, DutyPeriod period, DutyPolicy policy) {
      this.duties = duties;
      this.period = period;
      this.policy = policy;
      this.people = duties.roster().byId();
      // The span first: listing the months of a period of a billion years would not end. A year short of either end
      // of java.time's range leaves room for the offset and the month after the last.
      if (period.from().getYear() <= Year.MIN_VALUE || period.to().getYear() >= Year.MAX_VALUE) {
        throw new IllegalArgumentException("period " + period + " must lie within the years " + (Year.MIN_VALUE + 1)
            + " to " + (Year.MAX_VALUE - 1));
      }
      this.firstMonth = period.monthIndex(period.from());
      long span = period.monthIndex(period.to()) - firstMonth;
      if (span >= VisitCounts.MAX_MONTH) {
        throw new IllegalArgumentException("period " + period + " spans more than " + VisitCounts.MAX_MONTH + " months");
      }
      int monthSpan = (int) span;
      // Copied once (at most 65,536 months): the views compute each month anew, and the rules read them per household.
      this.months = List.copyOf(period.wholeMonths());
      this.monthNames = months.stream().map(YearMonth::toString).toArray(String[]::new);
      this.years = List.copyOf(period.wholeYears());
      List<Person> roster = duties.roster().people();
      List<Household> register = duties.register().households();
      if (roster.size() > VisitCounts.MAX_INDEX || register.size() > VisitCounts.MAX_INDEX) {
        throw new IllegalArgumentException("at most " + VisitCounts.MAX_INDEX + " people and households are supported");
      }
      fromSecond = period.from().toEpochSecond();
      fromNano = period.from().getNano();
      toSecond = period.to().toEpochSecond();
      toNano = period.to().getNano();
      monthStarts = new long[monthSpan + 1];
      ZoneOffset offset = period.from().getOffset();
      for (int k = 0; k <= monthSpan; k++) {
        long month = firstMonth + k;
        monthStarts[k] = LocalDate.of((int) Math.floorDiv(month, 12), (int) Math.floorMod(month, 12) + 1, 1)
            .toEpochSecond(LocalTime.MIDNIGHT, offset);
      }

      personIndex = new DenseIndex<>(roster.size());
      roster.forEach(person -> personIndex.add(person.id()));
      householdIndex = new DenseIndex<>(register.size());
      households = register.toArray(new Household[0]);
      mustVisit = new boolean[households.length];
      for (int h = 0; h < households.length; h++) {
        householdIndex.add(households[h].id());
        mustVisit[h] = mustVisit(households[h]);
      }

      for (Team team : duties.teams()) {
        if (team.scope() instanceof TeamScope.VillageGrid grid) {
          teamOfGrid.putIfAbsent(grid.grid(), team);
        }
      }
      Map<UnitId, GridId> gridOfUnit = new HashMap<>();
      Map<GridId, List<Integer>> members = new HashMap<>();
      for (ServedGrid grid : duties.grids()) {
        grid.units().forEach(unit -> gridOfUnit.put(unit, grid.id()));
        servedGrids.putIfAbsent(grid.id(), grid);
        members.put(grid.id(), new ArrayList<>());
        villages.add(grid.village());
      }
      cardTeam = new TeamId[households.length];
      gridOfHousehold = new ServedGrid[households.length];
      for (int h = 0; h < households.length; h++) {
        GridId grid = gridOfUnit.get(households[h].unit());
        if (grid != null) {
          gridOfHousehold[h] = servedGrids.get(grid);
          members.get(grid).add(h);
          Team team = teamOfGrid.get(grid);
          cardTeam[h] = team == null ? null : team.id();
        }
      }
      members.forEach((grid, numbers) -> householdsOfGrid.put(grid, numbers.stream().mapToInt(Integer::intValue)
          .toArray()));
      cards = new DutyLogEntry.CardIssue[households.length * 2];

      for (Team team : duties.teams()) {
        hostIndex.putIfAbsent(new MeetingHost.OfTeam(team.id()), hostIndex.size());
      }
      for (VillageId village : villages) {
        hostIndex.putIfAbsent(new MeetingHost.OfVillage(village), hostIndex.size());
      }
      hostIndex.putIfAbsent(new MeetingHost.OfTownship(duties.township()), hostIndex.size());
      meetings = new int[hostIndex.size() * monthStarts.length];
    }

    ComplianceReport compute(Iterable<? extends DutyLogEntry> log) {
      visits = watchedVisits();
      index(log);
      collectiveRounds();
      stationedCadreVisits();
      pairedMonthlyVisits();
      mustVisitInRounds();
      mustAttend();
      meetings();
      cards();
      Map<DutyRule, Tally> result = new EnumMap<>(DutyRule.class);
      for (DutyRule rule : DutyRule.values()) {
        result.put(rule, new Tally(tallies[rule.ordinal()][0], tallies[rule.ordinal()][1]));
      }
      return new ComplianceReport(period, ImmutableMap.copyOf(result), ImmutableList.copyOf(missed));
    }

    private void index(Iterable<? extends DutyLogEntry> log) {
      int position = 0;
      for (DutyLogEntry entry : log) {
        requireNonNull(entry, "log entry");
        if (!firstOfItsId(entry, position++)) {
          continue;
        }
        if (entry instanceof DutyLogEntry.Visit visit) {
          visit(visit);
        } else if (entry instanceof DutyLogEntry.CardIssue card) {
          card(card);
        } else if (entry instanceof DutyLogEntry.Meeting meeting) {
          meeting(meeting);
        } else if (entry instanceof DutyLogEntry.Attendance attendance) {
          // an arrival counts for its event wherever it falls; the event itself must lie in the period
          attendances.computeIfAbsent(attendance.event(), e -> new ArrayList<>()).add(attendance);
        } else if (entry instanceof DutyLogEntry.VisitRound round) {
          if (inPeriod(round.at())) {
            rounds.computeIfAbsent(round.grid(), g -> new ArrayList<>()).add(round);
          }
        } else if (entry instanceof DutyLogEntry.MustAttendEvent event) {
          // an event of a grid the duties do not have (another grid's, when computing one grid) is no duty here
          if (inPeriod(event.at()) && householdsOfGrid.containsKey(event.grid())) {
            events.add(event);
          }
        }
      }
    }

    /**
     * Tells whether an entry is to be counted: true for an entry without an id and for the first of its id, false for
     * an exact repeat.
     *
     * @throws IllegalArgumentException if the id already names a different entry
     */
    private boolean firstOfItsId(DutyLogEntry entry, int position) {
      EntryId id = DutyLogCheck.idOf(entry);
      if (id == null) {
        return true;
      }
      DutyLogEntry first = firstOfId.putIfAbsent(id, entry);
      if (first == null) {
        firstPosition.put(id, position);
        return true;
      }
      if (first.equals(entry)) {
        return false;
      }
      throw new IllegalArgumentException("log entry " + position + ": "
          + DutyLogCheck.idReused(first, firstPosition.get(id), entry));
    }

    private void visit(DutyLogEntry.Visit visit) {
      int household = householdIndex.indexOf(visit.household());
      // a visit by someone not on the roster or to a household not registered counts for no duty
      int person = personIndex.indexOf(visit.visitor());
      // a round visit counts for its round wherever it falls; the round itself must lie in the period. Only
      // must-visit households are asked about.
      if (person >= 0 && household >= 0 && mustVisit[household] && visit.round().isPresent()
          && policy.mustVisitEveryRound()) {
        Integer round = roundIndex.computeIfAbsent(visit.round().get(), r -> roundIndex.size());
        roundVisits.add(((long) round << 32) | household);
      }
      OffsetDateTime at = visit.at();
      long second = at.toEpochSecond();
      if (household < 0 || !inPeriod(second, at.getNano())) {
        return;
      }
      if (person >= 0) {
        visits.add(person, household, monthOf(second));
      }
    }

    private void card(DutyLogEntry.CardIssue card) {
      OffsetDateTime at = card.at();
      long second = at.toEpochSecond();
      if (second > toSecond || second == toSecond && at.getNano() >= toNano) {
        return;
      }
      // only the household's own grid team's cards are asked about
      int household = householdIndex.indexOf(card.household());
      if (household < 0 || cardTeam[household] == null || !cardTeam[household].equals(card.team())) {
        return;
      }
      int slot = household * 2 + card.kind().ordinal();
      DutyLogEntry.CardIssue held = cards[slot];
      if (held == null || !held.at().isAfter(at)) {
        cards[slot] = card;
      }
    }

    private void meeting(DutyLogEntry.Meeting meeting) {
      OffsetDateTime at = meeting.at();
      long second = at.toEpochSecond();
      if (!inPeriod(second, at.getNano())) {
        return;
      }
      int month = monthOf(second);
      Integer host = hostIndex.get(meeting.host());
      if (host != null) {
        meetings[host * monthStarts.length + month]++;
      }
      if (meeting.host() instanceof MeetingHost.OfTownship) {
        townshipAttendees.computeIfAbsent(month, m -> new HashSet<>()).addAll(meeting.attendees());
      }
    }

    private boolean inPeriod(OffsetDateTime at) {
      return inPeriod(at.toEpochSecond(), at.getNano());
    }

    /** Tells whether the instant {@code second} (epoch) plus {@code nano} lies in the period, from inclusive. */
    private boolean inPeriod(long second, int nano) {
      return (second > fromSecond || second == fromSecond && nano >= fromNano)
          && (second < toSecond || second == toSecond && nano < toNano);
    }

    /** Returns the number of the month (0 for the period's first) of an epoch second in the period. */
    private int monthOf(long second) {
      int k = Arrays.binarySearch(monthStarts, second);
      return k >= 0 ? k : -k - 2;
    }

    /** Returns the number of a month given as {@code year * 12 + month - 1}. */
    private int monthOf(int year, int month) {
      return (int) (year * 12L + month - 1 - firstMonth);
    }

    private void collectiveRounds() {
      for (ServedGrid grid : duties.grids()) {
        Team team = teamOfGrid.get(grid.id());
        for (Year year : years) {
          int held = 0;
          for (DutyLogEntry.VisitRound round : rounds.getOrDefault(grid.id(), List.of())) {
            if (period.monthOf(round.at()).getYear() == year.getValue()) {
              held++;
            }
          }
          int due = policy.collectiveRoundsPerYear();
          int done = Math.min(held, due);
          count(DutyRule.COLLECTIVE_VISIT_ROUNDS, due, done);
          if (done < due) {
            int rounds = held;
            miss(DutyRule.COLLECTIVE_VISIT_ROUNDS, leaderOf(team), team, null, null, grid, year.toString(),
                () -> teamName(team, grid.id()) + " held " + rounds + " of " + due + " collective visit rounds (集中走访) in "
                    + year);
          }
        }
      }
    }

    /**
     * Numbers the pairs the visit rules ask about before the log is read, so that only their visits are counted: each
     * village-stationed cadre of a grid's team with each household of the grid, and each pairer with a paired
     * household that is to be visited monthly.
     */
    private WatchedVisits watchedVisits() {
      WatchedVisits.Builder watched = WatchedVisits.builder(households.length);
      for (ServedGrid grid : duties.grids()) {
        Team team = teamOfGrid.get(grid.id());
        if (team == null) {
          continue;
        }
        int[] numbers = householdsOfGrid.get(grid.id());
        for (Person cadre : stationedCadres(team)) {
          int p = personIndex.indexOf(cadre.id());
          for (int h : numbers) {
            watched.watch(p, h);
          }
        }
      }
      for (Pairing pairing : duties.pairings()) {
        int h = householdIndex.indexOf(pairing.household());
        Person pairer = people.get(pairing.pairer());
        if (visitedMonthly(h, pairer)) {
          watched.watch(personIndex.indexOf(pairer.id()), h);
        }
      }
      return watched.build(monthStarts.length);
    }

    /** The members of a team on the roster who are village-stationed cadres (驻村干部), in the team's order. */
    private List<Person> stationedCadres(Team team) {
      List<Person> cadres = new ArrayList<>();
      for (PersonId member : team.members()) {
        Person person = people.get(member);
        if (person != null && person.holds(Role.VILLAGE_STATIONED_CADRE)) {
          cadres.add(person);
        }
      }
      return cadres;
    }

    /**
     * Tells whether a paired household is owed monthly visits by its pairer: the household is registered (its
     * number {@code h} is not -1) with a care tag the policy names, and the pairer is on the roster holding a role
     * the policy names, or is a party member where the policy asks party members to visit.
     */
    private boolean visitedMonthly(int h, Person pairer) {
      if (h < 0 || pairer == null
          || Collections.disjoint(households[h].careTags(Purpose.RULEBOOK_DUTIES), policy.monthlyVisitTags())) {
        return false;
      }
      return pairer.holdsAny(policy.monthlyVisitRoles()) || policy.monthlyVisitByPartyMembers() && pairer.party().isMember();
    }

    private void stationedCadreVisits() {
      int due = policy.stationedCadreVisitsPerYear();
      for (ServedGrid grid : duties.grids()) {
        Team team = teamOfGrid.get(grid.id());
        if (team == null) {
          continue;
        }
        int[] numbers = householdsOfGrid.get(grid.id());
        for (Person person : stationedCadres(team)) {
          int p = personIndex.indexOf(person.id());
          ImmutableList<PersonId> who = ImmutableList.of(person.id());
          for (Year year : years) {
            int january = monthOf(year.getValue(), 1);
            String when = year.toString();
            for (int h : numbers) {
              int made = 0;
              for (int m = 0; m < 12; m++) {
                made += visits.get(p, h, january + m);
              }
              count(DutyRule.STATIONED_CADRE_YEARLY_VISIT, due, Math.min(made, due));
              if (made < due) {
                int visits = made;
                Household household = households[h];
                miss(DutyRule.STATIONED_CADRE_YEARLY_VISIT, who, team, household.id(), null, grid, when,
                    () -> person + ", village-stationed cadre (驻村干部) of " + teamName(team, grid.id()) + ", made "
                        + visits + " of " + due + " visits to household " + household.id() + " in " + year);
              }
            }
          }
        }
      }
    }

    private void pairedMonthlyVisits() {
      int due = policy.pairedVisitsPerMonth();
      for (Pairing pairing : duties.pairings()) {
        int h = householdIndex.indexOf(pairing.household());
        Person pairer = people.get(pairing.pairer());
        if (!visitedMonthly(h, pairer)) {
          continue;
        }
        Household household = households[h];
        int p = personIndex.indexOf(pairer.id());
        ImmutableList<PersonId> who = ImmutableList.of(pairer.id());
        for (int i = 0; i < months.size(); i++) {
          YearMonth month = months.get(i);
          int made = visits.get(p, h, monthOf(month.getYear(), month.getMonthValue()));
          count(DutyRule.PAIRED_MONTHLY_VISIT, due, Math.min(made, due));
          if (made < due) {
            miss(DutyRule.PAIRED_MONTHLY_VISIT, who, null, household.id(), null, gridOfHousehold[h], monthNames[i],
                () -> pairer + " made " + made + " of " + due + " visits to paired household " + household.id()
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
        ImmutableList<PersonId> who = leaderOf(team);
        int[] numbers = householdsOfGrid.get(grid.id());
        for (DutyLogEntry.VisitRound round : rounds.getOrDefault(grid.id(), List.of())) {
          Integer r = roundIndex.get(round.id());
          String when = period.monthOf(round.at()).toString();
          for (int h : numbers) {
            if (!mustVisit[h]) {
              continue;
            }
            boolean done = r != null && roundVisits.get(((long) r << 32) | h) > 0;
            count(DutyRule.MUST_VISIT_IN_ROUND, 1, done ? 1 : 0);
            if (!done) {
              Household household = households[h];
              miss(DutyRule.MUST_VISIT_IN_ROUND, who, team, household.id(), round.id(), grid, when,
                  () -> "must-visit (五必访) household " + household.id()
                      + " was not visited in round " + round.id() + " of " + teamName(team, grid.id()));
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
          miss(DutyRule.MUST_ATTEND_ON_SITE, team == null ? ImmutableList.of() : ImmutableList.copyOf(team.members()), team, null,
              event.id(), servedGrids.get(event.grid()), period.monthOf(event.at()).toString(), () -> "no member of " + teamName(team, event.grid())
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
      int due = policy.meetingsPerMonth();
      TownshipId township = duties.township();
      int townshipHost = hostIndex.get(new MeetingHost.OfTownship(township));
      int[] teamHosts = duties.teams().stream().mapToInt(team -> hostIndex.get(new MeetingHost.OfTeam(team.id())))
          .toArray();
      int[] villageHosts = villages.stream().mapToInt(village -> hostIndex.get(new MeetingHost.OfVillage(village)))
          .toArray();
      for (int i = 0; i < months.size(); i++) {
        YearMonth month = months.get(i);
        String when = monthNames[i];
        int number = monthOf(month.getYear(), month.getMonthValue());
        int t = 0;
        for (Team team : duties.teams()) {
          int held = meetings[teamHosts[t++] * monthStarts.length + number];
          count(DutyRule.TEAM_MONTHLY_MEETING, due, Math.min(held, due));
          if (held < due) {
            miss(DutyRule.TEAM_MONTHLY_MEETING, leaderOf(team), team, null, null, gridOf(team), when,
                () -> "team " + team.id() + " (" + team.scope().subject() + ") held " + held + " of " + due
                    + " team meetings in " + month);
          }
        }
        int v = 0;
        for (VillageId village : villages) {
          int held = meetings[villageHosts[v++] * monthStarts.length + number];
          count(DutyRule.VILLAGE_MONTHLY_MEETING, due, Math.min(held, due));
          if (held < due) {
            missInVillage(DutyRule.VILLAGE_MONTHLY_MEETING, village, when,
                () -> "village " + village + " held " + held + " of " + due + " grid meetings in " + month);
          }
        }
        int held = meetings[townshipHost * monthStarts.length + number];
        count(DutyRule.TOWNSHIP_MONTHLY_MEETING, due, Math.min(held, due));
        if (held < due) {
          miss(DutyRule.TOWNSHIP_MONTHLY_MEETING, ImmutableList.of(), null, null, null, null, when,
              () -> "township " + township + " held " + held + " of " + due
                  + " meetings with the district team leaders in " + month);
        }
        if (held > 0) {
          Set<PersonId> present = townshipAttendees.getOrDefault(number, Set.of());
          for (PersonId leader : districtLeaders) {
            boolean attended = present.contains(leader);
            count(DutyRule.DISTRICT_LEADER_AT_TOWNSHIP_MEETING, 1, attended ? 1 : 0);
            if (!attended) {
              String name = name(leader);
              miss(DutyRule.DISTRICT_LEADER_AT_TOWNSHIP_MEETING, ImmutableList.of(leader), null, null, null, null, when,
                  () -> "district team leader " + name + " attended no township meeting in " + month);
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
        ImmutableList<PersonId> who = leaderOf(team);
        for (int h : householdsOfGrid.get(grid.id())) {
          for (CardKind kind : CARD_KINDS) {
            DutyRule rule = kind == CardKind.CONTACT ? DutyRule.CONTACT_CARD : DutyRule.SUPERVISION_CARD;
            DutyLogEntry.CardIssue latest = team == null ? null : cards[h * 2 + kind.ordinal()];
            OffsetDateTime issued = latest == null ? null : latest.at();
            boolean current = team != null && CardCurrency.isCurrent(latest, team);
            count(rule, 1, current ? 1 : 0);
            if (!current) {
              Household household = households[h];
              String card = kind == CardKind.CONTACT ? "contact card (联系卡)" : "supervision card (监督卡)";
              miss(rule, who, team, household.id(), null, grid, whole, () -> "household "
                  + household.id() + " holds no current " + card + " of " + teamName(team, grid.id()) + " " + at
                  + (issued == null ? ": none was issued"
                      : latest.teamVersion().isPresent()
                          ? ": the one issued " + issued + " shows team version " + latest.teamVersion().get()
                              + ", not the team's change of " + team.composedAt()
                          : ": the one issued " + issued + " predates the team's change of " + team.composedAt()));
            }
          }
        }
      }
    }

    private void count(DutyRule rule, int due, int done) {
      int[] tally = tallies[rule.ordinal()];
      tally[0] += due;
      tally[1] += done;
    }

    /**
     * Records a missed duty. The message is built only when asked for; {@code message} must not capture the run,
     * lest every report hold on to the run's tables.
     */
    private void miss(DutyRule rule, ImmutableList<PersonId> who, Team team, HouseholdId household, EntryId entry,
        ServedGrid grid, String when, Supplier<String> message) {
      missed.add(MissedDuty.of(rule, who, team == null ? null : team.id(), household, entry,
          grid == null ? null : grid.id(), grid == null ? null : grid.village(), when, message));
    }

    /** Records a missed duty of a village as a whole (its grid meeting). */
    private void missInVillage(DutyRule rule, VillageId village, String when, Supplier<String> message) {
      missed.add(MissedDuty.of(rule, ImmutableList.of(), null, null, null, null, village, when, message));
    }

    /** Returns the grid of a village grid team, or null for a team of a district or the township. */
    private ServedGrid gridOf(Team team) {
      return team.scope() instanceof TeamScope.VillageGrid scope ? servedGrids.get(scope.grid()) : null;
    }

    private static ImmutableList<PersonId> leaderOf(Team team) {
      return team == null || team.leader().isEmpty() ? ImmutableList.of() : ImmutableList.of(team.leader().get());
    }

    /** Tells whether a household must be visited in every round; {@link Household#mustVisit()} without a stream. */
    private static boolean mustVisit(Household household) {
      for (CareTag tag : household.careTags(Purpose.RULEBOOK_DUTIES)) {
        if (tag.mustVisit()) {
          return true;
        }
      }
      return false;
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
