import type { Db } from "../store/open-database.js";
import { findDocument } from "./show-document.js";

export interface ReportFigure {
  id: number;
  raw: string;
  label: string;
  page: number;
  line: number;
  source: string;
}

export interface ReportFlag {
  id: number;
  check: string;
  severity: "error" | "warning" | "info";
  message: string;
  expectedFen: number | null;
  actualFen: number | null;
  page: number | null;
  line: number | null;
  figures: ReportFigure[];
}

export interface ReportDocument {
  id: number;
  path: string;
  department: string | null;
  fiscalYear: number | null;
  docKind: string;
  status: string;
  error: string | null;
  flags: ReportFlag[];
}

export interface ReportFilter {
  severity?: string[];
  check?: string[];
  document?: string;
}

/** A department's total spending by year (支出总计, 万元 fen), for the report's chart. */
export interface YearTotal {
  department: string;
  fiscalYear: number;
  amountFen: number;
}

/**
 * One total per department and year: the 支出 total printed in a table when there is one (tables
 * are the authoritative print), else in the text; budgets before final accounts.
 */
export function loadYearTotals(db: Db): YearTotal[] {
  const rows = db
    .prepare(
      `SELECT d.department, d.fiscal_year AS fiscalYear, f.amount_fen AS amountFen
       FROM figures f JOIN documents d ON d.id = f.document_id
       WHERE f.metric = 'expenditure_total' AND d.department IS NOT NULL AND d.fiscal_year IS NOT NULL AND f.amount_fen > 0
       ORDER BY d.department, d.fiscal_year, d.doc_kind = 'budget' DESC, f.source = 'table' DESC, f.id`,
    )
    .all() as YearTotal[];
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.department}|${r.fiscalYear}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Everything the report shows, read from the database (flags with the figures they rest on). */
export function loadReport(db: Db, filter: ReportFilter = {}): ReportDocument[] {
  // --document names one document the way `yusuan show` does (id, path, end or unique part of it).
  const wanted = filter.document === undefined ? undefined : ((findDocument(db, filter.document)?.id as number | undefined) ?? -1);
  const docs = db
    .prepare("SELECT id, path, department, fiscal_year AS fiscalYear, doc_kind AS docKind, status, error FROM documents ORDER BY department, fiscal_year, path")
    .all() as Array<Omit<ReportDocument, "flags">>;
  const flagRows = db
    .prepare('SELECT id, document_id AS documentId, "check" AS "check", severity, message, expected_fen AS expectedFen, actual_fen AS actualFen, figure_ids AS figureIds, page, line FROM flags ORDER BY document_id, CASE severity WHEN \'error\' THEN 0 WHEN \'warning\' THEN 1 ELSE 2 END, id')
    .all() as Array<Omit<ReportFlag, "figures"> & { documentId: number; figureIds: string }>;
  const figure = db.prepare("SELECT id, raw, label, page, line, source FROM figures WHERE id = ?");
  const byDoc = new Map<number, ReportFlag[]>();
  for (const f of flagRows) {
    if (filter.severity && !filter.severity.includes(f.severity)) continue;
    if (filter.check && !filter.check.includes(f.check)) continue;
    const ids = JSON.parse(f.figureIds) as number[];
    const figures = ids.map((id) => figure.get(id) as ReportFigure | undefined).filter((x): x is ReportFigure => x !== undefined);
    const { documentId, figureIds: _ids, ...rest } = f;
    const list = byDoc.get(documentId) ?? [];
    list.push({ ...rest, figures });
    byDoc.set(documentId, list);
  }
  return docs
    .filter((d) => wanted === undefined || d.id === wanted)
    .map((d) => ({ ...d, flags: byDoc.get(d.id) ?? [] }));
}
