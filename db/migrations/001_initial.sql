-- yusuan schema v1: the tables users query (CONTRACT.md) plus what the tool needs to stay exact.
-- Money is INTEGER fen (分); amount_wan is derived, never stored separately, so it cannot drift.

CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  path        TEXT NOT NULL UNIQUE,
  sha256      TEXT,
  format      TEXT NOT NULL,
  title       TEXT,
  department  TEXT,
  fiscal_year INTEGER,
  doc_kind    TEXT NOT NULL DEFAULT 'unknown' CHECK (doc_kind IN ('budget', 'final_account', 'unknown')),
  scope       TEXT CHECK (scope IN ('department', 'unit')),
  status      TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'failed')),
  error       TEXT,
  pages       INTEGER NOT NULL DEFAULT 0,
  size_bytes  INTEGER,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_department_year ON documents (department, fiscal_year);

-- What extraction noticed (warnings, errors) per document, with its place.
CREATE TABLE diagnostics (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  severity    TEXT NOT NULL,
  rule_id     TEXT NOT NULL,
  message     TEXT NOT NULL,
  page        INTEGER,
  line        INTEGER
);
CREATE INDEX diagnostics_document ON diagnostics (document_id);

CREATE TABLE sections (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  parent_id   INTEGER REFERENCES sections (id) ON DELETE CASCADE,
  level       INTEGER NOT NULL,
  marker      TEXT NOT NULL,
  title       TEXT NOT NULL,
  ordinal     INTEGER,
  page        INTEGER NOT NULL,
  line        INTEGER NOT NULL,
  text        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sections_document ON sections (document_id);

CREATE TABLE tables (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  section_id  INTEGER REFERENCES sections (id) ON DELETE SET NULL,
  kind        TEXT NOT NULL,
  title       TEXT,
  unit        TEXT,
  page_first  INTEGER NOT NULL,
  page_last   INTEGER NOT NULL,
  line        INTEGER NOT NULL,
  n_rows      INTEGER NOT NULL,
  n_cols      INTEGER NOT NULL,
  header_rows INTEGER NOT NULL DEFAULT 0,
  empty_note  TEXT
);
CREATE INDEX tables_document ON tables (document_id);
CREATE INDEX tables_kind ON tables (kind);

CREATE TABLE cells (
  table_id   INTEGER NOT NULL REFERENCES tables (id) ON DELETE CASCADE,
  row        INTEGER NOT NULL,
  col        INTEGER NOT NULL,
  is_header  INTEGER NOT NULL DEFAULT 0,
  header     TEXT NOT NULL DEFAULT '',
  text       TEXT NOT NULL,
  amount_fen INTEGER,
  amount_wan REAL GENERATED ALWAYS AS (amount_fen / 1000000.0) VIRTUAL,
  page       INTEGER NOT NULL,
  line       INTEGER NOT NULL,
  PRIMARY KEY (table_id, row, col)
) WITHOUT ROWID;

CREATE TABLE line_items (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  table_id    INTEGER NOT NULL REFERENCES tables (id) ON DELETE CASCADE,
  row         INTEGER NOT NULL,
  code        TEXT,
  name        TEXT NOT NULL,
  "column"    TEXT NOT NULL,
  amount_fen  INTEGER NOT NULL,
  amount_wan  REAL GENERATED ALWAYS AS (amount_fen / 1000000.0) VIRTUAL,
  page        INTEGER NOT NULL,
  line        INTEGER NOT NULL
);
CREATE INDEX line_items_document ON line_items (document_id);
CREATE INDEX line_items_code ON line_items (code);

CREATE TABLE figures (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  section_id  INTEGER REFERENCES sections (id) ON DELETE SET NULL,
  table_id    INTEGER REFERENCES tables (id) ON DELETE CASCADE,
  metric      TEXT,
  label       TEXT NOT NULL,
  raw         TEXT NOT NULL,
  unit        TEXT,
  amount_fen  INTEGER,
  amount_wan  REAL GENERATED ALWAYS AS (amount_fen / 1000000.0) VIRTUAL,
  percent     REAL,
  count       REAL,
  page        INTEGER NOT NULL,
  line        INTEGER NOT NULL,
  source      TEXT NOT NULL CHECK (source IN ('text', 'table')),
  row         INTEGER,
  col         INTEGER,
  context     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX figures_document ON figures (document_id);
CREATE INDEX figures_metric ON figures (metric, document_id);

CREATE TABLE flags (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  "check"      TEXT NOT NULL,
  severity     TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message      TEXT NOT NULL,
  expected_fen INTEGER,
  actual_fen   INTEGER,
  figure_ids   TEXT NOT NULL DEFAULT '[]',
  page         INTEGER,
  line         INTEGER,
  -- 'document' flags come from one document's records; 'corpus' flags compare documents and are
  -- recomputed after every batch.
  origin       TEXT NOT NULL DEFAULT 'document'
);
CREATE INDEX flags_document ON flags (document_id);

-- The same money in 万元 everywhere: one row per figure with its document's identity, for the
-- questions users ask most (which department, which year, which metric).
CREATE VIEW metrics AS
SELECT d.department, d.fiscal_year, d.doc_kind, f.metric, f.amount_fen, f.amount_wan, f.source,
       d.path, f.page, f.line, f.document_id, f.id AS figure_id
FROM figures f JOIN documents d ON d.id = f.document_id
WHERE f.metric IS NOT NULL;
