-- A grid id may be 80 characters (GridId.MAX_LENGTH: a village id of up to 64 and a suffix), and at the village
-- grid tier an office's unit is the grid id. V2 and V6 stored both in ${id} columns of 64 characters, so a request
-- on a grid with a longer id could not be stored. Every column that holds the request's grid or an office unit
-- becomes ${long_id}: the grid, the holder, the office complained about, and in each history row the actor's,
-- the holder's, the charged and the form's office. Department ids (grid_request_return, grid_routing) stay ${id}:
-- a department's unit is a department id, at most 64 characters.
--
-- Placeholders (see Dialect): ALTER TABLE t ${alter_column} c ${set_type} ${long_id} ${restate_not_null} is
-- ALTER COLUMN c SET DATA TYPE ... on H2 and PostgreSQL, which keep NOT NULL and the column's indexes, and
-- MODIFY COLUMN c VARCHAR(80) NOT NULL on MariaDB, which redefines the column: there a NOT NULL column states it
-- again (${restate_not_null}) and a nullable one leaves it out. The type keeps the collation of every id column:
-- "C" on PostgreSQL (in ${long_id}), the table's utf8mb4_bin on MariaDB. Widening a VARCHAR rewrites neither the
-- table nor ix_grid_request_tier_grid (tier, grid_id, id) on PostgreSQL 15 (their relfilenodes stay), and is an
-- instant change on MariaDB 10.11 (it accepts ALGORITHM=INSTANT: 64 and 80 utf8mb4 characters both take two length
-- bytes). The index stays, over the wider column, and still answers the monitoring query.

ALTER TABLE grid_request ${alter_column} grid_id ${set_type} ${long_id} ${restate_not_null};
ALTER TABLE grid_request ${alter_column} holder_unit ${set_type} ${long_id} ${restate_not_null};
ALTER TABLE grid_request ${alter_column} complaint_unit ${set_type} ${long_id};

ALTER TABLE grid_request_history ${alter_column} actor_unit ${set_type} ${long_id};
ALTER TABLE grid_request_history ${alter_column} holder_unit ${set_type} ${long_id} ${restate_not_null};
ALTER TABLE grid_request_history ${alter_column} charged_unit ${set_type} ${long_id};
ALTER TABLE grid_request_history ${alter_column} form_office_unit ${set_type} ${long_id};
