package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.TeamId;

/**
 * Turns duty compliance (履职情况) and the duty log (工作台账) of grid-core into evidence a party member's rule set
 * can count: duties each person missed, visits they paid, meetings they attended, must-attend events (四必到) they
 * reached. Pure: the same inputs always give the same evidence, whatever the order of the log.
 *
 * <p>Subjects are people ({@link PersonId} values). A missed duty owed by a village or the township as a whole
 * names nobody and yields no evidence: the grid scorecard counts it through the report's tallies instead.
 * Duty-log entries of a team as a whole (visit rounds, must-attend events as reported, card issues) yield none
 * either. A party member's missed meeting (缺席三会一课) cannot be derived: the duty log records who attended,
 * not who was expected, except for the district team leaders at the township's meeting, whose absence is the
 * missed duty {@code DISTRICT_LEADER_AT_TOWNSHIP_MEETING}.
 */
public final class DutyEvidence {

  /** Evidence: a person missed a duty; attribute {@code rule} is the {@code DutyRule} code. */
  public static final String DUTY_MISSED = "duty.missed";

  /** Evidence: a person visited a household paired with them (走访联系户); attribute {@code household}. */
  public static final String VISIT_PAIRED_HOUSEHOLD = "visit.paired-household";

  /** Evidence: a person visited a household not paired with them; attribute {@code household}. */
  public static final String VISIT_OTHER_HOUSEHOLD = "visit.other-household";

  /** Evidence: a person attended a meeting; attributes {@code meeting}, {@code host} and {@code host-id}. */
  public static final String MEETING_ATTENDED = "meeting.attended";

  /** Evidence: a person arrived on site at a must-attend event (四必到); attribute {@code event}. */
  public static final String ON_SITE_ARRIVED = "must-attend.on-site";

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private DutyEvidence() {}

  /**
   * Returns one piece of {@link #DUTY_MISSED} evidence per missed duty and person who owed it. It is dated the
   * last day of the period the duty was due in (a year, a month, or for the cards the day before the report's
   * period ends), the day it was finally missed. Attributes: {@code rule}, {@code period}, and {@code team},
   * {@code household} and {@code entry} when the missed duty names them.
   *
   * <p>The id is {@code duty.missed/<rule>/<period>/<team>/<household>/<entry>/<person>} ({@code -} for what the
   * missed duty does not name; spaces removed): it names the duty itself, so it does not depend on the order of the
   * report or the log.
   *
   * <p>A missed duty that names a team is also evidence for the team ({@link #teamSubject}, id {@code
   * duty.missed.team/<rule>/<period>/<team>/<household>/<entry>}), and one that names a household for the household
   * ({@link #householdSubject}, id {@code duty.missed.household/...}): a team's rule set counts what its members
   * missed together, and a household's record shows which duties it went without.
   *
   * @param report the compliance report, not null
   * @return the evidence, in the order of the report
   * @throws NullPointerException if {@code report} is null
   */
  public static ImmutableList<Evidence> missed(ComplianceReport report) {
    requireNonNull(report, "report");
    LocalDate reportEnd = report.period().to().minusNanos(1).toLocalDate();
    ImmutableList.Builder<Evidence> out = ImmutableList.builder();
    Set<EvidenceId> seen = new HashSet<>();
    for (MissedDuty duty : report.missed()) {
      String team = duty.team().map(t -> t.value()).orElse("-");
      String household = duty.household().map(h -> h.value()).orElse("-");
      String entry = duty.entry().map(e -> e.value()).orElse("-");
      ImmutableMap.Builder<String, String> attributes = ImmutableMap.<String, String>builder()
          .put("rule", duty.rule().name()).put("period", duty.period());
      duty.team().ifPresent(t -> attributes.put("team", t.value()));
      duty.household().ifPresent(h -> attributes.put("household", h.value()));
      duty.entry().ifPresent(e -> attributes.put("entry", e.value()));
      ImmutableMap<String, String> attrs = attributes.buildOrThrow();
      LocalDate date = lastDay(duty.period(), reportEnd);
      String key = (duty.rule() + "/" + duty.period() + "/" + team + "/" + household + "/" + entry)
          .replace(" ", "");
      for (PersonId person : duty.who()) {
        add(out, seen, EvidenceId.of(DUTY_MISSED + "/" + key + "/" + person.value().replace(" ", "")),
            SubjectId.of(person.value()), date, attrs);
      }
      if (duty.team().isPresent()) {
        add(out, seen, EvidenceId.of(DUTY_MISSED + ".team/" + key), teamSubject(duty.team().get()), date, attrs);
      }
      if (duty.household().isPresent()) {
        add(out, seen, EvidenceId.of(DUTY_MISSED + ".household/" + key),
            householdSubject(duty.household().get()), date, attrs);
      }
    }
    return out.build();
  }

  /**
   * Returns the evidence of the duty log: a visit is {@link #VISIT_PAIRED_HOUSEHOLD} when the visitor is paired
   * with the household, else {@link #VISIT_OTHER_HOUSEHOLD}; every attendee of a meeting gets {@link
   * #MEETING_ATTENDED} ({@code host} is {@code team}, {@code village} or {@code township}); an on-site arrival is
   * {@link #ON_SITE_ARRIVED}. Each is dated the local date of its time (in its own offset). Ids: {@code
   * visit/<visitor>/<household>/<instant>[/<round>]}, {@code meeting/<meeting>/<person>}, {@code
   * on-site/<event>/<person>/<instant>} (instants in UTC). A log entry repeated exactly yields the same evidence
   * again, which the scoring engine counts once; two different entries under one id (a meeting id used twice) yield
   * two contents under one id, which the scoring engine refuses rather than keep whichever came first.
   *
   * @param log the duty log, in any order, not null
   * @param pairings the pairings (联系结对) in force, not null
   * @return the evidence, in the order of the log, a piece for each entry (and each attendee of a meeting)
   * @throws NullPointerException if an argument or an entry is null
   */
  public static ImmutableList<Evidence> done(Iterable<? extends DutyLogEntry> log, Iterable<Pairing> pairings) {
    return done(log, pairings, type -> true);
  }

  /**
   * Returns the evidence of the duty log of some types only, as {@link #done(Iterable, Iterable)} gives it: what a
   * scoring whose rule sets count only those types needs; the others are never built.
   *
   * @param log the duty log, in any order, not null
   * @param pairings the pairings (联系结对) in force, not null
   * @param types which evidence types are wanted, not null
   * @return the evidence of those types, in the order of the log
   * @throws NullPointerException if an argument or an entry is null
   */
  public static ImmutableList<Evidence> done(
      Iterable<? extends DutyLogEntry> log, Iterable<Pairing> pairings, Predicate<String> types) {
    ImmutableList.Builder<Evidence> out = ImmutableList.builder();
    done(log, pairings, types, out::add);
    return out.build();
  }

  /**
   * Hands the evidence of the duty log of some types, as {@link #done(Iterable, Iterable, Predicate)} returns it, to
   * a consumer piece by piece as it is made: what a source does that scores a county year's log while reading it.
   *
   * @param log the duty log, in any order, not null
   * @param pairings the pairings (联系结对) in force, not null
   * @param types which evidence types are wanted, not null
   * @param out takes each piece, in the order of the log, not null
   * @throws NullPointerException if an argument or an entry is null
   */
  public static void done(Iterable<? extends DutyLogEntry> log, Iterable<Pairing> pairings, Predicate<String> types,
      Consumer<? super Evidence> out) {
    requireNonNull(out, "out");
    requireNonNull(log, "log");
    requireNonNull(pairings, "pairings");
    requireNonNull(types, "types");
    boolean meetings = types.test(MEETING_ATTENDED);
    boolean onSite = types.test(ON_SITE_ARRIVED);
    // One look-up per visit, by its household, finds the household's pairer and the pairer's subject: a visit by the
    // pairer is a paired visit and needs nothing more; only a visit by anyone else, when such visits are wanted,
    // looks the visitor up too. A household paired with several people keeps the others in `alsoPairedWith`.
    Map<PersonId, Visitor> visitors = new HashMap<>();
    Map<HouseholdId, Visitor> pairerOf = new HashMap<>();
    Map<HouseholdId, Set<PersonId>> alsoPairedWith = new HashMap<>();
    for (Pairing pairing : pairings) {
      Visitor pairer = visitors.computeIfAbsent(pairing.pairer(), Visitor::new);
      Visitor first = pairerOf.putIfAbsent(pairing.household(), pairer);
      if (first != null && first != pairer) {
        alsoPairedWith.computeIfAbsent(pairing.household(), household -> new HashSet<>(4)).add(pairing.pairer());
      }
    }
    boolean pairedVisits = types.test(VISIT_PAIRED_HOUSEHOLD);
    boolean otherVisits = types.test(VISIT_OTHER_HOUSEHOLD);
    StringBuilder id = new StringBuilder(80);
    for (DutyLogEntry entry : log) {
      requireNonNull(entry, "log entry");
      if (entry instanceof DutyLogEntry.Visit visit && (pairedVisits || otherVisits)) {
        Visitor pairer = pairerOf.get(visit.household());
        boolean paired = pairer != null && (pairer.person.equals(visit.visitor())
            || !alsoPairedWith.isEmpty() && alsoPairedWith.getOrDefault(visit.household(), Set.of())
                .contains(visit.visitor()));
        if (paired ? !pairedVisits : !otherVisits) {
          continue;
        }
        String type = paired ? VISIT_PAIRED_HOUSEHOLD : VISIT_OTHER_HOUSEHOLD;
        Visitor visitor = paired && pairer.person.equals(visit.visitor())
            ? pairer : visitors.computeIfAbsent(visit.visitor(), Visitor::new);
        LocalDate date = entry.at().toLocalDate();
        String household = visit.household().value();
        ImmutableMap<String, String> attributes;
        id.setLength(0);
        appendUtc(id.append("visit/").append(visitor.subject.value()).append('/').append(household).append('/'),
            entry.at());
        if (visit.round().isPresent()) {
          String round = visit.round().get().value();
          attributes = ImmutableMap.of("household", household, "round", round);
          id.append('/').append(round);
        } else {
          attributes = ImmutableMap.of("household", household);
        }
        out.accept(new Evidence(EvidenceId.of(id.toString()), type, visitor.subject, date, attributes));
      } else if (entry instanceof DutyLogEntry.Meeting meeting && meetings) {
        LocalDate date = entry.at().toLocalDate();
        String host;
        String hostId;
        if (meeting.host() instanceof MeetingHost.OfTeam team) {
          host = "team";
          hostId = team.team().value();
        } else if (meeting.host() instanceof MeetingHost.OfVillage village) {
          host = "village";
          hostId = village.village().value();
        } else {
          host = "township";
          hostId = ((MeetingHost.OfTownship) meeting.host()).township().value();
        }
        ImmutableMap<String, String> attributes =
            ImmutableMap.of("meeting", meeting.id().value(), "host", host, "host-id", hostId);
        for (PersonId person : meeting.attendees()) {
          out.accept(new Evidence(EvidenceId.of("meeting/" + meeting.id().value() + "/" + person.value()),
              MEETING_ATTENDED, SubjectId.of(person.value()), date, attributes));
        }
      } else if (entry instanceof DutyLogEntry.Attendance attendance && onSite) {
        LocalDate date = entry.at().toLocalDate();
        String person = attendance.person().value();
        out.accept(new Evidence(
            EvidenceId.of("on-site/" + attendance.event().value() + "/" + person + "/" + utc(entry.at())),
            ON_SITE_ARRIVED, SubjectId.of(person), date, ImmutableMap.of("event", attendance.event().value())));
      }
    }
  }

  /** A visitor of the log, or a pairer: the person and their subject, made once. */
  private static final class Visitor {
    final PersonId person;
    final SubjectId subject;

    Visitor(PersonId person) {
      this.person = person;
      subject = SubjectId.of(person.value());
    }
  }

  /**
   * Returns an instant as {@link DateTimeFormatter#ISO_INSTANT} writes it ({@code 2025-03-04T05:06:00Z}, fractions of
   * a second in groups of three when there are any).
   *
   * @param at the instant, not null
   * @return its ISO text in UTC
   */
  static String utc(OffsetDateTime at) {
    return appendUtc(new StringBuilder(24), at).toString();
  }

  /**
   * Appends an instant as {@link DateTimeFormatter#ISO_INSTANT} writes it, without the formatter's cost (a county
   * year's ids hold a million instants) for the years 1000 to 9999; other years go through the formatter.
   */
  private static StringBuilder appendUtc(StringBuilder out, OffsetDateTime at) {
    long second = at.toEpochSecond();
    int nano = at.getNano();
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(second, 86_400));
    int secondOfDay = (int) Math.floorMod(second, 86_400);
    if (date.getYear() < 1000 || date.getYear() > 9999) {
      return out.append(DateTimeFormatter.ISO_INSTANT.format(at));
    }
    out.append(date.getYear()).append('-');
    digits(out, date.getMonthValue(), 2).append('-');
    digits(out, date.getDayOfMonth(), 2).append('T');
    digits(out, secondOfDay / 3600, 2).append(':');
    digits(out, secondOfDay / 60 % 60, 2).append(':');
    digits(out, secondOfDay % 60, 2);
    if (nano > 0) {
      out.append('.');
      if (nano % 1_000_000 == 0) {
        digits(out, nano / 1_000_000, 3);
      } else if (nano % 1000 == 0) {
        digits(out, nano / 1000, 6);
      } else {
        digits(out, nano, 9);
      }
    }
    return out.append('Z');
  }

  /** Appends a number of at most {@code width} digits, with leading zeros to that width. */
  private static StringBuilder digits(StringBuilder out, int value, int width) {
    for (int bound = 10, i = 1; i < width; i++, bound *= 10) {
      if (value < bound) {
        out.append('0');
      }
    }
    return out.append(value);
  }

  /**
   * Returns the subject a team is scored as: {@code TEAM:<team id>}, kept apart from people's ids.
   *
   * @param team the team, not null
   * @return the subject
   */
  public static SubjectId teamSubject(TeamId team) {
    return SubjectId.of("TEAM:" + team.value());
  }

  /**
   * Returns the subject a household's duties are counted under: {@code HOUSEHOLD:<household id>}.
   *
   * @param household the household, not null
   * @return the subject
   */
  public static SubjectId householdSubject(HouseholdId household) {
    return SubjectId.of("HOUSEHOLD:" + household.value());
  }

  private static void add(ImmutableList.Builder<Evidence> out, Set<EvidenceId> seen, EvidenceId id,
      SubjectId subject, LocalDate date, ImmutableMap<String, String> attributes) {
    if (seen.add(id)) {
      out.add(new Evidence(id, DUTY_MISSED, subject, date, attributes));
    }
  }

  private static void add(ImmutableList.Builder<Evidence> out, Set<Evidence> seen, Evidence evidence) {
    if (seen.add(evidence)) {
      out.add(evidence);
    }
  }

  private static LocalDate lastDay(String period, LocalDate reportEnd) {
    if (YEAR.matcher(period).matches()) {
      return Year.parse(period).atMonth(12).atEndOfMonth();
    }
    if (MONTH.matcher(period).matches()) {
      return YearMonth.parse(period).atEndOfMonth();
    }
    return reportEnd;
  }
}
