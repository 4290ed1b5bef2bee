-- Rule sets and scores (grid-assessment). Points are kept as decimal text (BigDecimal.toPlainString) so that they
-- round-trip exactly, scale included; nothing sums them in SQL.

CREATE TABLE grid_rule_set_kind (
  subject_kind VARCHAR(200) NOT NULL,
  CONSTRAINT pk_grid_rule_set_kind PRIMARY KEY (subject_kind)
) ${table_options};

CREATE TABLE grid_rule_set (
  id           VARCHAR(200) NOT NULL,
  subject_kind VARCHAR(200) NOT NULL,
  valid_from   DATE         NOT NULL,
  valid_until  DATE         NOT NULL,
  base         VARCHAR(80)  NOT NULL,
  version      BIGINT       NOT NULL,
  CONSTRAINT pk_grid_rule_set PRIMARY KEY (id),
  CONSTRAINT fk_grid_rule_set_kind FOREIGN KEY (subject_kind) REFERENCES grid_rule_set_kind (subject_kind),
  CONSTRAINT ck_grid_rule_set_validity CHECK (valid_until > valid_from)
) ${table_options};

CREATE INDEX ix_grid_rule_set_kind ON grid_rule_set (subject_kind, valid_from);

CREATE TABLE grid_rule (
  rule_set_id  VARCHAR(200) NOT NULL,
  ord          INT          NOT NULL,
  id           VARCHAR(200) NOT NULL,
  description  ${text}      NOT NULL,
  counts       VARCHAR(200) NOT NULL,
  points       VARCHAR(80)  NOT NULL,
  cap          VARCHAR(80),
  direction    VARCHAR(16)  NOT NULL,
  CONSTRAINT pk_grid_rule PRIMARY KEY (rule_set_id, ord),
  CONSTRAINT uq_grid_rule_id UNIQUE (rule_set_id, id),
  CONSTRAINT fk_grid_rule_set FOREIGN KEY (rule_set_id) REFERENCES grid_rule_set (id)
) ${table_options};

CREATE TABLE grid_rule_filter (
  rule_set_id  VARCHAR(200) NOT NULL,
  rule_ord     INT          NOT NULL,
  ord          INT          NOT NULL,
  name         ${text}      NOT NULL,
  required     ${text}      NOT NULL,
  CONSTRAINT pk_grid_rule_filter PRIMARY KEY (rule_set_id, rule_ord, ord),
  CONSTRAINT fk_grid_rule_filter_rule FOREIGN KEY (rule_set_id, rule_ord) REFERENCES grid_rule (rule_set_id, ord)
) ${table_options};

CREATE TABLE grid_score (
  subject      VARCHAR(200) NOT NULL,
  period_start DATE         NOT NULL,
  period_end   DATE         NOT NULL,
  rule_set_id  VARCHAR(200) NOT NULL,
  version      BIGINT       NOT NULL,
  CONSTRAINT pk_grid_score PRIMARY KEY (subject, period_start, period_end, rule_set_id)
) ${table_options};

CREATE INDEX ix_grid_score_period ON grid_score (period_start, period_end);

CREATE TABLE grid_score_line (
  subject      VARCHAR(200) NOT NULL,
  period_start DATE         NOT NULL,
  period_end   DATE         NOT NULL,
  rule_set_id  VARCHAR(200) NOT NULL,
  ord          INT          NOT NULL,
  rule_id      VARCHAR(200) NOT NULL,
  description  ${text}      NOT NULL,
  points       VARCHAR(80)  NOT NULL,
  capped       BOOLEAN      NOT NULL,
  CONSTRAINT pk_grid_score_line PRIMARY KEY (subject, period_start, period_end, rule_set_id, ord),
  CONSTRAINT fk_grid_score_line_score FOREIGN KEY (subject, period_start, period_end, rule_set_id)
    REFERENCES grid_score (subject, period_start, period_end, rule_set_id)
) ${table_options};

CREATE TABLE grid_score_evidence (
  subject      VARCHAR(200) NOT NULL,
  period_start DATE         NOT NULL,
  period_end   DATE         NOT NULL,
  rule_set_id  VARCHAR(200) NOT NULL,
  line_ord     INT          NOT NULL,
  ord          INT          NOT NULL,
  evidence_id  VARCHAR(200) NOT NULL,
  CONSTRAINT pk_grid_score_evidence PRIMARY KEY (subject, period_start, period_end, rule_set_id, line_ord, ord),
  CONSTRAINT fk_grid_score_evidence_line FOREIGN KEY (subject, period_start, period_end, rule_set_id, line_ord)
    REFERENCES grid_score_line (subject, period_start, period_end, rule_set_id, ord)
) ${table_options};
