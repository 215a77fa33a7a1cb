import * as pdfjs from "./pdfjs.js";
import type { PDFPageProxy, TextItem } from "./pdfjs.js";
import { readRules, type Rule } from "./read-rules.js";
import { BOLD_FONT_NAME } from "../../domain/layout.js";
import type { ItemOcr } from "../ocr/mark.js";

/** One run of text as pdf.js positioned it, in top-down page coordinates (points, viewport applied). */
export interface PdfItem {
  text: string;
  /** Left edge and right edge. */
  x: number;
  right: number;
  /** Baseline, and the top/bottom of the glyph box (top < baseline). */
  y: number;
  top: number;
  /** Font size (glyph height) in points. */
  size: number;
  bold: boolean;
  /** Set when the text was read by OCR from the page image (engine, per-character confidence). */
  ocr?: ItemOcr;
}

export interface PageContent {
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  rules: Rule[];
}

const IMAGE_OPS = new Set<number>([
  pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject,
  pdfjs.OPS.paintImageXObjectRepeat, pdfjs.OPS.paintInlineImageXObjectGroup,
]);

type Matrix = [number, number, number, number, number, number];

/**
 * Reads the positioned text and the ruling lines of one page. The text comes first: a page without
 * any needs nothing else (no text, no table). Otherwise the operator list gives the rules, and
 * sends the page's fonts to `commonObjs`, the only place their real names (and so "bold" — 黑体
 * FZHTK, 小标宋 FZXBSK in the Jiangsu narratives) can be seen.
 */
export async function readPage(page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as Matrix;
  const content = await page.getTextContent();
  const runs = content.items.filter((raw): raw is TextItem => "str" in raw && raw.str.trim() !== "");
  const page0 = { number: page.pageNumber, width: viewport.width, height: viewport.height };
  if (!runs.length) return { ...page0, items: [], rules: [] };
  const operators = await page.getOperatorList();
  const rules = readRules(operators.fnArray, operators.argsArray, transform);
  const boldFonts = new Map<string, boolean>();
  const items: PdfItem[] = [];
  for (const raw of runs) {
    const m = pdfjs.Util.transform(transform, raw.transform) as Matrix;
    // The glyph height is the length of the matrix's y column; rotated text keeps its size.
    const size = Math.hypot(m[2], m[3]) || raw.height;
    // `width` is in unscaled user space, which at scale 1 is also viewport space.
    const width = raw.width;
    let bold = boldFonts.get(raw.fontName);
    if (bold === undefined) {
      bold = isBoldFont(page, raw.fontName);
      boldFonts.set(raw.fontName, bold);
    }
    const y = m[5];
    const top = y - size * 0.88;
    for (const part of splitAtSpaces(raw.str, m[4], width)) {
      items.push({ text: part.text, x: part.x, right: part.right, y, top, size, bold });
    }
  }
  return { ...page0, items, rules };
}

/** Images the page paints (on a document opened with images): with no text, the page is a scan. */
export async function countImages(page: PDFPageProxy): Promise<number> {
  const operators = await page.getOperatorList();
  return operators.fnArray.filter((fn) => IMAGE_OPS.has(fn)).length;
}

/** Heavy CJK faces carry the weight in the family name (黑体, FZHTK = 方正黑体, 小标宋 FZXBSK). */

function isBoldFont(page: PDFPageProxy, fontName: string): boolean {
  if (!page.commonObjs.has(fontName)) return false;
  const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean; black?: boolean } | null;
  if (!font) return false;
  return Boolean(font.bold || font.black || (font.name && BOLD_FONT_NAME.test(font.name)));
}

/**
 * pdf.js joins runs drawn by one operator even across table cells: the Jiangsu 2019 收支预算总表
 * gives "27,664.22 一、一般公共服务支出" as one item spanning a column rule. Splitting at spaces, with
 * x estimated from character widths (CJK one em, others half), lets each word find its cell.
 */
function splitAtSpaces(text: string, x: number, width: number): { text: string; x: number; right: number }[] {
  const trimmed = text.replace(/^\s+/, "");
  if (!/\S\s+\S/.test(trimmed)) return [{ text: trimmed.trimEnd(), x, right: x + width }];
  const weight = (s: string): number => [...s].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.5), 0);
  const perUnit = width / (weight(text) || 1);
  const parts: { text: string; x: number; right: number }[] = [];
  let offset = weight(text) - weight(trimmed);
  for (const word of trimmed.split(/(?<=\s)(?=\S)/)) {
    const start = x + offset * perUnit;
    const core = word.trimEnd();
    parts.push({ text: core, x: start, right: start + weight(core) * perUnit });
    offset += weight(word);
  }
  return parts;
}
