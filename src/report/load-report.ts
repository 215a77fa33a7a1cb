import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "../store/open-database.js";
import { findDocument } from "./show-document.js";

export interface ReportFigure {
  id: number;
  raw: string;
  label: string;
  page: number;
  line: number;
  source: string;
  tableId: number | null;
  row: number | null;
  col: number | null;
  context: string;
}

export type Severity = "error" | "warning" | "info";

export interface ReportFlag {
  id: number;
  check: string;
  severity: Severity;
  message: string;
  expectedFen: number | null;
  actualFen: number | null;
  page: number | null;
  line: number | null;
  figures: ReportFigure[];
}

/** What the summary table says of a document (the `document_summary` view's `status`). */
export type DocumentStatus = "clean" | "flagged" | "partial" | "failed" | "not_a_disclosure" | "duplicate";

export interface DocumentSummary {
  status: DocumentStatus;
  reason: string | null;
  duplicateOf: string | null;
  errors: number;
  warnings: number;
  notes: number;
}

export interface ReportDocument {
  id: number;
  path: string;
  format?: string;
  department: string | null;
  /** One key for the names a body is printed under; the report groups and orders by it. */
  departmentKey?: string | null;
  fiscalYear: number | null;
  docKind: string;
  /** The stored status (ok / partial / failed) and error. */
  status: string;
  error: string | null;
  /** Every document's line in the summary table; absent in hand-made documents (then derived). */
  summary?: DocumentSummary;
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
      `SELECT coalesce(d.department_key, d.department) AS department, d.fiscal_year AS fiscalYear, f.amount_fen AS amountFen
       FROM figures f JOIN documents d ON d.id = f.document_id
       WHERE f.metric = 'expenditure_total' AND d.department IS NOT NULL AND d.fiscal_year IS NOT NULL AND f.amount_fen > 0
       ORDER BY 1, d.fiscal_year, d.doc_kind = 'budget' DESC, f.source = 'table' DESC, f.id`,
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

/** db/migrations beside the package (works from dist/ and from a clone). */
const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "db", "migrations");

/**
 * The rows of `document_summary`. A database written before the view existed (the report opens
 * it read-only and cannot migrate it) gets the same rows from the view's latest definition.
 */
function summaryRows(db: Db): Array<Record<string, unknown>> {
  const hasView = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'document_summary'").get();
  if (hasView) return db.prepare("SELECT * FROM document_summary").all() as Array<Record<string, unknown>>;
  const definitions = readdirSync(MIGRATIONS)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort()
    .map((f) => /CREATE VIEW document_summary AS\s*([\s\S]*?);\s*(?:\n\s*\n|$)/.exec(readFileSync(join(MIGRATIONS, f), "utf8"))?.[1])
    .filter((x): x is string => x !== undefined);
  return db.prepare(`SELECT * FROM (${definitions.at(-1)!})`).all() as Array<Record<string, unknown>>;
}

/** The check ids that have flags in this database. */
export function storedChecks(db: Db): string[] {
  return db.prepare('SELECT DISTINCT "check" FROM flags ORDER BY 1').pluck().all() as string[];
}

/**
 * Everything the report shows, read from the database: every document (in department-key, year,
 * kind and path order) with its summary line, and the flags that pass the filter with the
 * figures they rest on.
 */
export function loadReport(db: Db, filter: ReportFilter = {}): ReportDocument[] {
  // --document names one document the way `yusuan show` does (id, path, end or unique part of it).
  const wanted = filter.document === undefined ? undefined : ((findDocument(db, filter.document)?.id as number | undefined) ?? -1);
  const summaries = new Map(summaryRows(db).map((r) => [r.document_id as number, r]));
  const docs = db
    .prepare(
      `SELECT id, path, format, department, department_key AS departmentKey, fiscal_year AS fiscalYear, doc_kind AS docKind, status, error
       FROM documents`,
    )
    .all() as Array<Omit<ReportDocument, "flags" | "summary">>;
  const flagRows = db
    .prepare(
      'SELECT id, document_id AS documentId, "check" AS "check", severity, message, expected_fen AS expectedFen, actual_fen AS actualFen, figure_ids AS figureIds, page, line FROM flags ORDER BY document_id, CASE severity WHEN \'error\' THEN 0 WHEN \'warning\' THEN 1 ELSE 2 END, id',
    )
    .all() as Array<Omit<ReportFlag, "figures"> & { documentId: number; figureIds: string }>;
  const figure = db.prepare('SELECT id, raw, label, page, line, source, table_id AS tableId, "row", col, context FROM figures WHERE id = ?');
  const byDoc = new Map<number, ReportFlag[]>();
  for (const f of flagRows) {
    if (wanted !== undefined && f.documentId !== wanted) continue;
    if (filter.severity && !filter.severity.includes(f.severity)) continue;
    if (filter.check && !filter.check.includes(f.check)) continue;
    const ids = [...new Set(JSON.parse(f.figureIds) as number[])];
    const figures = ids.map((id) => figure.get(id) as ReportFigure | undefined).filter((x): x is ReportFigure => x !== undefined);
    const { documentId, figureIds: _ids, ...rest } = f;
    const list = byDoc.get(documentId) ?? [];
    list.push({ ...rest, figures });
    byDoc.set(documentId, list);
  }
  return docs
    .filter((d) => wanted === undefined || d.id === wanted)
    .map((d) => {
      const s = summaries.get(d.id);
      const summary: DocumentSummary | undefined = s && {
        status: s.status as DocumentStatus,
        reason: (s.reason as string | null) ?? null,
        duplicateOf: (s.duplicate_of as string | null) ?? null,
        errors: Number(s.errors),
        warnings: Number(s.warnings),
        notes: Number(s.notes),
      };
      // A duplicate's flags are its original's: they are listed once, under the original.
      return { ...d, ...(summary && { summary }), flags: summary?.status === "duplicate" ? [] : (byDoc.get(d.id) ?? []) };
    })
    .sort(byDepartmentAndYear);
}

/** A document's summary line: from the view when loaded, else from its status and flags. */
export function summaryOf(d: ReportDocument): DocumentSummary {
  if (d.summary) return d.summary;
  const count = (s: Severity) => d.flags.filter((f) => f.severity === s).length;
  const errors = count("error");
  const warnings = count("warning");
  const notes = count("info");
  const status: DocumentStatus = d.status === "failed" ? "failed" : d.status === "partial" ? "partial" : errors + warnings + notes ? "flagged" : "clean";
  return { status, reason: d.error, duplicateOf: null, errors, warnings, notes };
}

/** The sections of the flag list, worst first; template placeholders come last of all. */
export const SECTIONS = ["error", "warning", "info", "template"] as const;
export type Section = (typeof SECTIONS)[number];

/** Placeholder findings tell that a template was published unfilled, not that numbers disagree. */
export function sectionOf(f: ReportFlag): Section {
  return f.check === "placeholders" ? "template" : f.severity;
}

export interface FlagGroup {
  section: Section;
  /** Documents in department-key and year order, each with its flags of this section. */
  documents: Array<{ document: ReportDocument; flags: ReportFlag[] }>;
}

/**
 * The flags worst first: errors, warnings, notes, then template placeholders; within each, by
 * department (key) and year, as the documents are ordered.
 */
export function groupFlags(docs: ReportDocument[]): FlagGroup[] {
  const ordered = [...docs].sort(byDepartmentAndYear);
  return SECTIONS.map((section) => ({
    section,
    documents: ordered.map((document) => ({ document, flags: document.flags.filter((f) => sectionOf(f) === section) })).filter((e) => e.flags.length > 0),
  })).filter((g) => g.documents.length > 0);
}

/** Department key (unrecognised last), year, kind, path. */
export function byDepartmentAndYear(a: ReportDocument, b: ReportDocument): number {
  const ka = a.departmentKey ?? a.department;
  const kb = b.departmentKey ?? b.department;
  if ((ka === null) !== (kb === null)) return ka === null ? 1 : -1;
  return (
    (ka ?? "").localeCompare(kb ?? "", "zh") ||
    (a.fiscalYear ?? 0) - (b.fiscalYear ?? 0) ||
    a.docKind.localeCompare(b.docKind) ||
    a.path.localeCompare(b.path)
  );
}
