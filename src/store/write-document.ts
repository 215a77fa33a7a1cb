import type { DocumentRecords } from "../model/records.js";
import { departmentKey } from "../normalise/department-key.js";
import type { Db } from "./open-database.js";
import { diagnostic } from "../diagnostics/diagnostic.js";
import { diagnosticRow, flagRow, INSERT_DIAGNOSTIC, INSERT_FLAG } from "./message-rows.js";

/** Which file a document is: its canonical path as bytes (the identity) and as text. */
export interface FileIdentity {
  key: Buffer;
  realPath: string;
}

export interface WrittenDocument {
  id: number;
  figures: number;
  flags: number;
}

/**
 * Writes one document's records in ONE transaction, replacing any earlier version of the same file
 * (its canonical path; without `file`, the same path among documents stored without one): a reader
 * (or an interrupted ingest) sees the old document or the new one, never half of either. The new
 * version takes the old one's id. The bodies of both versions are noted in corpus_changes for the
 * cross-document checks. A file whose bytes (sha256) are already stored under another path is
 * recorded as a document row with a `duplicate-content` diagnostic and nothing else, so its figures
 * are never counted twice.
 */
export function writeDocument(db: Db, records: DocumentRecords, file?: FileIdentity): WrittenDocument {
  const s = statements(db);
  return db.transaction((): WrittenDocument => {
    const d = records.document;
    const old = stored(db, file, d.path);
    if (old) {
      noteChange(db, old);
      s.deleteById.run(old.id);
      if (old.sha256 && old.sha256 !== d.sha256) releaseTwins(db, old.sha256);
    }
    const id = Number(
      // The new version keeps the old one's id, so ids users saved stay valid across --force.
      s.insertDocument.run(old?.id ?? null, d.path, d.sha256, d.format, d.title, d.department, departmentKey(d.department), d.fiscalYear, d.docKind, d.scope, d.status, d.error, d.pages, d.sizeBytes, file?.realPath ?? null, file?.key ?? null).lastInsertRowid,
    );
    for (const x of records.diagnostics) s.insertDiagnostic.run(...diagnosticRow(id, x));
    // The same bytes already stored under another path: recorded once, there; this row says so.
    const twin = d.status !== "failed" && d.sha256 ? (s.twin.get(d.sha256, id) as { id: number; path: string } | undefined) : undefined;
    if (twin) {
      s.insertDiagnostic.run(...diagnosticRow(id, diagnostic("info", DUPLICATE_CONTENT, `the same content as ${twin.path} (document ${twin.id}), recorded there once`)));
      return { id, figures: 0, flags: 0 };
    }
    noteChange(db, { department: d.department, fiscal_year: d.fiscalYear, doc_kind: d.docKind });
    const sectionIds: number[] = [];
    for (const x of records.sections) {
      const parent = x.parentIndex === null ? null : sectionIds[x.parentIndex] ?? null;
      sectionIds.push(Number(s.insertSection.run(id, parent, x.level, x.marker, x.title, x.ordinal, x.page, x.line, x.text).lastInsertRowid));
    }
    const sectionId = (i: number | null) => (i === null ? null : sectionIds[i] ?? null);
    const tableIds: number[] = [];
    for (const t of records.tables) {
      const tableId = Number(
        s.insertTable.run(id, sectionId(t.sectionIndex), t.kind, t.title, t.unit, t.pageFirst, t.pageLast, t.line, t.nRows, t.nCols, t.headerRows, t.emptyNote, t.ocr ? sourceDetail(t.ocr) : null).lastInsertRowid,
      );
      tableIds.push(tableId);
      for (const c of t.cells) s.insertCell.run(tableId, c.row, c.col, c.isHeader ? 1 : 0, c.header, c.text, c.amountFen, c.page, c.line);
    }
    const tableId = (i: number | null) => (i === null ? null : tableIds[i] ?? null);
    for (const x of records.lineItems) s.insertLineItem.run(id, tableId(x.tableIndex), x.row, x.code, x.name, x.column, x.amountFen, x.page, x.line, x.ocr ? sourceDetail(x.ocr) : null);
    const figureIds: number[] = [];
    for (const f of records.figures) {
      figureIds.push(
        Number(
          s.insertFigure.run(id, sectionId(f.sectionIndex), tableId(f.tableIndex), f.metric, f.scope, f.label, f.raw, f.unit, f.amountFen, f.percent, f.count, f.page, f.line, f.source, f.row, f.col, f.context, f.ocr ? sourceDetail(f.ocr) : null).lastInsertRowid,
        ),
      );
    }
    for (const f of records.flags) {
      const ids = (f.figures ?? []).map((i) => figureIds[i]).filter((x): x is number => x !== undefined);
      s.insertFlag.run(...flagRow(id, f, ids));
    }
    return { id, figures: records.figures.length, flags: records.flags.length };
  }).immediate();
}

/**
 * figures/line_items/tables.source_detail of what OCR read: 'ocr:<engine>:<confidence>[:<trust>]'
 * ('ocr:paddle:0.94:confirmed'); NULL for text-layer content.
 */
export function sourceDetail(ocr: { engine: string; confidence: number; trust?: string }): string {
  return ["ocr", ocr.engine, ocr.confidence.toFixed(2), ...(ocr.trust ? [ocr.trust] : [])].join(":");
}

/** The diagnostic of a document recorded only as a copy of another (see document_summary). */
export const DUPLICATE_CONTENT = "duplicate-content";

/**
 * When the last full copy of some bytes is replaced or deleted, the rows that only pointed at it
 * forget their sha256: the next ingest reads their file in full instead of skipping it unchanged.
 */
export function releaseTwins(db: Db, sha256: string): void {
  const s = statements(db);
  if (s.twin.get(sha256, -1)) return;
  s.releaseTwins.run(sha256);
}

interface StoredRow {
  id: number;
  sha256: string | null;
  status: string;
  error: string | null;
  keyed: number;
  department: string | null;
  fiscal_year: number | null;
  doc_kind: string;
}

/** The stored version of a file: by its key, else a row stored before keys existed under the same path. */
function stored(db: Db, file: FileIdentity | undefined, path: string): StoredRow | undefined {
  const s = statements(db);
  return ((file && s.byKey.get(file.key)) ?? s.legacyByPath.get(path)) as StoredRow | undefined;
}

/** Notes a document's body for the cross-document checks (only documents they can pair). */
export function noteChange(db: Db, d: { department: string | null; fiscal_year: number | null; doc_kind: string }): void {
  if (d.department !== null && d.fiscal_year !== null) statements(db).noteChange.run(d.department, d.fiscal_year, d.doc_kind);
}

const cache = new WeakMap<Db, ReturnType<typeof prepare>>();

function statements(db: Db) {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = prepare(db)));
  return s;
}

function prepare(db: Db) {
  return {
    deleteById: db.prepare("DELETE FROM documents WHERE id = ?"),
    twin: db.prepare(
      `SELECT o.id, o.path FROM documents o WHERE o.sha256 = ? AND o.id <> ? AND o.status <> 'failed'
       AND NOT EXISTS (SELECT 1 FROM diagnostics g WHERE g.document_id = o.id AND g.rule_id = 'duplicate-content') ORDER BY o.id LIMIT 1`,
    ),
    releaseTwins: db.prepare(
      "UPDATE documents SET sha256 = NULL WHERE sha256 = ? AND EXISTS (SELECT 1 FROM diagnostics g WHERE g.document_id = documents.id AND g.rule_id = 'duplicate-content')",
    ),
    byKey: db.prepare("SELECT id, sha256, status, error, department, fiscal_year, doc_kind, file_key IS NOT NULL AS keyed FROM documents WHERE file_key = ?"),
    legacyByPath: db.prepare("SELECT id, sha256, status, error, department, fiscal_year, doc_kind, file_key IS NOT NULL AS keyed FROM documents WHERE file_key IS NULL AND path = ? ORDER BY id DESC LIMIT 1"),
    adopt: db.prepare("UPDATE documents SET file_key = ?, real_path = ? WHERE id = ?"),
    noteChange: db.prepare("INSERT INTO corpus_changes (department, fiscal_year, doc_kind) VALUES (?, ?, ?)"),
    insertDocument: db.prepare(
      "INSERT INTO documents (id, path, sha256, format, title, department, department_key, fiscal_year, doc_kind, scope, status, error, pages, size_bytes, real_path, file_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    insertDiagnostic: db.prepare(INSERT_DIAGNOSTIC),
    insertSection: db.prepare("INSERT INTO sections (document_id, parent_id, level, marker, title, ordinal, page, line, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    insertTable: db.prepare(
      "INSERT INTO tables (document_id, section_id, kind, title, unit, page_first, page_last, line, n_rows, n_cols, header_rows, empty_note, source_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    insertCell: db.prepare("INSERT INTO cells (table_id, row, col, is_header, header, text, amount_fen, page, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    insertLineItem: db.prepare('INSERT INTO line_items (document_id, table_id, row, code, name, "column", amount_fen, page, line, source_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertFigure: db.prepare(
      "INSERT INTO figures (document_id, section_id, table_id, metric, scope, label, raw, unit, amount_fen, percent, count, page, line, source, row, col, context, source_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    insertFlag: db.prepare(INSERT_FLAG),
  };
}

export interface StoredState {
  id?: number;
  /** False for a row stored before file keys existed (matched by its path). */
  keyed?: boolean;
  sha256: string | null;
  status: string;
  error: string | null;
}

/**
 * The sha256 (and outcome) stored for a file, to skip unchanged files. A row stored before file
 * keys existed is matched by its path and, when `file` is given, takes the file's key.
 */
export function storedHash(db: Db, path: string, file?: FileIdentity): StoredState | undefined {
  const row = stored(db, file, path);
  if (!row) return undefined;
  return { sha256: row.sha256, status: row.status, error: row.error, id: row.id, keyed: row.keyed === 1 };
}

/** Gives a row stored before file keys existed its file's key (once, when its file is skipped unchanged). */
export function adoptLegacy(db: Db, id: number, file: FileIdentity): void {
  statements(db).adopt.run(file.key, file.realPath, id);
}
