import type { PdfItem } from "./read-page.js";
import type { ItemOcr } from "../ocr/mark.js";

/** A text item with the page line (1-based, top to bottom) it sits on. */
export interface NumberedItem extends PdfItem {
  line: number;
}

/** One visual line, or one part of it when a wide gap splits it (部门：… far left, 单位：万元 far right). */
export interface TextLine {
  text: string;
  x: number;
  right: number;
  top: number;
  y: number;
  size: number;
  bold: boolean;
  line: number;
  /** 0 for the first part of a visual line, 1… for parts after a wide gap. */
  part: number;
  /** The items read by OCR, in x order (their text and per-character confidence). */
  ocrItems?: { text: string; ocr: ItemOcr }[];
}

/**
 * Numbers the page's lines: items sorted by baseline, a new line where the baseline moves down by
 * more than ~half a glyph. Every item (table cells included) gets a number, so `line` means the
 * same thing for text blocks and cells: the n-th line of the page from the top.
 */
export function numberLines(items: PdfItem[]): NumberedItem[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: NumberedItem[] = [];
  let line = 0;
  let lineY = -Infinity;
  let lineSize = 0;
  for (const item of sorted) {
    if (item.y - lineY > 0.45 * Math.min(item.size, lineSize || item.size)) {
      line++;
      lineY = item.y;
      lineSize = item.size;
    }
    out.push({ text: item.text, x: item.x, right: item.right, y: item.y, top: item.top, size: item.size, bold: item.bold, line, ...(item.ocr ? { ocr: item.ocr } : {}) });
  }
  return out;
}

/** Groups numbered items into lines, split where the gap is wider than six glyphs. */
export function buildLines(items: NumberedItem[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const [line, list] of itemsByLine(items)) {
    list.sort((a, b) => a.x - b.x);
    let part: NumberedItem[] = [];
    let partNo = 0;
    for (const item of list) {
      const last = part[part.length - 1];
      if (last && item.x - last.right > 6 * Math.max(item.size, last.size)) {
        lines.push(makeLine(part, line, partNo++));
        part = [];
      }
      part.push(item);
    }
    if (part.length) lines.push(makeLine(part, line, partNo));
  }
  return lines;
}

/** The items of each page line, lines top to bottom (items in their original order). */
export function itemsByLine(items: NumberedItem[]): [number, NumberedItem[]][] {
  const byLine = new Map<number, NumberedItem[]>();
  for (const item of items) {
    const list = byLine.get(item.line);
    if (list) list.push(item);
    else byLine.set(item.line, [item]);
  }
  return [...byLine.entries()].sort((a, b) => a[0] - b[0]);
}

function makeLine(items: NumberedItem[], line: number, part: number): TextLine {
  const sizes = items.map((i) => i.size);
  const chars = (i: NumberedItem): number => i.text.trim().length;
  const boldChars = items.filter((i) => i.bold).reduce((s, i) => s + chars(i), 0);
  const allChars = items.reduce((s, i) => s + chars(i), 0);
  const ocrItems = [...items].sort((a, b) => a.x - b.x).flatMap((i) => (i.ocr ? [{ text: i.text, ocr: i.ocr }] : []));
  return {
    text: joinItems(items),
    x: items[0]!.x,
    right: Math.max(...items.map((i) => i.right)),
    top: Math.min(...items.map((i) => i.top)),
    y: Math.max(...items.map((i) => i.y)),
    size: Math.max(...sizes),
    bold: boldChars * 2 > allChars,
    line,
    part,
    ...(ocrItems.length ? { ocrItems } : {}),
  };
}

/** Items of one line as text in x order; a gap wider than ~half a glyph becomes one space. */
export function joinItems(items: PdfItem[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = "";
  let lastRight = -Infinity;
  for (const item of sorted) {
    const gap = item.x - lastRight;
    if (text && gap > 0.5 * item.size && !text.endsWith(" ") && !item.text.startsWith(" ")) text += " ";
    text += item.text;
    lastRight = Math.max(lastRight, item.right);
  }
  return text.replace(/\s+/g, " ").trim();
}
