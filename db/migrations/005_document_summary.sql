-- One row per document: what a reader asks first (is it checked, clean, broken, a copy?), the core
-- metrics in 万元 and its flags counted by severity. `status` is one of
--   failed           could not be read (`reason` says why)
--   duplicate        the same bytes (sha256) as the earlier document `duplicate_of`
--   partial          read with warnings (`reason`: the first of them), e.g. a scan without text
--   not_a_disclosure no budget or final-account wording was found
--   flagged          checked; `errors` / `warnings` / `notes` count its flags
--   clean            checked and nothing was flagged
-- The report's summary table reads this view, so both always agree.
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents (sha256);

CREATE VIEW document_summary AS
SELECT
  d.id AS document_id,
  d.department_key,
  d.department,
  d.fiscal_year,
  d.doc_kind,
  d.scope,
  CASE
    WHEN d.status = 'failed' THEN 'failed'
    WHEN dup.path IS NOT NULL THEN 'duplicate'
    WHEN d.status = 'partial' THEN 'partial'
    WHEN EXISTS (SELECT 1 FROM diagnostics g WHERE g.document_id = d.id AND g.rule_id = 'not-a-disclosure') THEN 'not_a_disclosure'
    WHEN EXISTS (SELECT 1 FROM flags x WHERE x.document_id = d.id) THEN 'flagged'
    ELSE 'clean'
  END AS status,
  CASE
    WHEN d.status = 'failed' THEN d.error
    WHEN dup.path IS NOT NULL THEN NULL
    WHEN d.status = 'partial' THEN coalesce(d.error,
      (SELECT g.message FROM diagnostics g WHERE g.document_id = d.id AND g.severity IN ('error', 'warning')
       ORDER BY g.severity = 'error' DESC, g.rowid LIMIT 1))
    ELSE (SELECT g.message FROM diagnostics g WHERE g.document_id = d.id AND g.rule_id = 'not-a-disclosure')
  END AS reason,
  dup.path AS duplicate_of,
  (SELECT f.amount_wan FROM figures f WHERE f.document_id = d.id AND f.metric = 'revenue_total' ORDER BY f.source = 'table' DESC, f.id LIMIT 1) AS revenue_total_wan,
  (SELECT f.amount_wan FROM figures f WHERE f.document_id = d.id AND f.metric = 'expenditure_total' ORDER BY f.source = 'table' DESC, f.id LIMIT 1) AS expenditure_total_wan,
  (SELECT f.amount_wan FROM figures f WHERE f.document_id = d.id AND f.metric = 'expenditure_basic' ORDER BY f.source = 'table' DESC, f.id LIMIT 1) AS expenditure_basic_wan,
  (SELECT f.amount_wan FROM figures f WHERE f.document_id = d.id AND f.metric = 'expenditure_project' ORDER BY f.source = 'table' DESC, f.id LIMIT 1) AS expenditure_project_wan,
  (SELECT f.amount_wan FROM figures f WHERE f.document_id = d.id AND f.metric = 'three_public_total' ORDER BY f.source = 'table' DESC, f.id LIMIT 1) AS three_public_total_wan,
  (SELECT f.amount_wan FROM figures f WHERE f.document_id = d.id AND f.metric = 'operating_expenses' ORDER BY f.source = 'table' DESC, f.id LIMIT 1) AS operating_expenses_wan,
  (SELECT count(*) FROM flags x WHERE x.document_id = d.id AND x.severity = 'error') AS errors,
  (SELECT count(*) FROM flags x WHERE x.document_id = d.id AND x.severity = 'warning') AS warnings,
  (SELECT count(*) FROM flags x WHERE x.document_id = d.id AND x.severity = 'info') AS notes,
  d.path,
  d.format,
  d.pages
FROM documents d
LEFT JOIN documents dup ON dup.id = (
  SELECT min(o.id) FROM documents o WHERE d.sha256 IS NOT NULL AND o.sha256 = d.sha256 AND o.id < d.id AND o.status <> 'failed');

-- `metrics` with the department key (one key for the names a body is printed under), added last so
-- the columns users already select keep their places.
DROP VIEW metrics;
CREATE VIEW metrics AS
SELECT d.department, d.fiscal_year, d.doc_kind, f.metric, f.amount_fen, f.amount_wan, f.source,
       d.path, f.page, f.line, f.document_id, f.id AS figure_id, d.department_key
FROM figures f JOIN documents d ON d.id = f.document_id
WHERE f.metric IS NOT NULL;
