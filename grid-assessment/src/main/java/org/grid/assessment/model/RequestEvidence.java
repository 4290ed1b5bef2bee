package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;

/**
 * Turns a request's history (流转记录) into the evidence of the two-way assessment (双向考核), in the vocabulary of
 * {@link TwoWayAssessment}. Pure: it reads only the request, and the same request always gives the same evidence.
 *
 * <p>Every piece names its side in the attribute {@link #SIDE}: {@link #HANDLER} for the office that held, was
 * reminded or was charged ({@link #subjectOf(Office)}: {@code VILLAGE_GRID:T01-V04-N1}, {@code
 * DEPARTMENT:natural-resources}; attribute {@code tier}); {@link #REPORTER} for the grid of the request's place
 * ({@code T01-V04-N1}); {@link #STAFF} for the person who accepted, routed, resolved or wrote the report, and for the
 * assignee a rating concerns (subject the person id; attributes {@code tier} and {@code office}), so party members
 * are scored from their requests beside their duties. Every piece has the attributes {@code request} and {@code
 * category} (the request's current category: the report's, or the one a recategorization set last).
 *
 * <p>What each history entry gives:
 *
 * <ul>
 *   <li>Every entry whose holder differs from the entry before it (the first one, {@code REPORTED}, included): {@link
 *       TwoWayAssessment#HELD} for the new holder. {@code REPORTED}: {@link TwoWayAssessment#FILED} for the
 *       reporting grid (and the staff member who wrote the report).
 *   <li>{@code ACCEPTED} by an office, or {@code ROUTED} by the county office's staff (routing is the county
 *       office's acceptance): {@link TwoWayAssessment#ACCEPTED_LATE} when a reminder (催办单) for the accept
 *       deadline was issued to that office since the request reached it, else {@link
 *       TwoWayAssessment#ACCEPTED_ON_TIME}; for the office and the staff member. The history does not record the
 *       accept deadline itself, so an acceptance after the deadline but before the sweep issued its reminder counts
 *       as on time.
 *   <li>{@code RESOLVED}: {@link TwoWayAssessment#RESOLVED_LATE} when a reminder for the resolve deadline was issued
 *       since the acceptance (or reopening), or when the resolution came after the assignment's {@code dueBy} and
 *       the request was not suspended in between (a suspension moves the deadline by working days the history
 *       does not record); else {@link TwoWayAssessment#RESOLVED_ON_TIME}; for the office and the staff member.
 *   <li>{@code REMINDED}: {@link TwoWayAssessment#REMINDED} for the office reminded, attribute {@code missed}.
 *   <li>{@code AUTO_ESCALATED} or {@code SUPERVISED} charged to an office: {@link
 *       TwoWayAssessment#ESCALATION_CAUSED} for that office, attribute {@code via} = {@code auto-escalated} or
 *       {@code supervised}; a supervision is also {@link TwoWayAssessment#SUPERVISED}. {@code ON_SITE_LAPSED}
 *       charged to an office: {@link TwoWayAssessment#ON_SITE_LAPSED}.
 *   <li>{@code RETURNED}: {@link TwoWayAssessment#RETURNED} for the department that returned it, {@link
 *       TwoWayAssessment#MISROUTED} for the county office that now holds it again.
 *   <li>{@code REOPENED}: {@link TwoWayAssessment#REOPENED} for the office it reopened at.
 *   <li>{@code RATED}: {@link TwoWayAssessment#RATED} for the office that held it and the assignee, attribute {@code
 *       rating}.
 *   <li>{@code WITHDRAWN}: {@link TwoWayAssessment#WITHDRAWN} for the holder and {@link
 *       TwoWayAssessment#REPORT_WITHDRAWN} for the reporting grid, attribute {@code by}; the reason is not copied.
 *   <li>{@code SUSPENDED}: {@link TwoWayAssessment#INFORMATION_MISSING} for the reporting grid (and the staff
 *       member who wrote the report), attributes {@code reason} and {@code reported-by} ({@code citizen} or {@code
 *       staff}).
 *   <li>{@code RECATEGORIZED} (改类): {@link TwoWayAssessment#CATEGORY_CHANGED} for the reporting grid (and the staff
 *       member who wrote the report), attributes {@code from} and {@code to}.
 *   <li>{@code CLOSED_AS_DUPLICATE} (重复件): {@link TwoWayAssessment#DUPLICATE} for the reporting grid (and the staff
 *       member who wrote the report), attribute {@code original}.
 * </ul>
 *
 * <p>Evidence ids are {@code <request id>/<history index>/<type>}, with {@code /by} appended on the staff side:
 * deterministic, and unique because each history entry yields at most one piece of each type per side and request
 * ids are unique.
 */
public final class RequestEvidence {

  /**
   * The attribute every piece of request evidence has, naming whose it is: {@link #HANDLER}, {@link #REPORTER} or
   * {@link #STAFF}.
   */
  public static final String SIDE = "side";

  /** {@link #SIDE} of evidence for a handling office (承办方): its subject is {@link #subjectOf(Office)}. */
  public static final String HANDLER = "handler";

  /** {@link #SIDE} of evidence for the reporting grid (申报方): its subject is the grid id. */
  public static final String REPORTER = "reporter";

  /** {@link #SIDE} of evidence for a staff member who acted, or the assignee rated: its subject is the person id. */
  public static final String STAFF = "staff";

  private RequestEvidence() {}

  /** Every side: what {@link #of(Request, ZoneId)} derives. */
  public static final ImmutableSet<String> ALL_SIDES = ImmutableSet.of(HANDLER, REPORTER, STAFF);

  /**
   * Returns the evidence of one request.
   *
   * @param request the request, not null
   * @param zone the time zone whose local date dates the evidence (the township's work calendar zone), not null
   * @return the evidence in history order
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<Evidence> of(Request request, ZoneId zone) {
    return of(request, zone, ALL_SIDES);
  }

  /**
   * Returns the evidence of one request for some sides only: the two-way assessment needs the handlers' and the
   * reporters', party-member scoring the staff's, and deriving only what is needed costs only that. The evidence of
   * a side is the same whichever other sides are asked for.
   *
   * @param request the request, not null
   * @param zone the time zone whose local date dates the evidence, not null
   * @param sides the sides wanted, each {@link #HANDLER}, {@link #REPORTER} or {@link #STAFF}; not null
   * @return the evidence of those sides, in history order
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a side is not one of the three
   */
  public static ImmutableList<Evidence> of(Request request, ZoneId zone, Set<String> sides) {
    return of(request, zone, sides, type -> true);
  }

  /**
   * Returns the evidence of one request for some sides and types only: what a scoring whose rule sets count only
   * those types needs. The evidence of a side and type is the same whatever else is asked for.
   *
   * @param request the request, not null
   * @param zone the time zone whose local date dates the evidence, not null
   * @param sides the sides wanted, each {@link #HANDLER}, {@link #REPORTER} or {@link #STAFF}; not null
   * @param types which evidence types are wanted, not null
   * @return the evidence of those sides and types, in history order
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a side is not one of the three
   */
  public static ImmutableList<Evidence> of(Request request, ZoneId zone, Set<String> sides, Predicate<String> types) {
    requireNonNull(request, "request");
    requireNonNull(zone, "zone");
    requireNonNull(types, "types");
    ImmutableList.Builder<Evidence> out = ImmutableList.builder();
    of(request, zone, sides, types, out::add);
    return out.build();
  }

  /**
   * Hands the evidence of one request for some sides and types, as {@link #of(Request, ZoneId, Set, Predicate)}
   * returns it, to a consumer piece by piece: what a source does that scores a county year's requests while
   * deriving their evidence.
   *
   * @param request the request, not null
   * @param zone the time zone whose local date dates the evidence, not null
   * @param sides the sides wanted, each {@link #HANDLER}, {@link #REPORTER} or {@link #STAFF}; not null
   * @param types which evidence types are wanted, not null
   * @param out takes each piece, in history order, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a side is not one of the three
   */
  public static void of(Request request, ZoneId zone, Set<String> sides, Predicate<String> types,
      Consumer<? super Evidence> out) {
    requireNonNull(request, "request");
    requireNonNull(zone, "zone");
    requireNonNull(types, "types");
    requireNonNull(out, "out");
    checkSides(sides);
    new Walk(request, zone, sides, types, out).run();
  }

  /**
   * Returns the evidence of many requests, request after request.
   *
   * @param requests the requests, each once, not null
   * @param zone the time zone that dates the evidence, not null
   * @return the evidence
   * @throws NullPointerException if an argument or a request is null
   */
  public static ImmutableList<Evidence> of(Iterable<Request> requests, ZoneId zone) {
    requireNonNull(requests, "requests");
    ImmutableList.Builder<Evidence> all = ImmutableList.builder();
    for (Request request : requests) {
      all.addAll(of(request, zone));
    }
    return all.build();
  }

  /**
   * Checks a set of sides.
   *
   * @param sides the sides, not null
   * @return the sides, as an immutable set
   * @throws NullPointerException if {@code sides} or a side is null
   * @throws IllegalArgumentException if a side is not {@link #HANDLER}, {@link #REPORTER} or {@link #STAFF}
   */
  public static ImmutableSet<String> checkSides(Set<String> sides) {
    requireNonNull(sides, "sides");
    for (String side : sides) {
      if (!ALL_SIDES.contains(requireNonNull(side, "side"))) {
        throw new IllegalArgumentException(
            "side must be one of " + ALL_SIDES + ", was '" + Masking.text(side) + "'");
      }
    }
    return ImmutableSet.copyOf(sides);
  }

  /**
   * Returns the subject id of a handling office: its tier and unit, e.g. {@code TOWNSHIP_OFFICE:T01}.
   *
   * @param office the office, not null
   * @return the subject
   */
  public static SubjectId subjectOf(Office office) {
    return SubjectId.of(office.tier() + ":" + office.unit());
  }

  /**
   * Returns the attribute value of a rating: {@code satisfied}, {@code basically-satisfied}, {@code
   * dissatisfied} or {@code no-rating}.
   *
   * @param rating the rating, not null
   * @return its text
   */
  public static String ratingText(Rating rating) {
    return rating.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** One pass over a history, keeping what the current step's evidence depends on. */
  private static final class Walk {
    private final Request request;
    private final ZoneId zone;
    private final SubjectId reporter;
    private final String reportedBy;
    private final PersonId reportingStaff;
    private final Consumer<? super Evidence> out;
    private final Predicate<String> types;
    private final boolean handlerSide;
    private final boolean reporterSide;
    private final boolean staffSide;
    private final Map<Office, SubjectId> offices = new HashMap<>(4);
    private final Map<Office, ImmutableMap<String, String>> handlerAttributes = new HashMap<>(4);
    private final Map<Office, ImmutableMap<String, String>> staffAttributes = new HashMap<>(4);
    /** The reporting grid's attributes of a piece without attributes of its own (report.filed), made once. */
    private ImmutableMap<String, String> reporterAttributes;
    private int datedIndex = -1;
    private LocalDate dated;
    private boolean acceptReminded;
    private boolean resolveReminded;
    private boolean suspendedSinceAssignment;
    private Instant resolveDue;
    private PersonId assignee;
    private Category category;

    Walk(Request request, ZoneId zone, Set<String> sides, Predicate<String> types, Consumer<? super Evidence> out) {
      this.request = request;
      this.out = out;
      this.zone = zone;
      this.types = types;
      this.handlerSide = sides.contains(HANDLER);
      this.reporterSide = sides.contains(REPORTER);
      this.staffSide = sides.contains(STAFF);
      this.reporter = gridSubject(request);
      Actor first = request.history().get(0).actor();
      this.reportedBy = first instanceof Actor.Citizen ? "citizen" : "staff";
      this.reportingStaff = first instanceof Actor.Staff staff ? staff.person() : null;
      this.category = request.report().category();
    }

    void run() {
      ImmutableList<HistoryEntry> history = request.history();
      report(0, TwoWayAssessment.FILED, Map.of());
      Office held = null;
      for (int i = 0; i < history.size(); i++) {
        HistoryEntry entry = history.get(i);
        if (!entry.holder().equals(held)) {
          held = entry.holder();
          handler(i, TwoWayAssessment.HELD, held, Map.of());
        }
        switch (entry.kind()) {
          case REPORTED, ESCALATED -> acceptReminded = false;
          case RETURNED -> {
            acceptReminded = false;
            if (i > 0) {
              handler(i, TwoWayAssessment.RETURNED, history.get(i - 1).holder(), Map.of());
            }
            handler(i, TwoWayAssessment.MISROUTED, entry.holder(), Map.of());
          }
          case ROUTED -> {
            if (!(entry.actor() instanceof Actor.SystemActor) && i > 0) {
              handler(i, accepted(), history.get(i - 1).holder(), Map.of());
              byStaff(i, accepted(), history.get(i - 1).holder());
            }
            acceptReminded = false;
          }
          case ACCEPTED -> {
            handler(i, accepted(), entry.holder(), Map.of());
            byStaff(i, accepted(), entry.holder());
            acceptReminded = false;
            resolveReminded = false;
            suspendedSinceAssignment = false;
            resolveDue = null;
            if (entry.form() instanceof Form.Assignment a) {
              resolveDue = a.dueBy();
              assignee = a.assignee();
            }
          }
          case AUTO_ESCALATED -> {
            acceptReminded = false;
            charged(i, entry, TwoWayAssessment.ESCALATION_CAUSED, "auto-escalated");
          }
          case SUPERVISED -> {
            charged(i, entry, TwoWayAssessment.ESCALATION_CAUSED, "supervised");
            charged(i, entry, TwoWayAssessment.SUPERVISED, null);
          }
          case ON_SITE_LAPSED -> charged(i, entry, TwoWayAssessment.ON_SITE_LAPSED, null);
          case REMINDED -> {
            if (entry.form() instanceof Form.Reminder reminder) {
              if (reminder.missed() == DeadlineKind.ACCEPT) {
                acceptReminded = true;
              } else if (reminder.missed() == DeadlineKind.RESOLVE) {
                resolveReminded = true;
              }
              handler(i, TwoWayAssessment.REMINDED, reminder.office(),
                  Map.of("missed", reminder.missed().name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
          }
          case SUSPENDED -> {
            suspendedSinceAssignment = true;
            report(i, TwoWayAssessment.INFORMATION_MISSING,
                Map.of("reason", entry.reason() == null ? "" : entry.reason(), "reported-by", reportedBy));
          }
          case RESOLVED -> {
            boolean late = resolveReminded
                || (resolveDue != null && !suspendedSinceAssignment && entry.at().isAfter(resolveDue));
            String type = late ? TwoWayAssessment.RESOLVED_LATE : TwoWayAssessment.RESOLVED_ON_TIME;
            handler(i, type, entry.holder(), Map.of());
            byStaff(i, type, entry.holder());
          }
          case RATED -> {
            if (entry.form() instanceof Form.Feedback feedback && feedback.rating() != null) {
              Map<String, String> rating = Map.of("rating", ratingText(feedback.rating()));
              handler(i, TwoWayAssessment.RATED, entry.holder(), rating);
              if (assignee != null) {
                person(i, TwoWayAssessment.RATED, assignee, entry.holder(), rating);
              }
            }
          }
          case REOPENED -> {
            handler(i, TwoWayAssessment.REOPENED, entry.holder(), Map.of());
            resolveReminded = false;
            suspendedSinceAssignment = false;
            resolveDue = null;
          }
          case RECATEGORIZED -> {
            report(i, TwoWayAssessment.CATEGORY_CHANGED,
                Map.of("from", category.code(), "to", entry.category().code()));
            category = entry.category();
          }
          case CLOSED_AS_DUPLICATE -> report(i, TwoWayAssessment.DUPLICATE,
              Map.of("original", entry.duplicateOf().value()));
          case WITHDRAWN -> {
            Map<String, String> by = Map.of("by", entry.actor() instanceof Actor.Citizen ? "citizen" : "staff");
            handler(i, TwoWayAssessment.WITHDRAWN, entry.holder(), by);
            report(i, TwoWayAssessment.REPORT_WITHDRAWN, by);
          }
          default -> {
            // RESUMED, FEEDBACK_DELIVERED, CLOSED, ON_SITE_ARRIVED: no evidence
          }
        }
      }
    }

    /**
     * The reporting grid as a subject; a grid id that SubjectId refuses (shaped like a national ID number) is named by
     * its request, not quoted.
     */
    private static SubjectId gridSubject(Request request) {
      try {
        return SubjectId.of(request.report().place().grid().value());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "request " + request.id() + ": the grid of its place cannot be scored: " + e.getMessage(), e);
      }
    }

    private String accepted() {
      return acceptReminded ? TwoWayAssessment.ACCEPTED_LATE : TwoWayAssessment.ACCEPTED_ON_TIME;
    }

    private void charged(int index, HistoryEntry entry, String type, String via) {
      if (entry.chargedTo() != null) {
        handler(index, type, entry.chargedTo(), via == null ? Map.of() : Map.of("via", via));
      }
    }

    /** Evidence for a handling office. */
    private void handler(int index, String type, Office office, Map<String, String> extra) {
      if (!handlerSide || !types.test(type)) {
        return;
      }
      ImmutableMap<String, String> attributes = extra.isEmpty()
          ? handlerAttributes.computeIfAbsent(office, o -> attributes(Map.of(), o, HANDLER))
          : attributes(extra, office, HANDLER);
      emit(index, type, "", offices.computeIfAbsent(office, RequestEvidence::subjectOf), attributes);
    }

    /** The same evidence for the staff member who made the entry, when staff made it. */
    private void byStaff(int index, String type, Office office) {
      if (request.history().get(index).actor() instanceof Actor.Staff staff) {
        person(index, type, staff.person(), office, Map.of());
      }
    }

    private void person(int index, String type, PersonId person, Office office, Map<String, String> extra) {
      if (!staffSide || !types.test(type)) {
        return;
      }
      ImmutableMap<String, String> attributes = extra.isEmpty()
          ? staffAttributes.computeIfAbsent(office, o -> attributes(Map.of(), o, STAFF))
          : attributes(extra, office, STAFF);
      emit(index, type, "/by", SubjectId.of(person.value()), attributes);
    }

    /** Evidence for the reporting grid, and for the staff member who wrote the report when staff wrote it. */
    private void report(int index, String type, Map<String, String> extra) {
      if (!types.test(type)) {
        return;
      }
      if (reporterSide) {
        if (extra.isEmpty() && reporterAttributes == null) {
          reporterAttributes = attributes(extra, null, REPORTER);
        }
        emit(index, type, "", reporter, extra.isEmpty() ? reporterAttributes : attributes(extra, null, REPORTER));
      }
      if (reportingStaff != null && staffSide) {
        emit(index, type, "/by", SubjectId.of(reportingStaff.value()), attributes(extra, null, STAFF));
      }
    }

    /**
     * The attributes of a piece: the entry's own, then the office's tier (and on the staff side the office), the
     * side, the request and its category. Pieces of one office and side without attributes of their own share one
     * map.
     */
    private ImmutableMap<String, String> attributes(Map<String, String> extra, Office office, String side) {
      ImmutableMap.Builder<String, String> attributes =
          ImmutableMap.<String, String>builderWithExpectedSize(extra.size() + 5).putAll(extra);
      if (office != null) {
        attributes.put("tier", office.tier().name());
        if (side.equals(STAFF)) {
          attributes.put("office", offices.computeIfAbsent(office, RequestEvidence::subjectOf).value());
        }
      }
      return attributes.put(SIDE, side).put("request", request.id().value())
          .put("category", request.category().code()).buildOrThrow();
    }

    private void emit(
        int index, String type, String suffix, SubjectId subject, ImmutableMap<String, String> attributes) {
      out.accept(new Evidence(EvidenceId.of(request.id().value() + "/" + index + "/" + type + suffix), type, subject,
          dateOf(index), attributes));
    }

    /** The local date of an entry, worked out once for all the evidence it gives. */
    private LocalDate dateOf(int index) {
      if (index != datedIndex) {
        dated = LocalDate.ofInstant(request.history().get(index).at(), zone);
        datedIndex = index;
      }
      return dated;
    }
  }
}
