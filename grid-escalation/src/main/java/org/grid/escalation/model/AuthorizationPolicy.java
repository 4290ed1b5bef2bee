package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.grid.core.model.jurisdiction.Ids;

/**
 * Who may give which command (权限表): for each staff role, the commands it may give, and whether staff may handle
 * a request they reported themselves. Policy data a county may change; {@link #defaults()} follows the rulebook.
 *
 * <p>The engine checks a staff command in this order: the staff directory confirms that the person serves the
 * office they name at this instant, in the role they name; this table lets that role give the command; the office
 * answers for the request's place; and the request's own rules (holder, tier, state) allow it. The table does not
 * replace the tier rules: only the county office routes and only a department returns, whatever a role is allowed.
 *
 * @param permissions for each role (its text, as the staff directory and {@link Actor.Staff#role()} name it), the
 *     commands it may give; not null, no role blank or longer than {@value Ids#MAX_LENGTH} characters
 * @param staffMayHandleOwnReport whether staff may handle a request whose reporter they are, or which they filed
 *     (false by default: 不得经办本人申报的事项)
 */
public record AuthorizationPolicy(
    ImmutableMap<String, ImmutableSet<StaffCommand>> permissions, boolean staffMayHandleOwnReport) {

  /** The leader (负责人) of a grid team: the village party secretary, the district head, the township centre head. */
  public static final String LEADER = "leader";
  /** A backbone member (骨干) of a grid team. */
  public static final String BACKBONE = "backbone";
  /** Any other member of a grid team. */
  public static final String MEMBER = "member";
  /** A village grid's information officer (信息员), who takes in and registers reports. */
  public static final String INFORMATION_OFFICER = "information-officer";
  /** A staff member of the county grid office (县网格办). */
  public static final String COUNTY_OFFICE_STAFF = "county-office-staff";
  /** A staff member of a county functional department (职能部门). */
  public static final String DEPARTMENT_STAFF = "department-staff";

  /**
   * Checks the policy.
   *
   * @param permissions for each role (its text, as the staff directory and {@link Actor.Staff#role()} name it), the
   *     commands it may give; not null, no role blank or longer than {@value Ids#MAX_LENGTH} characters
   * @param staffMayHandleOwnReport whether staff may handle a request whose reporter they are, or which they filed
   *     (false by default: 不得经办本人申报的事项)
   * @throws NullPointerException if {@code permissions} or a value in it is null
   * @throws IllegalArgumentException if a role is blank, too long, or has surrounding whitespace or control
   *     characters (the message names it)
   */
  public AuthorizationPolicy {
    requireNonNull(permissions, "permissions");
    permissions.forEach((role, commands) -> {
      Ids.requireValidId(role, "permissions: role");
      requireNonNull(commands, "permissions: commands of " + role);
    });
  }

  /**
   * Returns the rulebook's table: a grid team's leader accepts and assigns, passes up, suspends and resumes,
   * resolves and gives feedback, corrects a request's category (改类) and closes a duplicate (重复件) (the two are
   * reviews of what reached the tier, given to the role that may pass it up); the information officer takes in
   * (reports and accepts) and gives feedback; backbone members resolve and give feedback; every team member may
   * report for a citizen and record being on site; the county office routes; a department accepts, returns,
   * suspends and resumes, resolves and gives feedback. Staff may not handle their own report.
   *
   * @return the default policy
   */
  public static AuthorizationPolicy defaults() {
    Map<String, Set<StaffCommand>> table = new LinkedHashMap<>();
    table.put(LEADER, EnumSet.of(StaffCommand.REPORT, StaffCommand.ACCEPT, StaffCommand.ESCALATE,
        StaffCommand.SUSPEND, StaffCommand.RESUME, StaffCommand.RESOLVE, StaffCommand.FEEDBACK,
        StaffCommand.ON_SITE, StaffCommand.RECATEGORIZE, StaffCommand.CLOSE_AS_DUPLICATE));
    table.put(INFORMATION_OFFICER, EnumSet.of(StaffCommand.REPORT, StaffCommand.ACCEPT, StaffCommand.FEEDBACK,
        StaffCommand.ON_SITE));
    table.put(BACKBONE, EnumSet.of(StaffCommand.REPORT, StaffCommand.RESOLVE, StaffCommand.FEEDBACK,
        StaffCommand.ON_SITE));
    table.put(MEMBER, EnumSet.of(StaffCommand.REPORT, StaffCommand.ON_SITE));
    table.put(COUNTY_OFFICE_STAFF, EnumSet.of(StaffCommand.REPORT, StaffCommand.ROUTE));
    table.put(DEPARTMENT_STAFF, EnumSet.of(StaffCommand.ACCEPT, StaffCommand.RETURN, StaffCommand.SUSPEND,
        StaffCommand.RESUME, StaffCommand.RESOLVE, StaffCommand.FEEDBACK));
    return of(table, false);
  }

  /**
   * Returns a policy from a table.
   *
   * @param table for each role, the commands it may give, not null
   * @param staffMayHandleOwnReport whether staff may handle their own report
   * @return the policy
   * @throws IllegalArgumentException as the constructor
   */
  public static AuthorizationPolicy of(Map<String, ? extends Set<StaffCommand>> table,
      boolean staffMayHandleOwnReport) {
    requireNonNull(table, "table");
    ImmutableMap.Builder<String, ImmutableSet<StaffCommand>> copy = ImmutableMap.builder();
    table.forEach((role, commands) -> copy.put(role, Sets.immutableEnumSet(requireNonNull(commands, role))));
    return new AuthorizationPolicy(copy.buildOrThrow(), staffMayHandleOwnReport);
  }

  /**
   * Tells whether a role may give a command.
   *
   * @param role the role's text, not null
   * @param command the command, not null
   * @return true when the table lists the command for the role; false for a role it does not know
   */
  public boolean permits(String role, StaffCommand command) {
    requireNonNull(role, "role");
    requireNonNull(command, "command");
    ImmutableSet<StaffCommand> commands = permissions.get(role);
    return commands != null && commands.contains(command);
  }
}
