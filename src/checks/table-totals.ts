import { isThisYearOnlyLabel, sideGrandTotalRank } from "../domain/vocabulary.js";
import type { FlagRecord } from "../model/records.js";
import { flag, type Check, type CheckInput } from "./check.js";
import { columnSums } from "./table-column-sums.js";
import { figureIndexIn, printed, quoteCell, rowLabel, runLayoutOf, valueAt, type Layout } from "./table-layout.js";
import { rowSums } from "./table-row-sums.js";
import { evaluateSum, inUnit, type Sum } from "./table-sums.js";
import { continuedFrom } from "./table-cells.js";

/** Kinds with their own sum check: the “三公” table's columns are checked by three-public-table-sum. */
const OWN_CHECK = new Set(["three_public"]);
/** The two tables whose 收入 side must equal their 支出 side (DOMAIN §5.1, §5.3). */
const BALANCED = new Set(["budget_summary", "appropriation_summary"]);

/**
 * Totals against their parts in every table: 合计/总计/小计 rows against the rows they total,
 * 合计 columns against their part columns, and 收入总计 = 支出总计 in the 收支总表 and 财政拨款收支总表
 * (DOMAIN §5.1–5.3; 政协 2019: 13,377.11 = 13,377.11, 6,522.75 + 4,968.34 + 1,886.02 = 13,377.11).
 *
 * An error must rest on a reading we are sure of: when many of one table's identities fail, the
 * table was misread (a header not understood, columns shifted, two tables read as one), not
 * printed wrong in so many places. Such a table gets one `table-uncertain` note with the reason,
 * and no errors; code-hierarchy and three-public-table-sum skip it too.
 */
export const tableTotals: Check = {
  id: "table-totals",
  description: "A 合计/总计/小计 differs from the sum of its rows or columns, or 收入总计 ≠ 支出总计",
  run(doc) {
    return doc.tables.flatMap((_, tableIndex) => readTable(doc, tableIndex).flags);
  },
};

/** The sums a table's layout states: its 合计/总计/小计 rows and its 合计 columns. */
function sumsIn(layout: Layout): Sum[] {
  return [...rowSums(layout), ...columnSums(layout)];
}

/**
 * Every identity table-totals reads in a table (a run of pages from its first): its row and column
 * sums and, in the 收支总表, 收入总计 = 支出总计 as a sum of one part. Undefined for a continued page
 * and for the kinds with their own check (the “三公” table: threePublicSums).
 */
export function tableIdentities(doc: CheckInput, tableIndex: number): { layout: Layout; sums: Sum[] } | undefined {
  const table = doc.tables[tableIndex]!;
  if (continuedFrom(doc, tableIndex) !== tableIndex || OWN_CHECK.has(table.kind)) return undefined;
  const layout = runLayoutOf(doc, tableIndex);
  if (!layout) return undefined;
  const sums = sumsIn(layout);
  const sides = BALANCED.has(table.kind) ? balanceSides(layout) : undefined;
  if (sides) sums.push({ layout, total: sides.income, parts: [sides.spending], what: "收入总计 = 支出总计" });
  return { layout, sums };
}

interface TableOutcome {
  flags: FlagRecord[];
  uncertain: boolean;
}

/** At least this many failing identities, and at least this share of those compared, mark a misread. */
const UNCERTAIN_MIN_FAILURES = 3;
const UNCERTAIN_SHARE = 1 / 3;

const outcomes = new WeakMap<CheckInput, Map<number, TableOutcome>>();

/** The tables of a document whose identities mostly fail (their sums are not trusted). */
export function isUncertainTable(doc: CheckInput, tableIndex: number): boolean {
  return readTable(doc, continuedFrom(doc, tableIndex)).uncertain;
}

function readTable(doc: CheckInput, tableIndex: number): TableOutcome {
  let byTable = outcomes.get(doc);
  if (!byTable) outcomes.set(doc, (byTable = new Map()));
  let outcome = byTable.get(tableIndex);
  if (!outcome) byTable.set(tableIndex, (outcome = sumsOf(doc, tableIndex)));
  return outcome;
}

function sumsOf(doc: CheckInput, tableIndex: number): TableOutcome {
  const table = doc.tables[tableIndex]!;
  // A page that continues the table before it is read with that table (its first page).
  if (continuedFrom(doc, tableIndex) !== tableIndex) return { flags: [], uncertain: false };
  const layout = OWN_CHECK.has(table.kind) ? undefined : runLayoutOf(doc, tableIndex);
  if (!layout) return { flags: [], uncertain: false };
  const failed: FlagRecord[] = [];
  let compared = 0;
  for (const sum of sumsIn(layout)) {
    const result = evaluateSum(doc, "table-totals", sum);
    if (result === "silent") continue;
    compared++;
    if (result !== "holds") failed.push(result);
  }
  if (BALANCED.has(table.kind)) {
    const flag = incomeVsExpenditure(doc, layout);
    if (flag) failed.push(flag);
  }
  const errors = failed.filter((f) => f.severity === "error").length;
  const broken = errors ? irregularCell(layout) : undefined;
  const mostlyFail = errors >= UNCERTAIN_MIN_FAILURES && failed.length >= compared * UNCERTAIN_SHARE;
  if (mostlyFail || broken) {
    const first = layout.cell(layout.bodyRows[0] ?? 0, 0);
    const reason = broken
      ? `it prints ${quoteCell(layout, broken.row, broken.col)} among amounts of ${broken.decimals} decimals, a number the extraction likely broke across lines`
      : `${failed.length} of ${compared} sums do not hold (columns shifted or a header not understood)`;
    const note: FlagRecord = flag("table-uncertain", "info", `${table.title ?? table.kind}: not read with confidence, its sums are not checked: ${reason}`, { page: first?.page ?? table.pageFirst, line: first?.line ?? table.line });
    return { flags: [note], uncertain: true };
  }
  return { flags: failed, uncertain: false };
}

/**
 * An amount printed with fewer decimals than the table's others (“12,063.9” among x.xx): the
 * extraction split a number whose digits wrapped onto the next line, so neighbouring numbers may
 * have taken its digits too.
 */
function irregularCell(layout: Layout): { row: number; col: number; decimals: number } | undefined {
  const cells = layout.table.cells.filter((c) => !c.isHeader && c.amountFen !== null);
  const counts = new Map<number, number>();
  for (const c of cells) counts.set(c.decimals ?? 0, (counts.get(c.decimals ?? 0) ?? 0) + 1);
  const norm = [...counts].filter(([d]) => d > 0).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (norm === undefined) return undefined;
  const odd = cells.find((c) => (c.decimals ?? 0) > 0 && (c.decimals ?? 0) < norm);
  return odd ? { row: odd.row, col: odd.col, decimals: norm } : undefined;
}

interface Side {
  row: number;
  col: number;
  name: string;
}

/**
 * The side's grand total, 结转 included: the last 总计 (else 合计) row of the first block headed 收入
 * (or 支出) that prints one. The Jiangsu 收支总表 has two 支出 blocks, 功能分类 and 支出用途, and
 * prints the amount in the second only.
 */
function grandTotal(layout: Layout, side: "income" | "spending"): Side | undefined {
  for (const block of layout.blocks) {
    // The side recognise read from the group's heading (收入 / 项目, 支出 / 金额).
    if (layout.table.columns[block.labelCols[0] ?? block.amountCols[0]!]?.side !== side) continue;
    const col = block.amountCols[0]!;
    const rows = layout.bodyRows.flatMap((row) => {
      const l = rowLabel(layout, block, row);
      return l && !isThisYearOnlyLabel(l.name) && printed(layout, row, col) ? [{ row, name: l.name }] : [];
    });
    const pick = rows.filter((r) => sideGrandTotalRank(r.name) === 1).at(-1) ?? rows.filter((r) => sideGrandTotalRank(r.name) === 2).at(-1);
    if (pick) return { row: pick.row, col, name: pick.name };
  }
  return undefined;
}

/** The 收入 and 支出 grand totals of a 收支总表, when both are printed in different columns. */
function balanceSides(layout: Layout): { income: Side; spending: Side } | undefined {
  const income = grandTotal(layout, "income");
  const spending = grandTotal(layout, "spending");
  return income && spending && income.col !== spending.col ? { income, spending } : undefined;
}

function incomeVsExpenditure(doc: CheckInput, layout: Layout): FlagRecord | undefined {
  const sides = balanceSides(layout);
  if (!sides) return undefined;
  const { income, spending } = sides;
  const a = valueAt(layout, income.row, income.col)!;
  const b = valueAt(layout, spending.row, spending.col)!;
  // Both are printed totals of the same money: only their own rounding separates them.
  if (Math.abs(a - b) <= 2 * layout.termTolerance) return undefined;
  const unit = layout.table.unit ?? "万元";
  return flag("table-totals", "error", `${income.name} ${quoteCell(layout, income.row, income.col)} ≠ ${spending.name} ${quoteCell(layout, spending.row, spending.col)} (${layout.table.title ?? layout.table.kind}: 收入 and 支出 must balance; off by ${inUnit(Math.abs(a - b), unit)})`, { page: layout.cell(spending.row, spending.col)?.page ?? null, line: layout.cell(spending.row, spending.col)?.line ?? null, figures: [income, spending].flatMap((s) => figureIndexIn(doc, layout, s.row, s.col)), expectedFen: a, actualFen: b });
}
