import type { FlagRecord } from "../model/records.js";
import type { Check, CheckInput } from "./check.js";
import { columnSums } from "./table-column-sums.js";
import { figureIndexAt, layoutOf, printed, quoteCell, rowLabel, valueAt, type Layout } from "./table-layout.js";
import { rowSums } from "./table-row-sums.js";
import { compareSum, inUnit } from "./table-sums.js";

/** Kinds with their own sum check: the “三公” table's columns are checked by three-public-table-sum. */
const OWN_CHECK = new Set(["three_public"]);
/** The two tables whose 收入 side must equal their 支出 side (DOMAIN §5.1, §5.3). */
const BALANCED = new Set(["budget_summary", "appropriation_summary"]);

/**
 * Totals against their parts in every table: 合计/总计/小计 rows against the rows they total,
 * 合计 columns against their part columns, and 收入总计 = 支出总计 in the 收支总表 and 财政拨款收支总表
 * (DOMAIN §5.1–5.3; 政协 2019: 13,377.11 = 13,377.11, 6,522.75 + 4,968.34 + 1,886.02 = 13,377.11).
 */
export const tableTotals: Check = {
  id: "table-totals",
  description: "A 合计/总计/小计 differs from the sum of its rows or columns, or 收入总计 ≠ 支出总计",
  run(doc) {
    const flags: FlagRecord[] = [];
    doc.tables.forEach((table, tableIndex) => {
      if (OWN_CHECK.has(table.kind)) return;
      const layout = layoutOf(doc, tableIndex);
      if (!layout) return;
      for (const sum of [...rowSums(layout), ...columnSums(layout)]) {
        const flag = compareSum(doc, "table-totals", sum);
        if (flag) flags.push(flag);
      }
      if (BALANCED.has(table.kind)) {
        const flag = incomeVsExpenditure(doc, layout);
        if (flag) flags.push(flag);
      }
    });
    return flags;
  },
};

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
function grandTotal(layout: Layout, side: RegExp): Side | undefined {
  for (const block of layout.blocks) {
    const heading = [block.labelCols[0], block.amountCols[0]].flatMap((c) => (c === undefined ? [] : layout.segments(c))).join("/");
    if (!side.test(heading)) continue;
    const col = block.amountCols[0]!;
    const rows = layout.bodyRows.flatMap((row) => {
      const l = rowLabel(layout, block, row);
      return l && !/本年|当年/.test(l.name) && printed(layout, row, col) ? [{ row, name: l.name }] : [];
    });
    const pick = rows.filter((r) => /总计$/.test(r.name)).at(-1) ?? rows.filter((r) => /^(收入|支出)?合计$/.test(r.name)).at(-1);
    if (pick) return { row: pick.row, col, name: pick.name };
  }
  return undefined;
}

function incomeVsExpenditure(doc: CheckInput, layout: Layout): FlagRecord | undefined {
  const income = grandTotal(layout, /收入/);
  const spending = grandTotal(layout, /支出/);
  if (!income || !spending || income.col === spending.col) return undefined;
  const a = valueAt(layout, income.row, income.col)!;
  const b = valueAt(layout, spending.row, spending.col)!;
  // Both are printed totals of the same money: only their own rounding separates them.
  if (Math.abs(a - b) <= 2 * layout.termTolerance) return undefined;
  const unit = layout.table.unit ?? "万元";
  return {
    check: "table-totals",
    severity: "error",
    message: `${income.name} ${quoteCell(layout, income.row, income.col)} ≠ ${spending.name} ${quoteCell(layout, spending.row, spending.col)} (${layout.table.title ?? layout.table.kind}: 收入 and 支出 must balance; off by ${inUnit(Math.abs(a - b), unit)})`,
    expectedFen: a,
    actualFen: b,
    figureIndexes: [income, spending].flatMap((s) => figureIndexAt(doc, layout.tableIndex, s.row, s.col)),
    page: layout.cell(spending.row, spending.col)?.page ?? null,
    line: layout.cell(spending.row, spending.col)?.line ?? null,
  };
}
