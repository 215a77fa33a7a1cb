import { columnKind, columnRole, columnYear } from "../domain/vocabulary.js";
import type { Sum } from "./table-sums.js";
import type { Layout } from "./table-layout.js";

/**
 * 合计 columns against their part columns, row by row (DOMAIN §5.2: 支出总表 合计 = 基本支出 +
 * 项目支出 (+ 单位预留机动经费 …); 收入总表 合计 = its sources). The header path says which columns
 * are parts: the siblings under the same parent ("支出预算 / 合计" ↔ "支出预算 / 基本支出"); a
 * sibling group with its own 小计 counts through that 小计. Each column's role comes from its header
 * (domain/vocabulary.ts columnRole): 其中 and 政府采购 columns are memos, 上年/增减 columns
 * comparisons, 栏次 numbers; none of them is a part. A total is checked only when every sibling has
 * a role (a column with an empty or numeric header leaves the sum unread). Fewer than two parts: silent.
 */
export function columnSums(layout: Layout): Sum[] {
  const out: Sum[] = [];
  for (const block of layout.blocks) {
    for (const t of block.amountCols) {
      const seg = layout.segments(t);
      if (columnRole(seg) !== "total") continue;
      const parent = seg.slice(0, -1);
      const siblings = block.amountCols.filter((c) => c !== t && under(layout, c, parent));
      if (siblings.some((c) => columnRole(layout.segments(c).slice(parent.length)) === "unknown")) continue;
      // A 执行数 or 决算数 (or another year's) column beside a 预算数 合计 is another figure, not a part.
      if (siblings.some((c) => otherFigure(seg, layout.segments(c)))) continue;
      const parts = partColumns(layout, siblings, parent);
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

function otherFigure(total: string[], part: string[]): boolean {
  const [tk, pk] = [columnKind(total.join("/")), columnKind(part.join("/"))];
  const [ty, py] = [columnYear(total.join("/")), columnYear(part.join("/"))];
  return (pk !== undefined && pk !== (tk ?? "budget")) || (py !== undefined && ty !== undefined && py !== ty);
}

function under(layout: Layout, col: number, parent: string[]): boolean {
  const s = layout.segments(col);
  return s.length > parent.length && parent.every((p, k) => s[k] === p);
}

const isPart = (segments: string[]) => {
  const role = columnRole(segments);
  return role === "part" || role === "total";
};

function partColumns(layout: Layout, cols: number[], parent: string[]): number[] {
  const groups = new Map<string, number[]>();
  for (const c of cols) {
    const own = layout.segments(c).slice(parent.length);
    if (!isPart(own.slice(0, 1)) || !isPart(own)) continue;
    (groups.get(own[0]!) ?? groups.set(own[0]!, []).get(own[0]!)!).push(c);
  }
  return [...groups.values()].flatMap((group) => {
    if (group.length === 1) return group;
    const subtotal = group.find((c) => columnRole(layout.segments(c).slice(parent.length + 1, parent.length + 2)) === "total");
    return subtotal !== undefined ? [subtotal] : group;
  });
}

/** The row's code and name ("201 一般公共服务支出") for the message, from its first labelled group. */
function rowName(layout: Layout, row: number): string {
  const g = layout.table.rows[row]?.groups[0];
  return [g?.code, g?.label].filter(Boolean).join(" ") || String(row);
}
