import type { Cell } from "../../model/document.js";
import type { Grid } from "./find-grids.js";
import type { Rule } from "./read-rules.js";
import { joinItems, type NumberedItem } from "./build-lines.js";
import { ocrMark } from "../ocr/mark.js";

/** The cells of one ruled table as printed, and which of the page's items it used. */
export interface GridTable {
  rows: Cell[][];
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Page line number of the table's first item (or of the line just above its top edge). */
  line: number;
  /** Widths of the grid columns, to recognise the same table continuing on the next page. */
  columnWidths: number[];
  used: Set<NumberedItem>;
}

const SNAP = 2;

/**
 * Reads a ruled grid: unit cells between adjacent rules are merged where no rule separates them
 * (the merged 3-level header of the Jiangsu “三公” table), each merged cell is emitted once in its
 * first row with rowSpan/colSpan, and the text items whose centre falls in it are joined line by
 * line (wrapped headers such as 因公出国 / （境）费 become 因公出国（境）费).
 */
export function readGridTable(grid: Grid, items: NumberedItem[], page: number): GridTable {
  const { xs, ys } = grid;
  const nRows = ys.length - 1;
  const nCols = xs.length - 1;
  const groupOf = mergeUnitCells(grid, nRows, nCols);
  const members = new Map<number, NumberedItem[]>();
  const used = new Set<NumberedItem>();
  for (const item of items) {
    const cx = (item.x + item.right) / 2;
    const cy = item.y - item.size * 0.35;
    const c = indexIn(xs, cx);
    const r = indexIn(ys, cy);
    if (c < 0 || r < 0) continue;
    const g = groupOf[r * nCols + c]!;
    const list = members.get(g) ?? [];
    list.push(item);
    members.set(g, list);
    used.add(item);
  }
  const spans = spansOf(groupOf, nCols);
  const rows: Cell[][] = [];
  const seen = new Set<number>();
  const firstLine = Math.min(...[...used].map((i) => i.line));
  for (let r = 0; r < nRows; r++) {
    const row: Cell[] = [];
    for (let c = 0; c < nCols; c++) {
      const g = groupOf[r * nCols + c]!;
      if (seen.has(g)) continue;
      seen.add(g);
      const span = spans.get(g)!;
      const cellItems = members.get(g) ?? [];
      const line = cellItems.length ? Math.min(...cellItems.map((i) => i.line)) : Number.isFinite(firstLine) ? firstLine : 1;
      const text = cellText(cellItems);
      const ocr = ocrMark(text, inReadingOrder(cellItems));
      row.push({ text, page, line, rowSpan: span.rows, colSpan: span.cols, ...(ocr ? { ocr } : {}) });
    }
    if (row.length) rows.push(row);
  }
  return {
    rows,
    top: ys[0]!,
    bottom: ys[nRows]!,
    left: xs[0]!,
    right: xs[nCols]!,
    line: Number.isFinite(firstLine) ? firstLine : 1,
    columnWidths: xs.slice(1).map((x, i) => x - xs[i]!),
    used,
  };
}

/** Union-find over unit cells: neighbours merge unless a rule runs between them at their middle. */
function mergeUnitCells(grid: Grid, nRows: number, nCols: number): number[] {
  const { xs, ys } = grid;
  const parent = Array.from({ length: nRows * nCols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const verticalAt = rulesNear(grid.verticals, xs, (r) => r.x1);
  const horizontalAt = rulesNear(grid.horizontals, ys, (r) => r.y1);
  for (let r = 0; r < nRows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < nCols; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < nCols && !covers(verticalAt[c + 1]!, midY, (v) => [v.y1, v.y2])) union(r * nCols + c, r * nCols + c + 1);
      if (r + 1 < nRows && !covers(horizontalAt[r + 1]!, midX, (h) => [h.x1, h.x2])) union(r * nCols + c, (r + 1) * nCols + c);
    }
  }
  return parent.map((_, i) => find(i));
}

function rulesNear(rules: Rule[], positions: number[], at: (r: Rule) => number): Rule[][] {
  return positions.map((p) => rules.filter((r) => Math.abs(at(r) - p) <= SNAP));
}

function covers(rules: Rule[], mid: number, range: (r: Rule) => [number, number]): boolean {
  return rules.some((r) => {
    const [a, b] = range(r);
    return a - SNAP <= mid && mid <= b + SNAP;
  });
}

/** Rows and columns each merged cell covers, in one pass over the unit cells. */
function spansOf(groupOf: number[], nCols: number): Map<number, { rows: number; cols: number }> {
  const bounds = new Map<number, [number, number, number, number]>();
  groupOf.forEach((g, i) => {
    const r = Math.floor(i / nCols), c = i % nCols;
    const b = bounds.get(g);
    if (!b) bounds.set(g, [r, r, c, c]);
    else bounds.set(g, [Math.min(b[0], r), Math.max(b[1], r), Math.min(b[2], c), Math.max(b[3], c)]);
  });
  const spans = new Map<number, { rows: number; cols: number }>();
  for (const [g, b] of bounds) spans.set(g, { rows: b[1] - b[0] + 1, cols: b[3] - b[2] + 1 });
  return spans;
}

/** Index of the interval of sorted `bounds` containing v, or -1 outside. */
function indexIn(bounds: number[], v: number): number {
  if (v < bounds[0]! || v > bounds[bounds.length - 1]!) return -1;
  let lo = 0, hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Items line by line, left to right (the order their text is joined in). */
export function inReadingOrder<T extends NumberedItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.line - b.line || a.x - b.x);
}

/** A cell's items as text: lines top to bottom, wrapped lines joined (CJK without a space). */
function cellText(items: NumberedItem[]): string {
  if (!items.length) return "";
  const byLine = new Map<number, NumberedItem[]>();
  for (const item of items) byLine.set(item.line, [...(byLine.get(item.line) ?? []), item]);
  const lines = [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => joinItems(list));
  return lines.reduce((text, line) => joinWrapped(text, line), "");
}

/** Joins a wrapped line to the text before it: no space where CJK meets, else one space. */
export function joinWrapped(before: string, after: string): string {
  if (!before) return after;
  if (!after) return before;
  const ascii = /[A-Za-z0-9.,%)]$/.test(before) && /^[A-Za-z0-9(]/.test(after);
  return ascii ? `${before} ${after}` : before + after;
}
