import type { Sum } from "./table-sums.js";
import type { Layout } from "./table-layout.js";

/** A header that totals the columns beside it: 合计, 小计, 本年收入合计 … */
const TOTAL_HEADER = /(合计|小计|总计)$/;
/** Columns that are not parts of a total: 其中 items, comparisons, row numbers, notes. */
const NOT_A_PART = /^其中|增减|增长|同比|比上年|上年(预算|决算|执行)|%|百分|行次|栏次|备注|说明/;

/**
 * 合计 columns against their part columns, row by row (DOMAIN §5.2: 支出总表 合计 = 基本支出 +
 * 项目支出 (+ 单位预留机动经费 …); 收入总表 合计 = its sources). The header path says which columns
 * are parts: the siblings under the same parent ("支出预算 / 合计" ↔ "支出预算 / 基本支出"); a
 * sibling group with its own 小计 counts through that 小计. Fewer than two parts: silent.
 */
export function columnSums(layout: Layout): Sum[] {
  const out: Sum[] = [];
  for (const block of layout.blocks) {
    for (const t of block.amountCols) {
      const seg = layout.segments(t);
      if (!TOTAL_HEADER.test(seg.at(-1) ?? "")) continue;
      const parent = seg.slice(0, -1);
      const parts = partColumns(layout, block.amountCols.filter((c) => c !== t), parent);
      if (parts.length < 2) continue;
      for (const row of layout.bodyRows) {
        out.push({
          layout,
          total: { row, col: t, name: seg.join(" / ") },
          parts: parts.map((col) => ({ row, col, name: layout.segments(col).slice(parent.length).join(" / ") })),
          what: `row ${rowName(layout, row)}`,
        });
      }
    }
  }
  return out;
}

function partColumns(layout: Layout, cols: number[], parent: string[]): number[] {
  const under = cols.filter((c) => {
    const s = layout.segments(c);
    return s.length > parent.length && parent.every((p, k) => s[k] === p);
  });
  const groups = new Map<string, number[]>();
  for (const c of under) {
    const name = layout.segments(c)[parent.length]!;
    if (NOT_A_PART.test(name)) continue;
    (groups.get(name) ?? groups.set(name, []).get(name)!).push(c);
  }
  return [...groups.values()].flatMap((group) => {
    if (group.length === 1) return group;
    const subtotal = group.find((c) => TOTAL_HEADER.test(layout.segments(c)[parent.length + 1] ?? ""));
    return subtotal !== undefined ? [subtotal] : group.filter((c) => !NOT_A_PART.test(layout.segments(c).at(-1) ?? ""));
  });
}

/** The row's printed labels ("201 一般公共服务支出") for the message. */
function rowName(layout: Layout, row: number): string {
  const texts = layout.table.cells.filter((c) => c.row === row && c.amountFen === null && c.text.trim()).map((c) => c.text.trim());
  return [...new Set(texts)].slice(0, 3).join(" ") || String(row);
}
