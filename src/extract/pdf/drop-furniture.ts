import type { TextLine } from "./build-lines.js";

export interface PageLines {
  page: number;
  height: number;
  lines: TextLine[];
}

/** Printed page numbers: "3", "- 3 -", "—3—", "第 3 页", "第3页 共20页", "3/20". */
const PAGE_NUMBER = /^(?:[-—–－~]*\s*\d{1,4}\s*[-—–－~]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[-—–－]\s*[ivxlcIVXLC]{1,6}\s*[-—–－])$/u;
/** Template labels printed beside a table title: 公开 09 表, 公开09表, 公开表一 (省人大 2018 / 2019). */
const TABLE_LABEL = /^公开\s*(?:\d{1,2}\s*表|表\s*[一二三四五六七八九十]{1,3})$/u;
const UNIT_LINE = /^单\s*位\s*[:：]/u;
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
      if (PAGE_NUMBER.test(text) && (inMargin || /[-—–－第页]/.test(text) || isAlone(line, page))) return false;
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
