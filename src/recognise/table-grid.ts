import type { OcrMark, TableBlock } from "../model/document.js";
import { parseDecimal } from "../normalise/amount.js";
import { hasCodeShape } from "../domain/classification.js";
import { UNIT_LABEL_START } from "../domain/units.js";
import { isColumnNumberRow, NUMBER_ROW_FIRST, SUM_ROW_FIRST } from "../domain/vocabulary.js";
import { foldWidth, memoByString } from "../normalise/text.js";

export interface GridCell {
  text: string;
  page: number;
  line: number;
  /** True for the positions a merged cell covers beyond its first one. */
  repeated: boolean;
  /** Read by OCR (the cell's own mark, else its table's). */
  ocr?: OcrMark;
}

/** Expands row/col spans: a merged cell is repeated into every position it covers (CONTRACT). */
export function expandGrid(table: TableBlock): GridCell[][] {
  const grid: GridCell[][] = [];
  table.rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const target = (grid[r + dr] ??= []);
          const ocr = cell.ocr ?? table.ocr;
          target[c + dc] = { text: cell.text, page: cell.page, line: cell.line, repeated: dr > 0 || dc > 0, ...(ocr && { ocr }) };
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const last = table.rows.at(-1)?.[0];
  return grid.map((row) =>
    Array.from({ length: width }, (_, c) => row[c] ?? { text: "", page: last?.page ?? table.page, line: last?.line ?? table.line, repeated: true }),
  );
}

/** A cell that holds one number as printed in a table: 27,664.22 / -3.5 / 0 / 12.5%. */
export const isNumberCell: (text: string) => boolean = memoByString(readNumberCell);

function readNumberCell(text: string): boolean {
  const t = foldWidth(text).replace(/\s+/g, "");
  return parseDecimal(t.replace(/%$/, "")) !== undefined;
}


/**
 * How many leading rows are header rows: rows before the first row that carries a figure (a number
 * in a column after the first, or a 合计/code first cell). 栏次/行次 rows and unit rows stay header.
 */
export function countHeaderRows(grid: GridCell[][]): number {
  const limit = Math.min(grid.length, 8);
  for (let r = 0; r < limit; r++) {
    const row = grid[r]!;
    const first = foldWidth(row.find((c) => c.text.trim() !== "")?.text ?? "").replace(/\s+/g, "");
    if (NUMBER_ROW_FIRST.test(first) && row.some((c) => isNumberCell(c.text))) continue;
    if (hasCodeShape(first)) return r;
    // 合计 heading a column (merged down the header rows) is header; 合计 labelling a row of
    // amounts, possibly all blank (an empty table), is data.
    const rest = row.filter((c) => foldWidth(c.text).replace(/\s+/g, "") !== first);
    if (SUM_ROW_FIRST.test(first) && rest.every((c) => c.text.trim() === "" || isNumberCell(c.text))) return r;
    const numbers = row.filter((c) => c.text.trim() !== "" && isNumberCell(c.text));
    // A row of small integers only (1 2 3 …) is a 栏次 row, still header.
    if (numbers.length > 0 && !numbers.every((c) => /^\d{1,2}$/.test(c.text.trim()))) return r;
  }
  return grid.length > 1 ? 1 : 0;
}

/** Header path per column: the distinct header texts from top to bottom, joined with " / ". */
export function headerPaths(grid: GridCell[][], headerRows: number): string[] {
  const width = grid[0]?.length ?? 0;
  // A row of column numbers (栏次 | | 1 | 2 …) numbers the columns; it does not name them.
  const numbering = grid.slice(0, headerRows).map((row) => isColumnNumberRow(row.map((cell) => cell.text)));
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (let r = 0; r < headerRows; r++) {
      // A header row of one cell across the whole width is a caption over every column (a
      // flattened header, or "财政拨款“三公”经费" above all twelve columns), not a column's name.
      const row = grid[r]!;
      if (numbering[r]) continue;
      if (width > 2 && row.every((cell) => cell.text === row[0]!.text)) continue;
      const text = (row[c]?.text ?? "").replace(/\s+/g, " ").trim();
      if (text && UNIT_LABEL_START.test(text)) continue;
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    return parts.join(" / ");
  });
}
