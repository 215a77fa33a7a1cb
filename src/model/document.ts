import { z } from "zod";
import { DiagnosticSchema } from "../diagnostics/diagnostic.js";

/**
 * The document model every extractor produces (after docling-core's DoclingDocument, simplified):
 * a flat sequence of blocks in reading order, each with its provenance. `page` is 1-based (1 for
 * formats without pages); `line` is the 1-based line of the extracted text — within the page for
 * PDFs, within the whole text otherwise — so `yusuan show` and a reader agree on where a thing is.
 */
export const PlaceSchema = z.object({
  page: z.number().int().positive(),
  line: z.number().int().positive(),
});
export type Place = z.infer<typeof PlaceSchema>;

/**
 * Text read by OCR from a page image rather than from a text layer. `confidence` is the engine's
 * mean confidence (0–1) over the characters of the block or cell; `uncertain` lists the offsets in
 * `text` of characters read with low confidence (where a repair may look). Figures from such text
 * are trusted only where the document's own arithmetic confirms them (issue 13).
 */
export const OcrMarkSchema = z.object({
  engine: z.string(),
  confidence: z.number().min(0).max(1),
  uncertain: z.array(z.number().int().nonnegative()).optional(),
});
export type OcrMark = z.infer<typeof OcrMarkSchema>;

/** Layout hints an extractor may know; the recogniser uses them, never requires them. */
export const StyleSchema = z.object({
  /** Heading level from the source markup (HTML h1–h6, Word "Heading N" styles). */
  headingLevel: z.number().int().min(1).max(9).optional(),
  bold: z.boolean().optional(),
  /** Font size relative to the page's body text (1 = body size). */
  relativeSize: z.number().optional(),
  centered: z.boolean().optional(),
});
export type Style = z.infer<typeof StyleSchema>;

export const TextBlockSchema = PlaceSchema.extend({
  type: z.literal("text"),
  text: z.string(),
  style: StyleSchema.optional(),
  ocr: OcrMarkSchema.optional(),
});
export type TextBlock = z.infer<typeof TextBlockSchema>;

export const CellSchema = PlaceSchema.extend({
  text: z.string(),
  rowSpan: z.number().int().positive().default(1),
  colSpan: z.number().int().positive().default(1),
  /** True when the source marks it as a header cell (<th>); the recogniser also infers headers. */
  header: z.boolean().optional(),
  ocr: OcrMarkSchema.optional(),
});
export type Cell = z.input<typeof CellSchema>;

/**
 * A table as printed: rows of cells, HTML-like (a merged cell appears once with its spans; the
 * normaliser expands it into every grid position it covers). `caption` is a title the extractor
 * knows for certain (an Excel sheet name, a <caption>); otherwise the recogniser looks at the
 * text blocks just before the table for its title and unit (单位：万元).
 */
export const TableBlockSchema = PlaceSchema.extend({
  type: z.literal("table"),
  rows: z.array(z.array(CellSchema)),
  pageLast: z.number().int().positive(),
  caption: z.string().optional(),
  /** Unit the extractor read for this table itself (e.g. a 单位 line inside the grid or sheet). */
  unit: z.string().optional(),
  /** "此表为空" / "本部门无相关收支项目": the table is present but deliberately empty. */
  emptyNote: z.string().optional(),
  /** Set when the table was read by OCR (its cells carry their own marks). */
  ocr: OcrMarkSchema.optional(),
});
export type TableBlock = z.input<typeof TableBlockSchema>;

export const BlockSchema = z.discriminatedUnion("type", [TextBlockSchema, TableBlockSchema]);
export type Block = TextBlock | TableBlock;

export const FormatSchema = z.enum(["txt", "docx", "pdf", "html", "doc", "xls", "xlsx"]);
export type Format = z.infer<typeof FormatSchema>;

/** What an extractor returns: the blocks and what it noticed on the way. */
export const ExtractedDocumentSchema = z.object({
  format: FormatSchema,
  pages: z.number().int().nonnegative(),
  blocks: z.array(BlockSchema),
  diagnostics: z.array(DiagnosticSchema),
  /** Title from document metadata (PDF Info, HTML <title>), if any; the cover text usually wins. */
  metaTitle: z.string().optional(),
});
export type ExtractedDocument = z.input<typeof ExtractedDocumentSchema>;

/** An extractor turns the bytes of one file into the model. It must not throw for bad input:
 *  return a document with an `error` diagnostic instead. */
export type Extractor = (bytes: Buffer, path: string, options?: ExtractOptions) => Promise<ExtractedDocument>;

/** Which library reads PDFs: PDFium (WebAssembly, the default) or pdf.js. */
export type PdfEngine = "pdfium" | "pdfjs";

/** OCR of pages without a text layer: `auto` (the default) reads them, `off` leaves them empty. */
export type OcrMode = "auto" | "off";

export interface ExtractOptions {
  pdfEngine?: PdfEngine;
  ocr?: OcrMode;
  /** Called after each page read by OCR, with its number and the document's page count (progress on long scans). */
  onOcrPage?: (page: number, pages: number) => void;
  /** OCR of one page is abandoned after this long (default 90 s; the batch keeps it below its own time limit). */
  ocrPageLimitMs?: number;
  /** A document with more pages is not read: it comes back with its page count and no blocks. */
  maxPages?: number;
}
