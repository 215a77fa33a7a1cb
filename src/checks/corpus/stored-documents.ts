import type { Db } from "../../store/open-database.js";
import { CHANGE_WORDS, isPriorYear } from "../text-figures.js";
import type { CorpusFlag } from "./run-corpus-checks.js";
import { departmentKey } from "../../normalise/department-key.js";
import { flag } from "../check.js";

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

/** The documents of the same body, year and kind as a document (itself excluded), those `candidates` accepts. */
export type SameBodyIndex = (doc: StoredDocument, candidates: (d: StoredDocument) => boolean) => StoredDocument[];

/** Containment is only trusted for keys this long (a short key is inside too many names). */
const MIN_CONTAINED = 6;

/**
 * The documents of the same body, year and kind as `doc` among `docs`: by equal department key
 * through an index, and only when there is none by containment (a file that adds its city in front),
 * also through an index (every key's substrings of at least 6 characters), so the after-batch checks
 * stay near-linear on a corpus of tens of thousands.
 */
export function sameBodyIndex(docs: StoredDocument[], index = documentIndex(docs)): SameBodyIndex {
  return (doc, candidates) => {
    const group = `${doc.year}|${doc.kind}`;
    const exact = index.exact(group, doc.department).filter((d) => d !== doc && candidates(d));
    if (exact.length) return exact;
    return index.containing(group, doc.department).filter((d) => d !== doc && candidates(d));
  };
}

/** Stored documents grouped by year and kind, looked up by body (see bodyIndex). */
export function documentIndex(docs: StoredDocument[]) {
  return bodyIndex(docs, (d) => d.department, (d) => `${d.year}|${d.kind}`);
}

/** Lookups by containment answered by scanning their group, before the substring index pays off. */
const SCANS_BEFORE_INDEX = 64;

/**
 * Items grouped (by year and kind, say) and looked up by body: those whose key equals a name's key,
 * and those whose key contains it or is contained in it. The first few containment lookups scan
 * their group (a rerun with one changed file makes only a few); after that a substring index is
 * built once, so a first run over tens of thousands of documents stays near-linear.
 */
export function bodyIndex<T>(items: T[], name: (item: T) => string, group: (item: T) => string) {
  const byKey = new Map<string, T[]>();
  const byGroup = new Map<string, T[]>();
  const add = (map: Map<string, T[]>, key: string, item: T) => (map.get(key) ?? map.set(key, []).get(key)!).push(item);
  for (const item of items) {
    add(byKey, `${group(item)}|${bodyKey(name(item))}`, item);
    add(byGroup, group(item), item);
  }
  let bySubstring: Map<string, T[]> | undefined;
  let scans = 0;
  const substrings = (key: string) => {
    const out = new Set<string>();
    for (let length = MIN_CONTAINED; length <= key.length; length++) for (let i = 0; i + length <= key.length; i++) out.add(key.slice(i, i + length));
    return out;
  };
  return {
    exact: (g: string, n: string): T[] => byKey.get(`${g}|${bodyKey(n)}`) ?? [],
    /** Same key, or one key inside the other (both at least 6 characters long where contained). */
    containing: (g: string, n: string): T[] => {
      if (bySubstring === undefined && scans++ < SCANS_BEFORE_INDEX) return (byGroup.get(g) ?? []).filter((item) => sameBody(name(item), n));
      const key = bodyKey(n);
      if (bySubstring === undefined) {
        bySubstring = new Map();
        for (const item of items) for (const s of substrings(bodyKey(name(item)))) add(bySubstring, `${group(item)}|${s}`, item);
      }
      const out = new Set<T>(byKey.get(`${g}|${key}`) ?? []);
      if (key.length >= MIN_CONTAINED) for (const item of bySubstring.get(`${g}|${key}`) ?? []) out.add(item); // theirs contains ours
      for (const s of substrings(key)) for (const item of byKey.get(`${g}|${s}`) ?? []) out.add(item); // ours contains theirs
      return [...out].filter((item) => sameBody(name(item), n));
    },
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
  return { documentId, ...flag(check, "error", message, { page: x.page, line: x.line, figures: [x.id, y.id], expectedFen: y.fen, actualFen: x.fen }) };
}
