-- Request lists (issue 16: FindRequestsUseCase, RequestRepository.findPage): pages of requests, open or closed,
-- newest report first, within what the viewer may see (an office's part of the county, or a citizen's reports).
--
-- reported_at is when the request was reported (the time of its first history entry, epoch nanoseconds, UTC): the
-- list order is (reported_at DESC, id DESC), and a page continues after the last (reported_at, id) of the previous
-- one (keyset paging). Rows stored before this migration get the time of their history entry 0; the adapter
-- writes it with every insert. It stays nullable because no placeholder of every database adds NOT NULL to a
-- filled column; the adapter never writes NULL there.
ALTER TABLE grid_request ADD COLUMN reported_at BIGINT;

UPDATE grid_request SET reported_at =
  (SELECT h.at FROM grid_request_history h WHERE h.request_id = grid_request.id AND h.seq = 0);

-- Each index serves one kind of viewer with the list order, so that a page is read in index order and the read
-- stops after the page. A township, district or village grid office: the township and county lead (district,
-- village and grid narrow the scan). A citizen: the reporter leads. A county office or department: the list order
-- leads and the county follows, so the index is read newest first and the county is checked in the index entry
-- (grid's deployments hold one county, or a few). No index leads with county_id alone: H2 would then read a
-- county's requests through it for the assessment's period query, instead of the history's time index (V11).
CREATE INDEX ix_grid_request_reported ON grid_request (reported_at, id, county_id);
CREATE INDEX ix_grid_request_township_reported ON grid_request (township_id, county_id, reported_at, id);
CREATE INDEX ix_grid_request_reporter_reported ON grid_request (reporter, reported_at, id);
