import { metricEntry, type MetricId } from "../domain/metrics.js";
import { FUNDS_AS_REVENUE, headerYears, withoutYears, metricsStatedBy, STATING_CELLS as C, TOP_ROW_NUMBER } from "../domain/table-kinds.js";
import type { FigureRecord } from "../model/records.js";
import { matchKey, memoByString } from "../normalise/text.js";
import { phraseMetric } from "./metrics.js";

export interface CellContext {
  kind: string;
  title: string | null;
  docKind: "budget" | "final_account" | "unknown";
  /** The document's year, when known. */
  fiscalYear?: number | null;
  /** Row labels left of the cell, outermost first (already without empty cells). */
  rowLabels: string[];
  /** Header path of the cell's column. */
  header: string;
  /** Is this the first amount column of the table? */
  firstAmountColumn: boolean;
  /** Does the table have one data row (a 三公 table with no row labels)? */
  onlyDataRow?: boolean;
}


/**
 * What a column header says, read once per header text (a table asks for every cell of the column).
 * 预算数 / 决算数 under a column group say which year's figure, not what it is: the leaf is the
 * group ("公务接待费 / 决算数" is 公务接待费).
 */
const headerFacts = memoByString((text: string) => {
  const key = matchKey(text);
  const parts = text.split(" / ");
  // "支出 / 金额 / 2": a column number under the header (栏次) says which column, like 金额.
  const saysWhichFigure = (part: string | undefined) => C.amountWord.test(matchKey(part ?? "")) || C.columnNumber.test(matchKey(part ?? ""));
  const amountWord = parts.length > 1 && saysWhichFigure(parts.at(-1));
  while (parts.length > 1 && saysWhichFigure(parts.at(-1))) parts.pop();
  const leaf = matchKey(parts.at(-1) ?? "");
  return {
    key,
    otherFigure: C.otherFigure.test(key),
    years: headerYears(key),
    budgetColumn: C.budgetColumn.test(key),
    finalColumn: C.finalColumn.test(key),
    accountColumn: C.accountColumn.test(key),
    amountWord,
    leaf,
    amountLeaf: C.amountColumn.test(leaf),
  };
});

/** A row label (its match key) of a total row, numbered or not (合计, 一、总计). */
const isTotalLabel = memoByString((key: string) => C.totalRow.test(key.replace(TOP_ROW_NUMBER.pattern, "")));

/**
 * The metric a table cell states, from the table's kind, the cell's row label and its column
 * header. Only tables whose scope is the whole department carry metrics; 财政拨款 and 一般公共预算
 * tables are a narrower 口径 (DOMAIN §5.5), so their totals are not revenue_total.
 */
export function tableMetric(ctx: CellContext): MetricId | null {
  const { key: header, leaf, amountWord, ...h } = headerFacts(ctx.header);
  if (h.otherFigure) return null;
  // "2025年预算数 | 2026年预算数" side by side (烟台 三公 table): only the document's year states a metric.
  if (!ofTheDocument(h, ctx)) return null;
  const label = matchKey(ctx.rowLabels[ctx.rowLabels.length - 1] ?? "");
  const first = matchKey(ctx.rowLabels[0] ?? "");
  const isTotalRow = isTotalLabel(label) || isTotalLabel(first) || (ctx.rowLabels.length === 0 && ctx.onlyDataRow === true);
  const amountColumn = leaf === "" || h.amountLeaf || ctx.firstAmountColumn;
  switch (ctx.kind) {
    case "budget_summary": {
      // Label and amount pairs side by side: every "支出 / 预算数" column holds amounts (西安 prints
      // 支出 three ways: by function, by department and by government economic class).
      // "支出总计 | 本年支出 / 预算数 / 基本支出 / 人员经费" (上海 财务收支预算总表): the spending
      // total's row split by kind under one column group; the leaf names the part.
      const row = phraseMetric(label) ?? sideTotal(label, header);
      if (!amountColumn && row === "expenditure_total" && !C.memo.test(header)) {
        const part = phraseMetric(leaf);
        if (part === "expenditure_basic" || part === "expenditure_project" || part === "expenditure_personnel" || part === "expenditure_public") return part;
      }
      if (!amountColumn && !amountWord) return null;
      const m = row;
      return m && metricsStatedBy("budget_summary").has(m) ? m : null;
    }
    case "revenue_summary":
    case "expenditure_summary":
      return isTotalRow ? summaryColumnMetric(ctx.kind, header, leaf) : null;
    case "three_public": {
      const byRow = phraseMetric(label);
      if (byRow && isThreePublic(byRow) && amountColumn) return byRow;
      // The table turned on its side: a row per figure (年初预算数 | 决算数), a column per item; the
      // row of the document's own figure states them.
      const figureRow = C.amountWord.test(withoutYears(label)) && ofTheDocument(headerFacts(label), ctx);
      if (!isTotalRow && !figureRow) return null;
      if (C.subtotal.test(leaf)) {
        if (C.vehicleGroup.test(header)) return "three_public_vehicle";
        // Without a 三公 group in the header, 合计 is the 三公 total only when the table holds nothing
        // else (Jiangsu's adds 会议费 and 培训费 to its 合计; Shanghai's adds 机关运行经费).
        const alone = !C.besidesThreePublic.test(ctx.title ?? "");
        return C.threePublicGroup.test(header) || alone ? "three_public_total" : null;
      }
      const byColumn = phraseMetric(leaf);
      return byColumn && isThreePublic(byColumn) ? byColumn : null;
    }
    case "operating_expenses":
      return isTotalRow && amountColumn ? "operating_expenses" : null;
    case "procurement":
      return isTotalRow && (C.procurementTotal.test(leaf) || ctx.firstAmountColumn) ? "procurement_total" : null;
    case "general_budget_basic": {
      // The 一般公共预算 basic table's 人员经费 / 公用经费 totals are the department's only when
      // all its money is 一般公共预算: the figure carries its table's scope (general_budget) and
      // recognise-document settles it (settleGeneralBudgetScope).
      const m = phraseMetric(leaf);
      // "人员经费合计 | | 556.85 | 公用经费合计 | | 69.95": each half's own total row, under its own head.
      const partTotal = C.basicPartTotalRow.test(label) && leaf !== "" && label.includes(leaf);
      if (!isTotalRow && !partTotal) return null;
      return m === "expenditure_personnel" || m === "expenditure_public" ? m : null;
    }
    case "assets":
      return C.assetsTotal.test(label) && amountColumn ? "assets_total" : null;
    default:
      return null;
  }
}

/**
 * Whether a column header (or the label of a row of figures: 年初预算数 | 决算数) is the document's
 * own figure: its year when it names one, a 决算's 决算数 rather than its 预算数, a budget's 预算数
 * rather than last year's 执行数.
 */
function ofTheDocument(h: { years: number[]; budgetColumn: boolean; finalColumn: boolean; accountColumn: boolean }, ctx: CellContext): boolean {
  if (ctx.fiscalYear && h.years.some((y) => y !== ctx.fiscalYear)) return false;
  if (ctx.docKind === "final_account" && h.budgetColumn && !h.finalColumn) return false;
  return !(ctx.docKind === "budget" && h.accountColumn);
}

/** A bare 合计 / 总计 row of a 收支总表 totals its side (重庆 prints "合 计" under 收入 and under 支出). */
function sideTotal(label: string, header: string): MetricId | null {
  if (!C.sideTotal.test(label)) return null;
  return C.incomeSide.test(header) ? "revenue_total" : C.spendingSide.test(header) ? "expenditure_total" : null;
}

function isThreePublic(metric: string): boolean {
  return metricsStatedBy("three_public").has(metric);
}

function summaryColumnMetric(kind: string, header: string, leaf: string): MetricId | null {
  if (kind === "revenue_summary") {
    if (C.revenueTotal.test(leaf) && !C.memo.test(header)) return "revenue_total";
    const m = phraseMetric(leaf.replace(C.fundsColumn, FUNDS_AS_REVENUE));
    return m && m !== "revenue_total" && metricsStatedBy("revenue_summary").has(m) ? m : null;
  }
  if (C.expenditureTotal.test(leaf) && !C.spendingParts.test(header)) return "expenditure_total";
  if (C.subtotal.test(leaf) && C.basicGroup.test(header)) return "expenditure_basic";
  // 基本支出 / 项目支出 / 人员经费 / 公用经费 as the domain prints them (西安: 人员经费和公用经费支出, 专项业务经费支出).
  const m = phraseMetric(leaf);
  return m === "expenditure_basic" || m === "expenditure_project" || m === "expenditure_personnel" || m === "expenditure_public" ? m : null;
}

/** How far (分) the parts of a total may exceed it per part: 0.01 万元 of rounding each. */
const PART_ROUNDING = 10_000;

/**
 * A table row that was misread keeps none of its metrics: its parts add up to more than its own
 * total, or an amount sits among its labels. And a blank cell states no metric that is never
 * zero (domain/metrics.ts `neverBlank`). Both come from a figure wrapped over two lines and
 * split between cells ("244,895" / ".02" read as 244,895.0 and "2192,446.79", 重庆). The parts are
 * the metric tree of domain/metrics.ts (收入合计 ≥ 事业收入 + 其他收入 + …; a table may have columns
 * that are no metric, so only "more than" is a misreading).
 */
export function dropMisreadTableMetrics(figures: FigureRecord[]): void {
  const rows = new Map<string, FigureRecord[]>();
  for (const f of figures) {
    if (f.source !== "table" || f.row === null) continue;
    const key = `${f.tableIndex}|${f.row}`;
    rows.set(key, [...(rows.get(key) ?? []), f]);
  }
  for (const row of rows.values()) {
    const stated = row.filter((f) => f.metric !== null && f.amountFen !== null);
    if (stated.length === 0) continue;
    const amountAsLabel = row.some((f) => f.label.split(" / ").slice(0, -1).some((l) => AMOUNT_TEXT.test(matchKey(l))));
    const overfull = stated.some((total) => {
      const parts = new Map<string, number>();
      for (const f of stated) if (metricEntry(f.metric!)?.parent === total.metric) parts.set(f.metric!, f.amountFen!);
      const sum = [...parts.values()].reduce((a, b) => a + b, 0);
      return parts.size > 0 && sum > total.amountFen! + PART_ROUNDING * parts.size;
    });
    if (amountAsLabel || overfull) for (const f of stated) f.metric = null;
  }
  for (const f of figures) {
    const entry = f.source === "table" && f.metric !== null && f.raw.trim() === "" ? metricEntry(f.metric) : undefined;
    if (entry?.neverBlank) f.metric = null;
  }
}

/** A cell's text that is an amount, well formed or not ("2192,446.79"). */
const AMOUNT_TEXT = /^-?[\d,]+\.\d+$/;
