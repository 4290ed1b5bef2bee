-- The convenience service stations (便民服务站) of the teams (issue 19). Placeholders (see Dialect): ${id} an id of up
-- to 64 characters and ${long_id} one of up to 80 (team ids), both compared by code point; ${text} unbounded text;
-- ${table_options} what follows each CREATE TABLE.
--
-- One row per team that runs a station: where it is. Its opening periods (day 1 = Monday to 7 = Sunday, opens and
-- closes as seconds of the day) and the members on duty (in the county's order) are child rows. A save deletes the
-- team's rows, children first, and inserts them again, in one transaction.
CREATE TABLE grid_station (
  township_id ${id}      NOT NULL,
  team_id     ${long_id} NOT NULL,
  place       ${text}    NOT NULL,
  CONSTRAINT pk_grid_station PRIMARY KEY (township_id, team_id)
) ${table_options};

CREATE TABLE grid_station_hours (
  township_id ${id}      NOT NULL,
  team_id     ${long_id} NOT NULL,
  position    INT        NOT NULL,
  day_of_week INT        NOT NULL,
  opens       INT        NOT NULL,
  closes      INT        NOT NULL,
  CONSTRAINT pk_grid_station_hours PRIMARY KEY (township_id, team_id, position),
  CONSTRAINT fk_grid_station_hours FOREIGN KEY (township_id, team_id)
    REFERENCES grid_station (township_id, team_id)
) ${table_options};

CREATE TABLE grid_station_duty (
  township_id ${id}      NOT NULL,
  team_id     ${long_id} NOT NULL,
  position    INT        NOT NULL,
  person_id   ${id}      NOT NULL,
  CONSTRAINT pk_grid_station_duty PRIMARY KEY (township_id, team_id, position),
  CONSTRAINT fk_grid_station_duty FOREIGN KEY (township_id, team_id)
    REFERENCES grid_station (township_id, team_id)
) ${table_options};
