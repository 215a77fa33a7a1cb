import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as pdfjs from "./pdfjs.js";
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from "./pdfjs.js";

// pdfjs-dist comes with pdf-parse (which pins 5.4.296); resolve its data folders from the package
// itself so they are found wherever npm hoisted it. Without the CMaps, PDFs whose CJK fonts are not
// embedded (Adobe-GB1 encodings) come back with no text at all.
const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));
// In Node pdf.js reads these "URLs" with fs.readFile, so they are plain folder paths.
const CMAP_URL = join(pdfjsRoot, "cmaps") + "/";
const STANDARD_FONTS_URL = join(pdfjsRoot, "standard_fonts") + "/";

/**
 * Where pdf.js "installs" the fonts it loads: nowhere. With `disableFontFace` (pdf.js's default in
 * Node) the worker turns every glyph it meets into a path for canvas drawing, a third of the time
 * spent on a page; we never draw. With font faces enabled it instead hands each font to this
 * document as a CSS @font-face rule, which is dropped (Node loads fonts "synchronously", so pdf.js
 * waits for nothing).
 */
const FONT_SINK = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

/**
 * Starts loading a PDF from memory with everything pdf.js needs available offline. Images are left
 * out of operator lists (not even decoded) unless `images` is set: only a page without text needs
 * to know whether it paints one (a scan).
 */
export function openPdf(bytes: Buffer, { images = false }: { images?: boolean } = {}): PDFDocumentLoadingTask {
  return pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given; hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_URL,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    stopAtErrors: false,
    disableFontFace: false,
    maxImageSize: images ? -1 : 0,
    useSystemFonts: false,
    ownerDocument: FONT_SINK as unknown as Document,
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
