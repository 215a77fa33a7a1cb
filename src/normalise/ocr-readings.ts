import { commasReadAsPoints, confusedWith } from "../domain/ocr.js";

/** Another way to read a printed amount OCR may have misread, and what was changed. */
export interface OtherReading {
  text: string;
  /** What differs from the reading ("6→8 at 3", "decimal point", "thousands commas"). */
  change: string;
  /** The change is at a character the engine marked as read with low confidence. */
  uncertain: boolean;
}

const DIGIT = /[0-9０-９]/;

/**
 * The other readings of an amount as OCR printed it (issue 13): at a character the engine marked
 * uncertain, every other digit; at any other digit, the digits print confuses it with
 * (domain/ocr.ts); a decimal point lost, added or misplaced (the table's usual `decimals` decide
 * where it belongs); thousands commas read as points. One change at a time.
 */
export function otherReadings(text: string, uncertain: readonly number[] = [], decimals = 2): OtherReading[] {
  const out: OtherReading[] = [];
  const marked = new Set(uncertain);
  [...text].forEach((ch, at) => {
    if (!DIGIT.test(ch)) return;
    const digit = String.fromCharCode(ch.charCodeAt(0) >= 0xff10 ? ch.charCodeAt(0) - 0xfee0 : ch.charCodeAt(0));
    const partners = marked.has(at) ? "0123456789".split("").filter((d) => d !== digit) : confusedWith(digit);
    for (const d of partners) out.push({ text: text.slice(0, at) + d + text.slice(at + 1), change: `${digit}→${d} at character ${at + 1}`, uncertain: marked.has(at) });
  });
  const commas = commasReadAsPoints(text);
  if (commas) out.push({ text: commas, change: "thousands commas read as points", uncertain: false });
  const point = pointAt(text, decimals);
  if (point && point !== text) out.push({ text: point, change: "decimal point", uncertain: false });
  return out;
}

/** The amount with its decimal point (if any) dropped and put back before its last `decimals` digits. */
function pointAt(text: string, decimals: number): string | undefined {
  const m = /^([^\d０-９]*)([\d０-９,，.．]+)(\D*)$/.exec(text.trim());
  if (!m) return undefined;
  const digits = m[2]!.replace(/[,，.．]/g, "");
  if (decimals === 0) return m[2]!.includes(".") || m[2]!.includes("．") ? `${m[1]}${digits}${m[3]}` : undefined;
  if (digits.length <= decimals) return undefined;
  const whole = digits.slice(0, -decimals).replace(/^0+(?=\d)/, "");
  return `${m[1]}${whole}.${digits.slice(-decimals)}${m[3]}`;
}
