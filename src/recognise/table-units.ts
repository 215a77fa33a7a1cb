import { decimalToFen, parseDecimal } from "../normalise/amount.js";
import { foldWidth } from "../normalise/text.js";
import { hasCodeShape } from "../domain/classification.js";
import { isNumberCell, type GridCell } from "./table-grid.js";
import { MONEY_UNITS } from "./text-figures.js";

/** "单位：万元" / "金额单位：元" above or inside a table. */
export const UNIT = /(?:单位|金额单位)\s*[:：]\s*(亿元|万元|千元|元)/;

export function money(text: string, unit: string): number | null {
  const value = parseDecimal(foldWidth(text).replace(/\s+/g, ""));
  return value && (MONEY_UNITS as readonly string[]).includes(unit) ? (decimalToFen(value, unit) ?? null) : null;
}

export function unitOf(header: string): string | undefined {
  const m = /(?:单位[:：]?\s*|[（(])(亿元|万元|千元|元)[）)]?/.exec(header);
  return m?.[1];
}

/** A column of amounts that may all be blank (a 决算数 column with nothing spent). */
export function isBlankableColumn(header: string): boolean {
  const leaf = header.split(" / ").at(-1) ?? "";
  return header !== "" && isMoneyColumn(header) && !/名称|项目|科目|编码|代码|单位$/.test(leaf);
}

export function isMoneyColumn(header: string): boolean {
  return !/数量|个数|人数|编码|代码|序号|栏次|行次|%|比例|百分比|年度|年份|指标值/.test(header);
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
