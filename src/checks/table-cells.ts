import type { CellRecord, TableRecord } from "../model/records.js";
import { groupAt } from "../model/typed-table.js";
import { matchKey } from "../normalise/text.js";
import { citeAt, type CheckInput } from "./check.js";
import { unitFen } from "./precision.js";

/** One amount cell of a table with what it is read against: its row label and column header. */
export interface AmountCell {
  tableIndex: number;
  table: TableRecord;
  cell: CellRecord;
  /** The row's name in the cell's own label/amount group (a two-column-pair layout has two), as printed. */
  rowLabel: string;
  /** The classification code the row prints in that group (domain/classification.ts reads it, in recognise). */
  code?: string;
  /** The cell's header path, or the column's texts above the first amount when headers were not marked. */
  column: string;
  fen: number;
}

/** Every amount cell of the tables of the given kinds (all tables when `kinds` is empty). */
export function amountCells(doc: CheckInput, kinds: string[] = []): AmountCell[] {
  const out: AmountCell[] = [];
  doc.tables.forEach((table, tableIndex) => {
    if (kinds.length && !kinds.includes(table.kind)) return;
    const cells = table.cells.filter((c) => !c.isHeader && c.amountFen !== null).sort((a, b) => a.row - b.row || a.col - b.col);
    // Which cells are amounts, and which labels and code each reads, was decided once, in recognise
    // (recognise/table-types.ts): a 1500 in a 元 table is an amount, never a code.
    for (const cell of cells) {
      const group = groupAt(table, cell.row, cell.col);
      out.push({ tableIndex, table, cell, rowLabel: group?.label ?? "", code: group?.code ?? undefined, column: table.columns[cell.col]?.heading ?? "", fen: cell.amountFen! });
    }
  });
  return out;
}

/**
 * The first table of the run a table continues: a table printed over several pages is often read
 * as one table per page, each with the same title and columns on the next page. Checks that follow
 * rows across the table (类 = Σ 款) read the run as one.
 */
export function continuedFrom(doc: CheckInput, tableIndex: number): number {
  let roots = runRoots.get(doc);
  if (!roots) {
    roots = [];
    doc.tables.forEach((t, k) => {
      const before = doc.tables[k - 1];
      const continues = before !== undefined && !ONE_PER_ITEM.has(t.kind) && t.title !== null && before.title === t.title && before.kind === t.kind && before.nCols === t.nCols && t.pageFirst >= before.pageLast && t.pageFirst - before.pageLast <= 1;
      roots!.push(continues ? roots![k - 1]! : k);
    });
    runRoots.set(doc, roots);
  }
  return roots[tableIndex] ?? tableIndex;
}

const runRoots = new WeakMap<CheckInput, number[]>();
/** Kinds printed once per project or unit under one title: the next page is the next item, not more rows. */
const ONE_PER_ITEM = new Set(["other", "performance_targets", "three_public", "org_units", "procurement"]);

/** Cells whose row label matches `row` and (when given) whose column header matches `column`. */
export function findCells(cells: AmountCell[], row: RegExp, column?: RegExp): AmountCell[] {
  return cells.filter((c) => row.test(matchKey(c.rowLabel)) && (!column || column.test(matchKey(c.column))));
}

/** Where a table figure for this cell sits in doc.figures, so flags can cite it. */
export function figureIndexOf(doc: CheckInput, c: AmountCell): number[] {
  const i = doc.figures.findIndex((f) => f.source === "table" && f.tableIndex === c.tableIndex && f.row === c.cell.row && f.col === c.cell.col);
  return i >= 0 ? [i] : [];
}

/** "“4,545.94” (p.11 l.7, 财政拨款支出预算表)" */
export function atCell(c: AmountCell): string {
  return citeAt(c.cell.text.trim(), c.cell.page, c.cell.line, c.table.title ?? c.table.kind);
}

/** The unit of a cell's column (its header's, else the table's), for the precision of its cells. */
export function cellUnit(c: AmountCell): string {
  return c.table.columns[c.cell.col]?.unit ?? c.table.unit ?? "万元";
}

/** One unit of the cell's last printed digit, in 分 (0.01 万元 → 10,000). */
export function cellPrecision(c: AmountCell): number {
  return unitFen(c.cell.decimals ?? 0, cellUnit(c));
}
