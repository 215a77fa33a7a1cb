import type { ExtractedDocument, TableBlock } from "../model/document.js";
import type { DocumentRecords, FigureRecord, LineItemRecord, TableRecord } from "../model/records.js";
import { recogniseHeadings } from "./headings.js";
import { recogniseMetadata, type DocumentMeta } from "./metadata.js";
import { textMetric } from "./metrics.js";
import { findTableTitle, recogniseTable } from "./table-records.js";
import { findTextFigures } from "./text-figures.js";
import { findTocBlocks } from "./toc.js";

export type Recognised = Omit<DocumentRecords, "document" | "flags" | "diagnostics"> & { meta: DocumentMeta };

/** Blocks → sections, tables, cells, line items and figures with metrics (no I/O, no checks). */
export function recogniseDocument(doc: ExtractedDocument, path: string): Recognised {
  const blocks = doc.blocks;
  const meta = recogniseMetadata(blocks, path, doc.metaTitle);
  const skip = findTocBlocks(blocks);
  for (const i of meta.titleBlocks) skip.add(i);
  const tableHeadings = new Map<number, ReturnType<typeof findTableTitle>>();
  blocks.forEach((block, i) => {
    if (block.type !== "table") return;
    const start = Math.max(0, i - 4);
    const heading = findTableTitle(blocks.slice(start, i), block.caption);
    heading.titleBlocks.forEach((k) => skip.add(start + k));
    tableHeadings.set(i, heading);
  });
  const { sections, sectionOfBlock } = recogniseHeadings(blocks, skip);
  const tables: TableRecord[] = [];
  const figures: FigureRecord[] = [];
  const lineItems: LineItemRecord[] = [];
  blocks.forEach((block, i) => {
    const sectionIndex = sectionOfBlock[i] ?? null;
    if (block.type === "table") {
      const result = recogniseTable(block as TableBlock, {
        tableIndex: tables.length,
        sectionIndex,
        docKind: meta.docKind,
        heading: tableHeadings.get(i)!,
      });
      tables.push(result.table);
      figures.push(...result.figures);
      lineItems.push(...result.lineItems);
      return;
    }
    if (skip.has(i) && !meta.titleBlocks.includes(i)) return;
    for (const f of findTextFigures(block.text)) {
      figures.push({
        sectionIndex,
        tableIndex: null,
        metric: textMetric(f.label, meta.fiscalYear, meta.department),
        label: f.label,
        raw: f.raw,
        unit: f.unit,
        amountFen: f.amountFen,
        percent: f.percent,
        count: f.count,
        page: block.page,
        line: block.line,
        source: "text",
        row: null,
        col: null,
        after: f.after,
        context: f.context,
      });
    }
  });
  return { meta, sections, tables, figures, lineItems };
}
