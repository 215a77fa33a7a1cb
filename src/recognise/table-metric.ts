import { matchKey } from "../normalise/text.js";
import { phraseMetric } from "./metrics.js";

export interface CellContext {
  kind: string;
  title: string | null;
  docKind: "budget" | "final_account" | "unknown";
  /** Row labels left of the cell, outermost first (already without empty cells). */
  rowLabels: string[];
  /** Header path of the cell's column. */
  header: string;
  /** Is this the first amount column of the table? */
  firstAmountColumn: boolean;
  /** Does the table have one data row (a 三公 table with no row labels)? */
  onlyDataRow?: boolean;
}

/** Prefix of a metric that holds for the department only if all its revenue is 一般公共预算. */
export const GENERAL_BUDGET_SCOPE = "general_budget:";

const TOTAL_ROW = /^(合计|总计|小计合计|本年合计)$/;
/** Columns that are not the current year's department figure. */
const OTHER_SCOPE = /上年|去年|增减|增长|变动|比上年|栏次|%|百分比|占比|结转下年|年末结转|本月|本期|月份|累计/;

/**
 * The metric a table cell states, from the table's kind, the cell's row label and its column
 * header. Only tables whose scope is the whole department carry metrics; 财政拨款 and 一般公共预算
 * tables are a narrower 口径 (DOMAIN §5.5), so their totals are not revenue_total.
 */
export function tableMetric(ctx: CellContext): string | null {
  const header = matchKey(ctx.header);
  if (OTHER_SCOPE.test(header)) return null;
  if (ctx.docKind === "final_account" && /预算/.test(header) && !/决算/.test(header)) return null;
  if (ctx.docKind === "budget" && /决算|执行/.test(header)) return null;
  const label = matchKey(ctx.rowLabels[ctx.rowLabels.length - 1] ?? "");
  const first = matchKey(ctx.rowLabels[0] ?? "");
  const isTotalRow = [label, first].some((l) => TOTAL_ROW.test(l.replace(/^[一二三四五六七八九十]+[、.]/, ""))) || (ctx.rowLabels.length === 0 && ctx.onlyDataRow === true);
  // 预算数 / 决算数 under a column group say which year's figure, not what it is: the leaf is the
  // group ("公务接待费 / 决算数" is 公务接待费).
  const parts = ctx.header.split(" / ");
  while (parts.length > 1 && /^(?:本年|年初|全年)?(?:预算数|决算数|预算|决算|金额|执行数)$/.test(matchKey(parts.at(-1) ?? ""))) parts.pop();
  const leaf = matchKey(parts.at(-1) ?? "");
  const amountColumn = leaf === "" || /^(金额|合计|总计|预算数|决算数|本年预算数|预算金额|本年支出|小计|价值.*)$/.test(leaf) || ctx.firstAmountColumn;
  switch (ctx.kind) {
    case "budget_summary": {
      if (!amountColumn) return null;
      const m = phraseMetric(label);
      return m && /^(revenue_|expenditure_(total|basic|project))/.test(m) ? m : null;
    }
    case "revenue_summary":
    case "expenditure_summary":
      return isTotalRow ? summaryColumnMetric(ctx.kind, header, leaf) : null;
    case "three_public": {
      const byRow = phraseMetric(label);
      if (byRow && isThreePublic(byRow) && amountColumn) return byRow;
      if (!isTotalRow) return null;
      if (/^(合计|小计)$/.test(leaf)) {
        if (/公务用车/.test(header)) return "three_public_vehicle";
        // Without a 三公 group in the header, 合计 is the 三公 total only when the table holds nothing
        // else (Jiangsu's adds 会议费 and 培训费 to its 合计; Shanghai's adds 机关运行经费).
        const alone = !/会议|培训|机关运行/.test(ctx.title ?? "");
        return /三公/.test(header) || alone ? "three_public_total" : null;
      }
      const byColumn = phraseMetric(leaf);
      return byColumn && isThreePublic(byColumn) ? byColumn : null;
    }
    case "operating_expenses":
      return isTotalRow && amountColumn ? "operating_expenses" : null;
    case "procurement":
      return isTotalRow && (/^(合计|总计|金额)$/.test(leaf) || ctx.firstAmountColumn) ? "procurement_total" : null;
    case "general_budget_basic": {
      // The 一般公共预算 basic table's 人员经费 / 公用经费 totals are the department's only when
      // all its money is 一般公共预算; recognise-document confirms that (scopedMetric).
      if (!isTotalRow) return null;
      const m = /^人员(经费|支出)$/.test(leaf) ? "expenditure_personnel" : /^(日常)?公用(经费|支出)$/.test(leaf) ? "expenditure_public" : null;
      return m ? `${GENERAL_BUDGET_SCOPE}${m}` : null;
    }
    case "assets":
      return /^(资产总额|资产总计|固定资产合计)$/.test(label) && amountColumn ? "assets_total" : null;
    default:
      return null;
  }
}

function isThreePublic(metric: string): boolean {
  return metric.startsWith("three_public") || metric === "meeting_fee" || metric === "training_fee";
}

function summaryColumnMetric(kind: string, header: string, leaf: string): string | null {
  if (kind === "revenue_summary") {
    if (/^(合计|总计|收入合计|收入总计)$/.test(leaf) && !/其中/.test(header)) return "revenue_total";
    const m = phraseMetric(leaf.replace(/资金$/, "收入"));
    return m && m.startsWith("revenue_") && m !== "revenue_total" ? m : null;
  }
  if (/^(合计|总计|支出合计|支出总计)$/.test(leaf) && !/基本支出|项目支出/.test(header)) return "expenditure_total";
  if (/^基本支出$/.test(leaf) || (/^(小计|合计)$/.test(leaf) && /基本支出/.test(header))) return "expenditure_basic";
  if (/^项目支出$/.test(leaf)) return "expenditure_project";
  if (/^人员(经费|支出)$/.test(leaf)) return "expenditure_personnel";
  if (/^(日常)?公用(经费|支出)$/.test(leaf)) return "expenditure_public";
  return null;
}
