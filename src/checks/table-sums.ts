import { formatFen } from "../normalise/amount.js";
import type { FlagRecord } from "../model/records.js";
import { flag, type CheckInput } from "./check.js";
import { figureIndexIn, printed, quoteCell, valueAt, type Layout } from "./table-layout.js";

/** A printed total and the cells that should add up to it, all in one table. */
export interface Sum {
  layout: Layout;
  total: Place;
  parts: Place[];
  /** How the total was read ("合计 row", "合计 column, row 201 一般公共服务支出"). */
  what: string;
  /** Another reading of the parts (unmarked rows that may be sub-items): fitting either is consistent. */
  orParts?: Place[];
}

export interface Place {
  row: number;
  col: number;
  /** The row's or column's name, for the message. */
  name: string;
}

/**
 * Compares a total with the sum of its parts, allowing one last-digit unit per printed term
 * (DOMAIN §5.10: ±0.01 万元 per summed row; 0.01 元 = 1 分 in 元 tables). Parts over the total
 * contradict it (error); parts short of it may be rows or columns the extraction did not read
 * (warning), as in code-hierarchy.
 */
export function compareSum(doc: CheckInput, check: string, s: Sum): FlagRecord | undefined {
  const result = evaluateSum(doc, check, s);
  return typeof result === "string" ? undefined : result;
}

/**
 * A sum's outcome: "silent" when it cannot be compared (a blank total, every part blank, a part
 * not a number), "holds", or the flag. `exact`: holds only without any rounding difference.
 */
export function evaluateSum(doc: CheckInput, check: string, s: Sum, exact = false): "silent" | "holds" | FlagRecord {
  const { layout } = s;
  // Every part blank is a total row that prints only its 合计 (fixtures/pdf/tables.pdf), not zeros.
  if (!printed(layout, s.total.row, s.total.col) || !s.parts.some((p) => printed(layout, p.row, p.col))) return "silent";
  const total = valueAt(layout, s.total.row, s.total.col)!;
  const main = gap(layout, total, s.parts, exact);
  if (!main) return "silent";
  if (main.diff === 0 || (s.orParts && gap(layout, total, s.orParts, exact)?.diff === 0)) return "holds";
  const { sum, tolerance, diff } = main;
  const shown = s.parts.filter((p) => printed(layout, p.row, p.col));
  const listed = shown.slice(0, 8).map((p) => `${p.name} ${quoteCell(layout, p.row, p.col)}`);
  if (shown.length > 8) listed.push(`… ${shown.length - 8} more`);
  const unit = layout.table.unit ?? "万元";
  return flag(check, diff > 0 ? "error" : "warning", `${s.total.name} ${quoteCell(layout, s.total.row, s.total.col)} ≠ ${listed.join(" + ")} = ${inUnit(sum, unit)} (${s.what}, ${layout.table.title ?? layout.table.kind}; off by ${inUnit(Math.abs(diff), unit)}, tolerance ${inUnit(tolerance, unit)})`, { page: layout.cell(s.total.row, s.total.col)?.page ?? null, line: layout.cell(s.total.row, s.total.col)?.line ?? null, figures: [s.total, ...shown].flatMap((p) => figureIndexIn(doc, layout, p.row, p.col)), expectedFen: sum, actualFen: total });
}

/**
 * Σ parts − total beyond the tolerance (diff 0 when within it); undefined when a part is not a
 * number. `exact` allows no rounding (OCR trust: a misread last digit hides inside it).
 */
function gap(layout: Layout, total: number, parts: Place[], exact = false): { sum: number; tolerance: number; diff: number } | undefined {
  const values = parts.map((p) => valueAt(layout, p.row, p.col));
  if (values.some((v) => v === undefined)) return undefined;
  const sum = values.reduce<number>((a, v) => a + v!, 0);
  const tolerance = exact ? 0 : (1 + parts.filter((p) => printed(layout, p.row, p.col)).length) * layout.termTolerance;
  return { sum, tolerance, diff: Math.abs(sum - total) <= tolerance ? 0 : sum - total };
}

/** fen → "1,234.56元" or "1,234.56万元", exact, in the table's own unit. */
export function inUnit(fen: number, unit: string): string {
  const known = unit === "元" || unit === "千元" || unit === "亿元" ? unit : "万元";
  return `${formatFen(fen, known)}${known}`;
}
