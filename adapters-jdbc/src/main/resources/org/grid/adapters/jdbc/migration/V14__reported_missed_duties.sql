-- The missed duties already reported (issue 15: org.grid.duty.missed.v1). Placeholders (see Dialect): ${id} an id of
-- up to 64 characters compared by code point, ${table_options} what follows CREATE TABLE (...).
--
-- One row per missed duty a township has reported: miss_key is MissedDuty.key() of grid-core (64 hex digits of a
-- SHA-256 digest of the rule, the due period and what the duty was owed for; the column takes up to 200
-- characters), reported_at the instant of the run that reported it (epoch nanoseconds, UTC). The primary key makes
-- a concurrent report of the same miss lose its insert race (SQLState 23): its unit of work runs again, finds the
-- row and reports nothing. Rows are never deleted: the outbox forgets delivered events after its retention window,
-- this table is what keeps a miss from being reported twice.
CREATE TABLE grid_duty_missed_reported (
  township_id ${id}        NOT NULL,
  miss_key    VARCHAR(200) NOT NULL,
  reported_at BIGINT       NOT NULL,
  CONSTRAINT pk_grid_duty_missed_reported PRIMARY KEY (township_id, miss_key)
) ${table_options};
