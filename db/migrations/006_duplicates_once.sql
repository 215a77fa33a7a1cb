-- A file whose bytes are already stored under another path is now recorded once: its own row carries
-- a `duplicate-content` diagnostic and no content. `document_summary` calls such a row `duplicate`
-- with `duplicate_of` the document that holds the content (and, as before, a later full copy of
-- the same bytes in a database written before this change).
DROP VIEW document_summary;

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
    WHEN dup.path IS NOT NULL OR EXISTS (SELECT 1 FROM diagnostics g WHERE g.document_id = d.id AND g.rule_id = 'duplicate-content') THEN 'duplicate'
    WHEN d.status = 'partial' THEN 'partial'
    WHEN EXISTS (SELECT 1 FROM diagnostics g WHERE g.document_id = d.id AND g.rule_id = 'not-a-disclosure') THEN 'not_a_disclosure'
    WHEN EXISTS (SELECT 1 FROM flags x WHERE x.document_id = d.id) THEN 'flagged'
    ELSE 'clean'
  END AS status,
  CASE
    WHEN d.status = 'failed' THEN d.error
    WHEN dup.path IS NOT NULL OR EXISTS (SELECT 1 FROM diagnostics g WHERE g.document_id = d.id AND g.rule_id = 'duplicate-content') THEN NULL
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
LEFT JOIN documents dup ON d.status <> 'failed' AND dup.id = (
  SELECT min(o.id) FROM documents o
  WHERE d.sha256 IS NOT NULL AND d.sha256 <> '' AND o.sha256 = d.sha256 AND o.id <> d.id AND o.status <> 'failed'
    AND NOT EXISTS (SELECT 1 FROM diagnostics g WHERE g.document_id = o.id AND g.rule_id = 'duplicate-content')
    AND (o.id < d.id OR EXISTS (SELECT 1 FROM diagnostics g WHERE g.document_id = d.id AND g.rule_id = 'duplicate-content')));
