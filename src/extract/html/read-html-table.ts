import type { Element } from "domhandler";

/** A cell as printed, before provenance is attached. */
export interface HtmlCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  header?: boolean;
}

const MAX_SPAN = 1000;

function childElements(el: Element, names: string[]): Element[] {
  return el.children.filter((c): c is Element => c.type === "tag" && names.includes(c.name));
}

/** The rows of this table only (not of tables nested in its cells). */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of childElements(table, ["thead", "tbody", "tfoot", "tr"])) {
    if (child.name === "tr") rows.push(child);
    else rows.push(...childElements(child, ["tr"]));
  }
  return rows;
}

export function rowCells(row: Element): Element[] {
  return childElements(row, ["td", "th"]);
}

function hasNestedTable(el: Element): boolean {
  return el.children.some((c) => c.type === "tag" && (c.name === "table" || hasNestedTable(c)));
}

/**
 * A table used for page layout rather than data: one that holds another table, or whose rows
 * have at most one cell (old portals wrap the whole article in such tables). Its cells are read
 * as ordinary flow so the data tables inside come out as tables.
 */
export function isLayoutTable(table: Element): boolean {
  const rows = tableRows(table);
  if (rows.length === 0) return true;
  if (rows.every((r) => rowCells(r).length <= 1)) return true;
  return rows.some((r) => rowCells(r).some(hasNestedTable));
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** Rows of cells with their spans as printed; `cellText` reads a cell's content. */
export function readHtmlTable(table: Element, cellText: (cell: Element) => string): HtmlCell[][] {
  return tableRows(table).map((row) => {
    const inHead = row.parent?.type === "tag" && (row.parent as Element).name === "thead";
    return rowCells(row).map((cell) => {
      const out: HtmlCell = { text: cellText(cell), rowSpan: span(cell.attribs["rowspan"]), colSpan: span(cell.attribs["colspan"]) };
      if (cell.name === "th" || inHead) out.header = true;
      return out;
    });
  });
}

export function captionOf(table: Element, text: (el: Element) => string): string | undefined {
  const caption = childElements(table, ["caption"])[0];
  const value = caption ? text(caption).trim() : "";
  return value === "" ? undefined : value;
}
