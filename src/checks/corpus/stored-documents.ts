import type { Db } from "../../store/open-database.js";
import { CHANGE_WORDS, isPriorYear } from "../text-figures.js";
import type { CorpusFlag } from "./run-corpus-checks.js";
import { departmentKey } from "../../normalise/department-key.js";

/** A stored document as the cross-document checks pair them. */
export interface StoredDocument {
  id: number;
  path: string;
  department: string;
  year: number;
  kind: string;
  scope: string | null;
  tables: number;
}

/** Documents with a department and a year, with how many tables each holds. */
export function storedDocuments(db: Db): StoredDocument[] {
  return db
    .prepare(
      `SELECT d.id, d.path, d.department, d.fiscal_year AS year, d.doc_kind AS kind, d.scope,
              (SELECT COUNT(*) FROM tables t WHERE t.document_id = d.id) AS tables
       FROM documents d WHERE d.department IS NOT NULL AND d.fiscal_year IS NOT NULL AND d.status != 'failed'`,
    )
    .all() as StoredDocument[];
}

/** The department key documents.department_key holds (normalise/department-key.ts). */
export function bodyKey(name: string): string {
  return departmentKey(name) ?? "";
}

/** Same body: equal keys, or one whole key inside the other (a file that adds the city in front). */
export function sameBody(a: string, b: string): boolean {
  const x = bodyKey(a);
  const y = bodyKey(b);
  return x === y || (Math.min(x.length, y.length) >= 6 && (x.includes(y) || y.includes(x)));
}

/** A stored figure with a metric, as the cross-document checks quote it. */
export interface StoredFigure {
  id: number;
  metric: string;
  label: string;
  raw: string;
  unit: string | null;
  fen: number;
  page: number;
  line: number;
  source: "text" | "table";
}

/**
 * Reads a document's figures for the given metrics, table figures first: this year's levels only
 * (no 增加/减少 amounts, no 上年 values), the ones two documents can be compared by.
 */
export function figureReader(db: Db, metrics: string[]): (d: StoredDocument) => StoredFigure[] {
  const query = db.prepare(
    `SELECT id, metric, label, raw, unit, amount_fen AS fen, page, line, source FROM figures
     WHERE document_id = ? AND amount_fen IS NOT NULL AND metric IN (${metrics.map(() => "?").join(", ")}) ORDER BY source = 'table' DESC, id`,
  );
  return (d) => (query.all(d.id, ...metrics) as StoredFigure[]).filter((f) => !CHANGE_WORDS.test(f.label) && !isPriorYear(f.label, d.year));
}

/**
 * The metrics on which every figure of `ours` stands in `relation` to every figure of `theirs`,
 * each with the first figure of both sides to quote. "Every" keeps one mis-tagged sentence on
 * either side from raising a false alarm.
 */
export function disagreements(ours: StoredFigure[], theirs: StoredFigure[], metrics: string[], relation: (x: StoredFigure, y: StoredFigure) => boolean): Array<[StoredFigure, StoredFigure]> {
  return metrics.flatMap((metric) => {
    const x = ours.filter((f) => f.metric === metric);
    const y = theirs.filter((f) => f.metric === metric);
    return x.length && y.length && x.every((a) => y.every((b) => relation(a, b))) ? [[x[0]!, y[0]!] as [StoredFigure, StoredFigure]] : [];
  });
}

/** An error flag on `documentId` about its figure `x` against another document's `y`. */
export function figureFlag(documentId: number, check: string, message: string, x: StoredFigure, y: StoredFigure): CorpusFlag {
  return { documentId, check, severity: "error", message, expectedFen: y.fen, actualFen: x.fen, figureIds: [x.id, y.id], page: x.page, line: x.line };
}
