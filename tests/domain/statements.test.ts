import { describe, expect, it } from "vitest";
import { STATEMENT_EXAMPLES, STATEMENT_WORDS, says, shareWhole, yearIn, type StatementKind } from "../../src/domain/statements.js";

/** The examples of src/domain/statements.ts, each run through the reader it documents. */
describe("the words of the explanations' sentences (src/domain/statements.ts)", () => {
  for (const [kind, entry] of Object.entries(STATEMENT_WORDS) as Array<[StatementKind, (typeof STATEMENT_WORDS)[StatementKind]]>) {
    for (const text of entry.examples.yes) {
      it(`"${text}" says ${kind}`, () => {
        expect(says(kind, text)).toBe(true);
      });
    }
    for (const text of entry.examples.no) {
      it(`"${text}" does not say ${kind}`, () => {
        expect(says(kind, text)).toBe(false);
      });
    }
  }
  for (const [label, whole] of STATEMENT_EXAMPLES.shareWholes) {
    it(`the share "${label}" is of "${whole}"`, () => {
      expect(shareWhole(label)).toBe(whole);
    });
  }
  for (const [label, year] of STATEMENT_EXAMPLES.years) {
    it(`"${label}" names the year ${String(year)}`, () => {
      expect(yearIn(label)).toBe(year);
    });
  }
});
