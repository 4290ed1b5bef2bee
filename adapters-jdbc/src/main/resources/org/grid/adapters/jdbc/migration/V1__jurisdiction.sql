-- Townships with their villages, units, unit borders and current districts (grid-core, jurisdiction).
-- Placeholders (see Dialect): ${text} is unbounded text, ${table_options} what follows each CREATE TABLE.
-- ord columns keep the order in which the county listed things.

CREATE TABLE grid_township (
  id              VARCHAR(64) NOT NULL,
  name            ${text}     NOT NULL,
  adjacency_known BOOLEAN     NOT NULL,
  version         BIGINT      NOT NULL,
  CONSTRAINT pk_grid_township PRIMARY KEY (id)
) ${table_options};

CREATE TABLE grid_village (
  township_id VARCHAR(64) NOT NULL,
  id          VARCHAR(64) NOT NULL,
  ord         INT         NOT NULL,
  name        ${text}     NOT NULL,
  CONSTRAINT pk_grid_village PRIMARY KEY (township_id, id),
  CONSTRAINT fk_grid_village_township FOREIGN KEY (township_id) REFERENCES grid_township (id)
) ${table_options};

CREATE TABLE grid_unit (
  township_id VARCHAR(64)      NOT NULL,
  id          VARCHAR(64)      NOT NULL,
  village_id  VARCHAR(64)      NOT NULL,
  ord         INT              NOT NULL,
  name        ${text}          NOT NULL,
  households  INT              NOT NULL,
  x           DOUBLE PRECISION,
  y           DOUBLE PRECISION,
  CONSTRAINT pk_grid_unit PRIMARY KEY (township_id, id),
  CONSTRAINT fk_grid_unit_village FOREIGN KEY (township_id, village_id) REFERENCES grid_village (township_id, id),
  CONSTRAINT ck_grid_unit_households CHECK (households >= 1)
) ${table_options};

CREATE TABLE grid_unit_tag (
  township_id VARCHAR(64) NOT NULL,
  unit_id     VARCHAR(64) NOT NULL,
  ord         INT         NOT NULL,
  tag         ${text}     NOT NULL,
  CONSTRAINT pk_grid_unit_tag PRIMARY KEY (township_id, unit_id, ord),
  CONSTRAINT fk_grid_unit_tag_unit FOREIGN KEY (township_id, unit_id) REFERENCES grid_unit (township_id, id)
) ${table_options};

CREATE TABLE grid_unit_border (
  township_id VARCHAR(64) NOT NULL,
  ord         INT         NOT NULL,
  unit_a      VARCHAR(64) NOT NULL,
  unit_b      VARCHAR(64) NOT NULL,
  CONSTRAINT pk_grid_unit_border PRIMARY KEY (township_id, ord),
  CONSTRAINT fk_grid_unit_border_a FOREIGN KEY (township_id, unit_a) REFERENCES grid_unit (township_id, id),
  CONSTRAINT fk_grid_unit_border_b FOREIGN KEY (township_id, unit_b) REFERENCES grid_unit (township_id, id),
  CONSTRAINT ck_grid_unit_border_not_self CHECK (unit_a <> unit_b)
) ${table_options};

CREATE TABLE grid_existing_district (
  township_id VARCHAR(64) NOT NULL,
  id          VARCHAR(64) NOT NULL,
  ord         INT         NOT NULL,
  name        ${text}     NOT NULL,
  CONSTRAINT pk_grid_existing_district PRIMARY KEY (township_id, id),
  CONSTRAINT fk_grid_existing_district_township FOREIGN KEY (township_id) REFERENCES grid_township (id)
) ${table_options};

CREATE TABLE grid_existing_district_village (
  township_id VARCHAR(64) NOT NULL,
  district_id VARCHAR(64) NOT NULL,
  ord         INT         NOT NULL,
  village_id  VARCHAR(64) NOT NULL,
  CONSTRAINT pk_grid_existing_district_village PRIMARY KEY (township_id, district_id, ord),
  CONSTRAINT uq_grid_existing_district_village UNIQUE (township_id, village_id),
  CONSTRAINT fk_grid_edv_district FOREIGN KEY (township_id, district_id)
    REFERENCES grid_existing_district (township_id, id),
  CONSTRAINT fk_grid_edv_village FOREIGN KEY (township_id, village_id) REFERENCES grid_village (township_id, id)
) ${table_options};
