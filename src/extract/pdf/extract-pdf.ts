import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { diagnostic } from "../../diagnostics/diagnostic.js";
import type { ExtractedDocument, Extractor } from "../../model/document.js";
import { assembleBlocks } from "./assemble-blocks.js";
import { layoutPage, type PageLayout } from "./layout-page.js";
import { describeOpenError, openPdf, type PDFDocumentProxy } from "./open-pdf.js";
import { countImages, readPage } from "./read-page.js";

/** A document taking longer than this is abandoned with an error (a hostile or broken file). */
const TIME_LIMIT_MS = 60_000;

/**
 * PDF via pdf.js: positioned text and ruling lines per page → lines in reading order → paragraphs
 * and ruled tables. `line` numbers count every text line of the page from the top (table cells
 * included, furniture included), so a block's line is where its first line sits on the page.
 * Never throws: unreadable files come back with 0 pages and a `pdf-unreadable` error.
 */
export const extractPdf: Extractor = async (bytes) => {
  const task = openPdf(bytes);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up after ${TIME_LIMIT_MS / 1000}s`)), TIME_LIMIT_MS);
  });
  try {
    const pdf = await Promise.race([task.promise, timeout]);
    return await Promise.race([readDocument(pdf, bytes), timeout]);
  } catch (error) {
    return unreadable(describeOpenError(error));
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
};

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
  // Only a page that paints something but has no text is a scan; a page with just the rules of an
  // empty table overflow (上海 财政局 2024 p14) or nothing at all is not.
  for (const n of await pagesWithImages(bytes, textless)) {
    diagnostics.push(diagnostic("warning", "pdf-no-text-layer", `page ${n} has no text layer (scanned or image-only)`, { page: n }));
  }
  diagnostics.sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
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
