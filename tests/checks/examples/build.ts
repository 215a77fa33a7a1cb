import type { CheckInput } from "../../../src/checks/check.js";
import type { CellRecord, FigureRecord, TableRecord } from "../../../src/model/records.js";
import { parseMoney } from "../../../src/normalise/amount.js";
import { findTextFigures } from "../../../src/recognise/text-figures.js";

/**
 * Small example documents for the checks: paragraphs of text (one per line, page 1) become text
 * figures the way the recogniser finds them, tables are given as rows of printed cells.
 */
export function exampleDoc(opts: { text?: string[]; tables?: ExampleTable[]; kind?: "budget" | "final_account"; year?: number; metrics?: Record<string, string>; path?: string; department?: string; scope?: "department" | "unit" }): CheckInput {
  const figures: FigureRecord[] = [];
  (opts.text ?? []).forEach((paragraph, k) => {
    for (const t of findTextFigures(paragraph)) {
      const metric = Object.entries(opts.metrics ?? {}).find(([, label]) => t.label.includes(label))?.[0] ?? null;
      figures.push({ sectionIndex: null, tableIndex: null, metric, label: t.label, raw: t.raw, unit: t.unit, amountFen: t.amountFen, percent: t.percent, count: t.count, page: 1, line: k + 1, source: "text", row: null, col: null, after: t.after, context: t.context });
    }
  });
  const tables = (opts.tables ?? []).map(toTable);
  return {
    document: { path: opts.path ?? "example.txt", sha256: "", format: "txt", title: null, department: opts.department ?? "示例部门", fiscalYear: opts.year ?? 2024, docKind: opts.kind ?? "budget", scope: opts.scope ?? "department", status: "ok", error: null, pages: 1, sizeBytes: 0 },
    sections: [],
    tables,
    lineItems: [],
    figures,
    diagnostics: [],
  };
}

export interface ExampleTable {
  kind: string;
  title?: string;
  unit?: string;
  /** The first row is the header. */
  rows: string[][];
}

function toTable(t: ExampleTable): TableRecord {
  const header = t.rows[0] ?? [];
  const cells: CellRecord[] = t.rows.flatMap((row, r) =>
    row.map((text, col) => {
      const plain = text.replace(/,/g, "");
      const amount = r > 0 && /^-?\d+(\.\d+)?$/.test(plain) && !/^\d{3,7}$/.test(plain) ? (parseMoney(plain, t.unit ?? "万元") ?? null) : null;
      return { row: r, col, isHeader: r === 0, header: header[col] ?? "", text, amountFen: amount, page: 2, line: r + 1 };
    }),
  );
  return { sectionIndex: null, kind: t.kind, title: t.title ?? t.kind, unit: t.unit ?? "万元", pageFirst: 2, pageLast: 2, line: 1, nRows: t.rows.length, nCols: header.length, headerRows: 1, emptyNote: null, cells };
}
