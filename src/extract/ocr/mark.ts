import type { OcrMark } from "../../model/document.js";

/** What an OCR'd text item carries: the engine, and one confidence (0–1) per character of its text. */
export interface ItemOcr {
  engine: string;
  chars: number[];
}

/** A character read with less confidence than this is listed in `OcrMark.uncertain`. */
export const UNCERTAIN_BELOW = 0.9;

/**
 * The OCR mark of a text made of these items (a cell, a paragraph, a line): the mean confidence of
 * their characters, and the offsets in `text` of the uncertain ones (each item is found in `text`
 * in reading order). Undefined when no item was read by OCR.
 */
export function ocrMark(text: string, items: readonly { text: string; ocr?: ItemOcr }[]): OcrMark | undefined {
  let sum = 0;
  let count = 0;
  let engine = "";
  const uncertain: number[] = [];
  let cursor = 0;
  for (const item of items) {
    if (!item.ocr) continue;
    engine ||= item.ocr.engine;
    for (const c of item.ocr.chars) sum += c;
    count += item.ocr.chars.length;
    const at = text.indexOf(item.text, cursor);
    if (at < 0) continue;
    item.ocr.chars.forEach((c, k) => {
      if (c < UNCERTAIN_BELOW) uncertain.push(at + k);
    });
    cursor = at + item.text.length;
  }
  if (!engine) return undefined;
  const confidence = count ? Math.round((sum / count) * 1000) / 1000 : 0;
  return { engine, confidence, ...(uncertain.length ? { uncertain } : {}) };
}

/** A table's mark from its cells': the engine and the mean confidence over the marked cells. */
export function tableMark(cells: readonly { text: string; ocr?: OcrMark }[]): OcrMark | undefined {
  const marked = cells.filter((c) => c.ocr && c.text);
  if (!marked.length) return undefined;
  const weight = (c: { text: string }) => Math.max(1, c.text.length);
  const total = marked.reduce((s, c) => s + weight(c), 0);
  const confidence = marked.reduce((s, c) => s + c.ocr!.confidence * weight(c), 0) / total;
  return { engine: marked[0]!.ocr!.engine, confidence: Math.round(confidence * 1000) / 1000 };
}
