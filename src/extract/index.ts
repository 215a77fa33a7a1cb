import { extname } from "node:path";
import type { ExtractedDocument, ExtractOptions, Extractor, Format } from "../model/document.js";
import { extractText } from "./text/extract-text.js";
import { extractPdf } from "./pdf/extract-pdf.js";
import { extractHtml } from "./html/extract-html.js";
import { extractDocx } from "./docx/extract-docx.js";
import { extractWorkbook } from "./xlsx/extract-workbook.js";
import { extractDoc } from "./doc/extract-doc.js";
import { cleanBlocks } from "./clean-blocks.js";

/** Extractors by format. Each format's folder owns its extractor; this file only wires them. */
const extractors: Partial<Record<Format, Extractor>> = {
  txt: extractText,
  pdf: extractPdf,
  html: extractHtml,
  docx: extractDocx,
  xlsx: extractWorkbook,
  xls: extractWorkbook,
  doc: extractDoc,
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
  const extractor = extractors[format];
  if (!extractor) {
    return {
      format,
      pages: 0,
      blocks: [],
      diagnostics: [{ severity: "error", ruleId: "format-unsupported", message: `no extractor for .${format} files yet` }],
    };
  }
  const doc = await extractor(bytes, path, options);
  return { ...doc, blocks: cleanBlocks(doc.blocks) };
}
