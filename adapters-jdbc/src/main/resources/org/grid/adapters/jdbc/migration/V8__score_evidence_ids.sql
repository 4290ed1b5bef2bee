-- A score line names the evidence it counted. V3 held those ids in 200 characters, but evidence ids derived from
-- the duty log (DutyEvidence) reach about 320 and grid_evidence (V5) holds 400, so a score counting such evidence
-- could not be stored. The column becomes as wide as grid_evidence.id. It is in no index or key.
-- Placeholders as in V7: ALTER COLUMN ... SET DATA TYPE on H2 and PostgreSQL, MODIFY COLUMN ... NOT NULL on MariaDB.

ALTER TABLE grid_score_evidence ${alter_column} evidence_id ${set_type} VARCHAR(400) ${restate_not_null};
