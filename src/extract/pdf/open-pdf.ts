import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

// pdfjs-dist comes with pdf-parse (which pins 5.4.296); resolve its data folders from the package
// itself so they are found wherever npm hoisted it. Without the CMaps, PDFs whose CJK fonts are not
// embedded (Adobe-GB1 encodings) come back with no text at all.
const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));
// In Node pdf.js reads these "URLs" with fs.readFile, so they are plain folder paths.
const CMAP_URL = join(pdfjsRoot, "cmaps") + "/";
const STANDARD_FONTS_URL = join(pdfjsRoot, "standard_fonts") + "/";

/** Starts loading a PDF from memory with everything pdf.js needs available offline. */
export function openPdf(bytes: Buffer): PDFDocumentLoadingTask {
  return pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given; hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_URL,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    stopAtErrors: false,
  });
}

/** A one-line reason a PDF could not be opened, for the `pdf-unreadable` diagnostic. */
export function describeOpenError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") return "encrypted PDF (password required)";
  if (name === "InvalidPDFException") return `not a valid PDF (${message})`;
  if (name === "MissingPDFException") return "empty or missing PDF";
  return `unreadable PDF: ${message.split("\n")[0]}`;
}

export type { PDFDocumentProxy };
