import { describe, expect, it } from "vitest";
import {
  dropLevelNotes,
  dropListNumber,
  dropStatedTail,
  isListItem,
  PLACEHOLDER,
  SCOPED_TOTAL_MATCHERS,
  SCOPED_TOTALS,
  STATEMENT_EXAMPLES,
  STATEMENT_WORDS,
  says,
  shareWhole,
  yearIn,
  type StatementKind,
} from "../../src/domain/statements.js";

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
  const readers: Array<[string, ReadonlyArray<readonly [string, unknown]>, (x: string) => unknown]> = [
    ["without its list number", STATEMENT_EXAMPLES.listNumbers, dropListNumber],
    ["a list item", STATEMENT_EXAMPLES.listItems, isListItem],
    ["without its level notes", STATEMENT_EXAMPLES.levelNotes, dropLevelNotes],
    ["without its stated tail", STATEMENT_EXAMPLES.statedTails, dropStatedTail],
    ["its placeholders", STATEMENT_EXAMPLES.placeholders, (t) => [...t.matchAll(PLACEHOLDER)].map((m) => m[0])],
  ];
  for (const [what, examples, read] of readers) {
    for (const [input, expected] of examples) {
      it(`"${input}" → ${what}: ${JSON.stringify(expected)}`, () => {
        expect(read(input)).toEqual(expected);
      });
    }
  }
  SCOPED_TOTALS.forEach((t, k) => {
    for (const label of t.examples.yes) it(`"${label}" states a total printed in ${t.kinds.join(", ")}`, () => expect(SCOPED_TOTAL_MATCHERS[k]!.text.test(label)).toBe(true));
    for (const label of t.examples.no) it(`"${label}" states no total printed in ${t.kinds.join(", ")}`, () => expect(SCOPED_TOTAL_MATCHERS[k]!.text.test(label)).toBe(false));
  });
});
