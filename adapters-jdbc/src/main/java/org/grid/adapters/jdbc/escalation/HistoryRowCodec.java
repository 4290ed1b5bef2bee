package org.grid.adapters.jdbc.escalation;

import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Function;
import org.grid.adapters.jdbc.RowReader;
import org.grid.adapters.jdbc.TableColumns;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.TransitionKind;

/**
 * The codec of a {@code grid_request_history} row: one entry of a request's history in one row, with the form
 * issued with it (all {@code form_...} columns null when there is none; a report form is stored as its kind only,
 * since it is the request's own), and the category of a recategorization or the original of a duplicate (V12; null
 * on every other entry). One list of columns, each said once with how it binds from a {@link HistoryRow}; the reading
 * by column name gives the entry back.
 */
final class HistoryRowCodec {

  static final String TABLE = "grid_request_history";

  /**
   * One history row to insert.
   *
   * @param requestId the request's id
   * @param seq the entry's position in the history, from 0
   * @param entry the entry
   */
  record HistoryRow(String requestId, int seq, HistoryEntry entry) {}

  static final TableColumns<HistoryRow> COLUMNS = TableColumns.<HistoryRow>of(TABLE)
      .fixedText("request_id", HistoryRow::requestId)
      .fixedInteger("seq", HistoryRow::seq)
      .fixedInstant("at", h -> h.entry().at())
      .fixedText("actor_kind", h -> actorKind(h.entry().actor()))
      .fixedText("actor_person", h -> actorPerson(h.entry().actor()))
      .fixedText("actor_role", h -> h.entry().actor() instanceof Actor.Staff s ? s.role() : null)
      .fixedText("actor_tier", h -> h.entry().actor() instanceof Actor.Staff s ? s.office().tier() : null)
      .fixedText("actor_unit", h -> h.entry().actor() instanceof Actor.Staff s ? s.office().unit() : null)
      .fixedText("actor_name", h -> h.entry().actor() instanceof Actor.SystemActor s ? s.name() : null)
      .fixedText("kind", h -> h.entry().kind())
      .fixedText("state", h -> h.entry().state())
      .fixedText("holder_tier", h -> h.entry().holder().tier())
      .fixedText("holder_unit", h -> h.entry().holder().unit())
      .fixedText("reason", h -> h.entry().reason())
      .fixedText("charged_tier", h -> h.entry().chargedTo() == null ? null : h.entry().chargedTo().tier())
      .fixedText("charged_unit", h -> h.entry().chargedTo() == null ? null : h.entry().chargedTo().unit())
      .fixedText("form_kind", h -> formKind(h.entry().form()))
      .fixedText("form_office_tier", h -> formOffice(h.entry().form()) == null ? null
          : formOffice(h.entry().form()).tier())
      .fixedText("form_office_unit", h -> formOffice(h.entry().form()) == null ? null
          : formOffice(h.entry().form()).unit())
      .fixedText("form_assignee", h -> h.entry().form() instanceof Form.Assignment a ? a.assignee().value() : null)
      .fixedInstant("form_due_by", h -> h.entry().form() instanceof Form.Assignment a ? a.dueBy() : null)
      .fixedText("form_missed", h -> h.entry().form() instanceof Form.Reminder r ? r.missed() : null)
      .fixedInstant("form_missed_deadline",
          h -> h.entry().form() instanceof Form.Reminder r ? r.missedDeadline() : null)
      .fixedInstant("form_grace_until", h -> h.entry().form() instanceof Form.Reminder r ? r.graceUntil() : null)
      .fixedText("form_result", h -> h.entry().form() instanceof Form.Feedback f ? f.result() : null)
      .fixedText("form_rating", h -> h.entry().form() instanceof Form.Feedback f ? f.rating() : null)
      .fixedText("category", h -> h.entry().category() == null ? null : h.entry().category().code())
      .fixedText("duplicate_of", h -> h.entry().duplicateOf() == null ? null : h.entry().duplicateOf().value())
      .build();

  /** Selects the history of several requests, in order; {@code %s} is the list of their ids' parameters. */
  static final String SELECT =
      "SELECT " + COLUMNS.selectList() + " FROM " + TABLE + " WHERE request_id IN (%s) ORDER BY request_id, seq";

  private HistoryRowCodec() {}

  private static String actorKind(Actor actor) {
    if (actor instanceof Actor.Staff) {
      return "STAFF";
    }
    return actor instanceof Actor.Citizen ? "CITIZEN" : "SYSTEM";
  }

  private static String actorPerson(Actor actor) {
    if (actor instanceof Actor.Staff staff) {
      return staff.person().value();
    }
    return actor instanceof Actor.Citizen citizen ? citizen.person().value() : null;
  }

  private static String formKind(Form form) {
    if (form == null) {
      return null;
    }
    if (form instanceof Form.Report) {
      return "REPORT";
    }
    if (form instanceof Form.Assignment) {
      return "ASSIGNMENT";
    }
    return form instanceof Form.Reminder ? "REMINDER" : "FEEDBACK";
  }

  private static Office formOffice(Form form) {
    if (form instanceof Form.Assignment a) {
      return a.office();
    }
    return form instanceof Form.Reminder r ? r.office() : null;
  }

  /**
   * Reads the entry of the current row.
   *
   * @param h the reader, on the row (named)
   * @param report the request's report form, which a {@code REPORT} form row stands for, and beside whose place
   *     the row's offices are rebuilt
   * @return the entry
   * @throws org.grid.adapters.jdbc.RowMappingException if a column does not map
   */
  static HistoryEntry read(RowReader h, Form.Report report) throws SQLException {
    Instant at = h.requiredInstant("at");
    String actorKind = h.requiredText("actor_kind");
    Actor actor = switch (actorKind) {
      case "STAFF" -> {
        PersonId person = h.required("actor_person", PersonId::of);
        String role = h.requiredText("actor_role");
        Office office = office(h, "actor_tier", "actor_unit", true, report.place());
        yield h.check("actor_role", () -> Actor.staff(person, role, office));
      }
      case "CITIZEN" -> Actor.citizen(h.required("actor_person", PersonId::of));
      case "SYSTEM" -> {
        String name = h.requiredText("actor_name");
        yield h.check("actor_name", () -> new Actor.SystemActor(name));
      }
      default -> throw h.error("actor_kind", "'" + actorKind + "' is not STAFF, CITIZEN or SYSTEM");
    };
    TransitionKind kind = h.requiredEnum("kind", TransitionKind.class);
    RequestState state = h.requiredEnum("state", RequestState.class);
    Office holder = office(h, "holder_tier", "holder_unit", true, report.place());
    String reason = h.text("reason");
    Office charged = office(h, "charged_tier", "charged_unit", false, report.place());
    Form form = form(h, report);
    Category category = correction(h, "category", kind, TransitionKind.RECATEGORIZED, Category::of);
    RequestId duplicateOf = correction(h, "duplicate_of", kind, TransitionKind.CLOSED_AS_DUPLICATE, RequestId::of);
    return h.check("at",
        () -> new HistoryEntry(at, actor, kind, state, holder, form, reason, charged, category, duplicateOf));
  }

  /** Reads a column that is set exactly on entries of one kind (V12: category, duplicate_of). */
  private static <T> T correction(RowReader h, String column, TransitionKind kind, TransitionKind setOn,
      Function<String, T> parse) throws SQLException {
    T value = h.optional(column, parse);
    if (kind == setOn && value == null) {
      throw h.error(column, "is null on a " + kind + " entry");
    }
    if (kind != setOn && value != null) {
      throw h.error(column, "is set on a " + kind + " entry; only a " + setOn + " entry has one");
    }
    return value;
  }

  private static Form form(RowReader f, Form.Report report) throws SQLException {
    String kind = f.text("form_kind");
    if (kind == null) {
      return null;
    }
    switch (kind) {
      case "REPORT":
        return report;
      case "ASSIGNMENT": {
        Office office = office(f, "form_office_tier", "form_office_unit", true, report.place());
        PersonId assignee = f.required("form_assignee", PersonId::of);
        Instant dueBy = f.requiredInstant("form_due_by");
        return new Form.Assignment(office, assignee, dueBy);
      }
      case "REMINDER": {
        Office office = office(f, "form_office_tier", "form_office_unit", true, report.place());
        DeadlineKind missed = f.requiredEnum("form_missed", DeadlineKind.class);
        Instant missedDeadline = f.requiredInstant("form_missed_deadline");
        Instant graceUntil = f.requiredInstant("form_grace_until");
        return new Form.Reminder(office, missed, missedDeadline, graceUntil);
      }
      case "FEEDBACK": {
        String result = f.requiredText("form_result");
        Rating rating = f.optionalEnum("form_rating", Rating.class);
        return f.check("form_result", () -> new Form.Feedback(result, rating));
      }
      default:
        throw f.error("form_kind", "'" + kind + "' is not REPORT, ASSIGNMENT, REMINDER or FEEDBACK");
    }
  }

  /**
   * Reads an office stored as a tier column and a unit column, and rebuilds its path beside the request's place
   * ({@link Office#at}): every office of a request lies on its place's path or is a department of its county.
   *
   * @param c the reader, on the row
   * @param tierColumn the tier's column
   * @param unitColumn the unit's column
   * @param required whether both may be null (no office)
   * @param place the request's place, not null
   * @return the office, or null when both are null and it is not required
   * @throws org.grid.adapters.jdbc.RowMappingException if one is null and the other not, or the office is refused
   */
  static Office office(RowReader c, String tierColumn, String unitColumn, boolean required, Place place)
      throws SQLException {
    Tier tier = c.optionalEnum(tierColumn, Tier.class);
    String unit = c.text(unitColumn);
    if (tier == null && unit == null) {
      if (required) {
        throw c.error(tierColumn, "is null");
      }
      return null;
    }
    if (tier == null || unit == null) {
      throw c.error(tier == null ? tierColumn : unitColumn, "is null while the other is not");
    }
    return c.check(unitColumn, () -> Office.at(tier, unit, place));
  }
}
