import type { CellRecord, TableRecord } from "../model/records.js";
import { FEN_PER_UNIT } from "../normalise/amount.js";
import { matchKey } from "../normalise/text.js";
import { isOtherCodeHeader, rowCode } from "../domain/classification.js";
import { isColumnNumberRow } from "../domain/vocabulary.js";
import { citeAt, type CheckInput } from "./check.js";
import { continuedFrom } from "./table-cells.js";

/**
 * A table read the way the sum checks need it: label columns and amount columns grouped into
 * blocks (the 收支总表 prints 收入 and 支出 side by side, each a label column and its amounts), each
 * row's code and label within a block, and each column's header segments.
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

const NUMERIC = /^[-−]?[\d,，.．]+%?$/;

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
  const merged: TableRecord = { ...first, cells, nRows: offset, pageLast: doc.tables[run.at(-1)!]!.pageLast };
  const layout = layoutOf(doc, root, merged);
  return layout && { ...layout, origin: (row) => origin.get(row) ?? { tableIndex: root, row } };
}

export function layoutOf(doc: CheckInput, tableIndex: number, whole?: TableRecord): Layout | undefined {
  const table = whole ?? doc.tables[tableIndex]!;
  const grid = new Map<string, CellRecord>();
  for (const c of table.cells) grid.set(`${c.row}:${c.col}`, c);
  const cell = (row: number, col: number) => grid.get(`${row}:${col}`);
  const body = table.cells.filter((c) => !c.isHeader);
  const amounts = body.filter((c) => c.amountFen !== null);
  if (!amounts.length) return undefined;
  // A row of column numbers (栏次 1 2 3 …) left in the body is not a row of amounts.
  const bodyRows = [...new Set(body.map((c) => c.row))].sort((a, b) => a - b).filter((row) => !isColumnNumberRow(body.filter((c) => c.row === row).map((c) => c.text)));
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (let col = 0; col < table.nCols; col++) {
    const cells = body.filter((c) => c.col === col);
    const isAmount = cells.some((c) => c.amountFen !== null);
    // A merged label repeated into the next column ("当年支出小计" over the 金额 column) is not a label.
    const isLabel = !isAmount && cells.some((c) => labelText(c) && labelText(c) !== labelText(cell(c.row, col - 1)));
    if (!isLabel && !isAmount) continue;
    // A label column after amounts starts the next block (收入 | 金额 | 支出 | 金额).
    if (!current || (isLabel && current.amountCols.length)) blocks.push((current = { labelCols: [], amountCols: [] }));
    (isLabel ? current.labelCols : current.amountCols).push(col);
  }
  const decimals = amounts.reduce((max, c) => Math.max(max, /[.．](\d+)/.exec(c.text)?.[1]?.length ?? 0), 0);
  const factor = Number(FEN_PER_UNIT[table.unit ?? "万元"] ?? 1_000_000n);
  const segments = (col: number) => {
    const header = table.cells.find((c) => c.col === col && c.header)?.header ?? "";
    return header.split(" / ").map((s) => matchKey(s)).filter((s, k, all) => s && s !== all[k - 1]);
  };
  return { tableIndex, table, blocks, bodyRows, cell, segments, termTolerance: Math.max(1, Math.round(factor / 10 ** decimals)) };
}

/** The code and names of a row within a block, or undefined when the block prints nothing there. */
export function rowLabel(layout: Layout, block: Block, row: number): RowLabel | undefined {
  // A 单位编码 or 项目编码 column prints numbers that are not the row's classification.
  const cols = block.labelCols.filter((col) => !isOtherCodeHeader(layout.segments(col).join("/")));
  const texts = cols.map((col) => labelText(layout.cell(row, col)));
  const code = rowCode(texts);
  const names: Array<{ text: string; col: number }> = [];
  texts.forEach((text, k) => {
    if (text && !NUMERIC.test(text) && names.at(-1)?.text !== text) names.push({ text, col: cols[k]! });
  });
  if (!code && !names.length) return undefined;
  const last = names.at(-1);
  return { code: code || undefined, first: names[0]?.text ?? "", name: last?.text ?? "", nameCol: last?.col ?? -1 };
}

/** A label cell's comparable text ("合　计" → "合计"). */
function labelText(c: CellRecord | undefined): string {
  return c ? matchKey(c.text) : "";
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

