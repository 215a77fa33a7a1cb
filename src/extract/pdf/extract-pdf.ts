import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { diagnostic } from "../../diagnostics/diagnostic.js";
import type { ExtractedDocument, ExtractOptions, Extractor, PdfEngine } from "../../model/document.js";
import { assembleBlocks } from "./assemble-blocks.js";
import { layoutPage, type PageLayout } from "./layout-page.js";
import { describeOpenError, openPdf, type PDFDocumentProxy } from "./open-pdf.js";
import { drawPdfiumPage, PdfTimeout, readWithPdfium } from "./pdfium-document.js";
import type { PdfiumPage } from "./pdfium-page.js";
import type { PageContent } from "./read-page.js";
import { paddleEngine, type OcrEngine } from "../ocr/paddle.js";
import { readScan } from "../ocr/read-scan.js";
import { countImages, readPage } from "./read-page.js";

/** A document taking longer than this is abandoned with an error (a hostile or broken file). */
const TIME_LIMIT_MS = 60_000;
/** OCR of one page taking longer than this is abandoned (the page stays without text, with a warning): far
 * above the second or two a page takes, below the batch's time limit, which each OCR'd page restarts. */
const OCR_PAGE_LIMIT_MS = 90_000;

/** The engine used when none is asked for. */
export const DEFAULT_PDF_ENGINE: PdfEngine = "pdfium";

/**
 * PDF → positioned text and ruling lines per page → lines in reading order → paragraphs and ruled
 * tables. `line` numbers count every text line of the page from the top (table cells included,
 * furniture included), so a block's line is where its first line sits on the page.
 *
 * Two engines read the pages: PDFium (WebAssembly, the default, several times faster) and pdf.js.
 * A file PDFium refuses or fails on is read again with pdf.js, with an info diagnostic saying so.
 * Never throws: unreadable files come back with 0 pages and a `pdf-unreadable` error.
 */
export const extractPdf: Extractor = async (bytes, _path, options?: ExtractOptions) => {
  const engine = options?.pdfEngine ?? DEFAULT_PDF_ENGINE;
  const maxPages = options?.maxPages ?? Infinity;
  if (engine === "pdfjs") return extractWithPdfjs(bytes, maxPages);
  const deadline = Date.now() + TIME_LIMIT_MS;
  try {
    return await extractWithPdfium(bytes, deadline, maxPages, options);
  } catch (error) {
    if (error instanceof PdfTimeout) return unreadable(`gave up after ${TIME_LIMIT_MS / 1000}s`);
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    const doc = await extractWithPdfjs(bytes, maxPages);
    // When pdf.js cannot read it either, its reason (encrypted, not a PDF…) is the one to report.
    if (doc.pages === 0) return doc;
    const note = diagnostic("info", "pdf-engine-fallback", `PDFium could not read this file (${reason}); read with pdf.js instead`);
    return { ...doc, diagnostics: [note, ...doc.diagnostics] };
  }
};

async function extractWithPdfium(bytes: Buffer, deadline: number, maxPages: number, options?: ExtractOptions): Promise<ExtractedDocument> {
  const read = await readWithPdfium(bytes, deadline, maxPages);
  if (read.unreadPages !== undefined) return overLimit(read.unreadPages);
  const diagnostics: Diagnostic[] = [];
  const layouts: PageLayout[] = [];
  const ocr = new OcrPass(bytes, read.pages.length, options);
  for (const [index, page] of read.pages.entries()) {
    const n = index + 1;
    const layout = layoutPage(await ocr.contentOf(page, diagnostics));
    layouts.push(layout);
    // Only a page that paints something but has no text is a scan; a page with just the rules of an
    // empty table overflow (上海 财政局 2024 p14) or nothing at all is not.
    if (layout.itemCount === 0 && page.images > 0 && !ocr.blank.has(n)) {
      diagnostics.push(diagnostic("warning", "pdf-no-text-layer", `page ${n} has no text layer (scanned or image-only)`, { page: n }));
    }
  }
  // A blank page among read ones is a blank page; a scan where OCR found nothing at all still has no text.
  if (layouts.every((l) => l.itemCount === 0)) {
    for (const n of ocr.blank) diagnostics.push(diagnostic("warning", "pdf-no-text-layer", `page ${n} has no text layer (scanned or image-only), and OCR found no text on it`, { page: n }));
    diagnostics.sort((a, b) => (a.place?.page ?? 0) - (b.place?.page ?? 0));
  }
  const summary = ocr.summary();
  if (summary) diagnostics.push(summary);
  return { format: "pdf", pages: read.pages.length, blocks: assembleBlocks(layouts), diagnostics, ...(read.title ? { metaTitle: read.title } : {}) };
}

/**
 * OCR of the pages that paint an image but have no text (`--ocr auto`): each is drawn in gray and
 * read by the OCR engine into the same content a text layer gives. The engine loads on the first
 * such page, once per worker. A page whose OCR fails or runs out of time keeps no text, with a
 * warning; the document gets one `pdf-ocr` info diagnostic (pages, engine, mean confidence).
 */
class OcrPass {
  private engine: OcrEngine | undefined;
  private pages = 0;
  private characters = 0;
  private confidenceSum = 0;
  /** Pages OCR read and found no text on (a blank or picture-only page, not a missing text layer). */
  readonly blank = new Set<number>();

  constructor(private readonly bytes: Buffer, private readonly pageCount: number, private readonly options?: ExtractOptions) {}

  async contentOf(page: PdfiumPage, diagnostics: Diagnostic[]): Promise<PageContent> {
    const content = page.content;
    if (this.options?.ocr === "off" || content.items.length > 0 || page.images === 0) return content;
    const n = content.number;
    try {
      const image = await drawPdfiumPage(this.bytes, n, content.width, content.height);
      this.engine ??= await paddleEngine();
      const reading = await readScan(this.engine, image, n, Date.now() + (this.options?.ocrPageLimitMs ?? OCR_PAGE_LIMIT_MS));
      this.pages++;
      if (!reading.content.items.length) this.blank.add(n);
      this.characters += reading.characters;
      this.confidenceSum += reading.confidence * reading.characters;
      this.options?.onOcrPage?.(n, this.pageCount);
      return reading.content;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      diagnostics.push(diagnostic("warning", "pdf-ocr-failed", `page ${n}: OCR failed (${reason})`, { page: n }));
      return content;
    }
  }

  summary(): Diagnostic | undefined {
    if (!this.pages || !this.engine) return undefined;
    const mean = this.characters ? this.confidenceSum / this.characters : 0;
    const blank = this.blank.size ? `, ${this.blank.size} of them without any text` : "";
    return diagnostic(
      "info",
      "pdf-ocr",
      `${this.pages} page(s) without a text layer read by OCR (${this.engine.name}, mean confidence ${mean.toFixed(3)}${blank}); figures read by OCR count only where the tables' arithmetic confirms them`,
    );
  }
}

/** The pdf.js engine: slower, kept for files PDFium cannot read and as `--pdf-engine pdfjs`. */
async function extractWithPdfjs(bytes: Buffer, maxPages = Infinity): Promise<ExtractedDocument> {
  const task = openPdf(bytes);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up after ${TIME_LIMIT_MS / 1000}s`)), TIME_LIMIT_MS);
  });
  try {
    const pdf = await Promise.race([task.promise, timeout]);
    if (pdf.numPages > maxPages) return overLimit(pdf.numPages);
    return await Promise.race([readDocument(pdf, bytes), timeout]);
  } catch (error) {
    return unreadable(describeOpenError(error));
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

/** A document over the page limit, counted but not read: the pipeline records it as failed. */
function overLimit(pages: number): ExtractedDocument {
  return { format: "pdf", pages, blocks: [], diagnostics: [] };
}

async function readDocument(pdf: PDFDocumentProxy, bytes: Buffer): Promise<ExtractedDocument> {
  const diagnostics: Diagnostic[] = [];
  const layouts: PageLayout[] = [];
  const textless: number[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    try {
      const page = await pdf.getPage(n);
      const layout = layoutPage(await readPage(page));
      page.cleanup();
      if (layout.itemCount === 0) textless.push(n);
      layouts.push(layout);
    } catch (error) {
      diagnostics.push(diagnostic("warning", "pdf-page-unreadable", `page ${n}: ${describeOpenError(error)}`, { page: n }));
    }
  }
  // Only a page that paints something but has no text is a scan (see extractWithPdfium).
  for (const n of await pagesWithImages(bytes, textless)) {
    diagnostics.push(diagnostic("warning", "pdf-no-text-layer", `page ${n} has no text layer (scanned or image-only)`, { page: n }));
  }
  diagnostics.sort((a, b) => (a.place?.page ?? 0) - (b.place?.page ?? 0));
  const metaTitle = await readTitle(pdf);
  return { format: "pdf", pages: pdf.numPages, blocks: assembleBlocks(layouts), diagnostics, ...(metaTitle ? { metaTitle } : {}) };
}

/**
 * Which of these pages paint an image. The main pass leaves images out of the operator lists, so
 * the few pages without text are read again from a second copy of the document that keeps them.
 */
async function pagesWithImages(bytes: Buffer, pages: number[]): Promise<number[]> {
  if (!pages.length) return [];
  const task = openPdf(bytes, { images: true });
  const found: number[] = [];
  try {
    const pdf = await task.promise;
    for (const n of pages) {
      const page = await pdf.getPage(n);
      if ((await countImages(page)) > 0) found.push(n);
      page.cleanup();
    }
  } catch {
    // The main pass read these pages; a second reading that fails only loses the scan warning.
  } finally {
    await task.destroy().catch(() => undefined);
  }
  return found;
}

async function readTitle(pdf: PDFDocumentProxy): Promise<string | undefined> {
  const meta = await pdf.getMetadata().catch(() => undefined);
  const title = (meta?.info as { Title?: unknown } | undefined)?.Title;
  return typeof title === "string" && title.trim() ? title.trim() : undefined;
}

function unreadable(message: string): ExtractedDocument {
  return { format: "pdf", pages: 0, blocks: [], diagnostics: [diagnostic("error", "pdf-unreadable", message)] };
}
