-- People, service teams, pairings and the duty log (grid-core, sections 3 and 4 of the rulebook).
-- Placeholders (see Dialect): ${text} unbounded text, ${id} an id of up to 64 characters and ${long_id} one of up to
-- 80 (team and grid ids), both compared by code point, ${identity} an auto-numbered BIGINT key, ${table_options}
-- what follows each CREATE TABLE.
-- Every row belongs to one township; every query of the ports names it, and each is answered from an index that
-- starts with township_id. People, teams and pairings refer to each other by id only (no foreign keys between
-- aggregates: a team may name people not stored yet). Aggregate rows carry version, incremented on every save.
-- Times are an instant (BIGINT nanoseconds since 1970-01-01T00:00:00Z: exact, ordered and the same on every
-- database) and the offset it was given in (INT seconds), so that a time reads back equal, offset included.
-- Enum columns hold the Java constant's name; the adapter checks them on read (a bad value is named, not guessed).

-- People (人员名册). (township, person) is the key; (township, village) answers findByVillage.
CREATE TABLE grid_person (
  township_id  ${id}       NOT NULL,
  id           ${id}       NOT NULL,
  name         ${text}     NOT NULL,
  home_village ${id},
  home_unit    ${id},
  party        VARCHAR(32) NOT NULL,
  version      BIGINT      NOT NULL,
  CONSTRAINT pk_grid_person PRIMARY KEY (township_id, id)
) ${table_options};

CREATE INDEX ix_grid_person_village ON grid_person (township_id, home_village, id);

CREATE TABLE grid_person_role (
  township_id ${id}       NOT NULL,
  person_id   ${id}       NOT NULL,
  role        VARCHAR(64) NOT NULL,
  CONSTRAINT pk_grid_person_role PRIMARY KEY (township_id, person_id, role),
  CONSTRAINT fk_grid_person_role_person FOREIGN KEY (township_id, person_id) REFERENCES grid_person (township_id, id)
) ${table_options};

-- Service teams (网格服务团队) at the three levels. scope is the TeamLevel; a VILLAGE_GRID team has grid_id and
-- village_id, a DISTRICT_GRID team district_id, a TOWNSHIP_GRID team scope_township_id, and nothing else.
-- (township, team) is the key; (township, grid) answers findByGrid.
CREATE TABLE grid_team (
  township_id            ${id}       NOT NULL,
  id                     ${long_id}  NOT NULL,
  scope                  VARCHAR(16) NOT NULL,
  grid_id                ${long_id},
  village_id             ${id},
  district_id            ${id},
  scope_township_id      ${id},
  leader_id              ${id},
  information_officer_id ${id},
  composed_at            BIGINT      NOT NULL,
  composed_at_offset     INT         NOT NULL,
  version                BIGINT      NOT NULL,
  CONSTRAINT pk_grid_team PRIMARY KEY (township_id, id)
) ${table_options};

CREATE INDEX ix_grid_team_grid ON grid_team (township_id, grid_id, id);

-- Backbone (骨干) and other members in the order the team lists them; the leader is in grid_team.
CREATE TABLE grid_team_member (
  township_id ${id}       NOT NULL,
  team_id     ${long_id}  NOT NULL,
  person_id   ${id}       NOT NULL,
  position    VARCHAR(16) NOT NULL, -- BACKBONE or OTHER
  ord         INT         NOT NULL,
  CONSTRAINT pk_grid_team_member PRIMARY KEY (township_id, team_id, person_id),
  CONSTRAINT uq_grid_team_member_ord UNIQUE (township_id, team_id, ord),
  CONSTRAINT fk_grid_team_member_team FOREIGN KEY (township_id, team_id) REFERENCES grid_team (township_id, id)
) ${table_options};

-- Who holds each of the six duty roles (六大员).
CREATE TABLE grid_team_duty_role (
  township_id ${id}       NOT NULL,
  team_id     ${long_id}  NOT NULL,
  role        VARCHAR(32) NOT NULL,
  ord         INT         NOT NULL,
  person_id   ${id}       NOT NULL,
  CONSTRAINT pk_grid_team_duty_role PRIMARY KEY (township_id, team_id, role),
  CONSTRAINT uq_grid_team_duty_role_ord UNIQUE (township_id, team_id, ord),
  CONSTRAINT fk_grid_team_duty_role_team FOREIGN KEY (township_id, team_id) REFERENCES grid_team (township_id, id)
) ${table_options};

-- Pairings (联系结对): at most one per household. (township, household) is the key; (township, pairer) answers
-- findByPairer.
CREATE TABLE grid_pairing (
  township_id  ${id}  NOT NULL,
  household_id ${id}  NOT NULL,
  pairer_id    ${id}  NOT NULL,
  village_id   ${id}  NOT NULL,
  version      BIGINT NOT NULL,
  CONSTRAINT pk_grid_pairing PRIMARY KEY (township_id, household_id)
) ${table_options};

CREATE INDEX ix_grid_pairing_pairer ON grid_pairing (township_id, pairer_id, household_id);

-- The duty log (工作台账). Append-only: rows are inserted, never updated or deleted. seq numbers the entries in the
-- order appended, so entries at the same instant keep that order. kind says which columns an entry uses:
--   VISIT_ROUND       entry_id, grid_id
--   VISIT             household_id, round_id (null for a visit of its own); the visitor in grid_duty_log_person
--   MUST_ATTEND_EVENT entry_id, grid_id, must_attend_kind
--   ATTENDANCE        event_id; the person in grid_duty_log_person
--   MEETING           entry_id, host_kind (TEAM, VILLAGE or TOWNSHIP), host_id; the attendees in grid_duty_log_person
--   CARD_ISSUE        household_id, team_id, card_kind
-- (township, at, seq) answers findByTownship.
CREATE TABLE grid_duty_log (
  seq              ${identity},
  township_id      ${id}       NOT NULL,
  kind             VARCHAR(24) NOT NULL,
  at               BIGINT      NOT NULL,
  at_offset        INT         NOT NULL,
  entry_id         ${id},
  grid_id          ${long_id},
  household_id     ${id},
  round_id         ${id},
  event_id         ${id},
  must_attend_kind VARCHAR(32),
  host_kind        VARCHAR(16),
  host_id          ${long_id},
  team_id          ${long_id},
  card_kind        VARCHAR(16),
  CONSTRAINT pk_grid_duty_log PRIMARY KEY (seq)
) ${table_options};

CREATE INDEX ix_grid_duty_log_at ON grid_duty_log (township_id, at, seq);

-- Every person an entry names, in the entry's order: the visitor of a visit, the person of an attendance, the
-- attendees of a meeting. township_id and at repeat the entry's, so that (township, person, at, entry) answers
-- findByPerson from this index alone.
CREATE TABLE grid_duty_log_person (
  entry_seq   BIGINT NOT NULL,
  ord         INT    NOT NULL,
  township_id ${id}  NOT NULL,
  person_id   ${id}  NOT NULL,
  at          BIGINT NOT NULL,
  CONSTRAINT pk_grid_duty_log_person PRIMARY KEY (entry_seq, ord),
  CONSTRAINT uq_grid_duty_log_person UNIQUE (entry_seq, person_id),
  CONSTRAINT fk_grid_duty_log_person_entry FOREIGN KEY (entry_seq) REFERENCES grid_duty_log (seq)
) ${table_options};

CREATE INDEX ix_grid_duty_log_person_at ON grid_duty_log_person (township_id, person_id, at, entry_seq);
