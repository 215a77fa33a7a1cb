import type { Cell } from "../../model/document.js";
import { joinItems, type NumberedItem } from "./build-lines.js";
import { chunkLine, groupLines, isAmount, type AlignedLine, type Chunk } from "./aligned-chunks.js";
import { buildHeaderRows, findHeaderLines } from "./aligned-header.js";
import { inReadingOrder, type GridTable } from "./read-grid-table.js";
import { ocrMark } from "../ocr/mark.js";
import type { Rule } from "./read-rules.js";

/** A column found from the data rows (or a header over a column left blank): its x extent. */
export interface Column {
  x: number;
  right: number;
}

/** Numeric rows a table needs without rules; with a horizontal rule above and below, one will do. */
const MIN_ROWS = 3;
/** Non-numeric lines allowed between two numeric rows (rows with blank amounts, wrapped labels). */
const MAX_BETWEEN = 3;

/**
 * Reads the tables printed without ruling lines (or with horizontal rules only) from a page that
 * has no ruled table: runs of lines with two or more amounts whose columns line up. Columns are the
 * x intervals the data rows' chunks cover, split where a gap runs through every row; at least two
 * of them must hold right-, left- or centre-aligned amounts, so a paragraph quoting figures stays
 * text. The header lines just above the run join in when their chunks sit over the columns. Blank
 * cells stay blank. Linear in the page's items (apart from sorting).
 */
export function readAlignedTables(items: NumberedItem[], rules: Rule[], page: number): GridTable[] {
  const lines = groupLines(items);
  const chunked = lines.map((line) => chunkLine(line));
  const amounts = chunked.map((chunks) => chunks.filter((c) => isAmount(c.text)).length);
  const numeric = amounts.map((n) => n >= 2);
  const horizontals = rules.filter((r) => r.y1 === r.y2);
  const tables: GridTable[] = [];
  let floor = 0; // lines above this index are taken (a previous table or its header)
  for (let start = 0; start < lines.length; start++) {
    if (!numeric[start]) continue;
    const end = runEnd(lines, amounts, start);
    const table = readRun(lines, start, end, floor, horizontals, page);
    if (table) {
      tables.push(table.table);
      floor = table.last + 1;
      start = table.last;
    } else start = end;
  }
  return tables;
}

/**
 * Index of the last numeric line (two or more amounts) of the run starting at `start`. A line with
 * one amount keeps the run going without ending it: the rows of a 收支总表 whose 收入 side is blank
 * (二、政府性基金预算拨款收入 | | 二、社会保障和就业支出 | 1,218.60) sit between its numeric rows.
 */
function runEnd(lines: AlignedLine[], amounts: number[], start: number): number {
  let end = start;
  let kept = start;
  for (let i = start + 1; i < lines.length && i - kept - 1 <= MAX_BETWEEN; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    if (line.y - prev.y > 3 * prev.size || Math.abs(line.size - lines[start]!.size) > 0.2 * lines[start]!.size) break;
    if (amounts[i]! >= 2) end = kept = i;
    else if (amounts[i] === 1) kept = i;
  }
  return end;
}

function readRun(lines: AlignedLine[], start: number, end: number, floor: number, horizontals: Rule[], page: number):
  { table: GridTable; last: number } | undefined {
  const size = lines[start]!.size;
  const numericLines = lines.slice(start, end + 1).filter((l) => chunkLine(l).filter((c) => isAmount(c.text)).length >= 2);
  const columns = columnsOf(numericLines.map((l) => chunkLine(l)), size);
  // Alignment needs two rows to show; a single row of amounts counts only between rules.
  if (columns.length < 3 || (numericLines.length >= 2 && alignedNumericColumns(numericLines, columns, size) < 2)) return undefined;
  const cuts = gapsBetween(columns);
  // Rows with one amount (合计 18,330.37 above the codes, a 总计 row at the end) join the run.
  while (start > floor && fitsAsRow(lines[start - 1]!, lines[start]!, columns, cuts, size)) start--;
  while (end + 1 < lines.length && fitsAsRow(lines[end + 1]!, lines[end]!, columns, cuts, size)) end++;
  const dataLines = lines.slice(start, end + 1);
  const rows = dataLines.map((l) => chunkLine(l, cuts));
  // Every chunk must sit in the columns: a wide chunk crossing several is a sentence, not a cell.
  const width = columns[columns.length - 1]!.right - columns[0]!.x;
  if (rows.some((chunks) => chunks.some((c) => c.right - c.x > 0.6 * width || c.x < columns[0]!.x - 2 * size || c.right > columns[columns.length - 1]!.right + 2 * size))) return undefined;
  const ruled = bracketedByRules(dataLines, horizontals, columns, size);
  const firstChunks = chunkLine(numericLines[0]!);
  const amounts = firstChunks.filter((c) => isAmount(c.text)).length;
  // A lone row has no spacing of its own: its header may stand a blank line above it.
  const pitch = dataLines.length > 1 ? medianPitch(dataLines) : 2.5 * size;
  const headerLines = findHeaderLines(lines, start, floor, columns, cuts, size, pitch);
  // A lone row of nothing but amounts (the 三公 table's one row) under a header with a label for
  // each of them (right-aligned amounts need not sit under their centred labels).
  const loneRow = dataLines.length === 1 && amounts >= 3 && amounts === firstChunks.length &&
    headerLines.reduce((n, l) => n + chunkLine(l, cuts).length, 0) >= amounts;
  if (numericLines.length < MIN_ROWS && !loneRow && !(ruled && (numericLines.length >= 2 || amounts >= 3))) return undefined;
  const header = buildHeaderRows(headerLines, columns, cuts, page, size);
  const allColumns = header.columns;
  const body = bodyRows(rows, allColumns, page);
  const used = new Set<NumberedItem>([...headerLines, ...dataLines].flatMap((l) => l.items));
  const all = [...used];
  const bounds = [allColumns[0]!.x, ...gapsBetween(allColumns).map(([a, b]) => (a + b) / 2), allColumns[allColumns.length - 1]!.right];
  const firstLine = Math.min(...all.map((i) => i.line));
  return {
    table: {
      rows: [...header.rows, ...body],
      top: Math.min(...all.map((i) => i.top)),
      bottom: Math.max(...all.map((i) => i.y)),
      left: bounds[0]!,
      right: bounds[bounds.length - 1]!,
      line: firstLine,
      columnWidths: bounds.slice(1).map((x, i) => x - bounds[i]!),
      used,
    },
    last: end,
  };
}

/**
 * Columns from the chunks of the numeric rows: the x intervals covered by some chunk, split where a
 * gap of at least a fifth of a glyph runs through every row. A sweep over the sorted edges.
 */
function columnsOf(rows: Chunk[][], size: number): Column[] {
  const spans = rows.flat().map((c) => [c.x, c.right] as const).sort((a, b) => a[0] - b[0]);
  const columns: Column[] = [];
  for (const [x, right] of spans) {
    const last = columns[columns.length - 1];
    if (last && x - last.right < 0.2 * size) last.right = Math.max(last.right, right);
    else columns.push({ x, right });
  }
  return columns;
}

/** The median distance between the baselines of consecutive rows. */
function medianPitch(lines: AlignedLine[]): number {
  const steps = lines.slice(1).map((l, i) => l.y - lines[i]!.y).sort((a, b) => a - b);
  return steps.length ? steps[Math.floor(steps.length / 2)]! : 0;
}

export function gapsBetween(columns: Column[]): [number, number][] {
  return columns.slice(1).map((c, i) => [columns[i]!.right, c.x]);
}

/** How many columns hold amounts (in most of their filled cells) whose edges line up. */
function alignedNumericColumns(lines: AlignedLine[], columns: Column[], size: number): number {
  const tolerance = 0.5 * size;
  let count = 0;
  for (const column of columns) {
    const inside = lines.flatMap((l) => chunkLine(l)).filter((c) => c.x >= column.x - 0.01 && c.right <= column.right + 0.01);
    const amounts = inside.filter((c) => isAmount(c.text));
    if (amounts.length < 2 || amounts.length * 10 < inside.length * 7) continue;
    const spread = (f: (c: Chunk) => number): number => Math.max(...amounts.map(f)) - Math.min(...amounts.map(f));
    if (spread((c) => c.right) <= tolerance || spread((c) => c.x) <= tolerance || spread((c) => (c.x + c.right) / 2) <= tolerance) count++;
  }
  return count;
}

/** A line next to the run with an amount in a column of amounts and nothing outside the columns. */
function fitsAsRow(line: AlignedLine, next: AlignedLine, columns: Column[], cuts: [number, number][], size: number): boolean {
  if (Math.abs(next.y - line.y) > 3 * size || Math.abs(line.size - size) > 0.6 * size) return false;
  const chunks = chunkLine(line, cuts);
  const amounts = chunks.filter((c) => isAmount(c.text) && !/^\d{1,2}$/.test(c.text.trim()));
  const inColumn = (c: Chunk): boolean => columns.some((col) => c.x >= col.x - 0.5 * size && c.right <= col.right + 0.5 * size);
  return amounts.length >= 1 && amounts.every(inColumn) && chunks.every((c) => c.x >= columns[0]!.x - 2 * size && c.right <= columns[columns.length - 1]!.right + 2 * size);
}

/** A horizontal rule just below the last row and one above the first, across most of the columns. */
function bracketedByRules(lines: AlignedLine[], horizontals: Rule[], columns: Column[], size: number): boolean {
  const left = columns[0]!.x;
  const right = columns[columns.length - 1]!.right;
  const across = (r: Rule): boolean => Math.min(r.x2, right) - Math.max(r.x1, left) >= 0.8 * (right - left);
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const below = horizontals.some((r) => across(r) && r.y1 > last.y && r.y1 <= last.y + 1.5 * size);
  const above = horizontals.some((r) => across(r) && r.y1 < first.top && r.y1 >= first.top - 8 * size);
  return below && above;
}

/** Data rows as cells: each chunk in the column it overlaps most, a chunk across columns spans them. */
function bodyRows(rows: Chunk[][], columns: Column[], page: number): Cell[][] {
  return rows.map((chunks) => {
    const line = chunks[0]?.line ?? 1;
    const slots: Chunk[][] = columns.map(() => []);
    const spans = new Map<number, number>();
    for (const chunk of chunks) {
      const hit = columns.map((c, k) => [k, Math.min(c.right, chunk.right) - Math.max(c.x, chunk.x)] as const).filter(([, o]) => o > 0);
      const k = hit.length ? hit.reduce((a, b) => (b[1] > a[1] ? b : a))[0] : nearest(columns, chunk);
      slots[k]!.push(chunk);
      // A label across empty neighbouring columns (合计 across 科目编码 and 科目名称) spans them.
      if (hit.length > 1 && !isAmount(chunk.text)) spans.set(hit[0]![0], hit[hit.length - 1]![0] - hit[0]![0] + 1);
    }
    const cells: Cell[] = [];
    for (let k = 0; k < columns.length; k++) {
      const span = spans.get(k);
      if (span && slots.slice(k, k + span).filter((s) => s.length).length === 1) {
        const list = slots.slice(k, k + span).flat();
        cells.push(alignedCell(list.flatMap((c) => c.items), page, line, span));
        k += span - 1;
        continue;
      }
      const list = slots[k]!;
      cells.push(alignedCell(list.flatMap((c) => c.items), page, line, 1));
    }
    return cells;
  });
}

/** One cell of an aligned table from its items (with its OCR mark when they were read by OCR). */
function alignedCell(items: NumberedItem[], page: number, line: number, colSpan: number): Cell {
  const text = joinItems(items);
  const ocr = ocrMark(text, inReadingOrder(items));
  return { text, page, line, rowSpan: 1, colSpan, ...(ocr ? { ocr } : {}) };
}

export function nearest(columns: Column[], chunk: { x: number; right: number }): number {
  const centre = (chunk.x + chunk.right) / 2;
  let best = 0;
  columns.forEach((c, k) => {
    if (Math.abs((c.x + c.right) / 2 - centre) < Math.abs((columns[best]!.x + columns[best]!.right) / 2 - centre)) best = k;
  });
  return best;
}
