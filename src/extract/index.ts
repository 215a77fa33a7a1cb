import { extname } from "node:path";
import type { ExtractedDocument, ExtractOptions, Extractor, Format } from "../model/document.js";
import { cleanBlocks } from "./clean-blocks.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";

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

/**
 * The format a file is in: by its content where the content says (crawled folders hold HTML pages
 * saved as `.pdf`, workbooks named `.docx`), else by its extension. Content that is not a document
 * (an image, random bytes) keeps its extension's format, and the pipeline refuses it from there.
 */
export function detectFormat(path: string, bytes: Buffer): Format | undefined {
  const byExtension = extensions[extname(path).toLowerCase()];
  // A PDF's header may follow some junk bytes (readers look through the first kilobyte).
  const pdfAt = bytes.subarray(0, 1024).indexOf("%PDF-", 0, "latin1");
  if (pdfAt === 0 || (pdfAt > 0 && byExtension === "pdf")) return "pdf";
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) return zipFormat(bytes, byExtension) ?? byExtension;
  const isOle = bytes.subarray(0, 8).toString("hex") === "d0cf11e0a1b11ae1";
  if (isOle) return oleFormat(bytes, byExtension) ?? byExtension;
  // SheetJS reads an HTML table saved as .xls/.xlsx itself; other extractors need the HTML reader.
  if (byExtension !== "xls" && byExtension !== "xlsx" && looksLikeHtml(bytes)) return "html";
  if ((byExtension === "pdf" || byExtension === "doc" || byExtension === "docx") && isPlainText(bytes)) return "txt";
  return byExtension;
}

/** A zip is a .docx when it holds word/document.xml, an .xlsx when it holds xl/workbook.xml. */
function zipFormat(bytes: Buffer, byExtension: Format | undefined): Format | undefined {
  const word = bytes.includes("word/document.xml", 0, "latin1");
  const excel = bytes.includes("xl/workbook.xml", 0, "latin1");
  if (word && excel) return byExtension;
  return word ? "docx" : excel ? "xlsx" : byExtension === "docx" || byExtension === "xlsx" ? byExtension : undefined;
}

/** An OLE compound file is a .doc when it holds a WordDocument stream, an .xls when a Workbook (or Book) one. */
function oleFormat(bytes: Buffer, byExtension: Format | undefined): Format | undefined {
  const stream = (name: string) => bytes.includes(Buffer.from(name, "utf16le"));
  const word = stream("WordDocument");
  const excel = stream("Workbook") || stream("Book\u0000");
  if (word && excel) return byExtension;
  return word ? "doc" : excel ? "xls" : byExtension === "doc" || byExtension === "xls" ? byExtension : undefined;
}

/** Markup that opens like a web page: `<!DOCTYPE html>`, `<html>`, `<head>`, `<meta …>` after a BOM or spaces. */
function looksLikeHtml(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 2048).toString("latin1").replace(/^\xef\xbb\xbf/, "").trimStart().toLowerCase();
  if (!head.startsWith("<")) return false;
  return /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>)/.test(head);
}

/**
 * Text, not binary: no NUL byte and almost no control bytes in the first 8 KB (the text reader then
 * finds its encoding). Images, archives and random bytes all have both.
 */
function isPlainText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.length === 0 || head.includes(0)) return false;
  const controls = head.toString("latin1").match(/[\x01-\x08\x0e-\x1a\x1c-\x1f]/g)?.length ?? 0;
  return controls <= head.length / 100;
}

/** "read as HTML: the content is HTML, not .pdf as its name says" when the content decided. */
function contentNote(format: Format, path: string): Diagnostic[] {
  const ext = extname(path).toLowerCase();
  const named = extensions[ext];
  if (!named || named === format) return [];
  return [diagnostic("info", "format-by-content", `read as .${format}: the content is ${format.toUpperCase()}, not ${ext} as the file name says`)];
}

export async function extract(format: Format, bytes: Buffer, path: string, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const load = extractors[format];
  if (!load) {
    return {
      format,
      pages: 0,
      blocks: [],
      diagnostics: [diagnostic("error", "format-unsupported", `no extractor for .${format} files yet`)],
    };
  }
  const doc = await (await load())(bytes, path, options);
  return { ...doc, blocks: cleanBlocks(doc.blocks), diagnostics: [...contentNote(format, path), ...doc.diagnostics] };
}
