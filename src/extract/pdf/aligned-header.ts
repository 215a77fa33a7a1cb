import { NOT_HEADER_LINE as NOT_HEADER } from "../../domain/layout.js";
import type { Cell } from "../../model/document.js";
import { chunkLine, isAmount, type AlignedLine, type Chunk } from "./aligned-chunks.js";
import { inReadingOrder, joinWrapped } from "./read-grid-table.js";
import type { NumberedItem } from "./build-lines.js";
import { ocrMark } from "../ocr/mark.js";
import type { Column } from "./read-aligned-table.js";

/** Header lines above an unruled table, at most. */
const MAX_HEADER_LINES = 4;

/**
 * The lines just above the first data row that read as its header: close below one another (within
 * ~2 glyphs, or the data rows' own spacing when that is wider), the data's size, no amounts (栏次 numbers 1 2 3 aside), every chunk over the table,
 * and not one line across the whole table (a caption). Stops at the unit/department line or a title.
 */
export function findHeaderLines(lines: AlignedLine[], start: number, floor: number, columns: Column[], cuts: [number, number][], size: number, pitch = 0): AlignedLine[] {
  // Rows set wide apart (a row height of two lines) have their header as far above them.
  const reach = Math.max(2.2 * size, 1.2 * pitch);
  const left = columns[0]!.x;
  const right = columns[columns.length - 1]!.right;
  const out: AlignedLine[] = [];
  for (let i = start - 1; i >= floor && out.length < MAX_HEADER_LINES; i--) {
    const line = lines[i]!;
    const below = lines[i + 1]!;
    if (below.y - line.y > reach || Math.abs(line.size - size) > 0.6 * size) break;
    const chunks = chunkLine(line, cuts);
    const text = chunks.map((c) => c.text).join(" ");
    if (NOT_HEADER.test(text.trim())) break;
    if (chunks.some((c) => isAmount(c.text) && !/^\d{1,2}$/.test(c.text.trim()))) break;
    // Labels beyond the data's columns are the heads of columns left blank (政府性基金预算拨款收入 in a
    // body without such money): allowed while most of the line's labels stand over the data.
    const outside = chunks.filter((c) => c.x < left - 2 * size || c.right > right + 2 * size);
    if (outside.length && (chunks.length < 3 || 2 * outside.length >= chunks.length)) break;
    if (chunks.length === 1 && chunks[0]!.right - chunks[0]!.x > 0.7 * (right - left)) break;
    out.unshift(line);
  }
  return out;
}

interface HeaderChunk extends Chunk {
  level: number;
  /** The chunks below a group header that it stands over. */
  under?: HeaderChunk[];
  columns: Column[];
}

/**
 * Header rows from the header lines. A chunk centred over two or more chunks of a line below is a
 * group header and spans their columns; other chunks sit in the column they overlap, or, over a
 * column the data leaves blank, make that column. Chunks stacked in one column without a group
 * between them are one wrapped label (因公出国 / （境）费). Each column's labels from top to bottom
 * fill the header rows; its last label runs down to the data, and equal neighbours merge into spans.
 */
export function buildHeaderRows(lines: AlignedLine[], dataColumns: Column[], cuts: [number, number][], page: number, size: number):
  { rows: Cell[][]; columns: Column[] } {
  const columns = [...dataColumns];
  const levels: HeaderChunk[][] = lines.map((line, level) => chunkLine(line, cuts).map((c) => ({ ...c, level, columns: [] })));
  for (let k = 0; k < levels.length; k++) for (const chunk of levels[k]!) chunk.under = groupUnder(chunk, levels.slice(k + 1), size);
  const leaves = levels.flat().filter((c) => !c.under);
  const claimed = new Set<Column>();
  const overlapping = (c: HeaderChunk): Column[] => columns.filter((col) => Math.min(col.right, c.right) - Math.max(col.x, c.x) > 0);
  for (const leaf of leaves) {
    const hit = overlapping(leaf);
    if (!hit.length) continue;
    const best = hit.reduce((a, b) => (overlap(b, leaf) > overlap(a, leaf) ? b : a));
    leaf.columns = [best];
    claimed.add(best);
  }
  // A label beside the columns: the nearest data column still without a label, else a blank column.
  for (const leaf of leaves.filter((l) => !l.columns.length)) {
    const sides = neighbours(columns, leaf).filter((col) => !claimed.has(col) && dataColumns.includes(col));
    const column = sides.sort((a, b) => distance(a, leaf) - distance(b, leaf))[0] ?? addColumn(columns, leaf);
    leaf.columns = [column];
    if (!dataColumns.includes(column)) column.right = Math.max(column.right, leaf.right);
    claimed.add(column);
  }
  for (let k = levels.length - 1; k >= 0; k--) {
    for (const group of levels[k]!.filter((c) => c.under)) group.columns = [...new Set(group.under!.flatMap((c) => c.columns))];
  }
  columns.sort((a, b) => a.x - b.x);
  return { rows: headerCells(levels.flat(), columns, page), columns };
}

/** The chunks of one lower line, side by side, that a chunk is centred over (≥ 2 of them), if any. */
function groupUnder(chunk: HeaderChunk, below: HeaderChunk[][], size: number): HeaderChunk[] | undefined {
  const centre = (chunk.x + chunk.right) / 2;
  for (const line of below) {
    for (let i = 0; i < line.length; i++) {
      for (let j = i + 1; j < line.length; j++) {
        const x = line[i]!.x;
        const right = line[j]!.right;
        if (Math.abs((x + right) / 2 - centre) <= size && x <= chunk.x + size && right >= chunk.right - size) return line.slice(i, j + 1);
      }
    }
  }
  return undefined;
}

function overlap(col: Column, c: { x: number; right: number }): number {
  return Math.min(col.right, c.right) - Math.max(col.x, c.x);
}

function distance(col: Column, c: { x: number; right: number }): number {
  return Math.max(col.x - c.right, c.x - col.right, 0);
}

/** The columns just left and right of a chunk that overlaps none. */
function neighbours(columns: Column[], c: { x: number; right: number }): Column[] {
  const left = columns.filter((col) => col.right <= c.x).sort((a, b) => b.right - a.right)[0];
  const right = columns.filter((col) => col.x >= c.right).sort((a, b) => a.x - b.x)[0];
  return [left, right].filter((col): col is Column => col !== undefined);
}

function addColumn(columns: Column[], c: { x: number; right: number }): Column {
  const column = { x: c.x, right: c.right };
  columns.push(column);
  return column;
}

/** Lays the labels out as rows: per column its stack of labels, the last one down to the data. */
function headerCells(chunks: HeaderChunk[], columns: Column[], page: number): Cell[][] {
  type Label = { text: string; line: number; group: boolean; items: NumberedItem[] };
  const stacks: Label[][] = columns.map(() => []);
  const labelOf = new Map<HeaderChunk, Label>();
  for (const chunk of [...chunks].sort((a, b) => a.level - b.level || a.x - b.x)) {
    for (const column of chunk.columns) {
      const stack = stacks[columns.indexOf(column)]!;
      const top = stack[stack.length - 1];
      if (!chunk.under && top && !top.group && labelOf.get(chunk) !== top) {
        // A second line of the same label (因公出国 / （境）费): wrapped text, one cell.
        top.text = joinWrapped(top.text, chunk.text);
        top.items.push(...chunk.items);
        labelOf.set(chunk, top);
        continue;
      }
      let label = labelOf.get(chunk);
      if (!label) labelOf.set(chunk, (label = { text: chunk.text, line: chunk.line, group: Boolean(chunk.under), items: [...chunk.items] }));
      stack.push(label);
    }
  }
  const depth = Math.max(0, ...stacks.map((s) => s.length));
  if (!depth) return [];
  const grid = stacks.map((stack) => {
    // A column without a label gets one blank cell down the whole header.
    const full = stack.length ? stack : [{ text: "", line: chunks[0]!.line, group: false, items: [] }];
    return Array.from({ length: depth }, (_, r) => full[Math.min(r, full.length - 1)]!);
  });
  const rows: Cell[][] = [];
  const done = new Set<string>();
  for (let r = 0; r < depth; r++) {
    const row: Cell[] = [];
    for (let c = 0; c < columns.length; c++) {
      if (done.has(`${r},${c}`)) continue;
      const label = grid[c]![r]!;
      let cols = 1;
      while (c + cols < columns.length && grid[c + cols]![r] === label && !done.has(`${r},${c + cols}`)) cols++;
      let rowsDown = 1;
      while (r + rowsDown < depth && Array.from({ length: cols }, (_, d) => grid[c + d]![r + rowsDown]).every((l) => l === label)) rowsDown++;
      for (let dr = 0; dr < rowsDown; dr++) for (let dc = 0; dc < cols; dc++) done.add(`${r + dr},${c + dc}`);
      const ocr = ocrMark(label.text, inReadingOrder(label.items));
      row.push({ text: label.text, page, line: label.line, rowSpan: rowsDown, colSpan: cols, ...(ocr ? { ocr } : {}) });
    }
    if (row.length) rows.push(row);
  }
  return rows;
}
