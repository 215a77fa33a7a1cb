-- Figures, line items and tables read by OCR from a page image say so (issue 13). NULL for everything
-- read from a text layer. For figures and line items:
--   'ocr:<engine>:<confidence>:<trust>'  e.g. 'ocr:paddle:0.94:confirmed'
-- trust is `confirmed` (the document's own arithmetic holds over the reading), `repaired` (one
-- low-confidence digit corrected: the only reading by which the identities hold; `raw` keeps what OCR
-- read, an `ocr-repair` diagnostic says which identity confirmed it) or `unconfirmed` (no metric).
-- For tables: 'ocr:<engine>:<confidence>'.
ALTER TABLE figures ADD COLUMN source_detail TEXT;
ALTER TABLE line_items ADD COLUMN source_detail TEXT;
ALTER TABLE tables ADD COLUMN source_detail TEXT;

DROP VIEW metrics;
CREATE VIEW metrics AS
SELECT d.department, d.fiscal_year, d.doc_kind, f.metric, f.amount_fen, f.amount_wan, f.source,
       d.path, f.page, f.line, f.document_id, f.id AS figure_id, d.department_key, f.source_detail
FROM figures f JOIN documents d ON d.id = f.document_id
WHERE f.metric IS NOT NULL;
