import { hasCodeShape } from "../../domain/classification.js";
import { FLATTENED_HEADER_START, FLATTENED_TOTAL, TABLE_TITLE_END } from "../../domain/layout.js";
import type { Cell, TableBlock } from "../../model/document.js";

export interface FlattenedTable {
  before: string;
  table: TableBlock;
  after: string;
}

const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * A table a web archiver flattened into one line of words: "项 目 … 公务接待费 … 类款项 合计 4.90
 * 3.19 3.19 1.71 213 农林水支出 4.89 …" (pingtan 三公 决算批复表). The header words cannot be put
 * back over their columns and blank cells were dropped, so the table keeps its header as one cell
 * and each row as printed: code, name, then its numbers. The recogniser aligns numbers to columns
 * only where the table's arithmetic leaves one way to do it.
 */
export function readFlattenedTable(text: string, place: { page: number; line: number }, title?: string): FlattenedTable | undefined {
  const headerStart = text.search(FLATTENED_HEADER_START);
  const total = FLATTENED_TOTAL.exec(text.slice(Math.max(0, headerStart)));
  if (headerStart < 0 || !total) return undefined;
  const rowsStart = headerStart + total.index + (total[0].startsWith(" ") ? 1 : 0);
  const header = text.slice(headerStart, rowsStart).trim();
  const tokens = text.slice(rowsStart).split(/\s+/).filter(Boolean);
  const rows: Cell[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const code = hasCodeShape(tokens[i]!) && !NUMBER.test(tokens[i + 1] ?? "") ? tokens[i++]! : "";
    const name: string[] = [];
    while (i < tokens.length && !NUMBER.test(tokens[i]!)) name.push(tokens[i++]!);
    const values: string[] = [];
    while (i < tokens.length && NUMBER.test(tokens[i]!) && !(hasCodeShape(tokens[i]!) && !NUMBER.test(tokens[i + 1] ?? "") && tokens[i + 1] !== undefined)) values.push(tokens[i++]!);
    if (name.length === 0 || values.length === 0) {
      // Not a row: the table ended; give the rest back as text.
      i -= name.length + (code ? 1 : 0);
      break;
    }
    rows.push([code, name.join(""), ...values].map((t) => ({ text: t, ...place })));
  }
  if (rows.length === 0) return undefined;
  const width = Math.max(...rows.map((r) => r.length));
  const table: TableBlock = {
    type: "table",
    rows: [[{ text: header, colSpan: width, header: true, ...place }], ...rows],
    page: place.page,
    line: place.line,
    pageLast: place.page,
    ...(title && TABLE_TITLE_END.test(title) ? { caption: title } : {}),
  };
  return { before: text.slice(0, headerStart), table, after: tokens.slice(i).join(" ") };
}
