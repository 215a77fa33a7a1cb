import { chineseNumeral, foldWidth } from "../normalise/text.js";

/** The numbering families of section headings, outermost first as they usually nest. */
export type MarkerKind = "part" | "cn" | "paren-cn" | "arabic" | "paren-arabic" | "plain";

export interface HeadingMarker {
  kind: MarkerKind;
  /** As printed, without the trailing 、 or ．: 第一部分, 一, （一）, 1, (1). */
  marker: string;
  number: number | null;
  title: string;
}

const PATTERNS: Array<{ kind: MarkerKind; re: RegExp }> = [
  { kind: "part", re: /^(第\s*([一二三四五六七八九十]+)\s*部\s*分)[\s、．.:：]*(.*)$/u },
  { kind: "paren-cn", re: /^([（(]\s*([一二三四五六七八九十]+)\s*[）)])[\s、．.]*(.*)$/u },
  { kind: "cn", re: /^(([一二三四五六七八九十]+))\s*[、．.]\s*(.*)$/u },
  { kind: "paren-arabic", re: /^([（(]\s*(\d{1,2})\s*[）)])[\s、．.]*(.*)$/u },
  { kind: "arabic", re: /^((\d{1,2}))\s*(?:[、．]|\.(?!\d))\s*(.*)$/u },
];

/** Splits a line into its section marker and title, if it starts with one. */
export function readMarker(line: string): HeadingMarker | undefined {
  const text = foldWidth(line).trim();
  for (const { kind, re } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const marker = (m[1] ?? "").replace(/\s+/g, "");
    const number = chineseNumeral(m[2] ?? "") ?? null;
    // Keep the title as printed (not width-folded): slice the original by the folded offset.
    const title = line.trim().slice(text.length - (m[3] ?? "").length).trim();
    return { kind, marker: printedMarker(line.trim(), marker), number, title };
  }
  return undefined;
}

/** The marker as printed in the source (full-width brackets kept). */
function printedMarker(original: string, folded: string): string {
  const compact = original.replace(/\s+/g, "");
  return compact.slice(0, folded.length);
}
