import type { Cell, TableBlock } from "../../model/document.js";
import type { FlattenedTable } from "./read-flattened-table.js";
import { LABEL_VALUE_HEADER } from "../../domain/layout.js";

/** An amount as such tables print it: thousands separators, two decimals. */
const PAIR = /^(.*?[^\d,.\s-])(-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})$/u;

/**
 * A two-column 项目 | 金额 table (收入支出决算批复表) flattened by a web archiver with no space
 * between a row's label and its amount: "…单位：万元项 目金 额备注年初结转和结余161.90 其中：基本支出
 * 结转45.03 … 本年收入合计3,804.70 1.公共预算财政拨款收入1,511.71 2.政府性基金预算财政拨款收入 …".
 * Rows are the space-separated words; a word that ends in a two-decimal amount is label + amount,
 * any other word is a row whose amount is blank. Read only after a "项目 … 金额" header.
 */
export function readLabelValueTable(text: string, place: { page: number; line: number }): FlattenedTable | undefined {
  const header = LABEL_VALUE_HEADER.exec(text);
  if (!header) return undefined;
  const start = header.index + header[0].length;
  const words = text.slice(start).split(/[\s\u3000]+/u).filter(Boolean);
  const rows: Cell[][] = [];
  let amounts = 0;
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (/[。；]/.test(word) || word.length > 40) break;
    const pair = PAIR.exec(word);
    if (pair) amounts++;
    rows.push([pair ? pair[1]! : word, pair ? pair[2]! : ""].map((t) => ({ text: t, ...place })));
  }
  if (amounts < 3) return undefined;
  const table: TableBlock = {
    type: "table",
    rows: [[{ text: "项目", header: true, ...place }, { text: "金额", header: true, ...place }], ...rows],
    page: place.page,
    line: place.line,
    pageLast: place.page,
  };
  return { before: text.slice(0, header.index), table, after: words.slice(i).join(" ") };
}
