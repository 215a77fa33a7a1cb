import { acquirePdfium, type Pdfium } from "./pdfium-module.js";
import { drawForOcr, readPdfiumPage, Scratch, type PdfiumPage, type ScanImage } from "./pdfium-page.js";

/** FPDF_GetLastError codes worth a sentence. */
const ERR_FORMAT = 3;
const ERR_PASSWORD = 4;

/** PDFium could not open or read the document; `reason` is one line for the fallback diagnostic. */
export class PdfiumFailure extends Error {}

/** The document took longer than its time limit (checked between pages). */
export class PdfTimeout extends Error {}

/** What the PDFium pass hands to the shared layout: every page, in order. */
export interface PdfiumDocument {
  pages: PdfiumPage[];
  title?: string;
  /** Set when the document has more pages than allowed: how many; none was read. */
  unreadPages?: number;
}

/**
 * Reads every page of a PDF with PDFium. Synchronous inside: the deadline is checked between
 * pages, and a worker past its limit is terminated by the pool. Every page, the document, the
 * copy of the bytes and the scratch memory are released in `finally`; any failure marks the
 * instance broken, so the next document gets a fresh one.
 */
export async function readWithPdfium(bytes: Buffer, deadline: number, maxPages = Infinity): Promise<PdfiumDocument> {
  const pdfium = await acquirePdfium();
  pdfium.documents++;
  try {
    return readDocument(pdfium, bytes, deadline, maxPages);
  } catch (error) {
    if (!(error instanceof PdfTimeout) && !(error instanceof PdfiumFailure)) pdfium.broken = true;
    throw error;
  }
}

function readDocument({ fn }: Pdfium, bytes: Buffer, deadline: number, maxPages: number): PdfiumDocument {
  const data = fn.malloc(bytes.length);
  if (!data) throw new PdfiumFailure(`no memory for a ${bytes.length}-byte document`);
  let scratch: Scratch | undefined;
  let doc = 0;
  try {
    new Uint8Array(fn.memory.buffer, data, bytes.length).set(bytes);
    doc = fn.FPDF_LoadMemDocument(data, bytes.length, 0);
    if (!doc) {
      const code = fn.FPDF_GetLastError();
      throw new PdfiumFailure(code === ERR_PASSWORD ? "encrypted (password required)" : code === ERR_FORMAT ? "not a PDF or damaged" : `error ${code}`);
    }
    scratch = new Scratch(fn);
    const count = fn.FPDF_GetPageCount(doc);
    if (count > maxPages) return { pages: [], unreadPages: count }; // over the limit: no page is read
    const pages: PdfiumDocument["pages"] = [];
    for (let index = 0; index < count; index++) {
      if (Date.now() > deadline) throw new PdfTimeout(`page ${index + 1}`);
      const page = fn.FPDF_LoadPage(doc, index);
      // A page PDFium cannot load sends the whole file to pdf.js, which may read it.
      if (!page) throw new PdfiumFailure(`page ${index + 1} could not be loaded`);
      try {
        pages.push(readPdfiumPage(fn, scratch, page, index + 1));
      } finally {
        fn.FPDF_ClosePage(page);
      }
    }
    const title = readTitle(fn, scratch, doc);
    return { pages, ...(title ? { title } : {}) };
  } finally {
    if (doc) fn.FPDF_CloseDocument(doc);
    scratch?.free();
    fn.free(data);
  }
}

/**
 * One page (1-based) drawn in gray for OCR, `width` × `height` points as the text pass measured it.
 * The document is opened again for each page: only one page image is held at a time, however long
 * the scan.
 */
export async function drawPdfiumPage(bytes: Buffer, number: number, width: number, height: number): Promise<ScanImage> {
  const { fn } = await acquirePdfium();
  const data = fn.malloc(bytes.length);
  if (!data) throw new PdfiumFailure(`no memory for a ${bytes.length}-byte document`);
  let doc = 0;
  let page = 0;
  try {
    new Uint8Array(fn.memory.buffer, data, bytes.length).set(bytes);
    doc = fn.FPDF_LoadMemDocument(data, bytes.length, 0);
    if (!doc) throw new PdfiumFailure(`error ${fn.FPDF_GetLastError()}`);
    page = fn.FPDF_LoadPage(doc, number - 1);
    if (!page) throw new PdfiumFailure(`page ${number} could not be loaded`);
    return drawForOcr(fn, page, width, height);
  } finally {
    if (page) fn.FPDF_ClosePage(page);
    if (doc) fn.FPDF_CloseDocument(doc);
    fn.free(data);
  }
}

/** The Info dictionary's /Title (UTF-16LE from PDFium), trimmed; undefined when empty. */
function readTitle(fn: Pdfium["fn"], scratch: Scratch, doc: number): string | undefined {
  const tag = scratch.ptr;
  scratch.bytes(6).set([0x54, 0x69, 0x74, 0x6c, 0x65, 0]); // "Title\0"
  const length = fn.FPDF_GetMetaText(doc, tag, 0, 0);
  if (length <= 2) return undefined;
  const buffer = fn.malloc(length);
  if (!buffer) return undefined;
  try {
    fn.FPDF_GetMetaText(doc, tag, buffer, length);
    const text = Buffer.from(new Uint8Array(fn.memory.buffer, buffer, length - 2)).toString("utf16le").trim();
    return text || undefined;
  } finally {
    fn.free(buffer);
  }
}
