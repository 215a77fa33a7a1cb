import { describe, expect, it } from "vitest";
import { PERFORMANCE_EXAMPLES as E, isPlanPeriod, isProjectBudgetLabel, isQuarterPeriod } from "../../src/domain/performance.js";

/** The examples of src/domain/performance.ts, each run through the reader it documents. */
describe("the 绩效目标表's words (src/domain/performance.ts)", () => {
  const cases: Array<[string, ReadonlyArray<readonly [string, boolean]>, (x: string) => boolean]> = [
    ["a project's budget cell", E.budgetLabels, isProjectBudgetLabel],
    ["a 资金支出计划 period", E.planPeriods, isPlanPeriod],
    ["a quarter", E.quarterPeriods, isQuarterPeriod],
  ];
  for (const [what, examples, read] of cases) {
    for (const [input, expected] of examples) {
      it(`"${input}" → ${what}: ${expected}`, () => {
        expect(read(input)).toBe(expected);
      });
    }
  }
});
