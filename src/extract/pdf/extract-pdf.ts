import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { diagnostic } from "../../diagnostics/diagnostic.js";
import type { ExtractedDocument, ExtractOptions, Extractor, PdfEngine } from "../../model/document.js";
import { assembleBlocks } from "./assemble-blocks.js";
import { layoutPage, type PageLayout } from "./layout-page.js";
import { describeOpenError, openPdf, type PDFDocumentProxy } from "./open-pdf.js";
import { PdfTimeout, readWithPdfium } from "./pdfium-document.js";
import { countImages, readPage } from "./read-page.js";

/** A document taking longer than this is abandoned with an error (a hostile or broken file). */
const TIME_LIMIT_MS = 60_000;

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
    return await extractWithPdfium(bytes, deadline, maxPages);
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

async function extractWithPdfium(bytes: Buffer, deadline: number, maxPages: number): Promise<ExtractedDocument> {
  const read = await readWithPdfium(bytes, deadline, maxPages);
  if (read.unreadPages !== undefined) return overLimit(read.unreadPages);
  const diagnostics: Diagnostic[] = [];
  const layouts: PageLayout[] = [];
  for (const [index, page] of read.pages.entries()) {
    const n = index + 1;
    const layout = layoutPage(page.content);
    layouts.push(layout);
    // Only a page that paints something but has no text is a scan; a page with just the rules of an
    // empty table overflow (上海 财政局 2024 p14) or nothing at all is not.
    if (layout.itemCount === 0 && page.images > 0) {
      diagnostics.push(diagnostic("warning", "pdf-no-text-layer", `page ${n} has no text layer (scanned or image-only)`, { page: n }));
    }
  }
  return { format: "pdf", pages: read.pages.length, blocks: assembleBlocks(layouts), diagnostics, ...(read.title ? { metaTitle: read.title } : {}) };
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
