import { buildLines, numberLines, type NumberedItem, type TextLine } from "./build-lines.js";
import { findGrids } from "./find-grids.js";
import type { PageContent } from "./read-page.js";
import { readGridTable, type GridTable } from "./read-grid-table.js";
import { readAlignedTables } from "./read-aligned-table.js";

/** A table as the page keeps it once laid out: which items it took is no longer needed. */
export type PlacedTable = Omit<GridTable, "used">;

/** A page split into its ruled tables and the text lines outside them. */
export interface PageLayout {
  page: number;
  width: number;
  height: number;
  tables: PlacedTable[];
  lines: TextLine[];
  itemCount: number;
}

/**
 * Numbers the page's lines, reads its ruled tables (or, on a page without any, the tables whose
 * columns line up without rules), and builds lines from the remaining text.
 */
export function layoutPage(content: PageContent): PageLayout {
  const items = numberLines(content.items);
  const tables: PlacedTable[] = [];
  let free: NumberedItem[] = items;
  for (const grid of findGrids(content.rules)) {
    const table = readGridTable(grid, free, content.number);
    // A frame with no text in it (a box around a chart, a signature line) is not a table.
    if (table.used.size === 0) continue;
    const { used, ...placed } = table;
    tables.push(placed);
    free = free.filter((item) => !used.has(item));
  }
  // Only a page without a ruled table is searched for tables printed without rules.
  if (!tables.length) {
    for (const { used, ...placed } of readAlignedTables(free, content.rules, content.number)) {
      tables.push(placed);
      free = free.filter((item) => !used.has(item));
    }
  }
  return {
    page: content.number,
    width: content.width,
    height: content.height,
    tables,
    lines: buildLines(free),
    itemCount: content.items.length,
  };
}
