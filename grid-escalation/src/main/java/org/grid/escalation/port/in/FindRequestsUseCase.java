package org.grid.escalation.port.in;

import java.util.Set;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.QueryOutcome;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestAction;
import org.grid.escalation.model.RequestId;

/**
 * Use case: list and read requests (诉求查询) under the engine's visibility: a viewer sees exactly the requests
 * they may act on, by the rule the commands apply (staff: the requests whose place their office answers for;
 * citizens: their own reports). A staff viewer must be confirmed by the staff directory at the office they name,
 * as for a command.
 */
public interface FindRequestsUseCase {

  /**
   * Lists a page of requests, open and closed, newest report first.
   *
   * @param query the viewer, the conditions, the cursor and the page size, not null
   * @return the page, or refused ({@code NOT_APPOINTED}, {@code ROLE_NOT_CONFIRMED}) when the staff directory does
   *     not confirm the viewer
   * @throws NullPointerException if {@code query} is null
   */
  QueryOutcome<RequestPage> find(RequestQuery query);

  /**
   * Reads one request with its forms and history.
   *
   * @param viewer who asks, not null
   * @param id the request, not null
   * @return the request, or refused: {@code NOT_FOUND} when no request has the id or the viewer may not see it
   *     (the two read the same), {@code NOT_APPOINTED} or {@code ROLE_NOT_CONFIRMED} for an unconfirmed staff viewer
   * @throws NullPointerException if an argument is null
   */
  QueryOutcome<Request> findOne(Actor viewer, RequestId id);

  /**
   * Tells which actions the engine would apply now for a viewer on one request (可办操作): each action whose command,
   * given now on the current version, passes the checks that do not depend on its own parameters: the staff
   * directory (as for {@link #findOne}), the permission table for the viewer's role, the visibility, the own-report
   * rule, the township's work calendar, and the request's own rule ({@code Request.refusalOf}). The list of {@link
   * #find} carries the same for each request of a page.
   *
   * @param viewer who asks, not null
   * @param id the request, not null
   * @return the actions in {@link RequestAction}'s order, or refused as {@link #findOne}
   * @throws NullPointerException if an argument is null
   */
  QueryOutcome<Set<RequestAction>> allowedActions(Actor viewer, RequestId id);
}
