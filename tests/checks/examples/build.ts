import type { CheckInput } from "../../../src/checks/check.js";
import type { CellRecord, FigureRecord, TableRecord } from "../../../src/model/records.js";
import { parseMoney } from "../../../src/normalise/amount.js";
import { findTextFigures } from "../../../src/recognise/text-figures.js";
import { hasCodeShape, isCodePart } from "../../../src/domain/classification.js";
import { typeTable } from "../../../src/recognise/table-types.js";

/**
 * Small example documents for the checks: paragraphs of text (one per line, page 1) become text
 * figures the way the recogniser finds them, tables are given as rows of printed cells.
 */
export function exampleDoc(opts: { text?: string[]; tables?: ExampleTable[]; kind?: "budget" | "final_account"; year?: number; metrics?: Record<string, string>; path?: string; department?: string; scope?: "department" | "unit" }): CheckInput {
  const figures: FigureRecord[] = [];
  (opts.text ?? []).forEach((paragraph, k) => {
    for (const t of findTextFigures(paragraph)) {
      const metric = Object.entries(opts.metrics ?? {}).find(([, label]) => t.label.includes(label))?.[0] ?? null;
      figures.push({ sectionIndex: null, tableIndex: null, metric, scope: null, label: t.label, raw: t.raw, unit: t.unit, amountFen: t.amountFen, percent: t.percent, count: t.count, page: 1, line: k + 1, source: "text", row: null, col: null, after: t.after, context: t.context });
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
  // As recognise decides: a column of numbers holds amounts unless every number in it is code-shaped
  // (201, 20101, 06): a 1500 in an amount column of a 元 table is an amount.
  const isNumber = (text: string) => /^-?\d+(\.\d+)?$/.test(text.replace(/,/g, ""));
  const amountColumn = header.map((_, col) => {
    const numbers = t.rows.slice(1).map((row) => row[col] ?? "").filter(isNumber);
    return numbers.length > 0 && !numbers.every((x) => hasCodeShape(x) || isCodePart(x));
  });
  const cells: Array<Omit<CellRecord, "decimals" | "number">> = t.rows.flatMap((row, r) =>
    row.map((text, col) => {
      const plain = text.replace(/,/g, "");
      const amount = r > 0 && amountColumn[col] && isNumber(plain) ? (parseMoney(plain, t.unit ?? "万元") ?? null) : null;
      return { row: r, col, isHeader: r === 0, header: header[col] ?? "", text, amountFen: amount, page: 2, line: r + 1 };
    }),
  );
  // The typed reading recognise gives every table (columns, rows, codes): the checks read only that.
  return typeTable({ sectionIndex: null, kind: t.kind as TableRecord["kind"], title: t.title ?? t.kind, unit: t.unit ?? "万元", pageFirst: 2, pageLast: 2, line: 1, nRows: t.rows.length, nCols: header.length, headerRows: 1, emptyNote: null, cells });
}
