import type { DocumentRecords } from "../model/records.js";
import { departmentKey } from "../normalise/department-key.js";
import type { Db } from "./open-database.js";

export interface WrittenDocument {
  id: number;
  figures: number;
  flags: number;
}

/**
 * Writes one document's records in ONE transaction, replacing any earlier version of the same path:
 * a reader (or an interrupted ingest) sees the old document or the new one, never half of either.
 */
export function writeDocument(db: Db, records: DocumentRecords): WrittenDocument {
  const s = statements(db);
  return db.transaction((): WrittenDocument => {
    s.deleteByPath.run(records.document.path);
    const d = records.document;
    const id = Number(
      s.insertDocument.run(d.path, d.sha256, d.format, d.title, d.department, departmentKey(d.department), d.fiscalYear, d.docKind, d.scope, d.status, d.error, d.pages, d.sizeBytes).lastInsertRowid,
    );
    for (const x of records.diagnostics) s.insertDiagnostic.run(id, x.severity, x.ruleId, x.message, x.page ?? null, x.line ?? null);
    const sectionIds: number[] = [];
    for (const x of records.sections) {
      const parent = x.parentIndex === null ? null : sectionIds[x.parentIndex] ?? null;
      sectionIds.push(Number(s.insertSection.run(id, parent, x.level, x.marker, x.title, x.ordinal, x.page, x.line, x.text).lastInsertRowid));
    }
    const sectionId = (i: number | null) => (i === null ? null : sectionIds[i] ?? null);
    const tableIds: number[] = [];
    for (const t of records.tables) {
      const tableId = Number(
        s.insertTable.run(id, sectionId(t.sectionIndex), t.kind, t.title, t.unit, t.pageFirst, t.pageLast, t.line, t.nRows, t.nCols, t.headerRows, t.emptyNote).lastInsertRowid,
      );
      tableIds.push(tableId);
      for (const c of t.cells) s.insertCell.run(tableId, c.row, c.col, c.isHeader ? 1 : 0, c.header, c.text, c.amountFen, c.page, c.line);
    }
    const tableId = (i: number | null) => (i === null ? null : tableIds[i] ?? null);
    for (const x of records.lineItems) s.insertLineItem.run(id, tableId(x.tableIndex), x.row, x.code, x.name, x.column, x.amountFen, x.page, x.line);
    const figureIds: number[] = [];
    for (const f of records.figures) {
      figureIds.push(
        Number(
          s.insertFigure.run(id, sectionId(f.sectionIndex), tableId(f.tableIndex), f.metric, f.label, f.raw, f.unit, f.amountFen, f.percent, f.count, f.page, f.line, f.source, f.row, f.col, f.context).lastInsertRowid,
        ),
      );
    }
    for (const f of records.flags) {
      const ids = f.figureIndexes.map((i) => figureIds[i]).filter((x): x is number => x !== undefined);
      s.insertFlag.run(id, f.check, f.severity, f.message, f.expectedFen, f.actualFen, JSON.stringify(ids), f.page, f.line);
    }
    return { id, figures: records.figures.length, flags: records.flags.length };
  })();
}

const cache = new WeakMap<Db, ReturnType<typeof prepare>>();

function statements(db: Db) {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = prepare(db)));
  return s;
}

function prepare(db: Db) {
  return {
    deleteByPath: db.prepare("DELETE FROM documents WHERE path = ?"),
    storedState: db.prepare("SELECT sha256, status, error FROM documents WHERE path = ?"),
    insertDocument: db.prepare(
      "INSERT INTO documents (path, sha256, format, title, department, department_key, fiscal_year, doc_kind, scope, status, error, pages, size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    insertDiagnostic: db.prepare("INSERT INTO diagnostics (document_id, severity, rule_id, message, page, line) VALUES (?, ?, ?, ?, ?, ?)"),
    insertSection: db.prepare("INSERT INTO sections (document_id, parent_id, level, marker, title, ordinal, page, line, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    insertTable: db.prepare(
      "INSERT INTO tables (document_id, section_id, kind, title, unit, page_first, page_last, line, n_rows, n_cols, header_rows, empty_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    insertCell: db.prepare("INSERT INTO cells (table_id, row, col, is_header, header, text, amount_fen, page, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    insertLineItem: db.prepare('INSERT INTO line_items (document_id, table_id, row, code, name, "column", amount_fen, page, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertFigure: db.prepare(
      "INSERT INTO figures (document_id, section_id, table_id, metric, label, raw, unit, amount_fen, percent, count, page, line, source, row, col, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    insertFlag: db.prepare(
      'INSERT INTO flags (document_id, "check", severity, message, expected_fen, actual_fen, figure_ids, page, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
  };
}

export interface StoredState {
  sha256: string | null;
  status: string;
  error: string | null;
}

/** The sha256 (and outcome) stored for a path, to skip unchanged files. */
export function storedHash(db: Db, path: string): StoredState | undefined {
  return statements(db).storedState.get(path) as StoredState | undefined;
}
