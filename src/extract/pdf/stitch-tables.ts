import type { Block, Cell, TableBlock } from "../../model/document.js";

/** Column widths may differ by this much (points) and still be the same table. */
const WIDTH_TOLERANCE = 3;

/**
 * Joins a table that runs over a page break into one block: the table is the last block of its
 * page, the next page starts with a table (no title or other text before it) whose columns have
 * the same widths (or the same count and the same header rows). A header repeated at the top of the next page is dropped. Seen in the 上海
 * 财政局 2024 决算: 收入支出决算总表 p6→p7, 收入决算表 p8→p9, 财政拨款收入支出决算总表 p12→p14.
 */
export function stitchTables(blocks: Block[], widths: Map<TableBlock, number[]>): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (block.type === "table" && previous?.type === "table" && continues(previous, block, widths)) {
      previous.rows.push(...withoutRepeatedHeader(previous.rows, block.rows));
      previous.pageLast = block.pageLast;
      previous.emptyNote ??= block.emptyNote;
      widths.set(previous, widths.get(block) ?? []);
      continue;
    }
    out.push(block);
  }
  return out;
}

function continues(first: TableBlock, next: TableBlock, widths: Map<TableBlock, number[]>): boolean {
  if (next.page !== first.pageLast + 1) return false;
  const a = widths.get(first);
  const b = widths.get(next);
  if (!a || !b || a.length !== b.length) return false;
  // A header repeated at the top of the page says it is the same table even when a wrapped text
  // column (绩效目标) is laid out a little wider (广州 表12, one project table over 40 pages).
  return a.every((w, k) => Math.abs(w - b[k]!) <= WIDTH_TOLERANCE) || withoutRepeatedHeader(first.rows, next.rows).length < next.rows.length;
}

function withoutRepeatedHeader(rows: Cell[][], next: Cell[][]): Cell[][] {
  let k = 0;
  while (k < next.length && k < rows.length && sameTexts(rows[k]!, next[k]!)) k++;
  return next.slice(k);
}

function sameTexts(a: Cell[], b: Cell[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell.text === b[i]!.text) && a.some((c) => c.text !== "");
}
