import { itemsByLine, joinItems, type NumberedItem } from "./build-lines.js";

/** Items of one page line that belong together: a cell's text, as far as the gaps tell. */
export interface Chunk {
  text: string;
  x: number;
  right: number;
  line: number;
  items: NumberedItem[];
}

/** One page line with its items in x order. */
export interface AlignedLine {
  line: number;
  y: number;
  top: number;
  size: number;
  items: NumberedItem[];
}

/** An amount as printed in a table: 1,234.56 / 400.00 / -3.5 / 0 / 12.5% (codes like 2010301 too). */
const AMOUNT = /^[-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{1,7})%?$/u;

export function isAmount(text: string): boolean {
  return AMOUNT.test(text.trim());
}

/** The page's items as lines, top to bottom (items already carry their line number). */
export function groupLines(items: NumberedItem[]): AlignedLine[] {
  return itemsByLine(items).map(([line, list]) => {
    list.sort((a, b) => a.x - b.x);
    const sizes = list.map((i) => i.size).sort((a, b) => a - b);
    return {
      line,
      y: Math.max(...list.map((i) => i.y)),
      top: Math.min(...list.map((i) => i.top)),
      size: sizes[Math.floor((sizes.length - 1) / 2)]!,
      items: list,
    };
  });
}

/**
 * Cuts a line into chunks: at a gap wider than ~0.6 glyph (two cells never touch in a laid-out
 * table, words of one cell nearly do), at any real gap next to an amount (pdf.js may join
 * "27,664.22 一、一般公共服务支出" across cells; read-page splits it at the space), and at a gap
 * that reaches into one of the `cuts` (x intervals known to separate columns: 基本支出 and 项目支出
 * over two narrow columns may stand closer than a glyph).
 */
export function chunkLine(line: AlignedLine, cuts: [number, number][] = []): Chunk[] {
  const chunks: Chunk[] = [];
  let current: NumberedItem[] = [];
  const flush = (): void => {
    if (!current.length) return;
    chunks.push({ text: joinItems(current), x: current[0]!.x, right: Math.max(...current.map((i) => i.right)), line: line.line, items: current });
    current = [];
  };
  for (const item of line.items) {
    const last = current[current.length - 1];
    if (last) {
      const right = Math.max(...current.map((i) => i.right));
      const gap = item.x - right;
      const size = Math.max(item.size, last.size);
      const split = gap > 0.6 * size || (gap > 0.1 * size && (isAmount(last.text) || isAmount(item.text))) ||
        (gap > 0 && cuts.some(([a, b]) => Math.min(b, item.x) > Math.max(a, right)));
      if (split) flush();
    }
    current.push(item);
  }
  flush();
  return chunks;
}
