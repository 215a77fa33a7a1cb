import { extname } from "node:path";
import type { ExtractedDocument, ExtractOptions, Extractor, Format } from "../model/document.js";
import { cleanBlocks } from "./clean-blocks.js";

/**
 * Extractors by format, each loaded on first use: a worker reading PDFs never pays for the
 * HTML, Word and Excel libraries (a third of a second per worker). Each format's folder owns its
 * extractor; this file only wires them.
 */
const extractors: Partial<Record<Format, () => Promise<Extractor>>> = {
  txt: async () => (await import("./text/extract-text.js")).extractText,
  pdf: async () => (await import("./pdf/extract-pdf.js")).extractPdf,
  html: async () => (await import("./html/extract-html.js")).extractHtml,
  docx: async () => (await import("./docx/extract-docx.js")).extractDocx,
  xlsx: async () => (await import("./xlsx/extract-workbook.js")).extractWorkbook,
  xls: async () => (await import("./xlsx/extract-workbook.js")).extractWorkbook,
  doc: async () => (await import("./doc/extract-doc.js")).extractDoc,
};

const extensions: Record<string, Format> = {
  ".txt": "txt",
  ".text": "txt",
  ".docx": "docx",
  ".pdf": "pdf",
  ".html": "html",
  ".htm": "html",
  ".doc": "doc",
  ".xls": "xls",
  ".xlsx": "xlsx",
};

export const supportedExtensions = Object.keys(extensions);

/** The format a file is in: by its leading bytes where they are decisive, else by extension. */
export function detectFormat(path: string, bytes: Buffer): Format | undefined {
  const byExtension = extensions[extname(path).toLowerCase()];
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf";
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) return byExtension === "xlsx" ? "xlsx" : byExtension === "docx" ? "docx" : byExtension;
  const isOle = bytes.subarray(0, 8).toString("hex") === "d0cf11e0a1b11ae1";
  if (isOle) return byExtension === "xls" ? "xls" : byExtension === "doc" ? "doc" : byExtension;
  return byExtension;
}

export async function extract(format: Format, bytes: Buffer, path: string, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const load = extractors[format];
  if (!load) {
    return {
      format,
      pages: 0,
      blocks: [],
      diagnostics: [{ severity: "error", ruleId: "format-unsupported", message: `no extractor for .${format} files yet` }],
    };
  }
  const doc = await (await load())(bytes, path, options);
  return { ...doc, blocks: cleanBlocks(doc.blocks) };
}
