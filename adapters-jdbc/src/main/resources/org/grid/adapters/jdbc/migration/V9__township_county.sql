-- A township lies in a county (Township.county(), grid-core): the county whose grid office and departments take
-- what the township cannot settle, and whose routing table a request's category is routed by.
-- Placeholders (see Dialect): ${id} is an id column of up to 64 characters (CountyId's limit), in the "C" collation
-- on PostgreSQL and the table's utf8mb4_bin on MariaDB.
--
-- What this does to rows stored before it: nothing is guessed. The column is added nullable and existing townships
-- keep NULL there, because no county can be derived from what V1 stored and a wrong one would route requests to
-- another county's departments. JdbcTownshipRepository writes the county with every save and refuses to read a
-- township whose county_id is NULL, with a RowMappingException naming grid_township, the township's id and
-- county_id. To repair such a row, save the township again with its county (an import replaces the whole
-- township), or set the column directly:
--   UPDATE grid_township SET county_id = '<county id>' WHERE county_id IS NULL;

ALTER TABLE grid_township ADD COLUMN county_id ${id};
