import { runChecks } from "../../src/checks/index.js";
import { trustOcrReadings } from "../../src/checks/ocr-trust.js";
import type { Block, ExtractedDocument, OcrMark, TableBlock } from "../../src/model/document.js";
import { DocumentRecordsSchema, type DocumentRecords } from "../../src/model/records.js";
import { recogniseDocument } from "../../src/recognise/recognise-document.js";

/**
 * Synthetic OCR'd documents (issue 13): a born-digital layout of text lines and tables, marked as
 * read by an OCR engine, with the digits a test chooses misread. `run` takes it through recognise →
 * OCR trust → checks as the pipeline does.
 */
export const ENGINE = "test-ocr";

export interface OcrTable {
  title: string;
  rows: string[][];
  /** Cells read with low confidence: "row:col" → offsets in the cell text. */
  uncertain?: Record<string, number[]>;
  /** Read from a text layer, not by OCR. */
  born?: boolean;
}

export function ocrDocument(opts: { text?: string[]; tables: OcrTable[]; bornText?: boolean }): ExtractedDocument {
  const mark = (uncertain?: number[]): OcrMark => ({ engine: ENGINE, confidence: uncertain ? 0.6 : 0.93, ...(uncertain && { uncertain }) });
  const blocks: Block[] = [{ type: "text", text: "某某局2024年部门预算", page: 1, line: 1, style: { relativeSize: 1.6 }, ...(!opts.bornText && { ocr: mark() }) }];
  let line = 2;
  for (const t of opts.text ?? []) blocks.push({ type: "text", text: t, page: 1, line: line++, ...(!opts.bornText && { ocr: mark() }) });
  opts.tables.forEach((t, k) => {
    const page = k + 2;
    blocks.push({ type: "text", text: t.title, page, line: 1, ...(!t.born && { ocr: mark() }) });
    blocks.push({ type: "text", text: "单位：万元", page, line: 2, ...(!t.born && { ocr: mark() }) });
    const table: TableBlock = {
      type: "table",
      page,
      line: 3,
      pageLast: page,
      rows: t.rows.map((row, r) => row.map((text, c) => ({ text, page, line: 3 + r, ...(!t.born && { ocr: mark(t.uncertain?.[`${r}:${c}`]) }) }))),
      ...(!t.born && { ocr: mark() }),
    };
    blocks.push(table);
  });
  return { format: "pdf", pages: opts.tables.length + 1, blocks, diagnostics: [] };
}

/** recognise → trust → checks, as src/pipeline.ts does. */
export function run(doc: ExtractedDocument): DocumentRecords {
  const recognised = recogniseDocument(doc, "某某局2024年部门预算.pdf");
  const { meta } = recognised;
  const document = { path: "某某局2024年部门预算.pdf", sha256: "", format: "pdf" as const, title: meta.title, department: meta.department, fiscalYear: meta.fiscalYear, docKind: meta.docKind, scope: meta.scope, status: "ok" as const, error: null, pages: doc.pages, sizeBytes: 0 };
  const input = trustOcrReadings({ document, sections: recognised.sections, tables: recognised.tables, lineItems: recognised.lineItems, figures: recognised.figures, diagnostics: [] });
  return DocumentRecordsSchema.parse({ ...input, flags: runChecks(input) });
}

/** The document's metrics: metric → amount in 万元. */
export function metrics(records: DocumentRecords): Record<string, number> {
  return Object.fromEntries(records.figures.filter((f) => f.metric !== null).map((f) => [f.metric!, f.amountFen! / 1_000_000]));
}

/** 支出总表 with two 类 and 合计 = 基本支出 + 项目支出: the basic column's 201 cell is given as printed. */
export function spendingTable(basic201 = "734.56", uncertain?: Record<string, number[]>): OcrTable {
  return {
    title: "2024年部门支出总表",
    uncertain,
    rows: [
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["", "合计", "1,234.56", "834.56", "400.00"],
      ["201", "一般公共服务支出", "1,034.56", basic201, "300.00"],
      ["208", "社会保障和就业支出", "200.00", "100.00", "100.00"],
    ],
  };
}
