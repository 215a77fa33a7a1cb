import { containsPhrase, wholePhrase } from "./compile.js";

/**
 * The words of the 项目支出绩效目标表 (one table per project) that the project checks read: the cell
 * naming the project's budget, and the periods of its 资金支出计划 row. Matched on a cell's match key
 * (normalise/text.ts); examples run by tests/domain/performance.test.ts.
 */

/** The cell that names a project's budget ("预算规模及资金用途 | 预算数 | 3.00"), the whole cell. */
export const PROJECT_BUDGET_LABELS = ["[项目]{预算数|预算金额|年度资金总额|资金总额|年度预算[数]}[(万元)|(元)][:|：]"] as const;
const PROJECT_BUDGET = wholePhrase(PROJECT_BUDGET_LABELS);

export function isProjectBudgetLabel(key: string): boolean {
  return PROJECT_BUDGET.test(key);
}

/** A period of a 资金支出计划 row: "3月底" "6月末" "第一季度" "一季度末" (the whole cell). */
const PERIOD = /^(\d{1,2}月(底|末)|(第)?[一二三四1-4]季度(末)?)$/;
/** Periods counted in quarters rather than months. */
const QUARTER = containsPhrase(["季度"]);

export function isPlanPeriod(key: string): boolean {
  return PERIOD.test(key);
}

export function isQuarterPeriod(text: string): boolean {
  return QUARTER.test(text);
}

/** Examples run by tests/domain/performance.test.ts: [input, expected]. */
export const PERFORMANCE_EXAMPLES = {
  budgetLabels: [["预算数", true], ["项目预算金额(万元):", true], ["年度预算", true], ["年度资金总额", true], ["预算规模及资金用途", false], ["资金来源", false]],
  planPeriods: [["3月底", true], ["12月末", true], ["第一季度", true], ["四季度末", true], ["全年", false], ["3月", false]],
  quarterPeriods: [["第一季度", true], ["6月底", false]],
} as const;
