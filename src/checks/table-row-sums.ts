import type { Sum } from "./table-sums.js";
import { isGrandTotalLabel, isTotalLabel, rowNumbering } from "../domain/vocabulary.js";
import { rowLabel, type Layout, type RowLabel } from "./table-layout.js";

interface Labelled extends RowLabel {
  row: number;
}

/** 一、 二、 … 二十四、: a top-level row of the 收支总表 (its 1. / （一） / 其中 rows are its parts). */
const TOP = { test: (label: string) => rowNumbering(label) === "top" };
const SUB = { test: (label: string) => rowNumbering(label) === "sub" };
const GRAND = { test: isGrandTotalLabel };
const TOTAL_LABEL = { test: isTotalLabel };

/**
 * The 合计/总计/小计 rows of one block and the rows they total (DOMAIN §5.1–5.2), read three ways:
 * - coded tables: 合计 = Σ the top-level codes (类 rows; a 款 whose 类 is not printed counts itself);
 * - 收入总表 with 小计 per source (Jiangsu): each 小计 = Σ its group's rows, 总计 = Σ 小计;
 * - 收支总表: 本年合计 = Σ 一、二、… rows, then 总计 = 本年合计 + the 结转/结余 rows below it.
 * A block that fits none of these stays silent.
 */
export function rowSums(layout: Layout): Sum[] {
  return layout.blocks.flatMap((block) => {
    const rows = layout.bodyRows.flatMap((row) => {
      const l = rowLabel(layout, block, row);
      return l ? [{ ...l, row }] : [];
    });
    const totals = rows.some((r) => r.code) ? codedTotals(rows) : rows.some(isSubtotal) ? subtotalTotals(rows) : numberedTotals(rows);
    return block.amountCols.flatMap((col) =>
      totals.map((t) => ({
        layout,
        total: { row: t.total.row, col, name: t.total.name },
        parts: t.parts.map((p) => ({ row: p.row, col, name: p.code ?? p.name })),
        orParts: t.orParts?.map((p) => ({ row: p.row, col, name: p.code ?? p.name })),
        what: t.what,
      })),
    );
  });
}

interface RowTotal {
  total: Labelled;
  parts: Labelled[];
  what: string;
  orParts?: Labelled[];
}

function codedTotals(rows: Labelled[]): RowTotal[] {
  const coded = rows.filter((r) => r.code);
  // A code printed on several rows (a 政府采购 table's items, each unit's rows of a 部门 table) does
  // not name one row: the rows are grouped by something else, and Σ codes is no identity.
  if (new Set(coded.map((r) => r.code)).size < coded.length) return [];
  const tops = coded.filter((r) => !coded.some((o) => o.code!.length < r.code!.length && r.code!.startsWith(o.code!)));
  return rows.filter((r) => !r.code && GRAND.test(r.name)).map((total) => ({ total, parts: tops, what: "Σ top-level codes" }));
}

const isSubtotal = (r: Labelled) => r.name === "小计" && r.first !== r.name;

function subtotalTotals(rows: Labelled[]): RowTotal[] {
  const out: RowTotal[] = [];
  const subtotals = rows.filter(isSubtotal);
  for (const s of subtotals) {
    const parts = rows.filter((r) => r.first === s.first && r !== s && r.name !== "小计" && !SUB.test(r.name));
    if (parts.length) out.push({ total: { ...s, name: `${s.first} 小计` }, parts, what: `Σ rows of ${s.first}` });
  }
  const standalone = rows.filter((r) => r.first === r.name && !GRAND.test(r.name) && !SUB.test(r.name) && !rows.some((o) => o !== r && o.first === r.first));
  for (const total of rows.filter((r) => r.first === r.name && GRAND.test(r.name))) {
    out.push({ total, parts: [...subtotals.map((s) => ({ ...s, name: `${s.first} 小计` })), ...standalone], what: "Σ 小计 rows" });
  }
  return out;
}

function numberedTotals(rows: Labelled[]): RowTotal[] {
  const out: RowTotal[] = [];
  const firstTop = rows.find((r) => TOP.test(r.name));
  if (!firstTop) return out;
  const col = firstTop.nameCol;
  const top = (r: Labelled) => TOP.test(r.name) && r.nameCol === col;
  const plain = (r: Labelled) => r.nameCol === col && !TOP.test(r.name) && !SUB.test(r.name) && !TOTAL_LABEL.test(r.name);
  // 合计 printed above its parts (政府采购预算表): its parts are the numbered rows only.
  const head = rows[0]!;
  if (GRAND.test(head.name)) {
    const end = rows.findIndex((r, k) => k > 0 && TOTAL_LABEL.test(r.name));
    const parts = rows.slice(1, end < 0 ? undefined : end).filter(top);
    if (parts.length >= 2) out.push({ total: head, parts, what: "Σ 一、二、… rows" });
    return out;
  }
  let previous: Labelled | undefined;
  let segment: Labelled[] = [];
  for (const r of rows) {
    if (!TOTAL_LABEL.test(r.name)) {
      segment.push(r);
      continue;
    }
    if (!previous) {
      // Unmarked rows among 一、二、 may be parts of their own (结余分配) or indented sub-items.
      if (segment.filter(top).length < 2) return out;
      out.push({ total: r, parts: segment.filter(top), orParts: segment.filter((s) => top(s) || plain(s)), what: "Σ 一、二、… rows" });
    } else {
      // Below the year's total: 总计 = 本年合计 + 上年结转/年初结余 (their 一、二、 rows break it down).
      // A blank 年初结转 row may leave its amount to its 一、二、 rows: either reading is consistent.
      const alternative = [previous, ...segment.filter((s) => plain(s) || top(s))];
      out.push({ total: r, parts: [previous, ...segment.filter(plain)], orParts: alternative, what: `${previous.name} + the rows below it` });
    }
    previous = r;
    segment = [];
  }
  return out;
}

/**
 * A numbered row against its sub-items (一、财政拨款 = 1.一般公共预算 + 2.政府性基金预算), in every
 * amount column. Not a check: a 其中 list may name only some parts, so a failing sum proves nothing;
 * one that holds confirms the amounts OCR read (checks/ocr-trust.ts).
 */
export function subItemSums(layout: Layout): Sum[] {
  return layout.blocks.flatMap((block) => {
    const rows = layout.bodyRows.flatMap((row) => {
      const l = rowLabel(layout, block, row);
      return l ? [{ ...l, row }] : [];
    });
    const groups: Array<{ total: Labelled; parts: Labelled[] }> = [];
    for (const r of rows) {
      if (TOP.test(r.name)) groups.push({ total: r, parts: [] });
      else if (SUB.test(r.name) && groups.length) groups.at(-1)!.parts.push(r);
      else if (TOTAL_LABEL.test(r.name)) groups.push({ total: r, parts: [] });
    }
    return groups
      .filter((g) => g.parts.length > 0 && TOP.test(g.total.name))
      .flatMap((g) => block.amountCols.map((col) => ({ layout, total: { row: g.total.row, col, name: g.total.name }, parts: g.parts.map((p) => ({ row: p.row, col, name: p.name })), what: `${g.total.name} = Σ its sub-items` })));
  });
}
