import { describe, expect, it } from "vitest";
import { commasReadAsPoints, confusedWith, OCR_EXAMPLES as E } from "../../src/domain/ocr.js";

/** The examples of src/domain/ocr.ts, each run through the rule it documents. */
describe("how OCR misreads printed amounts (src/domain/ocr.ts)", () => {
  for (const [digit, partners] of E.confusedWith) it(`${digit} may have been read for ${partners.join(" ") || "no other digit"}`, () => expect(confusedWith(digit)).toEqual(partners));
  for (const [read, printed] of E.commaReadAsPoint) it(`${read} read with thousands commas is ${printed ?? "itself"}`, () => expect(commasReadAsPoints(read)).toEqual(printed));
});
