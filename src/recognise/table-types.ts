import { codeLevel, isOtherCodeHeader, rowCode } from "../domain/classification.js";
import { scopeOfKind } from "../domain/table-kinds.js";
import { columnKind, columnRole, columnYear, headsSide, isColumnNumberRow, isMemoLabel, isSubtotalLabel, isTotalLabel, SIDE_WORDS, scopeNamed, type Scope } from "../domain/vocabulary.js";
import type { CellRecord, TableRecord } from "../model/records.js";
import type { ColumnRecord, RowGroup, RowRecord } from "../model/typed-table.js";
import { decimalToNumber, parseDecimal, type Decimal } from "../normalise/amount.js";
import { foldWidth, matchKey } from "../normalise/text.js";
import { unitOf } from "./table-units.js";

/**
 * The one reading of a table that the checks consume (issue 10): once recognise has decided which
 * cells hold amounts (CellRecord.amountFen), every column gets what it holds, its header segments,
 * role, year kind, scope, unit and group, and every row its role and, per label/amount group, the
 * classification code (domain/classification.ts, the one code reader) and names it prints.
 *
 * Groups: a label column after amount columns starts the next group (收入 | 金额 | 支出 | 金额 in a
 * 收支总表), so each amount reads the labels of its own pair. Which cells are amounts is never read
 * again from their text: a 1500 in a 元 table is an amount, a 201 in a label column a code.
 */
export type UntypedTable = Omit<TableRecord, "scope" | "columns" | "rows" | "cells"> & { cells: Array<Omit<CellRecord, "decimals" | "number"> & Partial<Pick<CellRecord, "decimals" | "number">>> };

export function typeTable(table: UntypedTable): TableRecord {
  const cells: CellRecord[] = table.cells.map((c) => {
    const value = numberOf(c.text);
    return { ...c, number: value ? decimalToNumber(value) : null, decimals: c.amountFen === null || !value ? null : value.scale };
  });
  const byPlace = new Map<string, CellRecord>();
  for (const c of cells) byPlace.set(`${c.row}:${c.col}`, c);
  const at = (row: number, col: number) => byPlace.get(`${row}:${col}`);
  const body = cells.filter((c) => !c.isHeader);
  const numberRows = columnNumberRows(cells);
  const columns = readColumns(table, cells, body, at);
  const rows = readRows(table, columns, body, at, numberRows);
  return { ...table, scope: tableScope(table.title, table.kind), columns, rows, cells };
}

/** The scope of funds a table covers: named in its title (一般公共预算支出表), else by its kind, else all funds. */
export function tableScope(title: string | null, kind: string): Scope {
  return scopeNamed(title ?? "") ?? scopeOfKind(kind) ?? "all";
}

/** The number a cell prints, with the digits after its point ("1,234.50" → scale 2, "25%" → 25). */
function numberOf(text: string): Decimal | undefined {
  return parseDecimal(foldWidth(text).replace(/\s+/g, "").replace(/%$/, ""));
}

/** A label cell's comparable text ("合　计" → "合计"). */
const labelText = (c: CellRecord | undefined) => (c ? matchKey(c.text) : "");

/** The header rows of column numbers (栏次 | 1 | 2 | 3): their texts name no column. */
function columnNumberRows(cells: CellRecord[]): Set<number> {
  const headerRows = new Map<number, CellRecord[]>();
  for (const c of cells) if (c.isHeader) (headerRows.get(c.row) ?? headerRows.set(c.row, []).get(c.row)!).push(c);
  return new Set([...headerRows].filter(([, row]) => isColumnNumberRow(row.sort((a, b) => a.col - b.col).map((c) => c.text))).map(([r]) => r));
}

function readColumns(table: UntypedTable, cells: CellRecord[], body: CellRecord[], at: (row: number, col: number) => CellRecord | undefined): ColumnRecord[] {
  const byCol = new Map<number, CellRecord[]>();
  for (const c of cells) (byCol.get(c.col) ?? byCol.set(c.col, []).get(c.col)!).push(c);
  const firstAmountRow = body.reduce((min, c) => (c.amountFen !== null && c.row < min ? c.row : min), Infinity);
  const columns: ColumnRecord[] = [];
  let group = -1;
  let groupHasAmounts = false;
  for (let col = 0; col < table.nCols; col++) {
    const all = byCol.get(col) ?? [];
    const own = all.filter((c) => !c.isHeader);
    const header = all.find((c) => c.header)?.header ?? "";
    const segments = header.split(" / ").map((s) => matchKey(s)).filter((s, k, list) => s && s !== list[k - 1]);
    const isAmount = own.some((c) => c.amountFen !== null);
    // A merged label repeated into the next column ("当年支出小计" over the 金额 column) is not a label.
    const isLabel = !isAmount && own.some((c) => labelText(c) && labelText(c) !== labelText(at(c.row, col - 1)));
    const holds = isAmount ? "amount" : isLabel ? "label" : "empty";
    if (holds !== "empty" && (group < 0 || (isLabel && groupHasAmounts))) {
      group++;
      groupHasAmounts = false;
    }
    if (isAmount) groupHasAmounts = true;
    const above = all.filter((c) => c.row < firstAmountRow && c.text.trim() && !NUMERIC.test(c.text.trim())).map((c) => c.text.trim());
    const amounts = own.filter((c) => c.amountFen !== null);
    columns.push({
      col,
      header,
      segments,
      heading: header || [...new Set(above)].join(" / "),
      holds,
      group: holds === "empty" ? -1 : group,
      role: columnRole(segments),
      kind: columnKind(header) ?? null,
      year: columnYear(header) ?? null,
      scope: scopeNamed(header) ?? null,
      unit: unitOf(header) ?? table.unit,
      decimals: amounts.reduce((max, c) => Math.max(max, c.decimals ?? 0), 0),
      side: null,
      otherCodes: isOtherCodeHeader(segments.join("/")),
    });
  }
  // A group's side: the heading of its first label and first amount column (收入 / 项目, 支出 / 金额).
  const groups = new Set(columns.map((c) => c.group).filter((g) => g >= 0));
  for (const g of groups) {
    const members = columns.filter((c) => c.group === g);
    const heading = [members.find((c) => c.holds === "label"), members.find((c) => c.holds === "amount")].flatMap((c) => c?.segments ?? []).join("/");
    const side = sideOf(heading);
    for (const c of members) c.side = side;
  }
  return columns;
}

/** 收入 or 支出 by the heading of a group; a heading naming both sides is the one it names first. */
function sideOf(heading: string): ColumnRecord["side"] {
  const income = headsSide(heading, "income");
  const spending = headsSide(heading, "spending");
  if (income && spending) return heading.indexOf(SIDE_WORDS.income[0]) <= heading.indexOf(SIDE_WORDS.spending[0]) ? "income" : "spending";
  return income ? "income" : spending ? "spending" : null;
}

const NUMERIC = /^[-−]?[\d,，.．]+%?$/;

function readRows(table: UntypedTable, columns: ColumnRecord[], body: CellRecord[], at: (row: number, col: number) => CellRecord | undefined, numberRows: Set<number>): RowRecord[] {
  const bodyRows = new Map<number, CellRecord[]>();
  for (const c of body) (bodyRows.get(c.row) ?? bodyRows.set(c.row, []).get(c.row)!).push(c);
  const groupIds = [...new Set(columns.map((c) => c.group).filter((g) => g >= 0))];
  const rows: RowRecord[] = [];
  for (let row = 0; row < table.nRows; row++) {
    const own = bodyRows.get(row);
    if (!own) {
      rows.push({ row, role: numberRows.has(row) ? "column-numbers" : "header", groups: [] });
      continue;
    }
    // A row of column numbers (栏次 1 2 3 …) left in the body is not a row of amounts.
    if (isColumnNumberRow(own.sort((a, b) => a.col - b.col).map((c) => c.text))) {
      rows.push({ row, role: "column-numbers", groups: [] });
      continue;
    }
    const groups = groupIds.flatMap((g) => {
      const label = groupLabel(columns.filter((c) => c.group === g && c.holds === "label" && !c.otherCodes), row, at);
      return label ? [{ group: g, ...label }] : [];
    });
    rows.push({ row, role: groups[0]?.role ?? "item", groups });
  }
  return rows;
}

/** The code and names a row prints in one group's label columns, or undefined when it prints nothing there. */
function groupLabel(cols: ColumnRecord[], row: number, at: (row: number, col: number) => CellRecord | undefined): Omit<RowGroup, "group"> | undefined {
  const texts = cols.map((c) => labelText(at(row, c.col)));
  const printed = (col: number) => at(row, col)?.text.trim() ?? "";
  const code = rowCode(texts) ?? null;
  const names: Array<{ text: string; col: number }> = [];
  texts.forEach((text, k) => {
    if (text && !NUMERIC.test(text) && names.at(-1)?.text !== text) names.push({ text, col: cols[k]!.col });
  });
  if (!code && !names.length) return undefined;
  const last = names.at(-1);
  const name = last?.text ?? "";
  return { code, level: code ? codeLevel(code) : null, first: names[0]?.text ?? "", name, names: [...new Set(names.map((n) => n.text))], label: last ? printed(last.col) : "", nameCol: last?.col ?? -1, role: rowRole(name) };
}

/** 合计/总计 → total, 小计 → subtotal, 其中… → memo, else an item (on the label's match key). */
function rowRole(name: string): RowGroup["role"] {
  if (isMemoLabel(name)) return "memo";
  if (isSubtotalLabel(name)) return "subtotal";
  return isTotalLabel(name) ? "total" : "item";
}
