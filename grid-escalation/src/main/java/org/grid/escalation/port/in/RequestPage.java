package org.grid.escalation.port.in;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.grid.escalation.model.PageCursor;
import org.grid.escalation.model.Request;

/**
 * One page of a request list (诉求列表), newest report first, and the cursor of the next page when there is one.
 *
 * @param requests the requests of the page, in list order, not null
 * @param next where the next page starts; empty on the last page
 */
public record RequestPage(List<Request> requests, Optional<PageCursor> next) {

  /**
   * Checks the page and copies its list.
   *
   * @param requests the requests of the page, in list order, not null
   * @param next where the next page starts; empty on the last page
   * @throws NullPointerException if an argument or a request is null
   */
  public RequestPage {
    requests = List.copyOf(requests);
    requireNonNull(next, "next");
  }
}
