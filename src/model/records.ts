import { z } from "zod";
import { DiagnosticSchema, MessageSchema, type Message } from "../diagnostics/diagnostic.js";
import { FormatSchema, OcrMarkSchema } from "./document.js";
import { ColumnRecordSchema, MetricSchema, RowRecordSchema, ScopeSchema, TableKindSchema } from "./typed-table.js";

/**
 * What OCR made of a figure or line item (issue 13): the engine and its confidence, and whether the
 * document's own arithmetic confirmed the reading (`confirmed`), corrected one low-confidence digit
 * of it (`repaired`: exactly one reading made the identities hold), or could not (`unconfirmed`:
 * the figure carries no metric). Absent on everything read from a text layer.
 */
export const OcrTrustSchema = z.enum(["confirmed", "repaired", "unconfirmed"]);
export type OcrTrust = z.infer<typeof OcrTrustSchema>;
export const OcrReadingSchema = z.object({
  engine: z.string(),
  confidence: z.number().min(0).max(1),
  trust: OcrTrustSchema.optional(),
});
export type OcrReading = z.infer<typeof OcrReadingSchema>;

/**
 * The records of one document after recognition and normalisation: exactly what the store writes.
 * Cross-references are array indexes (`sectionIndex`, `tableIndex`, a flag's `figures`); the store
 * turns them into row ids inside the document's transaction.
 */
export const DocKindSchema = z.enum(["budget", "final_account", "unknown"]);
export const StatusSchema = z.enum(["ok", "partial", "failed"]);

export const DocumentInfoSchema = z.object({
  path: z.string(),
  sha256: z.string(),
  format: FormatSchema.or(z.literal("unknown")),
  title: z.string().nullable(),
  department: z.string().nullable(),
  fiscalYear: z.number().int().nullable(),
  docKind: DocKindSchema,
  /** 部门 (department as a whole) or 单位 (one budget unit). */
  scope: z.enum(["department", "unit"]).nullable(),
  status: StatusSchema,
  error: z.string().nullable(),
  pages: z.number().int().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
});
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

export const SectionRecordSchema = z.object({
  parentIndex: z.number().int().nullable(),
  level: z.number().int().positive(),
  marker: z.string(),
  title: z.string(),
  ordinal: z.number().int().nullable(),
  page: z.number().int().positive(),
  line: z.number().int().positive(),
  text: z.string(),
});
export type SectionRecord = z.infer<typeof SectionRecordSchema>;

export const CellRecordSchema = z.object({
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  isHeader: z.boolean(),
  header: z.string(),
  text: z.string(),
  amountFen: z.number().int().nullable(),
  /** The number a cell prints, whatever it counts (27,664.22 → 27664.22; 25% → 25); null for text and blanks. */
  number: z.number().nullable(),
  /** Digits an amount prints after the point (2 for 1,234.56); null for a cell without an amount. */
  decimals: z.number().int().nonnegative().nullable(),
  page: z.number().int().positive(),
  line: z.number().int().positive(),
  /** The OCR mark of a cell read from a page image (its `uncertain` offsets index `text`). */
  ocr: OcrMarkSchema.optional(),
});
export type CellRecord = z.infer<typeof CellRecordSchema>;

export const TableRecordSchema = z.object({
  sectionIndex: z.number().int().nullable(),
  kind: TableKindSchema,
  title: z.string().nullable(),
  unit: z.string().nullable(),
  pageFirst: z.number().int().positive(),
  pageLast: z.number().int().positive(),
  line: z.number().int().positive(),
  nRows: z.number().int().nonnegative(),
  nCols: z.number().int().nonnegative(),
  headerRows: z.number().int().nonnegative(),
  emptyNote: z.string().nullable(),
  /** The scope of funds the table covers (its title's, else its kind's, else all funds). */
  scope: ScopeSchema,
  cells: z.array(CellRecordSchema),
  /** Set when the table was read by OCR. */
  ocr: OcrMarkSchema.optional(),
  /** The typed reading of the table (recognise/table-types.ts): what each column holds, what each row is. */
  columns: z.array(ColumnRecordSchema),
  rows: z.array(RowRecordSchema),
});
export type TableRecord = z.infer<typeof TableRecordSchema>;

export const LineItemRecordSchema = z.object({
  tableIndex: z.number().int(),
  row: z.number().int().nonnegative(),
  code: z.string().nullable(),
  name: z.string(),
  column: z.string(),
  amountFen: z.number().int(),
  page: z.number().int().positive(),
  line: z.number().int().positive(),
  ocr: OcrReadingSchema.optional(),
});
export type LineItemRecord = z.infer<typeof LineItemRecordSchema>;

export const FigureRecordSchema = z.object({
  sectionIndex: z.number().int().nullable(),
  tableIndex: z.number().int().nullable(),
  /** One of the metrics of domain/metrics.ts (MetricSchema), or null when the figure states none. */
  metric: MetricSchema.nullable(),
  /** The scope of funds the figure's money covers, where it is read: a table figure's is its table's. */
  scope: ScopeSchema.nullable(),
  label: z.string(),
  raw: z.string(),
  unit: z.string().nullable(),
  amountFen: z.number().int().nullable(),
  percent: z.number().nullable(),
  count: z.number().nullable(),
  page: z.number().int().positive(),
  line: z.number().int().positive(),
  source: z.enum(["text", "table"]),
  /** Table coordinates for table figures. */
  row: z.number().int().nullable(),
  col: z.number().int().nullable(),
  /** The printed words right after the number (what a count counts: 289家 → 事业单位法人…). */
  after: z.string(),
  /** The clause the figure sits in, for checks that read around it (增长 x%, 占…的 y%). */
  context: z.string(),
  /** Set when the figure was read by OCR (stored as figures.source_detail). */
  ocr: OcrReadingSchema.optional(),
});
export type FigureRecord = z.infer<typeof FigureRecordSchema>;

/**
 * A check's finding: the one message shape (diagnostics/diagnostic.ts), its `figures` indexes into
 * the document's figures. Stored as a row of `flags` (`check` = ruleId).
 */
export const FlagRecordSchema = MessageSchema;
export type FlagRecord = Message;

export const DocumentRecordsSchema = z.object({
  document: DocumentInfoSchema,
  sections: z.array(SectionRecordSchema),
  tables: z.array(TableRecordSchema),
  lineItems: z.array(LineItemRecordSchema),
  figures: z.array(FigureRecordSchema),
  flags: z.array(FlagRecordSchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type DocumentRecords = z.infer<typeof DocumentRecordsSchema>;
