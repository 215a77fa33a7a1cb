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

const keys = new Map<string, string>();

/** The department key documents.department_key holds (normalise/department-key.ts), computed once per name. */
export function bodyKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) keys.set(name, (key = departmentKey(name) ?? ""));
  return key;
}

/**
 * The documents of the same body, year and kind as `doc` among `docs`: by equal department key
 * through an index, and only when there is none by the slower containment test (a file that adds
 * its city in front). Keeps the after-batch checks near-linear on a corpus of thousands.
 */
export function sameBodyIndex(docs: StoredDocument[]): (doc: StoredDocument, candidates: (d: StoredDocument) => boolean) => StoredDocument[] {
  const byKey = new Map<string, StoredDocument[]>();
  const byYear = new Map<string, StoredDocument[]>();
  const add = (map: Map<string, StoredDocument[]>, key: string, d: StoredDocument) => (map.get(key) ?? map.set(key, []).get(key)!).push(d);
  for (const d of docs) {
    const year = `${d.year}|${d.kind}`;
    add(byKey, `${year}|${bodyKey(d.department)}`, d);
    add(byYear, year, d);
  }
  return (doc, candidates) => {
    const year = `${doc.year}|${doc.kind}`;
    const exact = (byKey.get(`${year}|${bodyKey(doc.department)}`) ?? []).filter((d) => d !== doc && candidates(d));
    if (exact.length) return exact;
    return (byYear.get(year) ?? []).filter((d) => d !== doc && candidates(d) && sameBody(d.department, doc.department));
  };
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
