import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { PdfiumRenderer } from "./pdfium-render.js";

/**
 * The few PDFium C functions the extractor calls, taken straight from the WebAssembly exports.
 * The package's own wrappers (cwrap with Emscripten assertions on) cost more than the work on a
 * text-heavy page; raw exports take and return plain numbers: pointers into `memory`, handles, and
 * floats or doubles by value.
 */
export interface PdfiumExports extends PdfiumRenderer {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  PDFiumExt_Init(): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_CloseDocument(doc: number): void;
  FPDF_GetLastError(): number;
  FPDF_GetPageCount(doc: number): number;
  FPDF_GetMetaText(doc: number, tag: number, buffer: number, length: number): number;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDFPage_GetRotation(page: number): number;
  FPDFPage_GetMediaBox(page: number, left: number, bottom: number, right: number, top: number): number;
  FPDFPage_GetCropBox(page: number, left: number, bottom: number, right: number, top: number): number;
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, index: number): number;
  FPDFPageObj_GetType(object: number): number;
  FPDFPageObj_GetMatrix(object: number, matrix: number): number;
  FPDFFormObj_CountObjects(form: number): number;
  FPDFFormObj_GetObject(form: number, index: number): number;
  FPDFPath_CountSegments(path: number): number;
  FPDFPath_GetPathSegment(path: number, index: number): number;
  FPDFPath_GetDrawMode(path: number, fillMode: number, stroke: number): number;
  FPDFPathSegment_GetPoint(segment: number, x: number, y: number): number;
  FPDFPathSegment_GetType(segment: number): number;
  FPDFPathSegment_GetClose(segment: number): number;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(textPage: number): void;
  FPDFText_CountChars(textPage: number): number;
  FPDFText_GetUnicode(textPage: number, index: number): number;
  FPDFText_GetCharOrigin(textPage: number, index: number, x: number, y: number): number;
  FPDFText_GetLooseCharBox(textPage: number, index: number, rect: number): number;
  FPDFText_GetFontSize(textPage: number, index: number): number;
  FPDFText_GetMatrix(textPage: number, index: number, matrix: number): number;
  FPDFText_GetTextObject(textPage: number, index: number): number;
  FPDFTextObj_GetFont(textObject: number): number;
  FPDFFont_GetBaseFontName(font: number, buffer: number, length: number): number;
}

/** One loaded PDFium instance, with how much it has been used since it was started. */
export interface Pdfium {
  fn: PdfiumExports;
  documents: number;
  /** Set after any failure inside PDFium: its state can no longer be trusted. */
  broken: boolean;
}

/** A fresh instance after this many documents, or once its memory has grown past RECYCLE_BYTES. */
const RECYCLE_DOCUMENTS = 200;
/** WebAssembly memory only ever grows; an instance holding more than this is replaced. */
const RECYCLE_BYTES = 512 * 1024 * 1024;

const require = createRequire(import.meta.url);
let compiled: Promise<WebAssembly.Module> | undefined;
let current: Promise<Pdfium> | undefined;

/**
 * The compiled PDFium code, shared by every instance of this thread. A worker pool compiles it
 * once in the main thread and hands it to its workers (see `usePdfiumCode`): compiling 7 MB of
 * WebAssembly is most of the cost of starting an instance.
 */
export function pdfiumCode(): Promise<WebAssembly.Module> {
  compiled ??= WebAssembly.compile(readFileSync(require.resolve("@embedpdf/pdfium/pdfium.wasm")));
  return compiled;
}

/**
 * The code compiled synchronously, for a worker pool to hand to every worker it starts: V8 shares
 * one compiled module (and its optimised tiers) between the threads it is posted to.
 */
let compiledSync: WebAssembly.Module | undefined;
export function pdfiumCodeSync(): WebAssembly.Module {
  compiledSync ??= new WebAssembly.Module(readFileSync(require.resolve("@embedpdf/pdfium/pdfium.wasm")));
  return compiledSync;
}

/** Use code compiled elsewhere (the pool's main thread) instead of compiling it here. */
export function usePdfiumCode(code: WebAssembly.Module): void {
  compiled = Promise.resolve(code);
}

/**
 * The thread's PDFium instance, started on first use and replaced when it has read enough
 * documents, grown too large, or failed: WebAssembly memory is outside V8's heap, is not capped by
 * the worker's heap limit and never shrinks.
 */
export async function acquirePdfium(): Promise<Pdfium> {
  const instance = current && (await current.catch(() => undefined));
  if (instance && !instance.broken && instance.documents < RECYCLE_DOCUMENTS && instance.fn.memory.buffer.byteLength < RECYCLE_BYTES) {
    return instance;
  }
  current = startPdfium();
  return current;
}

async function startPdfium(): Promise<Pdfium> {
  const code = await pdfiumCode();
  const { init } = await import("@embedpdf/pdfium");
  let exports: PdfiumExports | undefined;
  await init({
    // Instantiate from the shared compiled code; Emscripten finishes its start-up from `receive`.
    instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => unknown) {
      void WebAssembly.instantiate(code, imports).then((instance) => {
        exports = instance.exports as unknown as PdfiumExports;
        receive(instance, code);
      });
      return {};
    },
    print: () => undefined,
    printErr: () => undefined,
  } as never);
  if (!exports) throw new Error("PDFium did not start");
  exports.PDFiumExt_Init();
  return { fn: exports, documents: 0, broken: false };
}
