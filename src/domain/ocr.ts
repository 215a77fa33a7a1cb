/**
 * How OCR misreads printed amounts (issue 13): the digits one engine confuses with another in print
 * (the closed loops of 0 6 8 9, the strokes of 1 and 7, 3 and 8, 5 and 6), and the decimal point
 * and thousands separators it loses or adds. A reading of a cell is repaired only where exactly one
 * of these alternatives makes the document's own arithmetic hold (checks/ocr-trust.ts); every entry
 * carries examples run by tests/domain/ocr.test.ts.
 */

/** Groups of digits OCR confuses in printed tables: any two digits of one group. */
export const CONFUSED_DIGITS: readonly string[] = ["0689", "17", "38", "56"];

/** The digits OCR may have read in place of `digit` (its confusion partners), in order. */
export function confusedWith(digit: string): string[] {
  const partners = new Set<string>();
  for (const group of CONFUSED_DIGITS) if (group.includes(digit)) for (const d of group) if (d !== digit) partners.add(d);
  return [...partners].sort();
}

/** A point followed by three digits and another separator or the end: a thousands comma OCR read as a point. */
const COMMA_READ_AS_POINT = /[.．](?=\d{3}(?:[.．,，]|$))/g;

/** "1.234.56" → "1,234.56", "12.345" → "12,345": the reading with its thousands commas back, or undefined. */
export function commasReadAsPoints(text: string): string | undefined {
  const reading = text.replace(COMMA_READ_AS_POINT, ",");
  return reading === text ? undefined : reading;
}

/** Examples run by tests/domain/ocr.test.ts: [input, expected]. */
export const OCR_EXAMPLES = {
  confusedWith: [["6", ["0", "5", "8", "9"]], ["1", ["7"]], ["3", ["8"]], ["8", ["0", "3", "6", "9"]], ["2", []]],
  commaReadAsPoint: [["1.234.56", "1,234.56"], ["12.345", "12,345"], ["1.23", undefined], ["12.3456", undefined]],
} as const;
