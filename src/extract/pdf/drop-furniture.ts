import { PAGE_NUMBER, PAGE_NUMBER_SIGN, TABLE_LABEL, UNIT_LINE_START as UNIT_LINE } from "../../domain/layout.js";
import type { TextLine } from "./build-lines.js";

export interface PageLines {
  page: number;
  height: number;
  lines: TextLine[];
}

/** The top and bottom margin bands (share of the page height) where headers and footers live. */
const MARGIN = 0.1;

/**
 * Removes page furniture from the text lines of every page: page numbers (in the margin bands, or
 * anywhere when dashed), standalone 公开NN表 labels, and lines repeated in the margin bands of at
 * least three pages (running headers/footers; digits ignored so "第 3 页" variants match).
 */
export function dropFurniture(pages: PageLines[]): PageLines[] {
  const repeated = repeatedMarginTexts(pages);
  return pages.map((page) => ({
    ...page,
    lines: page.lines.filter((line) => {
      const text = line.text.trim();
      const inMargin = line.top < page.height * MARGIN || line.y > page.height * (1 - MARGIN);
      if (PAGE_NUMBER.test(text) && (inMargin || PAGE_NUMBER_SIGN.test(text) || isAlone(line, page))) return false;
      if (TABLE_LABEL.test(text)) return false;
      // 单位：万元 above every table is the table's unit, however often it repeats near the top.
      if (inMargin && repeated.has(marginKey(text)) && !UNIT_LINE.test(text)) return false;
      return true;
    }),
  }));
}

function marginKey(text: string): string {
  return text.replace(/\d+/g, "#").replace(/\s+/g, "");
}

function repeatedMarginTexts(pages: PageLines[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set<string>();
    for (const line of page.lines) {
      const inMargin = line.top < page.height * MARGIN || line.y > page.height * (1 - MARGIN);
      if (inMargin && line.text.trim().length > 1) keys.add(marginKey(line.text));
    }
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const minimum = Math.max(3, Math.ceil(pages.length * 0.4));
  return new Set([...counts].filter(([, n]) => n >= minimum).map(([key]) => key));
}

/** A bare number that is the last line of its page is a footer even above the margin band. */
function isAlone(line: TextLine, page: PageLines): boolean {
  const last = page.lines[page.lines.length - 1];
  return last === line;
}
