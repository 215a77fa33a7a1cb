-- A document is its file, not the spelling that reached it: `docs/a.pdf`, `./docs/a.pdf`, an absolute
-- path and a symlink are one document, and `docs/a.pdf` typed in two working folders are two.
--   real_path  the canonical path (symlinks resolved), as text (bytes that are not UTF-8 shown \xNN);
--   file_key   the same path as its exact bytes: the identity, unique (NULL for rows stored before).
-- `path` stays the path as given (for display and for `show`), so it is no longer unique: the table
-- is rebuilt without that constraint (same columns, same ids; the schema only grows).
DROP VIEW metrics;

CREATE TABLE documents_new (
  id          INTEGER PRIMARY KEY,
  path        TEXT NOT NULL,
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
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  department_key TEXT,
  real_path   TEXT,
  file_key    BLOB
);
INSERT INTO documents_new (id, path, sha256, format, title, department, fiscal_year, doc_kind, scope, status, error, pages, size_bytes, ingested_at, department_key)
  SELECT id, path, sha256, format, title, department, fiscal_year, doc_kind, scope, status, error, pages, size_bytes, ingested_at, department_key FROM documents;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;

CREATE INDEX documents_department_year ON documents (department, fiscal_year);
CREATE INDEX documents_department_key ON documents (department_key, fiscal_year);
CREATE INDEX documents_path ON documents (path);
CREATE UNIQUE INDEX documents_file_key ON documents (file_key);

CREATE VIEW metrics AS
SELECT d.department, d.fiscal_year, d.doc_kind, f.metric, f.amount_fen, f.amount_wan, f.source,
       d.path, f.page, f.line, f.document_id, f.id AS figure_id
FROM figures f JOIN documents d ON d.id = f.document_id
WHERE f.metric IS NOT NULL;

-- Bodies whose documents changed since the cross-document checks last ran (written, replaced or
-- pruned, in the same transaction): the checks recompute only the pairs that involve them, and an
-- interrupted run leaves the rows for the next one.
CREATE TABLE corpus_changes (
  id          INTEGER PRIMARY KEY,
  department  TEXT NOT NULL,
  fiscal_year INTEGER NOT NULL,
  doc_kind    TEXT NOT NULL
);
