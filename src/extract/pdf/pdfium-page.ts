import type { PdfiumExports } from "./pdfium-module.js";
import type { PageContent, PdfItem } from "./read-page.js";
import { addPolyline, apply, multiply, type Rule } from "./read-rules.js";
import { BOLD_FONT_NAME } from "../../domain/layout.js";
import { bgrxToGray, renderPage } from "./pdfium-render.js";
import type { GrayImage } from "../ocr/gray-image.js";

type Matrix = [number, number, number, number, number, number];

/** Page object types (fpdf_edit.h). */
const TEXT = 1;
const PATH = 2;
const IMAGE = 3;
const FORM = 5;
/** Path segment types. */
const LINETO = 0;
const BEZIERTO = 1;
const MOVETO = 2;
/** Heavy CJK faces carry the weight in the family name (黑体, FZHTK = 方正黑体, 小标宋 FZXBSK). */
/** Form XObjects nested deeper than this are not searched for rules (a hostile file can nest forever). */
const MAX_FORM_DEPTH = 16;
const SCRATCH_BYTES = 64;

/**
 * A few bytes of PDFium memory for out-parameters, with typed views over them. Views are remade
 * whenever the memory has grown (growing detaches the old buffer).
 */
export class Scratch {
  readonly ptr: number;
  private buffer: ArrayBuffer | undefined;
  private f32!: Float32Array;
  private f64!: Float64Array;
  private i32!: Int32Array;

  constructor(private readonly fn: PdfiumExports) {
    this.ptr = fn.malloc(SCRATCH_BYTES);
    if (!this.ptr) throw new Error("PDFium is out of memory");
  }

  free(): void {
    this.fn.free(this.ptr);
  }

  private views(): void {
    // Reading `memory.buffer` costs more than the call it follows; a grown memory detaches the
    // old buffer, whose length drops to 0.
    if (this.buffer && this.buffer.byteLength > 0) return;
    const buffer = this.fn.memory.buffer;
    this.buffer = buffer;
    this.f32 = new Float32Array(buffer, this.ptr, SCRATCH_BYTES / 4);
    this.f64 = new Float64Array(buffer, this.ptr, SCRATCH_BYTES / 8);
    this.i32 = new Int32Array(buffer, this.ptr, SCRATCH_BYTES / 4);
  }

  float(i: number): number {
    this.views();
    return this.f32[i]!;
  }

  double(i: number): number {
    this.views();
    return this.f64[i]!;
  }

  int(i: number): number {
    this.views();
    return this.i32[i]!;
  }

  /** The six floats of an FS_MATRIX written at the start. */
  matrix(): Matrix {
    this.views();
    const m = this.f32;
    return [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
  }

  bytes(length: number): Uint8Array {
    this.views();
    return new Uint8Array(this.fn.memory.buffer, this.ptr, length);
  }
}

/** What one page holds for the extractor: its text and rules, and how many images it paints. */
export interface PdfiumPage {
  content: PageContent;
  images: number;
}

/** A page drawn for OCR: gray pixels, `scale` pixels per point. */
export interface ScanImage extends GrayImage {
  scale: number;
}

/** Scanned pages are drawn at this resolution for OCR (what a 150 dpi scanner gives). */
export const SCAN_DPI = 150;
/** …but no side longer than this many pixels (a poster-size page). */
const SCAN_MAX_SIDE = 2600;

/** Draws a page in gray for OCR, `width` × `height` points (after /Rotate). */
export function drawForOcr(fn: PdfiumExports, page: number, width: number, height: number): ScanImage {
  const scale = Math.min(SCAN_DPI / 72, SCAN_MAX_SIDE / Math.max(width, height, 1));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const data = renderPage(fn, () => new Uint8Array(fn.memory.buffer), page, { width: w, height: h, sizeX: w, sizeY: h }, (bgrx, stride) => bgrxToGray(bgrx, stride, w, h));
  return { data, width: w, height: h, scale };
}

/**
 * Reads one loaded page the way `readPage` reads it through pdf.js: characters grouped into runs
 * (split at spaces, at gaps and where the font changes), in top-down coordinates after the page's
 * /Rotate, font size with the text matrix applied, bold from the font's name; ruling lines from
 * the painted paths, form XObjects included. Glyphs drawn outside the page box are dropped and the
 * spaces PDFium infers itself are ignored, as pdf.js does.
 */
export function readPdfiumPage(fn: PdfiumExports, scratch: Scratch, page: number, number: number): PdfiumPage {
  const view = pageView(fn, scratch, page);
  const transform = viewport(view, fn.FPDFPage_GetRotation(page) * 90);
  const rotated = transform[0] === 0;
  const width = rotated ? view[3] - view[1] : view[2] - view[0];
  const height = rotated ? view[2] - view[0] : view[3] - view[1];
  const items = readText(fn, scratch, page, view, transform);
  const { rules, images } = readObjects(fn, scratch, page, transform, items.length > 0);
  return { content: { number, width, height, items, rules }, images };
}

/** The visible page box: the crop box within the media box (as pdf.js's `view`). */
function pageView(fn: PdfiumExports, scratch: Scratch, page: number): [number, number, number, number] {
  const p = scratch.ptr;
  const box = (get: typeof fn.FPDFPage_GetMediaBox): [number, number, number, number] | undefined => {
    if (!get(page, p, p + 4, p + 8, p + 12)) return undefined;
    const [l, b, r, t] = [scratch.float(0), scratch.float(1), scratch.float(2), scratch.float(3)];
    return [Math.min(l, r), Math.min(b, t), Math.max(l, r), Math.max(b, t)];
  };
  const media = box(fn.FPDFPage_GetMediaBox) ?? [0, 0, 612, 792];
  const crop = box(fn.FPDFPage_GetCropBox);
  if (crop) {
    const x0 = Math.max(crop[0], media[0]), y0 = Math.max(crop[1], media[1]);
    const x1 = Math.min(crop[2], media[2]), y1 = Math.min(crop[3], media[3]);
    if (x1 > x0 && y1 > y0) return [x0, y0, x1, y1];
  }
  return media;
}

/** pdf.js's PageViewport transform at scale 1: PDF user space → top-down page space, /Rotate applied. */
export function viewport(view: [number, number, number, number], rotation: number): Matrix {
  const [x0, y0, x1, y1] = view;
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const [a, b, c, d] =
    rotation === 90 ? [0, 1, 1, 0] : rotation === 180 ? [-1, 0, 0, 1] : rotation === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const [ox, oy] = a === 0 ? [Math.abs(cy - y0), Math.abs(cx - x0)] : [Math.abs(cx - x0), Math.abs(cy - y0)];
  return [a, b, c, d, ox - a * cx - c * cy, oy - b * cx - d * cy];
}

export interface Glyph {
  ch: string;
  x: number;
  right: number;
  y: number;
  size: number;
  bold: boolean;
  font: number;
  /** A space (the file's or one PDFium inferred) comes before this glyph. */
  spaced: boolean;
}

function readText(fn: PdfiumExports, scratch: Scratch, page: number, view: [number, number, number, number], t: Matrix): PdfItem[] {
  const textPage = fn.FPDFText_LoadPage(page);
  if (!textPage) return [];
  const p = scratch.ptr;
  const boldByFont = new Map<number, boolean>();
  const glyphs: Glyph[] = [];
  try {
    const count = fn.FPDFText_CountChars(textPage);
    let spaced = false;
    const style = { object: 0, size: 0, font: 0, bold: false };
    for (let i = 0; i < count; i++) {
      const code = fn.FPDFText_GetUnicode(textPage, i);
      if (isSpace(code)) {
        spaced = true;
        continue;
      }
      // A character PDFium generated itself (spaces, line breaks) belongs to no text object.
      const object = fn.FPDFText_GetTextObject(textPage, i);
      if (!object) continue;
      if (!fn.FPDFText_GetCharOrigin(textPage, i, p, p + 8)) continue;
      const ox = scratch.double(0), oy = scratch.double(1);
      if (!fn.FPDFText_GetLooseCharBox(textPage, i, p)) continue;
      // FS_RECTF: left, top, right, bottom, in PDF user space (before /Rotate).
      const left = scratch.float(0), top = scratch.float(1), right = scratch.float(2), bottom = scratch.float(3);
      // pdf.js leaves out glyphs that start outside the page box (or end before it).
      if (right < view[0] || ox > view[2] || oy < view[1] || oy > view[3]) continue;
      // Size, font and weight belong to the text object: read once for all its glyphs.
      if (object !== style.object) {
        if (!fn.FPDFText_GetMatrix(textPage, i, p)) continue;
        const m = scratch.matrix();
        // The glyph height is the length of the matrix's y column once the viewport is applied.
        style.size = fn.FPDFText_GetFontSize(textPage, i) * Math.hypot(t[0] * m[2] + t[2] * m[3], t[1] * m[2] + t[3] * m[3]);
        style.font = fn.FPDFTextObj_GetFont(object);
        let bold = boldByFont.get(style.font);
        if (bold === undefined) {
          bold = isBold(fn, scratch, style.font);
          boldByFont.set(style.font, bold);
        }
        style.bold = bold;
        style.object = object;
      }
      const { size, bold, font } = style;
      // The box's extent across the page once rotated; the baseline through the origin.
      const ax = t[0] * left + t[2] * bottom + t[4], bx = t[0] * right + t[2] * top + t[4];
      const y = t[1] * ox + t[3] * oy + t[5];
      glyphs.push({ ch: String.fromCodePoint(code), x: Math.min(ax, bx), right: Math.max(ax, bx), y, size, bold, font, spaced });
      spaced = false;
    }
  } finally {
    fn.FPDFText_ClosePage(textPage);
  }
  fixOverstatedWidths(glyphs);
  const items: PdfItem[] = [];
  let run: Glyph[] = [];
  for (const glyph of glyphs) {
    const last = run[run.length - 1];
    if (last && (glyph.spaced || !continues(last, glyph))) {
      items.push(toItem(run));
      run = [];
    }
    run.push(glyph);
  }
  if (run.length) items.push(toItem(run));
  return items;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0;
}

/**
 * Some fonts declare every glyph a full em wide (a CID font without widths: 重庆 2026 budgets)
 * while the file places half-width digits half an em apart. PDFium's boxes then overlap the next
 * glyph and hide the gap between two numbers in neighbouring cells. A glyph's advance is taken as
 * the widest step the file itself made after that character of that font when it was narrower
 * than declared (pdf.js reads the same from the font program).
 */
export function fixOverstatedWidths(glyphs: Glyph[]): void {
  const observed = new Map<string, number>();
  for (let i = 1; i < glyphs.length; i++) {
    const a = glyphs[i - 1]!, b = glyphs[i]!;
    // Only Latin letters, digits and their punctuation: CJK punctuation is often set closer than its
    // full-width box on purpose (标点挤压), and keeps its box.
    if (b.spaced || a.font !== b.font || a.ch.charCodeAt(0) >= 0x2e80 || Math.abs(a.y - b.y) > 0.1 * a.size) continue;
    const width = a.right - a.x, step = b.x - a.x;
    if (step > 0.3 * width && step < 0.95 * width) {
      const key = `${a.font}:${a.ch}`;
      observed.set(key, Math.max(observed.get(key) ?? 0, step));
    }
  }
  if (!observed.size) return;
  for (const g of glyphs) {
    const advance = observed.get(`${g.font}:${g.ch}`);
    if (advance !== undefined) g.right = g.x + advance;
  }
}

/** A glyph continues the run when it follows on the same baseline, in the same font and size, without a gap. */
function continues(last: Glyph, next: Glyph): boolean {
  if (next.bold !== last.bold || Math.abs(next.size - last.size) > 0.01) return false;
  if (Math.abs(next.y - last.y) > 0.1 * last.size) return false;
  const gap = next.x - last.right;
  return gap > -0.5 * last.size && gap < 0.1 * last.size;
}

function toItem(run: Glyph[]): PdfItem {
  const first = run[0]!;
  const size = first.size;
  const y = first.y;
  return {
    text: run.map((g) => g.ch).join(""),
    x: first.x,
    right: Math.max(...run.map((g) => g.right)),
    y,
    top: y - size * 0.88,
    size,
    bold: first.bold,
  };
}

function isBold(fn: PdfiumExports, scratch: Scratch, font: number): boolean {
  if (!font) return false;
  const length = fn.FPDFFont_GetBaseFontName(font, scratch.ptr, SCRATCH_BYTES);
  if (length <= 1) return false;
  const bytes = scratch.bytes(Math.min(length, SCRATCH_BYTES) - 1);
  const name = Buffer.from(bytes).toString("latin1");
  return BOLD_FONT_NAME.test(name) || BOLD_FONT_NAME.test(Buffer.from(bytes).toString("utf8"));
}

/**
 * Walks the page objects (into form XObjects) once: painted straight segments become rules, and
 * image objects are counted (a page without text that paints one is a scan).
 */
function readObjects(fn: PdfiumExports, scratch: Scratch, page: number, t: Matrix, wantRules: boolean): { rules: Rule[]; images: number } {
  const rules: Rule[] = [];
  let images = 0;
  const visit = (object: number, parent: Matrix, depth: number): void => {
    const type = fn.FPDFPageObj_GetType(object);
    if (type === IMAGE) images++;
    else if (type === PATH && wantRules) {
      if (fn.FPDFPageObj_GetMatrix(object, scratch.ptr)) addPath(fn, scratch, object, multiply(parent, scratch.matrix()), rules);
    } else if (type === FORM && depth < MAX_FORM_DEPTH) {
      if (!fn.FPDFPageObj_GetMatrix(object, scratch.ptr)) return;
      const ctm = multiply(parent, scratch.matrix());
      const n = fn.FPDFFormObj_CountObjects(object);
      for (let i = 0; i < n; i++) {
        const child = fn.FPDFFormObj_GetObject(object, i);
        if (child) visit(child, ctm, depth + 1);
      }
    }
  };
  const n = fn.FPDFPage_CountObjects(page);
  for (let i = 0; i < n; i++) {
    const object = fn.FPDFPage_GetObject(page, i);
    if (object && fn.FPDFPageObj_GetType(object) !== TEXT) visit(object, t, 0);
  }
  return { rules, images };
}

/** The straight runs of one path object (as pdf.js's constructPath gives them to `readRules`). */
function addPath(fn: PdfiumExports, scratch: Scratch, path: number, ctm: Matrix, rules: Rule[]): void {
  const p = scratch.ptr;
  if (!fn.FPDFPath_GetDrawMode(path, p, p + 4)) return;
  const fillMode = scratch.int(0);
  const stroke = scratch.int(1) !== 0;
  if (fillMode === 0 && !stroke) return; // a clipping path, not painted
  const filled = fillMode !== 0 && !stroke;
  let points: [number, number][] = [];
  const flush = (): void => {
    if (points.length >= 2) addPolyline(points, filled, rules);
    points = [];
  };
  const n = fn.FPDFPath_CountSegments(path);
  for (let i = 0; i < n; i++) {
    const segment = fn.FPDFPath_GetPathSegment(path, i);
    if (!segment) break;
    const type = fn.FPDFPathSegment_GetType(segment);
    if (type === BEZIERTO) {
      flush(); // curves are never table rules; break the polyline here
      continue;
    }
    if (type !== LINETO && type !== MOVETO) break;
    if (!fn.FPDFPathSegment_GetPoint(segment, p, p + 4)) break;
    if (type === MOVETO) flush();
    points.push(apply(ctm, scratch.float(0), scratch.float(1)));
    if (fn.FPDFPathSegment_GetClose(segment)) {
      if (points.length > 2) points.push(points[0]!);
      flush();
    }
  }
  flush();
}
