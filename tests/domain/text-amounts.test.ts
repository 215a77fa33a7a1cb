import { describe, expect, it } from "vitest";
import {
  BARE_ZERO,
  CODE_NAME_AFTER_REN,
  DATE_AFTER_DIGITS,
  LABEL_LEAD,
  LIST_HEAD,
  MONEY_LABEL,
  NUMBERED_ITEM_AFTER,
  PARTS_SENTENCE,
  RUN_IN_TITLE,
  QUANTITY,
  SHARE_LABEL,
  TEXT_AMOUNT_EXAMPLES as E,
  meaningOfUnit,
} from "../../src/domain/text-amounts.js";

/** The examples of src/domain/text-amounts.ts, each run through the reader it documents. */
describe("amounts in running text (src/domain/text-amounts.ts)", () => {
  const cases: Array<[string, ReadonlyArray<readonly [string, unknown]>, (x: string) => unknown]> = [
    ["means the unit", E.unitMeanings, meaningOfUnit],
    ["after four digits makes a date", E.datesAfterDigits, (t) => DATE_AFTER_DIGITS.test(t)],
    ["after a count makes it an item's number", E.numberedItems, (t) => NUMBERED_ITEM_AFTER.test(t)],
    ["after 人 makes a code's name", E.codeNames, (t) => CODE_NAME_AFTER_REN.test(t)],
    ["holds a bare zero", E.bareZeros, (t) => [...t.matchAll(BARE_ZERO)].length > 0],
    ["names money", E.moneyLabels, (t) => MONEY_LABEL.test(t)],
    ["names a share", E.shareLabels, (t) => SHARE_LABEL.test(t)],
    ["holds the quantity", E.quantities, (t) => { const m = [...t.matchAll(QUANTITY)][0]; return m ? `${m[2]}|${m[3]}` : undefined; }],
    ["opens a sentence of parts", E.partsSentences, (t) => PARTS_SENTENCE.test(t)],
    ["is a run-in title", E.runInTitles, (t) => RUN_IN_TITLE.test(t)],
    ["without its opening word", E.labelLeads, (t) => t.replace(LABEL_LEAD, "")],
    ["lists parts of", E.listHeads, (t) => LIST_HEAD.exec(t)?.[1]],
  ];
  for (const [what, examples, read] of cases) {
    for (const [input, expected] of examples) it(`${input} ${what}: ${String(expected)}`, () => expect(read(input)).toEqual(expected));
  }
});
