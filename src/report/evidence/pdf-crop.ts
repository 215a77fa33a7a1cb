import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PNG } from "pngjs";
import type { Quote } from "./evidence.js";
import { bgrxToRgba, renderPage, type PdfiumRenderer } from "../../extract/pdf/pdfium-render.js";

/** Crops are at most this wide and tall (pixels), at most 2× the page's size in points (144 dpi). */
const MAX_WIDTH = 1200;
const MAX_HEIGHT = 700;
const MAX_SCALE = 2;
/** FPDFText_FindStart: match whole words only. */
const FPDF_MATCHWHOLEWORD = 0x2;
/** Points of page kept above and below the quoted numbers. */
const PAD = 26;

export interface Crop {
  page: number;
  png: Buffer;
  width: number;
  height: number;
}

export interface PdfForCrops {
  /** A PNG of the region of one page holding the quoted numbers on it (the page's top when none is found). */
  crop(quotes: Quote[], page: number): Crop | undefined;
  close(): void;
}

type Pdfium = Awaited<ReturnType<typeof import("@embedpdf/pdfium").init>>;

const require = createRequire(import.meta.url);
let started: Promise<Pdfium> | undefined;

/** PDFium (WebAssembly), started once per process for the report's page images. */
function pdfium(): Promise<Pdfium> {
  started ??= (async () => {
    const { init } = await import("@embedpdf/pdfium");
    const wasmBinary = readFileSync(require.resolve("@embedpdf/pdfium/pdfium.wasm"));
    const module = await init({ wasmBinary, print: () => undefined, printErr: () => undefined } as never);
    module.PDFiumExt_Init();
    return module;
  })();
  return started;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Opens a PDF (its bytes) for cropping the regions flags quote. */
export async function openPdfForCrops(bytes: Buffer): Promise<PdfForCrops> {
  const p = await pdfium();
  const heap = () => (p.pdfium as unknown as { HEAPU8: Uint8Array }).HEAPU8;
  const data = p.pdfium.wasmExports.malloc(bytes.length);
  heap().set(bytes, data);
  const doc = p.FPDF_LoadMemDocument(data, bytes.length, "");
  if (!doc) {
    p.pdfium.wasmExports.free(data);
    throw new Error(`PDFium cannot open the file (error ${p.FPDF_GetLastError()})`);
  }
  const pages = p.FPDF_GetPageCount(doc);
  const scratch = p.pdfium.wasmExports.malloc(64);
  const f32 = (k: number) => p.pdfium.getValue(scratch + 4 * k, "float");
  const i32 = (k: number) => p.pdfium.getValue(scratch + 4 * k, "i32");

  /**
   * Every place the text occurs on the page, each as the boxes (device points, top-left origin) of
   * its printed characters, one box per printed line it spans.
   */
  function find(page: number, textPage: number, text: string, w: number, h: number): Box[][] {
    // Whole words first (“0.00” is not the end of “1,059,030.00”), then anywhere.
    const whole = findWith(page, textPage, text, w, h, FPDF_MATCHWHOLEWORD);
    return whole.length ? whole : findWith(page, textPage, text, w, h, 0);
  }

  function findWith(page: number, textPage: number, text: string, w: number, h: number, flags: number): Box[][] {
    const needle = p.pdfium.wasmExports.malloc((text.length + 1) * 2);
    p.pdfium.stringToUTF16(text, needle, (text.length + 1) * 2);
    const search = p.FPDFText_FindStart(textPage, needle, flags, 0);
    const out: Box[][] = [];
    try {
      while (search && p.FPDFText_FindNext(search) && out.length < 50) {
        const first = p.FPDFText_GetSchResultIndex(search);
        const count = p.FPDFText_GetSchCount(search);
        const lines: Box[] = [];
        for (let i = first; i < first + count; i++) {
          if (p.FPDFText_IsGenerated(textPage, i) === 1 || /\s/.test(String.fromCodePoint(p.FPDFText_GetUnicode(textPage, i) || 32))) continue;
          // The loose box: the font's full height, so a comma's frame lines up with the digits'.
          if (!p.FPDFText_GetLooseCharBox(textPage, i, scratch)) continue;
          const [left, top, right, bottom] = [f32(0), f32(1), f32(2), f32(3)];
          let box: Box | undefined;
          for (const [x, y] of [[left, top], [right, bottom]] as const) {
            p.FPDF_PageToDevice(page, 0, 0, Math.round(w), Math.round(h), 0, x, y, scratch + 32, scratch + 36);
            const dx = i32(8);
            const dy = i32(9);
            box = box ? union([box, { left: dx, top: dy, right: dx, bottom: dy }]) : { left: dx, top: dy, right: dx, bottom: dy };
          }
          if (!box) continue;
          // Same printed line: the vertical ranges overlap by half the character's height.
          const line = lines.find((l) => Math.min(l.bottom, box.bottom) - Math.max(l.top, box.top) > (box.bottom - box.top) / 2);
          if (line) Object.assign(line, union([line, box]));
          else lines.push(box);
        }
        if (lines.length) out.push(lines);
      }
    } finally {
      if (search) p.FPDFText_FindClose(search);
      p.pdfium.wasmExports.free(needle);
    }
    return out;
  }

  function crop(quotes: Quote[], pageNumber: number): Crop | undefined {
    if (pageNumber < 1 || pageNumber > pages) return undefined;
    const page = p.FPDF_LoadPage(doc, pageNumber - 1);
    if (!page) return undefined;
    const textPage = p.FPDFText_LoadPage(page);
    try {
      const w = p.FPDF_GetPageWidthF(page);
      const h = p.FPDF_GetPageHeightF(page);
      const hits = quotes.filter((q) => q.page === pageNumber).map((q) => find(page, textPage, q.raw, w, h)).filter((boxes) => boxes.length > 0);
      const chosen = cluster(hits);
      const region = chosen.length ? union(chosen.flat()) : { left: 0, top: 0, right: w, bottom: Math.min(h, 200) };
      const top = Math.max(0, region.top - PAD);
      const bottom = Math.min(h, Math.max(region.bottom + PAD, top + 60));
      const scale = Math.min(MAX_SCALE, MAX_WIDTH / w, MAX_HEIGHT / Math.max(1, bottom - top));
      const width = Math.max(1, Math.round(w * scale));
      const height = Math.max(1, Math.round((bottom - top) * scale));
      const rgba = render(page, width, height, Math.round(w * scale), Math.round(h * scale), -Math.round(top * scale));
      for (const b of chosen.flat()) outline(rgba, width, height, { left: b.left * scale - 2, right: b.right * scale + 2, top: (b.top - top) * scale - 2, bottom: (b.bottom - top) * scale + 2 });
      const png = new PNG({ width, height });
      rgba.copy(png.data);
      return { page: pageNumber, png: PNG.sync.write(png, { colorType: 2 }), width, height };
    } finally {
      p.FPDFText_ClosePage(textPage);
      p.FPDF_ClosePage(page);
    }
  }

  /** The page drawn at size × size into a width × height bitmap shifted up by -offsetY, as RGBA. */
  function render(page: number, width: number, height: number, sizeX: number, sizeY: number, offsetY: number): Buffer {
    return renderPage(p as unknown as PdfiumRenderer, heap, page, { width, height, sizeX, sizeY, offsetY }, (bgrx, stride) => bgrxToRgba(bgrx, stride, width, height));
  }

  return {
    crop,
    close() {
      p.FPDF_CloseDocument(doc);
      p.pdfium.wasmExports.free(data);
      p.pdfium.wasmExports.free(scratch);
    },
  };
}

/**
 * One place per quoted number, close together: the number found in the fewest places anchors the
 * region, and each other number is taken where it is nearest to what is chosen so far (a “0.00”
 * printed fifty times on a page is the one in the flagged row).
 */
function cluster(hits: Box[][][]): Box[][] {
  if (!hits.length) return [];
  const sorted = [...hits].sort((a, b) => a.length - b.length);
  const chosen: Box[][] = [sorted[0]![0]!];
  for (const places of sorted.slice(1)) {
    const c = union(chosen.flat());
    const cx = (c.left + c.right) / 2;
    const cy = (c.top + c.bottom) / 2;
    const dist = (place: Box[]) => {
      const b = union(place);
      return Math.abs((b.top + b.bottom) / 2 - cy) * 3 + Math.abs((b.left + b.right) / 2 - cx);
    };
    chosen.push(places.reduce((best, b) => (dist(b) < dist(best) ? b : best)));
  }
  return chosen;
}

function union(boxes: Box[]): Box {
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/** A 2-pixel red frame around a quoted number. */
function outline(rgba: Buffer, width: number, height: number, b: Box): void {
  const set = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const d = (y * width + x) * 4;
    rgba[d] = 220;
    rgba[d + 1] = 30;
    rgba[d + 2] = 30;
  };
  const [l, r, t, btm] = [Math.round(b.left), Math.round(b.right), Math.round(b.top), Math.round(b.bottom)];
  for (let k = 0; k < 2; k++) {
    for (let x = l; x <= r; x++) {
      set(x, t + k);
      set(x, btm - k);
    }
    for (let y = t; y <= btm; y++) {
      set(l + k, y);
      set(r - k, y);
    }
  }
}
