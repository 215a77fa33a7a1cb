import { toSimplified } from "./traditional.js";

/**
 * Text folding for matching only (raw text is always kept as printed). Full-width ASCII
 * (０-９, ，．：％（）) becomes half-width one character for one, so positions found in the folded
 * text are positions in the original too.
 */
export function foldWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

const simplify = toSimplified;

/** Width-folded and traditional-folded text of the same length, for pattern matching. */
export function foldForMatching(text: string): string {
  return toSimplified(foldWidth(text));
}

/**
 * The key two phrases are compared by: width-folded, traditional folded to simplified, without
 * whitespace, quotes or the brackets' width (（境） = (境)).
 */
export const matchKey = memoByString(readMatchKey, 50_000);

/**
 * `read` remembering its answer for each string (up to `limit` strings, then it starts afresh):
 * headers and labels are read again for every cell and check. Only for pure functions of the string.
 */
export function memoByString<T>(read: (text: string) => T, limit = 10_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text)!;
    if (seen.size >= limit) seen.clear();
    const value = read(text);
    seen.set(text, value);
    return value;
  };
}

function readMatchKey(text: string): string {
  return simplify(foldWidth(text))
    .replace(/[\s"'“”‘’「」『』]/g, "")
    .replace(/[（]/g, "(")
    .replace(/[）]/g, ")");
}

/** The Chinese numerals of section markers: 一 … 九十九. */
export function chineseNumeral(text: string): number | undefined {
  const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇零一二三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === "百") {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === "十") {
      total += (current || 1) * 10;
      current = 0;
    } else current = digits[ch] ?? 0;
  }
  return total + current;
}
