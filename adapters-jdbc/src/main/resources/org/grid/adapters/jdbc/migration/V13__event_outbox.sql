-- The outbox that never blocks (issue 15). Placeholders (see Dialect): ${id} an id of up to 64 characters compared
-- by code point, ${text} unbounded text, ${identity} an auto-numbered BIGINT key, ${table_options} what follows
-- CREATE TABLE (...).
--
-- Until V12 the outbox held request events in a home-made name=value payload and deleted them once delivered, and
-- a relay locked the one row of grid_outbox_relay while it delivered. From V13 each row is a whole CloudEvents 1.0
-- event in structured JSON with the attributes a relay and a broker need copied into columns (OutgoingEvent of
-- grid-core), rows stay after delivery for a retention window, and relays claim rows with a lease instead of a
-- global lock.
--
-- Events stored by V12 cannot be rewritten as CloudEvents in SQL, and dropping them would lose them: deliver the old
-- outbox first (OutboxRelay.drain() of the release before). The guard below makes the migration fail while
-- grid_outbox still has rows, before anything is dropped. PostgreSQL rolls the whole migration back; H2 and MariaDB
-- commit DDL as they go, so there the failed migration leaves the guard table (dropped again by the first statement
-- of the next run) and Flyway's history wants a repair before that run.
DROP TABLE IF EXISTS grid_v13_outbox_guard;
CREATE TABLE grid_v13_outbox_guard (
  outbox_rows_must_be_delivered_before_v13 BIGINT NOT NULL,
  CONSTRAINT ck_grid_v13_outbox_empty CHECK (outbox_rows_must_be_delivered_before_v13 = 0)
) ${table_options};
INSERT INTO grid_v13_outbox_guard (outbox_rows_must_be_delivered_before_v13) SELECT COUNT(*) FROM grid_outbox;
DROP TABLE grid_v13_outbox_guard;

DROP TABLE grid_outbox;
DROP TABLE grid_outbox_relay;

-- One row per event, written in the transaction of the change it describes. id orders each aggregate's events;
-- event_id is the CloudEvents id (stable over redeliveries). Instants are epoch nanoseconds (UTC).
-- A row is pending while delivered_at is NULL: claimable when next_attempt_at has passed, no live claim holds it
-- (claimed_until NULL or passed) and no earlier row of its aggregate is pending. Delivered rows stay until the
-- relay purges them after the retention window; a row that failed too often moves to grid_outbox_dead_letter.
CREATE TABLE grid_outbox (
  id              ${identity},
  event_id        VARCHAR(200)  NOT NULL,
  aggregate_id    VARCHAR(200)  NOT NULL,
  event_type      VARCHAR(100)  NOT NULL,
  source          ${text}       NOT NULL,
  subject         VARCHAR(200)  NOT NULL,
  county          ${id}         NOT NULL,
  occurred_at     BIGINT        NOT NULL,
  payload         ${text}       NOT NULL,
  attempts        INT           NOT NULL,
  next_attempt_at BIGINT        NOT NULL,
  claimed_by      VARCHAR(64),
  claimed_until   BIGINT,
  delivered_at    BIGINT,
  last_error      VARCHAR(1000),
  CONSTRAINT pk_grid_outbox PRIMARY KEY (id),
  CONSTRAINT uq_grid_outbox_event UNIQUE (event_id)
) ${table_options};

-- The head-of-aggregate test (is an earlier row of this aggregate pending?) and the pending scan.
CREATE INDEX ix_grid_outbox_aggregate ON grid_outbox (aggregate_id, delivered_at, id);
CREATE INDEX ix_grid_outbox_delivered ON grid_outbox (delivered_at, id);

-- Events a sink refused max-attempts times, with the last refusal; requeued by moving the row back (same id).
CREATE TABLE grid_outbox_dead_letter (
  id              BIGINT        NOT NULL,
  event_id        VARCHAR(200)  NOT NULL,
  aggregate_id    VARCHAR(200)  NOT NULL,
  event_type      VARCHAR(100)  NOT NULL,
  source          ${text}       NOT NULL,
  subject         VARCHAR(200)  NOT NULL,
  county          ${id}         NOT NULL,
  occurred_at     BIGINT        NOT NULL,
  payload         ${text}       NOT NULL,
  attempts        INT           NOT NULL,
  last_error      VARCHAR(1000) NOT NULL,
  failed_at       BIGINT        NOT NULL,
  CONSTRAINT pk_grid_outbox_dead_letter PRIMARY KEY (id),
  CONSTRAINT uq_grid_outbox_dead_letter_event UNIQUE (event_id)
) ${table_options};

CREATE INDEX ix_grid_outbox_dead_letter_failed ON grid_outbox_dead_letter (failed_at, id);
