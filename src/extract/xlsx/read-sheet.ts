import { SHEET_LABEL_LINE as metaPattern, TABLE_NUMBER as tableNumber } from "../../domain/layout.js";
import { SHEET_UNIT as unitPattern } from "../../domain/units.js";
import { EMPTY_TABLE_NOTE as emptyNotePattern, TOTAL_CELL as totalRow } from "../../domain/vocabulary.js";
import type { Block, Cell, TableBlock } from "../../model/document.js";
import { rowTexts, type SheetGrid } from "./sheet-grid.js";

// The unit, label and table-number lines of the heading rows (domain/units.ts, domain/layout.ts); a
// totals row; the note of a table empty on purpose: the one list every format uses (domain/vocabulary.ts).

/**
 * One sheet → blocks. Rows with two or more filled cells form the table (from the first such row to
 * the last); rows above it are the title and 单位 lines, rows below are notes; a sheet without such
 * rows (cover, contents, narrative) is text. `page` is the sheet's 1-based index, `line` the row number.
 */
export function readSheet(grid: SheetGrid, page: number, sheetName: string): Block[] {
  const rowNumbers = [...grid.rows.keys()].sort((a, b) => a - b);
  const isGridRow = (r: number): boolean => {
    const texts = rowTexts(grid, r);
    return texts.length >= 2 && !(texts.length <= 3 && texts.some((t) => metaPattern.test(t)));
  };
  const gridRows = rowNumbers.filter(isGridRow);
  const first = gridRows[0];
  let last = gridRows[gridRows.length - 1];
  // A 合计 row with its figures still blank (templates) has one filled cell but belongs to the table.
  const next = rowNumbers.find((r) => last !== undefined && r > last);
  if (next !== undefined && last !== undefined && next - last <= 50 && totalRow.test(rowTexts(grid, next).join(""))) last = next;
  if (first === undefined || last === undefined) return rowNumbers.flatMap((r) => textLines(grid, r, page));
  const before = rowNumbers.filter((r) => r < first);
  const after = rowNumbers.filter((r) => r > last);
  const table = readTable(grid, first, last, page);
  const heading = before.map((r) => rowTexts(grid, r).join(" "));
  const title = heading.find((t) => !metaPattern.test(t) && !tableNumber.test(t));
  table.caption = title ?? sheetName;
  const unit = heading.map((t) => unitPattern.exec(t)?.[1]).find((u) => u !== undefined);
  if (unit) table.unit = unit;
  const notes = after.flatMap((r) => textLines(grid, r, page));
  const emptyNote = notes.find((b) => b.type === "text" && emptyNotePattern.test(b.text));
  if (emptyNote?.type === "text") table.emptyNote = emptyNote.text;
  return [...before.flatMap((r) => textLines(grid, r, page)), table, ...notes];
}

/** A row outside the table as text: its cells joined by a space, each line of a multi-line cell on its own. */
function textLines(grid: SheetGrid, r: number, page: number): Block[] {
  const text = rowTexts(grid, r).join(" ");
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => ({ type: "text" as const, text: line, page, line: r + 1 }));
}

function readTable(grid: SheetGrid, first: number, last: number, page: number): TableBlock {
  const rows: Cell[][] = [];
  for (let r = first; r <= last; r++) {
    const texts = grid.rows.get(r);
    if (!texts) continue; // blank spacer rows are layout, not data
    const row: Cell[] = [];
    for (let c = 0; c <= grid.lastColumn; c++) {
      const key = `${r},${c}`;
      if (grid.covered.has(key)) continue;
      const span = grid.spans.get(key);
      row.push({ text: texts.get(c) ?? "", page, line: r + 1, rowSpan: span?.rowSpan ?? 1, colSpan: span?.colSpan ?? 1 });
    }
    rows.push(trimTrailingEmpty(row));
  }
  return { type: "table", rows, page, line: first + 1, pageLast: page };
}

/** Drops empty cells after the last filled one: sheets are often formatted far to the right. */
function trimTrailingEmpty(row: Cell[]): Cell[] {
  let end = row.length;
  while (end > 0 && row[end - 1]?.text === "" && (row[end - 1]?.colSpan ?? 1) === 1 && (row[end - 1]?.rowSpan ?? 1) === 1) end--;
  return row.slice(0, end);
}
