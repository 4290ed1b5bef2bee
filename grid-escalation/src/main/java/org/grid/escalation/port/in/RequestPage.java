package org.grid.escalation.port.in;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.escalation.model.PageCursor;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestAction;
import org.grid.escalation.model.RequestId;

/**
 * One page of a request list (诉求列表), newest report first, and the cursor of the next page when there is one.
 *
 * @param requests the requests of the page, in list order, not null
 * @param next where the next page starts; empty on the last page
 * @param allowedActions for each request of the page, the actions the engine would apply for the viewer now
 *     ({@link FindRequestsUseCase#allowedActions}); not null
 */
public record RequestPage(List<Request> requests, Optional<PageCursor> next,
    Map<RequestId, Set<RequestAction>> allowedActions) {

  /**
   * Checks the page and copies its list.
   *
   * @param requests the requests of the page, in list order, not null
   * @param next where the next page starts; empty on the last page
   * @param allowedActions for each request of the page, the actions the engine would apply for the viewer now;
   *     not null
   * @throws NullPointerException if an argument or a request is null
   */
  public RequestPage {
    requests = List.copyOf(requests);
    requireNonNull(next, "next");
    allowedActions = Map.copyOf(allowedActions);
  }

  /**
   * Returns the actions the engine would apply now for the viewer on a request of the page.
   *
   * @param id the request, not null
   * @return the actions, in {@link RequestAction}'s order; empty for a request not on the page
   */
  public Set<RequestAction> allowedActions(RequestId id) {
    return allowedActions.getOrDefault(requireNonNull(id, "id"), Set.of());
  }
}
