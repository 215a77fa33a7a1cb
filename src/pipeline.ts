import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { runChecks } from "./checks/index.js";
import { trustOcrReadings } from "./checks/ocr-trust.js";
import { diagnostic, type Diagnostic } from "./diagnostics/diagnostic.js";
import { detectFormat, extract } from "./extract/index.js";
import { ExtractedDocumentSchema, type OcrMode, type PdfEngine } from "./model/document.js";
import { DocumentRecordsSchema, type DocumentInfo, type DocumentRecords } from "./model/records.js";
import { recogniseDocument } from "./recognise/recognise-document.js";
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, NO_TEXT_OCR_OFF } from "./limits.js";

export interface ProcessOptions {
  /** Files larger than this are recorded as failed without being read (default 200 MB). */
  maxBytes?: number;
  /** Documents with more pages than this are recorded as failed (default 5,000): a bound on work and memory. */
  maxPages?: number;
  /** Which engine reads PDFs (default PDFium; pdf.js takes over for a file PDFium cannot read). */
  pdfEngine?: PdfEngine;
  /** OCR of scanned pages (default auto: pages without a text layer are read by OCR). */
  ocr?: OcrMode;
  /** Called after each page read by OCR (the batch reports progress and extends the time limit). */
  onOcrPage?: (page: number, pages: number) => void;
  /** OCR of one page is abandoned after this long (the batch keeps it below its per-document limit). */
  ocrPageLimitMs?: number;
}

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES };

/**
 * One file → its records: detect → extract → recognise → normalise → check. Never throws for bad
 * input: a file that cannot be read becomes a `failed` document with a one-line error.
 */
export async function processFile(path: string, options: ProcessOptions = {}): Promise<DocumentRecords> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size = 0;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    return failedRecords(path, null, "unknown", 0, `cannot read the file: ${reason(error)}`);
  }
  if (size > maxBytes) return failedRecords(path, null, "unknown", size, `file is ${mb(size)} MB, over the ${mb(maxBytes)} MB limit`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return failedRecords(path, null, "unknown", size, `cannot read the file: ${reason(error)}`);
  }
  return processBytes(path, bytes, options);
}

export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function processBytes(path: string, bytes: Buffer, options: ProcessOptions = {}): Promise<DocumentRecords> {
  const hash = sha256(bytes);
  if (bytes.length === 0) return failedRecords(path, hash, "unknown", 0, "the file is empty");
  const format = detectFormat(path, bytes);
  if (!format) return failedRecords(path, hash, "unknown", bytes.length, "unsupported file type");
  const impostor = wrongContent(format, bytes);
  if (impostor) return failedRecords(path, hash, format, bytes.length, impostor);
  let extracted;
  try {
    extracted = ExtractedDocumentSchema.parse(await extract(format, bytes, path, {
      ...(options.pdfEngine && { pdfEngine: options.pdfEngine }),
      ...(options.ocr && { ocr: options.ocr }),
      ...(options.onOcrPage && { onOcrPage: options.onOcrPage }),
      ...(options.ocrPageLimitMs && { ocrPageLimitMs: options.ocrPageLimitMs }),
      maxPages: options.maxPages ?? DEFAULT_MAX_PAGES,
    }));
  } catch (error) {
    return failedRecords(path, hash, format, bytes.length, `could not extract: ${reason(error)}`);
  }
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (extracted.pages > maxPages) {
    return failedRecords(path, hash, format, bytes.length, `document has ${extracted.pages} pages, over the ${maxPages}-page limit`, [], extracted.pages);
  }
  const fatal = extracted.diagnostics.find((d) => d.severity === "error");
  if (fatal || (extracted.blocks.length === 0 && !isTextless(extracted.diagnostics))) {
    const message = fatal?.message ?? "no text could be extracted";
    return failedRecords(path, hash, format, bytes.length, message, extracted.diagnostics, extracted.pages);
  }
  const recognised = recogniseDocument(extracted, path);
  const { meta } = recognised;
  const diagnostics: Diagnostic[] = [...extracted.diagnostics, ...recognised.diagnostics];
  if (meta.docKind === "unknown" && recognised.figures.every((f) => f.metric === null)) {
    diagnostics.push(diagnostic("info", "not-a-disclosure", "no budget or final-account wording found: is this a disclosure?"));
  }
  const partial = extracted.diagnostics.some((d) => d.severity === "warning");
  // A scanned PDF is read (its pages counted, the missing text layer recorded) but holds no text
  // yet: status partial, with the reason in `error` so a user sees why it has no figures.
  const textless = extracted.blocks.length === 0 ? textlessReason(extracted.diagnostics, options.ocr) : null;
  const document: DocumentInfo = {
    path,
    sha256: hash,
    format,
    title: meta.title,
    department: meta.department,
    fiscalYear: meta.fiscalYear,
    docKind: meta.docKind,
    scope: meta.scope,
    status: partial ? "partial" : "ok",
    error: textless ?? (partial ? extracted.diagnostics.find((d) => d.severity === "warning")!.message : null),
    pages: extracted.pages,
    sizeBytes: bytes.length,
  };
  // What OCR read is trusted only where the document's arithmetic confirms it (checks/ocr-trust.ts).
  const input = trustOcrReadings({ document, sections: recognised.sections, tables: recognised.tables, lineItems: recognised.lineItems, figures: recognised.figures, diagnostics });
  const checked = DocumentRecordsSchema.safeParse({ ...input, flags: runChecks(input) });
  if (checked.success) return checked.data;
  // A record that breaks the schema is our bug, not the file's: say where, in one line, and go on.
  const issue = checked.error.issues[0];
  const where = issue ? `${issue.path.join(".")}: ${issue.message}` : "unknown field";
  return failedRecords(path, hash, format, bytes.length, `internal error: a record failed validation (${where})`, diagnostics, extracted.pages);
}

/** A file whose bytes are plainly another format than its extension says (a JPEG named .pdf). */
function wrongContent(format: string, bytes: Buffer): string | undefined {
  const magic: Array<[string, (b: Buffer) => boolean]> = [
    ["a JPEG image", (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
    ["a PNG image", (b) => b.subarray(0, 8).toString("hex") === "89504e470d0a1a0a"],
    ["a GIF image", (b) => b.subarray(0, 4).toString("latin1") === "GIF8"],
    ["a zip archive", (b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04],
    ["a PDF", (b) => b.subarray(0, 5).toString("latin1") === "%PDF-"],
  ];
  const actual = magic.find(([, test]) => test(bytes))?.[0];
  const expected = format === "pdf" ? "a PDF" : format === "docx" || format === "xlsx" ? "a zip archive" : undefined;
  if (!actual || actual === expected) return undefined;
  if (format === "pdf" || format === "docx" || format === "xlsx" || format === "txt" || format === "html") return `not a .${format} file: the content is ${actual} (wrong extension?)`;
  return undefined;
}

/** Why a scanned document has no text: OCR was off, or it read nothing. */
function textlessReason(diagnostics: Diagnostic[], ocr: OcrMode | undefined): string {
  if (ocr === "off") return NO_TEXT_OCR_OFF;
  if (diagnostics.some((d) => d.ruleId === "pdf-ocr-failed")) return "no text layer on any page (scanned or image-only), and OCR failed on its pages";
  return "no text layer on any page (scanned or image-only), and OCR found no text on its pages";
}

function isTextless(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some((d) => d.ruleId === "pdf-no-text-layer" || d.ruleId === "pdf-ocr");
}

export function failedRecords(
  path: string,
  hash: string | null,
  format: DocumentInfo["format"],
  size: number,
  message: string,
  diagnostics: Diagnostic[] = [],
  pages = 0,
): DocumentRecords {
  return {
    document: { path, sha256: hash ?? "", format, title: null, department: null, fiscalYear: null, docKind: "unknown", scope: null, status: "failed", error: message, pages, sizeBytes: size },
    sections: [],
    tables: [],
    lineItems: [],
    figures: [],
    flags: [],
    diagnostics: diagnostics.length ? diagnostics : [diagnostic("error", "file-unreadable", message)],
  };
}

/** A one-line reason for a file-system or parser error (no stack, no path repeated). */
export function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "no such file";
  if (e?.code === "EACCES") return "permission denied";
  if (e?.code === "EISDIR") return "is a directory";
  return e instanceof Error ? e.message.split("\n")[0]! : String(error);
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}
