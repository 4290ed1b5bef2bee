package org.grid.adapters.jdbc.escalation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grid.adapters.jdbc.RowReader;
import org.grid.adapters.jdbc.TableColumns;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.AppliedCommands;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestRecord;
import org.grid.escalation.model.RequestRecord.OnSiteClock;
import org.grid.escalation.model.RequestRecord.Step;
import org.grid.escalation.model.RequestRecord.Suspension;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;

/**
 * The codec of a {@code grid_request} row: one list of its columns, each said once with how it binds from a
 * {@link RequestRecord}, from which the select list, the {@code INSERT} and the versioned {@code UPDATE} are
 * generated; and the reading of a row by column name into a {@link Row}, which becomes a record once its child
 * rows are loaded. The record's named parts map to column groups: the running step to {@code step_kind},
 * {@code step_deadline} and {@code reminded}; a suspension to the {@code paused_...} columns and {@code
 * suspended_at}; the on-site clock to {@code on_site_deadline}. A part that is absent is stored as NULLs (and
 * false). The report form's columns hold the form as the reporter gave it; {@code current_category} the category in
 * force (V12), which must be the report's or the last recategorization's of the history. Every value the model would
 * refuse is refused here first, naming its column.
 *
 * <p>Rows written before the record had named parts may hold {@code reminded} true for a request withdrawn while
 * a reminder ran; with no running step there is no reminder, so the flag is not read then.
 */
final class RequestRowCodec {

  static final String TABLE = "grid_request";
  /** A field of a history entry as {@link Request#restore} names it: {@code history[3].kind}. */
  private static final Pattern HISTORY_FIELD = Pattern.compile("history\\[(\\d+)]\\.(\\w+)");

  /** The columns, in the order of the select list. */
  static final TableColumns<RequestRecord> COLUMNS = TableColumns.<RequestRecord>of(TABLE)
      .fixedText("id", r -> r.id().value())
      .bigint("version", RequestRecord::version)
      .text("state", RequestRecord::state)
      .text("tier", r -> r.holder().tier())
      .text("holder_unit", r -> r.holder().unit())
      .text("assignee", r -> r.assignee() == null ? null : r.assignee().value())
      .instant("next_deadline", RequestRecord::nextDeadline)
      .text("step_kind", r -> r.step() == null ? null : r.step().kind())
      .instant("step_deadline", r -> r.step() == null ? null : r.step().deadline())
      .bool("reminded", r -> r.step() != null && r.step().reminded())
      .instant("on_site_deadline", r -> r.onSite() == null ? null : r.onSite().deadline())
      .text("paused_state", r -> r.suspension() == null ? null : r.suspension().pausedState())
      .text("paused_kind", r -> r.suspension() == null ? null : r.suspension().pausedStep().kind())
      .instant("paused_deadline", r -> r.suspension() == null ? null : r.suspension().pausedStep().deadline())
      .bool("paused_reminded", r -> r.suspension() != null && r.suspension().pausedStep().reminded())
      .instant("suspended_at", r -> r.suspension() == null ? null : r.suspension().since())
      .integer("suspended_days", RequestRecord::suspendedDays)
      .bool("reopened_at_tier", RequestRecord::reopenedAtTier)
      .text("result", RequestRecord::result)
      .fixedText("reporter", r -> r.report().reporter().value())
      .fixedText("county_id", r -> r.report().place().county().value())
      .fixedText("township_id", r -> r.report().place().township().value())
      .fixedText("district_id", r -> r.report().place().district().value())
      .fixedText("village_id", r -> r.report().place().village().value())
      .fixedText("grid_id", r -> r.report().place().grid().value())
      .fixedText("category", r -> r.report().category().code())
      .text("current_category", r -> r.category().code())
      .fixedText("description", r -> r.report().description())
      .fixedText("urgency", r -> r.report().urgency())
      .fixedText("must_attend", r -> r.report().mustAttend())
      .fixedText("complaint_tier", r -> complaint(r) == null ? null : complaint(r).tier())
      .fixedText("complaint_unit", r -> complaint(r) == null ? null : complaint(r).unit())
      .integer("history_size", r -> r.history().size())
      .integer("command_count", r -> r.appliedCommands().size())
      .integer("returned_count", r -> r.returnedBy().size())
      // when reported, the list order (V15); written with the row, read back from the history
      .fixedInstant("reported_at", r -> r.history().get(0).at())
      .build();

  /** {@code SELECT} of every column, to be followed by the {@code WHERE}. */
  static final String SELECT = "SELECT " + COLUMNS.selectList() + " FROM " + TABLE + " ";

  static final String INSERT = COLUMNS.insert();

  /** The conditional update: the changing columns, then the id and the expected version. */
  static final String UPDATE = COLUMNS.update("id", "version");

  /**
   * {@link #UPDATE} that also finds the result (free text) as the caller read it: equal to the first added
   * parameter, or null when the second is true. A command reads its request without a lock; an erasure of the
   * reporter's free text that commits in between keeps the version but changes the result, and this update then
   * finds no row, as for another version.
   */
  static final String UPDATE_IF_RESULT = UPDATE + " AND (result = ? OR (result IS NULL AND ?))";

  private RequestRowCodec() {}

  private static Office complaint(RequestRecord r) {
    return r.report().complaintAgainst();
  }

  /** The columns of one grid_request row as read, with the child rows loaded for it afterwards. */
  static final class Row {
    final String id;
    final long version;
    final Form.Report report;
    final Category category;
    final RequestState state;
    final Office holder;
    final PersonId assignee;
    final Instant nextDeadline;
    final Step step;
    final OnSiteClock onSite;
    final Suspension suspension;
    final int suspendedDays;
    final boolean reopenedAtTier;
    final String result;
    final int historySize;
    final int commandCount;
    final int returnedCount;
    final List<HistoryEntry> history = new ArrayList<>();
    /** The applied command ids, in the order applied, each with its digest ("" when none is stored). */
    final Map<CommandId, String> commands = new LinkedHashMap<>();
    final List<DepartmentId> returned = new ArrayList<>();

    private Row(RowReader c) throws SQLException {
      id = c.requiredText("id");
      c.row(id);
      c.required("id", RequestId::of);
      version = c.requiredLong("version");
      if (version < 1) {
        throw c.error("version", "must be at least 1, was " + version);
      }
      state = c.requiredEnum("state", RequestState.class);
      // The place first: every office of the request is rebuilt beside it (Office.at).
      Place place = place(c);
      Tier tier = c.requiredEnum("tier", Tier.class);
      String unit = c.requiredText("holder_unit");
      holder = c.check("holder_unit", () -> Office.at(tier, unit, place));
      assignee = c.optional("assignee", PersonId::of);
      nextDeadline = c.instant("next_deadline");
      step = step(c, state);
      Instant onSiteDeadline = c.instant("on_site_deadline");
      onSite = onSiteDeadline == null ? null : new OnSiteClock(onSiteDeadline);
      suspension = suspension(c, state);
      suspendedDays = c.requiredInt("suspended_days");
      if (suspendedDays < 0) {
        throw c.error("suspended_days", "must not be negative, was " + suspendedDays);
      }
      reopenedAtTier = c.requiredBoolean("reopened_at_tier");
      result = c.text("result");
      report = report(c, place);
      category = c.required("current_category", Category::of);
      historySize = c.requiredInt("history_size");
      if (historySize < 1) {
        throw c.error("history_size", "must be at least 1 (the report), was " + historySize);
      }
      commandCount = c.requiredInt("command_count");
      returnedCount = c.requiredInt("returned_count");
    }

    /**
     * Returns the request once the child rows are loaded: its record restored ({@link Request#restore}), which also
     * checks the record against its history.
     *
     * @throws org.grid.adapters.jdbc.RowMappingException if a count disagrees with the child rows, the stored next
     *     deadline with the record's, or the record with its history
     */
    Request toRequest() {
      RequestRecord record = toRecord();
      try {
        return Request.restore(record);
      } catch (IllegalArgumentException e) {
        // The model names its field, or a history entry's place and field ("history[3].kind"); the column that
        // holds it is blamed, on the request's row or on the entry's.
        String field = e.getMessage().split(" ", 2)[0];
        Matcher entry = HISTORY_FIELD.matcher(field);
        if (entry.matches()) {
          String column = entry.group(2).equals("duplicateOf") ? "duplicate_of" : entry.group(2);
          throw new RowReader(null, HistoryRowCodec.TABLE).row(id + "/" + entry.group(1))
              .error(column, e.getMessage());
        }
        String column = field.equals("holder") ? "holder_unit" : field;
        throw new RowReader(null, TABLE).row(id).error(column, e.getMessage());
      }
    }

    private RequestRecord toRecord() {
      RowReader c = new RowReader(null, TABLE).row(id);
      checkCount(c, "history_size", historySize, history.size(), "grid_request_history");
      checkCount(c, "command_count", commandCount, commands.size(), "grid_request_command");
      checkCount(c, "returned_count", returnedCount, returned.size(), "grid_request_return");
      // Every invariant of the record was checked column by column above; should the model add one, the state
      // is the column that the parts are checked against.
      RequestRecord record = c.check("state", () -> new RequestRecord(RequestId.of(id), version, report, category,
          state, holder, assignee, step, onSite, suspension, suspendedDays, ImmutableSet.copyOf(returned),
          reopenedAtTier, result, ImmutableList.copyOf(history), AppliedCommands.copyOf(commands)));
      if (!Objects.equals(record.nextDeadline(), nextDeadline)) {
        throw c.error("next_deadline", "is " + nextDeadline + ", but the request's deadlines give "
            + record.nextDeadline());
      }
      Category fromHistory = categoryFromHistory();
      if (!category.equals(fromHistory)) {
        throw c.error("current_category", "is " + category + ", but the request's history gives " + fromHistory);
      }
      return record;
    }

    /** The report's category, or the one the last RECATEGORIZED entry set. */
    private Category categoryFromHistory() {
      Category current = report.category();
      for (HistoryEntry entry : history) {
        if (entry.category() != null) {
          current = entry.category();
        }
      }
      return current;
    }

    private static void checkCount(RowReader c, String column, int stored, int rows, String childTable) {
      if (stored != rows) {
        throw c.error(column, stored + ", but " + childTable + " holds " + rows + " rows");
      }
    }
  }

  /**
   * Reads the current row.
   *
   * @param c the reader of a result that selects {@link #SELECT}'s columns
   * @return the row, its children still to load
   * @throws org.grid.adapters.jdbc.RowMappingException if a column does not map
   */
  static Row read(RowReader c) throws SQLException {
    return new Row(c);
  }

  private static Step step(RowReader c, RequestState state) throws SQLException {
    DeadlineKind kind = c.optionalEnum("step_kind", DeadlineKind.class);
    Instant deadline = c.instant("step_deadline");
    if ((kind == null) != (deadline == null)) {
      throw c.error(kind == null ? "step_kind" : "step_deadline", "is null while the other is not");
    }
    if (state.isOpen() != (kind != null)) {
      throw c.error("step_kind", kind == null ? "is null while the request is open (" + state + ")"
          : "is set while the request is " + state);
    }
    return kind == null ? null : new Step(kind, deadline, c.requiredBoolean("reminded"));
  }

  private static Suspension suspension(RowReader c, RequestState state) throws SQLException {
    RequestState pausedState = c.optionalEnum("paused_state", RequestState.class);
    DeadlineKind pausedKind = c.optionalEnum("paused_kind", DeadlineKind.class);
    Instant pausedDeadline = c.instant("paused_deadline");
    boolean pausedReminded = c.requiredBoolean("paused_reminded");
    Instant since = c.instant("suspended_at");
    if (pausedState == null && pausedKind == null && pausedDeadline == null && since == null) {
      if (state == RequestState.SUSPENDED) {
        throw c.error("paused_state", "is null while the request is suspended");
      }
      if (pausedReminded) {
        throw c.error("paused_reminded", "is true without a suspension");
      }
      return null;
    }
    String missing = pausedState == null ? "paused_state" : pausedKind == null ? "paused_kind"
        : pausedDeadline == null ? "paused_deadline" : since == null ? "suspended_at" : null;
    if (missing != null) {
      throw c.error(missing, "is null while the other columns of the suspension are not");
    }
    return new Suspension(pausedState, new Step(pausedKind, pausedDeadline, pausedReminded), since);
  }

  private static Place place(RowReader c) throws SQLException {
    return new Place(
        c.required("county_id", CountyId::of),
        c.required("township_id", TownshipId::of),
        c.required("district_id", DistrictId::of),
        c.required("village_id", VillageId::of),
        c.required("grid_id", GridId::of));
  }

  private static Form.Report report(RowReader c, Place place) throws SQLException {
    PersonId reporter = c.required("reporter", PersonId::of);
    Category category = c.required("category", Category::of);
    String description = c.requiredText("description");
    Urgency urgency = c.requiredEnum("urgency", Urgency.class);
    MustAttendType mustAttend = c.optionalEnum("must_attend", MustAttendType.class);
    Office complaint = HistoryRowCodec.office(c, "complaint_tier", "complaint_unit", false, place);
    return c.check("description",
        () -> new Form.Report(reporter, place, category, description, urgency, mustAttend, complaint));
  }
}
