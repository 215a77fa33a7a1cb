import type { FigureRecord } from "../model/records.js";
import { CHANGE, isCarryoverLabel } from "../domain/vocabulary.js";
import { says, yearIn } from "../domain/statements.js";
import { matchKey } from "../normalise/text.js";
import { citeAt, type CheckInput } from "./check.js";

/** A figure with its index in the document's figure list (flags cite figures by index). */
export interface Indexed {
  f: FigureRecord;
  i: number;
}

/** Text figures in document order. */
export function textFigures(doc: CheckInput): Indexed[] {
  return doc.figures.map((f, i) => ({ f, i })).filter((x) => x.f.source === "text");
}

export const isMoney = (f: FigureRecord) => f.amountFen !== null && f.unit !== null && says("money", f.unit);
export const isPercent = (f: FigureRecord) => f.percent !== null;

/** Words that make a number a change against another year rather than a level (domain/vocabulary.ts). */
export const CHANGE_WORDS = CHANGE;

/**
 * Figures of one paragraph: same page and start line (the extractors give every figure of a
 * paragraph its first line), or the same section and within two lines when a paragraph was split
 * across lines by the PDF layout.
 */
export function sameParagraph(a: FigureRecord, b: FigureRecord): boolean {
  return a.page === b.page && a.line === b.line;
}

/** Figures of the same clause (the recogniser's context), in order. */
export function sameClause(all: Indexed[], x: Indexed): Indexed[] {
  return clauses(all).get(clauseKey(x.f)) ?? [];
}

const clauseKey = (f: FigureRecord) => `${f.page}|${f.line}|${f.context}`;
const grouped = new WeakMap<Indexed[], Map<string, Indexed[]>>();

/** The figures grouped by clause once per list: checks ask for every figure's clause. */
function clauses(all: Indexed[]): Map<string, Indexed[]> {
  let groups = grouped.get(all);
  if (!groups) {
    groups = new Map();
    for (const y of all) (groups.get(clauseKey(y.f)) ?? groups.set(clauseKey(y.f), []).get(clauseKey(y.f))!).push(y);
    grouped.set(all, groups);
  }
  return groups;
}

/** "“8.75%” (p.28 l.13)" */
export function at(f: FigureRecord): string {
  return citeAt(f.raw, f.page, f.line);
}

/** A year printed in a label ("2025年当年预算执行数为" → 2025): domain/statements.ts. */
export { yearIn };

/** Does a label name last year's value (上年, 去年, 上年度, or an earlier year than the document's)? */
export function isPriorYear(label: string, fiscalYear: number | null): boolean {
  // A change ("较上年增加") is not a level; 上年结转 / 上年实户资金余额 are this year's money.
  if (CHANGE_WORDS.test(label) || isCarryoverLabel(label)) return false;
  const key = matchKey(label);
  if (says("priorYear", key)) return true;
  const y = yearIn(key);
  return y !== undefined && fiscalYear !== null && y < fiscalYear && !says("yearCompared", key.slice(Math.max(0, key.indexOf(String(y)) - 1)));
}
