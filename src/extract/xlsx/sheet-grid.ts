import * as XLSX from "@e965/xlsx";

/** A sheet's non-empty cells by row, with merges: what was printed, as sparse rows. */
export interface SheetGrid {
  /** 0-based row → 0-based column → text as displayed (number formats applied) */
  rows: Map<number, Map<number, string>>;
  /** "r,c" of a merge's top-left cell → its spans */
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  /** "r,c" of cells a merge covers (not its top-left) */
  covered: Set<string>;
  lastColumn: number;
}

const MAX_ROWS = 100_000;
const MAX_COLUMNS = 500;

/**
 * Reads only the cells that exist: `!ref` ranges in real templates reach column IV or row 3380
 * while the content is a few dozen cells, and a crafted range can claim a million rows.
 */
export function readSheetGrid(sheet: XLSX.WorkSheet): SheetGrid {
  const grid: SheetGrid = { rows: new Map(), spans: new Map(), covered: new Set(), lastColumn: -1 };
  for (const key of Object.keys(sheet)) {
    if (key.startsWith("!")) continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    if (r >= MAX_ROWS || c >= MAX_COLUMNS) continue;
    const text = displayText(sheet[key] as XLSX.CellObject);
    if (text === "") continue;
    const row = grid.rows.get(r) ?? new Map<number, string>();
    row.set(c, text);
    grid.rows.set(r, row);
    grid.lastColumn = Math.max(grid.lastColumn, c);
  }
  for (const merge of sheet["!merges"] ?? []) {
    const rowSpan = merge.e.r - merge.s.r + 1;
    const colSpan = merge.e.c - merge.s.c + 1;
    if (merge.s.r >= MAX_ROWS || merge.s.c >= MAX_COLUMNS || rowSpan * colSpan > 1_000_000) continue;
    grid.spans.set(`${merge.s.r},${merge.s.c}`, { rowSpan, colSpan });
    for (let r = merge.s.r; r <= merge.e.r; r++) {
      for (let c = merge.s.c; c <= merge.e.c; c++) if (r !== merge.s.r || c !== merge.s.c) grid.covered.add(`${r},${c}`);
    }
  }
  return grid;
}

function displayText(cell: XLSX.CellObject | undefined): string {
  if (!cell) return "";
  if (cell.w !== undefined) return cell.w.trim();
  if (cell.v === undefined || cell.v === null) return "";
  return String(cell.v).trim();
}

/** Non-empty texts of a row, left to right. */
export function rowTexts(grid: SheetGrid, r: number): string[] {
  const row = grid.rows.get(r);
  if (!row) return [];
  return [...row.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
}
