-- The assessment reads the requests that were active in a period (双向考核, RequestRepository.findIdsActiveBetween):
-- the history entries whose time lies in the period, then their requests by key. This index answers the first part
-- with a range scan that also holds request_id, so the query costs the period's entries, not the whole history.
CREATE INDEX ix_grid_request_history_at ON grid_request_history (at, request_id);
