import { describe, expect, it } from "vitest";
import { COUNT_HEADER, LABEL_HEADER, NOT_MONEY_HEADER, PERCENT_HEADER, UNIT_EXAMPLES as E, UNIT_IN_HEADER, SHEET_UNIT, UNIT_LABEL_START, UNIT_LINE } from "../../src/domain/units.js";

/** The examples of src/domain/units.ts, each run through the matcher it documents. */
describe("units and amount columns (src/domain/units.ts)", () => {
  const cases: Array<[string, ReadonlyArray<readonly [string, unknown]>, (x: string) => unknown]> = [
    ["gives the table's unit", E.unitLines, (t) => UNIT_LINE.exec(t)?.[1]],
    ["gives the column's unit", E.unitsInHeaders, (t) => UNIT_IN_HEADER.exec(t)?.[1]],
    ["heads a column without money", E.notMoneyHeaders, (t) => NOT_MONEY_HEADER.test(t)],
    ["heads a column of labels", E.labelHeaders, (t) => LABEL_HEADER.test(t)],
    ["heads a column of shares", E.percentHeaders, (t) => PERCENT_HEADER.test(t)],
    ["gives the sheet's unit", E.sheetUnits, (t) => SHEET_UNIT.exec(t)?.[1]],
    ["gives the unit", E.unitLabels, (t) => UNIT_LABEL_START.test(t)],
    ["heads a column of counts", E.countHeaders, (t) => COUNT_HEADER.test(t)],
  ];
  for (const [what, examples, read] of cases) {
    for (const [input, expected] of examples) it(`${input} ${what}: ${String(expected)}`, () => expect(read(input)).toEqual(expected));
  }
});
