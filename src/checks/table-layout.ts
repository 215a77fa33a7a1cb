import type { CellRecord, TableRecord } from "../model/records.js";
import { FEN_PER_UNIT } from "../normalise/amount.js";
import { typeTable } from "../recognise/table-types.js";
import { citeAt, type CheckInput } from "./check.js";
import { continuedFrom } from "./table-cells.js";

/**
 * A table read the way the sum checks need it, from the typed reading recognise gave it
 * (TableRecord.columns and .rows, recognise/table-types.ts): label columns and amount columns
 * grouped into blocks (the 收支总表 prints 收入 and 支出 side by side, each a label column and its
 * amounts), each row's code and label within a block, and each column's header segments.
 */
export interface Layout {
  tableIndex: number;
  table: TableRecord;
  blocks: Block[];
  bodyRows: number[];
  cell(row: number, col: number): CellRecord | undefined;
  /** The header path of a column split into segments, repeats dropped ("合计 / 合计" → ["合计"]). */
  segments(col: number): string[];
  /** One last-digit unit of the table's printing: 0.01 万元 = 10,000 分 (DOMAIN §5.10). */
  termTolerance: number;
  /** Which table and row of the document a layout row is (a run over pages has several tables). */
  origin?(row: number): { tableIndex: number; row: number };
}

export interface Block {
  /** The label/amount group of the typed table (ColumnRecord.group). */
  group: number;
  labelCols: number[];
  amountCols: number[];
}

/** A row's labels inside one block. */
export interface RowLabel {
  /** 201 | 03 | 01 printed over three columns is "2010301" (Shanghai); undefined when uncoded. */
  code?: string;
  /** The first and the last name printed in the block (a 小计 row's group and its own name). */
  first: string;
  name: string;
  /** The column the name sits in (sub-items sit further right in the 政府采购 table). */
  nameCol: number;
}

/**
 * A table printed over several pages, read as one table per page (same title and columns on the
 * next page: table-cells continuedFrom), laid out as one: the pages' rows one after another, each
 * page's repeated header left out, so a 合计 on the first page meets the rows of the last.
 */
export function runLayoutOf(doc: CheckInput, root: number): Layout | undefined {
  const run = [root];
  while (root + run.length < doc.tables.length && continuedFrom(doc, root + run.length) === root) run.push(root + run.length);
  if (run.length === 1) return layoutOf(doc, root);
  const origin = new Map<number, { tableIndex: number; row: number }>();
  const cells: CellRecord[] = [];
  let offset = 0;
  for (const k of run) {
    const t = doc.tables[k]!;
    for (const c of t.cells) {
      if (k !== root && c.isHeader) continue;
      cells.push({ ...c, row: c.row + offset });
      origin.set(c.row + offset, { tableIndex: k, row: c.row });
    }
    offset += t.nRows;
  }
  const first = doc.tables[root]!;
  // The pages' rows read as one table: the typed reading of the whole run (which columns hold amounts on any page).
  const merged: TableRecord = typeTable({ ...first, cells, nRows: offset, pageLast: doc.tables[run.at(-1)!]!.pageLast });
  const layout = layoutOf(doc, root, merged);
  return layout && { ...layout, origin: (row) => origin.get(row) ?? { tableIndex: root, row } };
}

export function layoutOf(doc: CheckInput, tableIndex: number, whole?: TableRecord): Layout | undefined {
  const table = whole ?? doc.tables[tableIndex]!;
  const grid = new Map<string, CellRecord>();
  for (const c of table.cells) grid.set(`${c.row}:${c.col}`, c);
  const cell = (row: number, col: number) => grid.get(`${row}:${col}`);
  const amountColumns = table.columns.filter((c) => c.holds === "amount");
  if (!amountColumns.length) return undefined;
  // A row of column numbers (栏次 1 2 3 …) left in the body is not a row of amounts.
  const bodyRows = table.rows.filter((r) => r.role !== "header" && r.role !== "column-numbers").map((r) => r.row);
  const blocks: Block[] = [];
  for (const c of table.columns) {
    if (c.group < 0) continue;
    const block = blocks.find((b) => b.group === c.group) ?? (blocks.push({ group: c.group, labelCols: [], amountCols: [] }), blocks.at(-1)!);
    (c.holds === "amount" ? block.amountCols : block.labelCols).push(c.col);
  }
  const decimals = amountColumns.reduce((max, c) => Math.max(max, c.decimals), 0);
  const factor = Number(FEN_PER_UNIT[table.unit ?? "万元"] ?? 1_000_000n);
  const segments = (col: number) => table.columns[col]?.segments ?? [];
  return { tableIndex, table, blocks, bodyRows, cell, segments, termTolerance: Math.max(1, Math.round(factor / 10 ** decimals)) };
}

/** The code and names of a row within a block, or undefined when the block prints nothing there. */
export function rowLabel(layout: Layout, block: Block, row: number): RowLabel | undefined {
  const g = layout.table.rows[row]?.groups.find((x) => x.group === block.group);
  return g && { code: g.code ?? undefined, first: g.first, name: g.name, nameCol: g.nameCol };
}

/** An amount cell's value: a blank cell in an amount column prints zero (Jiangsu, Shanghai tables). */
export function valueAt(layout: Layout, row: number, col: number): number | undefined {
  const c = layout.cell(row, col);
  if (!c) return undefined;
  if (c.amountFen !== null) return c.amountFen;
  return c.text.trim() === "" ? 0 : undefined;
}

/** Is the cell printed (not blank)? Blank cells take part in sums as 0 but are never a total. */
export function printed(layout: Layout, row: number, col: number): boolean {
  const c = layout.cell(row, col);
  return !!c && c.amountFen !== null;
}

/** Where the figure a layout cell prints sits in doc.figures (a run's rows come from several tables). */
export function figureIndexIn(doc: CheckInput, layout: Layout, row: number, col: number): number[] {
  const at = layout.origin?.(row) ?? { tableIndex: layout.tableIndex, row };
  return figureIndexAt(doc, at.tableIndex, at.row, col);
}

/** Where the table figure for a cell sits in doc.figures, so flags can cite it. */
export function figureIndexAt(doc: CheckInput, tableIndex: number, row: number, col: number): number[] {
  const i = doc.figures.findIndex((f) => f.source === "table" && f.tableIndex === tableIndex && f.row === row && f.col === col);
  return i >= 0 ? [i] : [];
}

/** "“18,330.37” (p.1 l.26)"; a blank cell is quoted as printed: “” . */
export function quoteCell(layout: Layout, row: number, col: number): string {
  const c = layout.cell(row, col);
  return c ? citeAt(c.text.trim(), c.page, c.line) : "“”";
}

