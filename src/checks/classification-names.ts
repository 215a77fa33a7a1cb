import { dropLevelNotes, dropListNumber, dropStatedTail } from "../domain/statements.js";
import { matchKey } from "../normalise/text.js";
import type { CheckInput } from "./check.js";
import type { AmountCell } from "./table-cells.js";
import { codeSystem, isGenericItemName } from "../domain/classification.js";
import { columnRole, columnYear, isWholeRowColumn, type ColumnRole } from "../domain/vocabulary.js";

const OTHER_MONEY = new Set<ColumnRole>(["comparison", "memo", "number", "note"]);

/** A column of the document's year, or one that names no year. */
function sameYear(column: string, fiscalYear: number | null): boolean {
  const year = columnYear(column);
  return year === undefined || fiscalYear === null || year === fiscalYear;
}


/**
 * The table amounts a text label names by classification: "人大事务行政运行（项）支出" is 款 20101
 * 人大事务 + 项 2010101 行政运行; "公共安全支出（204类）司法（06款）行政运行（01项）" is 类 + 款 + 项.
 * Returns the whole-row amount cells of the one code the label names, or undefined when it names
 * none or several (行政运行 alone exists under many 款).
 */
export function classificationMatches(doc: CheckInput, label: string, cells: AmountCell[]): AmountCell[] | undefined {
  const key = cleanLabel(label);
  if (key.length < 2) return undefined;
  // Function codes (2xx) only: an economic row (30217 公务接待费) in a 基本支出 table holds the basic
  // part alone, while the text's 三公 公务接待费 also covers 项目支出 (普陀区政府办 2025).
  // Only this year's amounts: a column of another year (2021年 / 合计), a comparison (上年, 增减) or a
  // memo (其中, 政府采购) holds other money than the row's.
  const { coded, names, byVariant } = codedCells(cells, doc.document.fiscalYear);
  if (!coded.length) return undefined;
  const codes = byVariant.get(key) ?? [];
  if (new Set(codes).size !== 1) return undefined;
  // 行政运行 alone names a 项 of every 款: it names this one only together with its 款 (人大事务行政运行).
  if (isGenericItemName(stripTail(key)) && names.get(codes[0]!) === key) return undefined;
  const rows = coded.filter((c) => codeOf(c) === codes[0]);
  const totals = rows.filter((c) => isWholeRowColumn(c.column));
  if (totals.length) return totals;
  // No header names the whole: take each row's first amount (the 合计 column comes first in the standard tables).
  const first = new Map<string, AmountCell>();
  for (const c of rows) {
    const k = `${c.tableIndex}:${c.cell.row}`;
    const seen = first.get(k);
    if (!seen || c.cell.col < seen.cell.col) first.set(k, c);
  }
  void doc;
  return [...first.values()];
}

interface CodedCells {
  coded: AmountCell[];
  /** Code → its row's name key. */
  names: Map<string, string>;
  /** Each way a text names a code (see variants) → the codes it names, in the order of `names`. */
  byVariant: Map<string, string[]>;
}

/** The coded cells of one cell list and year, built once: the check asks for every text amount. */
const codedOf = new WeakMap<AmountCell[], Map<number | null, CodedCells>>();

function codedCells(cells: AmountCell[], fiscalYear: number | null): CodedCells {
  let byYear = codedOf.get(cells);
  if (!byYear) codedOf.set(cells, (byYear = new Map()));
  let out = byYear.get(fiscalYear);
  if (!out) {
    const coded = cells.filter((c) => codeSystem(codeOf(c) ?? "") === "function" && sameYear(c.column, fiscalYear) && !OTHER_MONEY.has(columnRole(c.column.split(" / "))));
    const names = new Map<string, string>();
    for (const c of coded) if (!names.has(codeOf(c)!)) names.set(codeOf(c)!, nameOf(c));
    const byVariant = new Map<string, string[]>();
    for (const code of names.keys()) {
      for (const v of new Set(variants(code, names))) (byVariant.get(v) ?? byVariant.set(v, []).get(v)!).push(code);
    }
    out = { coded, names, byVariant };
    byYear.set(fiscalYear, out);
  }
  return out;
}

/** Label → comparable key: no numbering, no (类)/(204类) annotations, no trailing 支出 / 预算数为. */
export function cleanLabel(label: string): string {
  return stripTail(
    dropLevelNotes(stripNumbering(matchKey(label))),
  );
}

/** Names drop every 支出: 类 names end in it and texts put it anywhere ("人大事务行政运行（项）支出"). */
/** "1．" "（一）" "三、" in front of a label. */
export function stripNumbering(key: string): string {
  return dropListNumber(key);
}

function stripTail(key: string): string {
  return dropStatedTail(key);
}

/** The classification code of the row an amount cell is on, as recognise read it (AmountCell.code). */
export function codeOf(c: AmountCell): string | undefined {
  return c.code;
}

function nameOf(c: AmountCell): string {
  return stripTail(matchKey(c.rowLabel));
}

/** The ways a text names a code: 项 alone, 款 + 项, 类 + 款 + 项 (keys have every 支出 removed). */
function variants(code: string, names: Map<string, string>): string[] {
  const chain = [3, 5, 7].filter((n) => n <= code.length).map((n) => names.get(code.slice(0, n)));
  const own = chain.at(-1)!;
  const out = [own];
  for (let k = chain.length - 2; k >= 0; k--) {
    const prefix = chain.slice(k, -1);
    if (prefix.some((x) => x === undefined)) break;
    out.push(prefix.join("") + own);
  }
  return out;
}
