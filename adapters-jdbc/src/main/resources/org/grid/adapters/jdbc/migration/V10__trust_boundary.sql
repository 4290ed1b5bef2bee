-- The request engine's trust boundary (grid-escalation RequestAuthorization): the places requests may be filed for
-- (PlaceDirectory), who serves which office (StaffDirectory), and the digest of each applied command's content, so
-- that a retry is recognised by its command id and its content together.
-- Placeholders (see Dialect): ${id} an id of up to 64 characters and ${long_id} one of up to 80 (grid ids, and the
-- office units that may be grid ids), both compared by code point; ${table_options} what follows each CREATE TABLE.
-- Instants are BIGINT nanoseconds since 1970-01-01T00:00:00Z, as in every other table.

-- The places of each township's current plan (属地名录): one row per grid, with its village, district, township and
-- county. Townships are keyed by county and id, so two counties' townships of the same id stay apart. Adopting a
-- plan deletes the township's rows and inserts the plan's; contains() reads one row by the key.
CREATE TABLE grid_place (
  county_id   ${id}      NOT NULL,
  township_id ${id}      NOT NULL,
  district_id ${id}      NOT NULL,
  village_id  ${id}      NOT NULL,
  grid_id     ${long_id} NOT NULL,
  CONSTRAINT pk_grid_place PRIMARY KEY (township_id, county_id, grid_id)
) ${table_options};

-- The staff directory (在岗人员名录): one row per appointment (任职). An office is its tier and its whole path: the
-- county, then the township, district and village where its tier has them, and its unit. A part the tier does not
-- have is stored as '' (never a valid id), not NULL, so that the whole office is in the primary key and compared
-- with plain equality. The key (person, office, role, term_from) is the appointment's identity: saving it again
-- replaces the row (that is how a term is ended). The key answers appointmentsAt (person and office);
-- ix_grid_appointment_office answers servingAt (office). term_until is exclusive, NULL while the term runs.
CREATE TABLE grid_appointment (
  person_id       ${id}       NOT NULL,
  office_tier     VARCHAR(16) NOT NULL,
  office_county   ${id}       NOT NULL,
  office_township ${id}       NOT NULL,
  office_district ${id}       NOT NULL,
  office_village  ${id}       NOT NULL,
  office_unit     ${long_id}  NOT NULL,
  role            ${id}       NOT NULL,
  term_from       BIGINT      NOT NULL,
  term_until      BIGINT,
  CONSTRAINT pk_grid_appointment PRIMARY KEY (person_id, office_tier, office_county, office_township,
    office_district, office_village, office_unit, role, term_from),
  CONSTRAINT ck_grid_appointment_term CHECK (term_until IS NULL OR term_until > term_from)
) ${table_options};

CREATE INDEX ix_grid_appointment_office ON grid_appointment (office_tier, office_county, office_township,
  office_district, office_village, office_unit, term_from);

-- The digest of each applied command's content (64 hexadecimal digits from the engine, at most 64 characters in
-- all). Rows stored before this migration keep NULL, which reads back as the empty digest ("none known"), as does
-- a command applied without one.
ALTER TABLE grid_request_command ADD COLUMN digest VARCHAR(64);

-- A person's requests in a township, for erasing their free text (RequestRepository.eraseFreeText): rare, but it
-- must not read every request of the county to find one citizen's.
CREATE INDEX ix_grid_request_reporter ON grid_request (township_id, reporter);
