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

-- The visibility leads each index, the list order follows, so that a page is a range scan in index order that
-- stops after the page: a county office or department (the county), a township, district or village grid office
-- (the county and township; district and village narrow the scan), a citizen (the reporter).
CREATE INDEX ix_grid_request_county_reported ON grid_request (county_id, reported_at, id);
CREATE INDEX ix_grid_request_township_reported ON grid_request (county_id, township_id, reported_at, id);
CREATE INDEX ix_grid_request_reporter_reported ON grid_request (reporter, reported_at, id);
