import type { OcrMark, TableBlock } from "../model/document.js";
import type { CellRecord, FigureRecord, LineItemRecord, OcrReading, TableRecord } from "../model/records.js";
import { decimalToNumber, parseDecimal } from "../normalise/amount.js";
import { foldWidth } from "../normalise/text.js";
import { alignThreePublic } from "./align-three-public.js";
import { codeLeftOf, hasCodeShape, isCodePart, splitCodeName } from "../domain/classification.js";
import { countHeaderRows, expandGrid, headerPaths, isNumberCell, type GridCell } from "./table-grid.js";
import { tableKind, tableKindFromHeader } from "./table-kind.js";
import { tableScope, typeTable } from "./table-types.js";
import { groupAt } from "../model/typed-table.js";
import type { TableKind } from "../domain/table-kinds.js";
import type { Scope } from "../domain/vocabulary.js";
import { tableMetric } from "./table-metric.js";
import type { TableHeading } from "./table-title.js";
import { isBlankableColumn, isMoneyColumn, looksLikeWan, money, unitInGrid, unitOf } from "./table-units.js";
import { findTextFigures } from "./text-figures.js";
import { COUNT_HEADER, MONEY_UNITS, PERCENT_HEADER } from "../domain/units.js";
import { SUM_CELL, TABLE_WORD } from "../domain/vocabulary.js";

export { findTableTitle, type TableHeading } from "./table-title.js";

export interface TableContext {
  tableIndex: number;
  sectionIndex: number | null;
  docKind: "budget" | "final_account" | "unknown";
  /** The document's year: a column headed with another year (2025年预算数) states no metric. */
  fiscalYear?: number | null;
  /** Title and unit read from the lines above the table (see findTableTitle). */
  heading: TableHeading;
  /** Title of the section the table sits in. */
  sectionTitle?: string;
}

export interface TableResult {
  table: TableRecord;
  figures: FigureRecord[];
  lineItems: LineItemRecord[];
  /** What was inferred rather than printed (recognise/guesses.ts reports it). */
  guessed: TableGuess[];
}

/** A unit the table does not print (三公 in 万元), a kind from the header words or the section title, 三公 amounts placed by the sums. */
export type TableGuess = "unit" | "kind-from-header" | "kind-from-section" | "three-public-by-sums";

export function recogniseTable(block: TableBlock, ctx: TableContext): TableResult {
  const grid = expandGrid(block);
  const headerRows = countHeaderRows(grid);
  const headers = headerPaths(grid, headerRows);
  const { title, unitFromText } = ctx.heading;
  const { kind, from } = kindOf(title, headers, grid, headerRows, ctx.sectionTitle);
  const printedUnit = block.unit ?? unitFromText ?? unitInGrid(grid, headerRows);
  const scope = tableScope(title, kind);
  // The 三公 tables of 财预〔2016〕143号 are in 万元; a copy that lost its 单位 line (a flattened web
  // page) is read in 万元 when its amounts have at most two decimals and are below 100,000.
  const unit = printedUnit ?? (kind === "three_public" && looksLikeWan(grid, headerRows) ? "万元" : null);
  const guessed: TableGuess[] = [];
  if (!printedUnit && unit) guessed.push("unit");
  if (from !== "title") guessed.push(from);
  const amountColumns = headers.map((h, c) => {
    const numbers = grid.slice(headerRows).map((row) => row[c]?.text ?? "").filter((t) => isNumberCell(t));
    return isMoneyColumn(h) && numbers.length > 0 && !numbers.every((t) => hasCodeShape(t) || isCodePart(t));
  });
  const shape: Shape = {
    ctx,
    headerRows,
    headers,
    kind,
    scope,
    unit,
    amountColumns,
    firstAmountColumn: amountColumns.findIndex((x) => x),
    // 收支总表 print label/amount pairs side by side under 收入 and 支出 header groups.
    pairLayout: kind === "budget_summary" || kind === "appropriation_summary",
    onlyDataRow: grid.length - headerRows === 1,
  };
  const out: Carried = { figures: [], lineItems: [], lineItemCols: [] };
  const cells: Array<Omit<CellRecord, "decimals" | "number">> = [];
  grid.forEach((row, r) => row.forEach((cell, c) => cells.push(readCell(row, r, cell, c, shape, out))));
  if (kind === "three_public" && alignUnlabelledThreePublic(out.figures, grid, headerRows, unit)) guessed.push("three-public-by-sums");
  const table: TableRecord = typeTable({
    sectionIndex: ctx.sectionIndex,
    kind,
    title,
    unit,
    pageFirst: block.page,
    pageLast: block.pageLast,
    line: block.line,
    nRows: grid.length,
    nCols: headers.length,
    headerRows,
    emptyNote: block.emptyNote ?? null,
    cells,
    ...(block.ocr && { ocr: block.ocr }),
  });
  // A line item keeps the code printed next to its name (a row of two code systems pairs each name
  // with its own code); where none is, its row's code in the amount's own group (the checks' code).
  out.lineItems.forEach((x, k) => {
    if (x.code === null) x.code = groupAt(table, x.row, out.lineItemCols[k]!)?.code ?? null;
  });
  return { table, figures: out.figures, lineItems: out.lineItems, guessed };
}

/** The figures and line items a table's cells carry (and the column of each line item's amount). */
type Carried = Omit<TableResult, "table" | "guessed"> & { lineItemCols: number[] };

/** What reading a cell needs to know about its table. */
interface Shape {
  ctx: TableContext;
  headerRows: number;
  headers: string[];
  kind: TableKind;
  scope: Scope;
  unit: string | null;
  amountColumns: boolean[];
  firstAmountColumn: number;
  pairLayout: boolean;
  onlyDataRow: boolean;
}

/** The table's kind: from its title, else its header words, else (untitled) its section's title. */
function kindOf(title: string | null, headers: string[], grid: GridCell[][], headerRows: number, sectionTitle?: string): { kind: TableKind; from: "title" | "kind-from-header" | "kind-from-section" } {
  // The first rows too: a 项目绩效目标表 prints 一级指标 / 二级指标 below the project's name and funds.
  const headerText = [...headers, ...grid.slice(0, Math.max(headerRows, 8)).flatMap((row) => row.map((cell) => cell.text))];
  const byTitle = tableKind(title);
  if ((title && TABLE_WORD.test(title)) || byTitle !== "other") return { kind: byTitle, from: "title" };
  const kind = tableKindFromHeader(headerText);
  if (kind !== "other") return { kind, from: "kind-from-header" };
  // An untitled table under "二、部门决算单位构成" is that section's table (Shanghai 决算).
  if (!title && sectionTitle) {
    const bySection = tableKind(sectionTitle);
    if (bySection === "org_units" || bySection === "assets") return { kind: bySection, from: "kind-from-section" };
  }
  return { kind, from: "title" };
}

/** One cell: its record, and the figures and line items it carries (added to `out`). */
function readCell(row: GridCell[], r: number, cell: GridCell, c: number, shape: Shape, out: Carried): Omit<CellRecord, "decimals" | "number"> {
  const { headers, unit, amountColumns } = shape;
  const isHeader = r < shape.headerRows;
  const header = headers[c] ?? "";
  const columnUnit = unitOf(header) ?? unit;
  const amountFen = !isHeader && isNumberCell(cell.text) && columnUnit && amountColumns[c] ? money(cell.text, columnUnit) : null;
  const record = { row: r, col: c, isHeader, header, text: cell.text, amountFen, page: cell.page, line: cell.line, ...(cell.ocr && { ocr: cell.ocr }) };
  if (isHeader || cell.repeated) return record;
  const before = out.figures.length;
  const items = out.lineItems.length;
  readCellFigures(row, r, cell, c, shape, out, amountFen);
  // What OCR read is marked on everything made from it (figures.source_detail, line_items.source_detail).
  if (cell.ocr) {
    const reading = ocrReading(cell.ocr);
    for (const f of out.figures.slice(before)) f.ocr = reading;
    for (const x of out.lineItems.slice(items)) x.ocr = reading;
  }
  return record;
}

/** The engine and confidence of an OCR mark, as figures and line items carry them. */
export function ocrReading(mark: OcrMark): OcrReading {
  return { engine: mark.engine, confidence: mark.confidence };
}

function readCellFigures(row: GridCell[], r: number, cell: GridCell, c: number, shape: Shape, out: Carried, amountFen: number | null): void {
  const { ctx, headers, unit, amountColumns } = shape;
  const header = headers[c] ?? "";
  const columnUnit = unitOf(header) ?? unit;
  const labels = rowLabels(row, c, shape.pairLayout ? headers : []);
  const numbers = { ctx, r, c, labels, header, kind: shape.kind, scope: shape.scope, firstAmountColumn: c === shape.firstAmountColumn, onlyDataRow: shape.onlyDataRow };
  if (cell.text.trim() === "") {
    // Zero printed as a blank cell (Jiangsu and Shanghai tables): a figure of 0 only where the
    // cell states a metric, so a blank in the 政府性基金 row still says "0".
    const blank = unit && (amountColumns[c] || isBlankableColumn(header)) ? blankFigure(cell, { ...numbers, unit, amountFen: 0 }) : null;
    if (blank) out.figures.push(blank);
  } else if (isNumberCell(cell.text)) {
    const figure = numberFigure(cell, { ...numbers, unit: columnUnit, amountFen });
    if (figure) out.figures.push(figure);
    if (amountFen !== null) {
      out.lineItems.push(lineItem(ctx.tableIndex, r, row, c, labels, header, amountFen, cell));
      out.lineItemCols.push(c);
    }
  } else {
    for (const f of findTextFigures(cell.text)) {
      out.figures.push({ sectionIndex: ctx.sectionIndex, tableIndex: ctx.tableIndex, metric: null, scope: shape.scope, label: f.label, raw: f.raw, unit: f.unit, amountFen: f.amountFen, percent: f.percent, count: f.count, page: cell.page, line: cell.line, source: "table", row: r, col: c, after: f.after, context: f.context });
    }
  }
}

interface NumberContext {
  ctx: TableContext;
  r: number;
  c: number;
  labels: string[];
  header: string;
  unit: string | null;
  amountFen: number | null;
  kind: TableKind;
  scope: Scope;
  firstAmountColumn: boolean;
  onlyDataRow: boolean;
}

function blankFigure(cell: GridCell, n: NumberContext): FigureRecord | null {
  if ((n.labels.length === 0 && n.kind !== "three_public") || !(MONEY_UNITS as readonly string[]).includes(n.unit ?? "")) return null;
  const metric = tableMetric({ kind: n.kind, title: n.ctx.heading.title, docKind: n.ctx.docKind, fiscalYear: n.ctx.fiscalYear, rowLabels: n.labels, header: n.header, firstAmountColumn: n.firstAmountColumn, onlyDataRow: n.onlyDataRow });
  if (!metric) return null;
  const label = [...n.labels, n.header].filter(Boolean).join(" / ");
  return { sectionIndex: n.ctx.sectionIndex, tableIndex: n.ctx.tableIndex, metric, scope: n.scope, label, raw: "", unit: n.unit, amountFen: 0, percent: null, count: null, page: cell.page, line: cell.line, source: "table", row: n.r, col: n.c, after: "", context: label };
}

function numberFigure(cell: GridCell, n: NumberContext): FigureRecord | null {
  const text = foldWidth(cell.text).replace(/\s+/g, "");
  const isPercent = text.endsWith("%") || PERCENT_HEADER.test(n.header);
  const value = parseDecimal(text.replace(/%$/, ""));
  if (!value) return null;
  const isCount = !isPercent && n.amountFen === null && COUNT_HEADER.test(n.header);
  if (n.amountFen === null && !isPercent && !isCount) return null;
  const label = [...n.labels, n.header].filter(Boolean).join(" / ");
  const metric = n.amountFen !== null ? tableMetric({ kind: n.kind, title: n.ctx.heading.title, docKind: n.ctx.docKind, fiscalYear: n.ctx.fiscalYear, rowLabels: n.labels, header: n.header, firstAmountColumn: n.firstAmountColumn, onlyDataRow: n.onlyDataRow }) : null;
  return {
    sectionIndex: n.ctx.sectionIndex,
    tableIndex: n.ctx.tableIndex,
    metric,
    scope: n.scope,
    label,
    raw: cell.text.trim(),
    unit: isPercent ? "%" : n.amountFen !== null ? n.unit : null,
    amountFen: n.amountFen,
    percent: isPercent ? decimalToNumber(value) : null,
    count: isCount ? decimalToNumber(value) : null,
    page: cell.page,
    line: cell.line,
    source: "table",
    row: n.r,
    col: n.c,
    after: "",
    context: label,
  };
}

/**
 * The non-number cells left of column `c`, outermost first (a row's labels: code, name, sub-name).
 * In a table of label/amount pairs under separate header groups (收支总表: 收入 | 支出), a cell's
 * label must sit in its own group: a blank 支出 amount does not take the 收入 label beside it.
 */
function rowLabels(row: GridCell[], c: number, headers: string[] = []): string[] {
  const group = (i: number) => ((headers[i] ?? "").includes(" / ") ? headers[i]!.split(" / ")[0] : undefined);
  const own = group(c);
  const labels: string[] = [];
  for (let i = c - 1; i >= 0; i--) {
    const text = row[i]!.text.trim();
    if (text === "") continue;
    if (isNumberCell(text) && !hasCodeShape(text)) {
      if (labels.length) break;
      continue;
    }
    if (hasCodeShape(text)) continue;
    if (own !== undefined && group(i) !== undefined && group(i) !== own) break;
    if (labels[0] !== text) labels.unshift(text);
    if (labels.length >= 3) break;
  }
  return labels;
}

function lineItem(tableIndex: number, r: number, row: GridCell[], c: number, labels: string[], header: string, amountFen: number, cell: GridCell): LineItemRecord {
  const name = labels[labels.length - 1] ?? "";
  const prefixed = splitCodeName(name);
  const code = codeBefore(row, c, name) ?? prefixed?.code ?? null;
  return { tableIndex, row: r, code, name: prefixed && code === prefixed.code ? prefixed.name : name, column: header, amountFen, page: cell.page, line: cell.line };
}

/**
 * The classification code printed left of a row's name: one cell (2010101) or the 类 | 款 | 项
 * columns Shanghai prints separately (204 | 06 | 01 → 2040601). Read from the name's cell leftwards,
 * so the second label/amount pair of a 收支总表 row takes its own code, not the first pair's.
 */
function codeBefore(row: GridCell[], c: number, name: string): string | null {
  let i = c - 1;
  while (i >= 0 && row[i]!.text.trim() !== name.trim()) i--;
  return codeLeftOf(row.map((cell) => cell.text), i) ?? null;
}

/**
 * A 三公 table whose header cannot be laid over its columns (flattened on a web page, blank cells
 * dropped): its 合计 row's numbers are placed by the table's arithmetic (alignThreePublic). Only
 * when no cell got a 三公 metric from its header.
 */
function alignUnlabelledThreePublic(figures: FigureRecord[], grid: GridCell[][], headerRows: number, unit: string | null): boolean {
  if (figures.some((f) => f.metric?.startsWith("three_public"))) return false;
  const totalRow = grid.findIndex((row, r) => r >= headerRows && row.some((c) => SUM_CELL.test(c.text.trim())));
  if (totalRow < 0) return false;
  const row = figures.filter((f) => f.row === totalRow && f.amountFen !== null && f.source === "table").sort((a, b) => (a.col ?? 0) - (b.col ?? 0));
  const tolerance = unit === "元" ? 1 : 10_000;
  const metrics = alignThreePublic(row.map((f) => f.amountFen!), tolerance);
  metrics.forEach((metric, i) => (row[i]!.metric = metric));
  return metrics.some((m) => m !== null);
}

