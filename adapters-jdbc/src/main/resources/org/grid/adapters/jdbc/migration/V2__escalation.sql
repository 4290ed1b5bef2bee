-- The request engine (grid-escalation): requests, their append-only history and forms, applied command ids,
-- departments that returned a request, the routing table, work calendars, and the transactional outbox.
-- Placeholders (see Dialect): ${text} unbounded text, ${id} an id column (64 characters, compared by code point),
-- ${identity} an auto-numbered BIGINT key, ${table_options} what follows each CREATE TABLE.
-- Instants are BIGINT nanoseconds since 1970-01-01T00:00:00Z: exact, ordered, and the same on every database.
-- Enum columns hold the Java constant's name; the adapter checks them on read (a bad value is named, not guessed).

CREATE TABLE grid_request (
  id               ${id}       NOT NULL,
  version          BIGINT      NOT NULL,
  state            VARCHAR(16) NOT NULL,
  tier             VARCHAR(16) NOT NULL,
  holder_unit      ${id}       NOT NULL,
  assignee         ${id},
  -- the earlier of step_deadline and on_site_deadline while open; null when closed or withdrawn
  next_deadline    BIGINT,
  step_kind        VARCHAR(16),
  step_deadline    BIGINT,
  reminded         BOOLEAN     NOT NULL,
  on_site_deadline BIGINT,
  paused_state     VARCHAR(16),
  paused_kind      VARCHAR(16),
  paused_deadline  BIGINT,
  paused_reminded  BOOLEAN     NOT NULL,
  suspended_at     BIGINT,
  suspended_days   INT         NOT NULL,
  reopened_at_tier BOOLEAN     NOT NULL,
  result           ${text},
  -- the report form (申报单)
  reporter         ${id}       NOT NULL,
  county_id        ${id}       NOT NULL,
  township_id      ${id}       NOT NULL,
  district_id      ${id}       NOT NULL,
  village_id       ${id}       NOT NULL,
  grid_id          ${id}       NOT NULL,
  category         ${id}       NOT NULL,
  description      ${text}     NOT NULL,
  urgency          VARCHAR(16) NOT NULL,
  must_attend      VARCHAR(32),
  complaint_tier   VARCHAR(16),
  complaint_unit   ${id},
  -- how many history, command and return rows belong to the request: a save appends only what is new, and a
  -- load skips grid_request_return when no request has returned rows
  history_size     INT         NOT NULL,
  command_count    INT         NOT NULL,
  returned_count   INT         NOT NULL,
  CONSTRAINT pk_grid_request PRIMARY KEY (id)
) ${table_options};

-- "due before T" and "due between" read this index only: the sweep costs what is due, not what is open.
CREATE INDEX ix_grid_request_due ON grid_request (next_deadline, id);
-- open requests by tier and grid (monitoring)
CREATE INDEX ix_grid_request_tier_grid ON grid_request (tier, grid_id, id);

-- Append-only: rows are inserted, never updated or deleted.
CREATE TABLE grid_request_history (
  request_id   ${id}       NOT NULL,
  seq          INT         NOT NULL,
  at           BIGINT      NOT NULL,
  actor_kind   VARCHAR(8)  NOT NULL, -- STAFF, CITIZEN or SYSTEM
  actor_person ${id},
  actor_role   ${text},
  actor_tier   VARCHAR(16),
  actor_unit   ${id},
  actor_name   ${text},              -- the system actor's name
  kind         VARCHAR(24) NOT NULL,
  state        VARCHAR(16) NOT NULL,
  holder_tier  VARCHAR(16) NOT NULL,
  holder_unit  ${id}       NOT NULL,
  reason       ${text},
  charged_tier VARCHAR(16),
  charged_unit ${id},
  CONSTRAINT pk_grid_request_history PRIMARY KEY (request_id, seq),
  CONSTRAINT fk_grid_request_history_request FOREIGN KEY (request_id) REFERENCES grid_request (id)
) ${table_options};

-- The form (四单) issued with a history entry, if any. A REPORT row refers to the report columns of grid_request.
CREATE TABLE grid_request_form (
  request_id      ${id}       NOT NULL,
  seq             INT         NOT NULL,
  kind            VARCHAR(16) NOT NULL, -- REPORT, ASSIGNMENT, REMINDER or FEEDBACK
  office_tier     VARCHAR(16),
  office_unit     ${id},
  assignee        ${id},
  due_by          BIGINT,
  missed          VARCHAR(16),
  missed_deadline BIGINT,
  grace_until     BIGINT,
  result          ${text},
  rating          VARCHAR(24),
  CONSTRAINT pk_grid_request_form PRIMARY KEY (request_id, seq),
  CONSTRAINT fk_grid_request_form_history FOREIGN KEY (request_id, seq)
    REFERENCES grid_request_history (request_id, seq)
) ${table_options};

-- The ids of the commands applied to a request: a retried command is recognised on every node.
CREATE TABLE grid_request_command (
  request_id ${id} NOT NULL,
  command_id ${id} NOT NULL,
  ord        INT   NOT NULL,
  CONSTRAINT pk_grid_request_command PRIMARY KEY (request_id, command_id),
  CONSTRAINT fk_grid_request_command_request FOREIGN KEY (request_id) REFERENCES grid_request (id)
) ${table_options};

-- Departments that returned a request (退回); none of them may hold it again.
CREATE TABLE grid_request_return (
  request_id    ${id} NOT NULL,
  ord           INT   NOT NULL,
  department_id ${id} NOT NULL,
  CONSTRAINT pk_grid_request_return PRIMARY KEY (request_id, ord),
  CONSTRAINT fk_grid_request_return_request FOREIGN KEY (request_id) REFERENCES grid_request (id)
) ${table_options};

-- The county's routing table (分拨规则): category to department.
CREATE TABLE grid_routing (
  county_id     ${id} NOT NULL,
  category      ${id} NOT NULL,
  department_id ${id} NOT NULL,
  CONSTRAINT pk_grid_routing PRIMARY KEY (county_id, category)
) ${table_options};

-- Work calendars (工作日历) per township; days as ISO dates, rest days as ISO day names separated by commas.
CREATE TABLE grid_work_calendar (
  township_id        ${id}       NOT NULL,
  zone               VARCHAR(64) NOT NULL,
  end_of_working_day VARCHAR(18) NOT NULL,
  rest_days          VARCHAR(80) NOT NULL,
  CONSTRAINT pk_grid_work_calendar PRIMARY KEY (township_id)
) ${table_options};

CREATE TABLE grid_work_calendar_day (
  township_id ${id}       NOT NULL,
  calendar_day VARCHAR(10) NOT NULL,
  kind        VARCHAR(8)  NOT NULL, -- HOLIDAY or MAKE_UP
  CONSTRAINT pk_grid_work_calendar_day PRIMARY KEY (township_id, calendar_day),
  CONSTRAINT fk_grid_work_calendar_day_calendar FOREIGN KEY (township_id) REFERENCES grid_work_calendar (township_id)
) ${table_options};

-- The transactional outbox: events written in the transaction of the change they describe, deleted once the
-- relay delivered them. id orders delivery; (request_id, version, position) is the event's identity.
CREATE TABLE grid_outbox (
  id          ${identity},
  request_id  ${id}       NOT NULL,
  version     BIGINT      NOT NULL,
  position    INT         NOT NULL,
  event_type  VARCHAR(32) NOT NULL,
  occurred_at BIGINT      NOT NULL,
  payload     ${text}     NOT NULL,
  CONSTRAINT pk_grid_outbox PRIMARY KEY (id),
  CONSTRAINT uq_grid_outbox_event UNIQUE (request_id, version, position)
) ${table_options};

-- One row per relay name: a relay locks its row while it delivers, so deliveries never overlap or reorder.
CREATE TABLE grid_outbox_relay (
  name ${id} NOT NULL,
  CONSTRAINT pk_grid_outbox_relay PRIMARY KEY (name)
) ${table_options};

INSERT INTO grid_outbox_relay (name) VALUES ('default');
