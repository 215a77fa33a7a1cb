import { decimalToFen, parseDecimal } from "../normalise/amount.js";
import { foldWidth, memoByString } from "../normalise/text.js";
import { hasCodeShape } from "../domain/classification.js";
import { isNumberCell, type GridCell } from "./table-grid.js";
import { LABEL_HEADER, MONEY_UNITS, NOT_MONEY_HEADER, UNIT_IN_HEADER, UNIT_LINE } from "../domain/units.js";

/** "单位：万元" / "金额单位：元" above or inside a table (domain/units.ts). */
export const UNIT = UNIT_LINE;

export function money(text: string, unit: string): number | null {
  const value = parseDecimal(foldWidth(text).replace(/\s+/g, ""));
  return value && (MONEY_UNITS as readonly string[]).includes(unit) ? (decimalToFen(value, unit) ?? null) : null;
}

/** The unit a column header names ("金额（万元）"), read once per header text. */
export const unitOf: (header: string) => string | undefined = memoByString(readUnitOf);

function readUnitOf(header: string): string | undefined {
  const m = UNIT_IN_HEADER.exec(header);
  return m?.[1];
}

/** A column of amounts that may all be blank (a 决算数 column with nothing spent). */
export function isBlankableColumn(header: string): boolean {
  const leaf = header.split(" / ").at(-1) ?? "";
  return header !== "" && isMoneyColumn(header) && !LABEL_HEADER.test(leaf);
}

export function isMoneyColumn(header: string): boolean {
  return !NOT_MONEY_HEADER.test(header);
}

export function unitInGrid(grid: GridCell[][], headerRows: number): string | undefined {
  for (const row of grid.slice(0, Math.max(headerRows, 1))) {
    for (const cell of row) {
      const m = UNIT.exec(foldWidth(cell.text));
      if (m) return m[1];
    }
  }
  return undefined;
}

export function looksLikeWan(grid: GridCell[][], headerRows: number): boolean {
  const numbers = grid.slice(headerRows).flat().map((c) => foldWidth(c.text).trim()).filter((t) => isNumberCell(t) && !hasCodeShape(t));
  return numbers.length > 0 && numbers.every((t) => /^[\d,]+(\.\d{1,2})?$/.test(t) && Number(t.replace(/,/g, "")) < 100_000);
}
