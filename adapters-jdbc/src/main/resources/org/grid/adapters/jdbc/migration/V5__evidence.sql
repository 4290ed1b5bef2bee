-- Evidence (考核依据) that the assessment's rules count (grid-assessment, EvidenceSource): what the request history and
-- the duty log recorded, one row per piece and one row per attribute. Rows are only inserted: evidence under an id
-- never changes. Placeholders as in V1-V3 (see Dialect): ${text} unbounded text, ${table_options} what follows each
-- CREATE TABLE. Ids hold 400 characters: the ids DutyEvidence derives from grid-core ids reach about 320.

CREATE TABLE grid_evidence (
  id            VARCHAR(400) NOT NULL,
  evidence_type VARCHAR(200) NOT NULL,
  subject       VARCHAR(200) NOT NULL,
  evidence_date DATE         NOT NULL,
  CONSTRAINT pk_grid_evidence PRIMARY KEY (id)
) ${table_options};

-- A period's evidence is a range of days: the query costs what the period holds, not what is stored.
CREATE INDEX ix_grid_evidence_date ON grid_evidence (evidence_date);

CREATE TABLE grid_evidence_attribute (
  evidence_id VARCHAR(400) NOT NULL,
  ord         INT          NOT NULL,
  name        ${text}      NOT NULL,
  value_text  ${text}      NOT NULL,
  CONSTRAINT pk_grid_evidence_attribute PRIMARY KEY (evidence_id, ord),
  CONSTRAINT fk_grid_evidence_attribute FOREIGN KEY (evidence_id) REFERENCES grid_evidence (id)
) ${table_options};
