import type { FlagRecord } from "../model/records.js";
import { threePublicHeaderRole, type ThreePublicRole } from "../domain/metrics.js";
import { isKindGroupHeader, isPriorOrChangeHeader } from "../domain/vocabulary.js";
import type { Check } from "./check.js";
import { layoutOf, rowLabel, type Layout } from "./table-layout.js";
import { compareSum, type Place, type Sum } from "./table-sums.js";
import { isUncertainTable } from "./table-totals.js";

type Role = ThreePublicRole;

/**
 * The “三公” table adds up (财预〔2016〕143号, DOMAIN §5.6): total = 因公出国（境） + 公务用车购置及运行
 * + 公务接待, 公务用车 = 购置 + 运行, and where 会议费 and 培训费 are printed beside it, 合计 =
 * “三公” + 会议费 + 培训费 (政协 2019: 660.10 + 1,282.56 + 281.77 = 2,224.43), separately for each
 * 预算数 / 决算数 column group. Items are read from the column headers, else from the row labels.
 */
export const threePublicTableSum: Check = {
  id: "three-public-table-sum",
  description: "The “三公” table's total is not the sum of its items, or 公务用车 ≠ 购置 + 运行",
  run(doc) {
    const flags: FlagRecord[] = [];
    doc.tables.forEach((table, tableIndex) => {
      if (table.kind !== "three_public" || isUncertainTable(doc, tableIndex)) return;
      const layout = layoutOf(doc, tableIndex);
      if (!layout) return;
      for (const sum of threePublicSums(layout)) {
        const flag = compareSum(doc, "three-public-table-sum", sum);
        if (flag) flags.push(flag);
      }
    });
    return flags;
  },
};

/** The sums a “三公” table states: total = its items, 公务用车 = 购置 + 运行, 合计 = “三公” + 会议费 + 培训费. */
export function threePublicSums(layout: Layout): Sum[] {
  const columns = byColumns(layout);
  const lines = columns.length ? columns : byRows(layout);
  return lines.flatMap((line) => sumsOf(line.roles).map((s) => ({ layout, total: s.total, parts: s.parts, what: `“三公” ${line.what}` })));
}

/** One row (items in columns) or one column (items in rows) of a 三公 table, its cells by role. */
interface Line {
  what: string;
  roles: Map<Role, Place>;
}

function byColumns(layout: Layout): Line[] {
  const groups = new Map<string, Map<Role, number>>();
  for (let col = 0; col < layout.table.nCols; col++) {
    const seg = layout.segments(col);
    const group = isKindGroupHeader(seg.at(-1) ?? "") ? seg.pop()! : "";
    const role = threePublicHeaderRole(seg);
    const roles = groups.get(group) ?? groups.set(group, new Map()).get(group)!;
    if (role && !roles.has(role)) roles.set(role, col);
  }
  const lines: Line[] = [];
  for (const [group, roles] of groups) {
    if (roles.size < 3) continue;
    for (const row of layout.bodyRows) {
      if (![...roles.values()].some((col) => (layout.cell(row, col)?.amountFen ?? null) !== null)) continue;
      const named = new Map([...roles].map(([role, col]) => [role, { row, col, name: layout.segments(col).filter((s) => !isKindGroupHeader(s)).at(-1) ?? role }]));
      lines.push({ what: group ? `${group} columns, row ${row}` : `row ${row}`, roles: named });
    }
  }
  return lines;
}

function byRows(layout: Layout): Line[] {
  const lines: Line[] = [];
  for (const block of layout.blocks) {
    const roles = new Map<Role, number>();
    const names = new Map<number, string>();
    for (const row of layout.bodyRows) {
      const l = rowLabel(layout, block, row);
      const role = l && threePublicHeaderRole([l.first, l.name].filter((s, k, all) => s && s !== all[k - 1]));
      if (!l || !role || roles.has(role)) continue;
      roles.set(role, row);
      names.set(row, l.name);
    }
    if (roles.size < 3) continue;
    for (const col of block.amountCols) {
      const seg = layout.segments(col);
      if (seg.some(isPriorOrChangeHeader)) continue;
      lines.push({ what: `column ${seg.join(" / ") || col}`, roles: new Map([...roles].map(([role, row]) => [role, { row, col, name: names.get(row)! }])) });
    }
  }
  return lines;
}

/** The sums a line's roles allow: only those whose total and at least two parts are present. */
function sumsOf(roles: Map<Role, Place>): Array<{ total: Place; parts: Place[] }> {
  const out: Array<{ total: Place; parts: Place[] }> = [];
  const get = (r: Role) => roles.get(r);
  const add = (total: Place | undefined, parts: Array<Place | undefined>) => {
    const found = parts.filter((p): p is Place => p !== undefined);
    if (total && found.length >= 2) out.push({ total, parts: found });
  };
  const vehicleParts = get("vehicle") ? [get("vehicle")] : [get("purchase"), get("operation")];
  // Without its own 三公 column, the top 合计 is the 三公 total.
  const total = get("total") ?? (get("meeting") || get("training") ? undefined : get("grand"));
  add(total, [get("overseas"), ...vehicleParts, get("reception")]);
  add(get("vehicle"), [get("purchase"), get("operation")]);
  if (get("total") && get("grand")) add(get("grand"), [get("total"), get("meeting"), get("training")]);
  return out;
}
