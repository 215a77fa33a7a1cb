import { placeNote } from "../diagnostics/diagnostic.js";
import { isPlanPeriod, isQuarterPeriod } from "../domain/performance.js";
import type { CellRecord, FlagRecord } from "../model/records.js";
import { matchKey } from "../normalise/text.js";
import { flag, type Check } from "./check.js";
import { figureIndexAt } from "./table-layout.js";

/** Printed percentages are exact to their last digit: 0.01 points for "75.00". */
const TOLERANCE = 0.01;

/**
 * A project's 资金支出计划（%） (绩效目标表, 鹿泉区委编办 2020: 3月底 25 / 6月底 50 / 10月底 75 /
 * 12月底 100) is cumulative: it never falls and the year ends at 100. A plan by quarter may instead
 * give each quarter's share, which then adds up to 100; a plan that fits neither reading is flagged:
 * falling cumulative shares contradict each other (error), a year that ends short of 100 is a
 * likely slip (warning).
 */
export const spendingPlan: Check = {
  id: "spending-plan",
  description: "A 资金支出计划 is not cumulative up to 100%",
  run(doc) {
    const flags: FlagRecord[] = [];
    doc.tables.forEach((table, tableIndex) => {
      const byRow = new Map<number, CellRecord[]>();
      for (const c of table.cells) (byRow.get(c.row) ?? byRow.set(c.row, []).get(c.row)!).push(c);
      for (const [row, cells] of byRow) {
        const periods = cells.filter((c) => isPlanPeriod(matchKey(c.text))).sort((a, b) => a.col - b.col);
        if (periods.length < 2) continue;
        // The shares sit under the periods, on the next row (the seed's dump shifts them one column left).
        const next = (byRow.get(row + 1) ?? []).filter((c) => percentOf(c) !== undefined).sort((a, b) => a.col - b.col);
        if (next.length !== periods.length) continue;
        const flag = judge(periods, next, table.title ?? table.kind);
        if (flag) flags.push({ ...flag, figures: next.flatMap((c) => figureIndexAt(doc, tableIndex, c.row, c.col)) });
      }
    });
    return flags;
  },
};

/** A share as the cell prints it (recognise read its number: "25" or "25%"), within 0–100. */
function percentOf(c: CellRecord): number | undefined {
  const v = c.number ?? undefined;
  return v !== undefined && v >= 0 && v <= 100 ? v : undefined;
}

function judge(periods: CellRecord[], shares: CellRecord[], title: string): FlagRecord | undefined {
  const values = shares.map((c) => percentOf(c)!);
  const last = values.at(-1)!;
  const falls = values.findIndex((v, k) => k > 0 && v < values[k - 1]! - TOLERANCE);
  const cumulativeOk = falls < 0 && Math.abs(last - 100) <= TOLERANCE;
  const quarterly = isQuarterPeriod(periods[0]!.text);
  const sum = values.reduce((s, v) => s + v, 0);
  if (cumulativeOk || (quarterly && Math.abs(sum - 100) <= TOLERANCE * values.length)) return undefined;
  const printed = periods.map((p, k) => `${p.text.trim()} “${shares[k]!.text.trim()}”`).join(", ");
  const place = placeNote({ page: shares[0]!.page, line: shares[0]!.line }, title);
  const problem = falls >= 0 ? `falls from ${periods[falls - 1]!.text.trim()} to ${periods[falls]!.text.trim()}` : `ends at ${last}%, not 100%`;
  return flag("spending-plan", falls >= 0 ? "error" : "warning", `资金支出计划 ${printed} ${place}: the cumulative share ${problem}`, { page: shares[0]!.page, line: shares[0]!.line });
}
