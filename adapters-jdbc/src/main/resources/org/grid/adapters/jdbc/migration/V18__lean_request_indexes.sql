-- A leaner set of grid_request's indexes (issue 20: the commit path on PostgreSQL). Every transition of a request
-- changes its next_deadline, which ix_grid_request_due holds, so no update of the row can be a heap-only update:
-- each one writes a new entry into every index of the table, and the insert too. Each index the table carries so
-- costs a lifecycle (report, accept, resolve, feedback, rate) five index insertions and their WAL.
--
-- ix_grid_request_reporter (township_id, reporter), of V10, served one query: the erasure of a reporter's free text
-- in a township (RequestRepository.eraseFreeText), which is rare. V15's ix_grid_request_reporter_reported
-- (reporter, reported_at, id) leads with the reporter too: the erasure reads the reporter's requests through it and
-- keeps those of the township, so it still reads one citizen's requests, never the county's.
DROP INDEX ix_grid_request_reporter ${index_table}grid_request${index_table_end};
