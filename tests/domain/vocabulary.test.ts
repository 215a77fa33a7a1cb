import { describe, expect, it } from "vitest";
import {
  VOCABULARY_EXAMPLES as E,
  changeDirection,
  columnKind,
  rowNumbering,
  columnRole,
  isCarryoverLabel,
  isChangeLabel,
  isColumnNumberRow,
  isGrandTotalLabel,
  isThisYearOnlyLabel,
  sideGrandTotalRank,
  headsSide,
  isKindGroupHeader,
  isPriorOrChangeHeader,
  isSpendingPartLabel,
  isTotalLabel,
  isWholeRowColumn,
  scopeNamed,
  EMPTY_TABLE_NOTE,
  TOTAL_CELL,
  NUMBER_ROW_FIRST,
  SUM_CELL,
  SUM_ROW_FIRST,
  TABLE_WORD,
} from "../../src/domain/vocabulary.js";

/** The examples of src/domain/vocabulary.ts, each run through the reader it documents. */
describe("budget-table vocabulary (src/domain/vocabulary.ts)", () => {
  const cases: Array<[string, ReadonlyArray<readonly [unknown, unknown]>, (x: never) => unknown]> = [
    ["a total label", E.totalLabels, isTotalLabel],
    ["a grand total", E.grandTotals, isGrandTotalLabel],
    ["a column-number row", E.columnNumberRows, isColumnNumberRow],
    ["a column role", E.columnRoles, columnRole],
    ["a column kind", E.columnKinds, columnKind],
    ["a side's grand-total rank", E.sideGrandTotalRanks, sideGrandTotalRank],
    ["a total of this year's money only", E.thisYearOnly, isThisYearOnlyLabel],
    ["the income side's heading", E.incomeHeadings, (h: string) => headsSide(h, "income")],
    ["a 预算数 / 决算数 group header", E.kindGroupHeaders, isKindGroupHeader],
    ["a header of another year or a change", E.priorOrChangeHeaders, isPriorOrChangeHeader],
    ["a whole-row column", E.wholeRowColumns, isWholeRowColumn],
    ["a scope of funds", E.scopes, scopeNamed],
    ["a change", E.changeLabels, isChangeLabel],
    ["a carry-over", E.carryoverLabels, isCarryoverLabel],
    ["a spending part", E.spendingParts, isSpendingPartLabel],
    ["a change's direction", E.changeDirections, changeDirection],
    ["a row's numbering", E.rowNumberings, rowNumbering],
    ["a column-number row's first cell", E.numberRowFirsts, (t: string) => NUMBER_ROW_FIRST.test(t)],
    ["a totals row's first cell", E.sumRowFirsts, (t: string) => SUM_ROW_FIRST.test(t)],
    ["a 合计 cell", E.sumCells, (t: string) => SUM_CELL.test(t)],
    ["a table's title", E.tableWords, (t: string) => TABLE_WORD.test(t)],
    ["a totals row", E.totalCells, (t: string) => TOTAL_CELL.test(t)],
    ["an empty table's note", E.emptyNotes, (t: string) => EMPTY_TABLE_NOTE.test(t)],
  ];
  for (const [what, examples, read] of cases) {
    for (const [input, expected] of examples) {
      it(`${JSON.stringify(input)} → ${what}: ${String(expected)}`, () => {
        expect(read(input as never)).toEqual(expected);
      });
    }
  }
});
