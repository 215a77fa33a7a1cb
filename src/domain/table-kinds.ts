/**
 * The standard tables of a 部门预算 / 部门决算 (docs/CONTRACT.md, `tables.kind`): how cities title them,
 * the header words that name them when the title is missing, and which cells state which metric.
 *
 * Titles are matched on their match key (half-width, simplified, no spaces or quotes) with phrase
 * patterns (domain/compile.ts: `[optional]`, `{one|of}`, `…` for anything, `#` for a number). The
 * entries are tried in order and the first whose phrase the title contains wins, so the specific
 * names (三公, 机关运行经费, 政府性基金) come before the general ones (一般公共预算, 收支总表). An entry
 * of kind `other` stops the search: the title names a table we know has no canonical kind.
 *
 * Each entry's `examples` are run by tests/domain/table-kinds.test.ts.
 */

export interface TableKindEntry {
  kind: string;
  /** What the table is, in a few words. */
  name: string;
  /** Phrases one of which the title contains. */
  titles: readonly string[];
  /** Header signatures for a table printed without a title: all phrases of one signature appear. */
  headers?: ReadonlyArray<readonly string[]>;
  /** Which cells state which metric (recognise/table-metric.ts reads them). */
  states?: {
    /** `row`: the row label names the metric; `total-row`: the 合计 row's column header names it. */
    by: "row" | "total-row" | "row-or-total-row";
    metrics: readonly string[];
  };
  examples: {
    titles?: readonly string[];
    notTitles?: readonly string[];
    headers?: ReadonlyArray<readonly string[]>;
  };
}

const THREE_PUBLIC = [
  "three_public_total",
  "three_public_overseas",
  "three_public_vehicle",
  "three_public_vehicle_purchase",
  "three_public_vehicle_operation",
  "three_public_reception",
  "meeting_fee",
  "training_fee",
];

export const TABLE_KINDS = [
  {
    kind: "three_public",
    name: "“三公”经费支出表 (sometimes with 会议费、培训费 or 行政经费)",
    titles: ["三公"],
    headers: [["因公出国", "公务接待"]],
    states: { by: "row-or-total-row", metrics: THREE_PUBLIC },
    examples: {
      titles: ["一般公共预算“三公”经费支出表", "表8财政拨款安排的行政经费及“三公”经费预算表", "“三公”经费、会议费、培训费支出预算表"],
      headers: [["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"]],
    },
  },
  {
    kind: "operating_expenses",
    name: "机关运行经费支出表",
    titles: ["机关运行经费"],
    states: { by: "total-row", metrics: ["operating_expenses"] },
    examples: { titles: ["一般公共预算机关运行经费支出预算表"] },
  },
  {
    kind: "procurement",
    name: "政府采购预算表",
    titles: ["政府采购"],
    states: { by: "total-row", metrics: ["procurement_total"] },
    examples: { titles: ["政府采购支出预算表", "2019年政府采购预算表", "预算12表 部门政府采购预算表"] },
  },
  {
    kind: "performance_targets",
    name: "绩效目标表",
    titles: ["绩效目标", "绩效指标"],
    headers: [["一级指标", "二级指标"]],
    examples: { titles: ["项目支出绩效目标表", "2022年部门整体支出绩效目标表"], headers: [["一级指标", "二级指标", "三级指标", "指标值"]] },
  },
  {
    kind: "other",
    name: "资产负债表 (a balance sheet, not the 资产 table)",
    titles: ["资产负债"],
    examples: { titles: ["资产负债表"] },
  },
  {
    kind: "assets",
    name: "固定资产 / 国有资产占有情况表",
    titles: ["固定资产", "国有资产", "资产占用", "资产占有", "资产情况"],
    states: { by: "row", metrics: ["assets_total"] },
    examples: { titles: ["固定资产占有情况表", "国有资产占用情况表"] },
  },
  {
    kind: "org_units",
    name: "部门机构设置 / 预算单位构成",
    titles: ["机构设置", "单位构成", "预算单位{构成|情况|名单}", "决算单位构成"],
    headers: [["单位名称", "{单位性质|经费性质|人员编制|单位编码|单位规格|财政供给|在职人数}"]],
    examples: { titles: ["部门机构设置情况", "预算单位构成"], headers: [["序号", "单位名称", "单位性质"]] },
  },
  {
    kind: "state_capital_expenditure",
    name: "国有资本经营预算支出表",
    titles: ["国有资本经营"],
    examples: { titles: ["国有资本经营预算支出表", "表10国有资本经营预算支出情况表"] },
  },
  {
    kind: "gov_fund_expenditure",
    name: "政府性基金预算支出表",
    titles: ["政府性基金"],
    examples: { titles: ["政府性基金预算支出表", "财政拨款政府性基金支出预算表"] },
  },
  {
    kind: "general_budget_basic",
    name: "一般公共预算基本支出表",
    titles: ["一般公共预算…基本支出"],
    states: { by: "total-row", metrics: ["expenditure_personnel", "expenditure_public"] },
    examples: { titles: ["一般公共预算基本支出表", "表6一般公共预算基本支出情况表（按经济分类科目）", "一般公共预算财政拨款基本支出决算表"] },
  },
  {
    kind: "general_budget_expenditure",
    name: "一般公共预算支出表",
    titles: ["一般公共预算…{支出|拨款}"],
    examples: { titles: ["一般公共预算支出表", "一般公共预算支出情况表（按功能分类科目）", "一般公共预算财政拨款支出决算表"] },
  },
  {
    kind: "other",
    name: "a part of the spending (基本支出 or 项目支出 alone, of all funds or of 财政拨款): no canonical kind",
    // 江苏 公开06表 财政拨款基本支出预算表; 广州 表11 部门预算基本支出预算表, 表12 部门预算项目支出及其他支出预算表.
    // 西安 表10 部门综合预算专项业务经费支出表 (the projects one by one).
    // 烟台 基本支出预算情况表 / 项目支出预算情况表.
    titles: ["财政拨款…基本支出", "{基本支出|项目支出}{预算|情况|表|明细|及其他}", "专项业务经费"],
    examples: {
      titles: ["财政拨款基本支出预算表", "部门预算基本支出预算表", "部门预算项目支出及其他支出预算表", "2022年部门综合预算专项业务经费支出表", "基本支出预算情况表", "项目支出预算情况表"],
      notTitles: ["部门支出总表", "支出预算总表（含基本支出和项目支出）"],
    },
  },
  {
    kind: "appropriation_summary",
    name: "财政拨款收支总表",
    titles: ["财政拨款收[入]支"],
    examples: { titles: ["财政拨款收支预算总表", "财政拨款收入支出决算总表", "表4财政拨款收支总体情况表"] },
  },
  {
    kind: "appropriation_expenditure",
    name: "财政拨款支出表",
    titles: ["财政拨款…支出"],
    examples: { titles: ["财政拨款支出预算表", "财政拨款支出预算表（功能科目）"] },
  },
  {
    kind: "budget_summary",
    name: "部门收支总表",
    titles: ["收[入]支[出]…总表", "收入支出决算", "收支预算", "收支决算", "收支总体情况", "收支情况表"],
    states: {
      by: "row",
      metrics: ["revenue_total", "revenue_general_budget", "revenue_gov_fund", "revenue_state_capital", "revenue_special_account", "revenue_other", "revenue_business", "revenue_operating", "revenue_carryover", "expenditure_total", "expenditure_basic", "expenditure_project"],
    },
    examples: { titles: ["收支预算总表", "部门收支总表", "收入支出决算总表", "2026年部门财务收支预算总表", "表1 收支总体情况表", "2026年部门收支总体情况表"] },
  },
  {
    kind: "revenue_summary",
    name: "部门收入总表",
    titles: ["收入…表"],
    states: {
      by: "total-row",
      metrics: ["revenue_total", "revenue_general_budget", "revenue_gov_fund", "revenue_state_capital", "revenue_special_account", "revenue_other", "revenue_business", "revenue_operating", "revenue_carryover"],
    },
    examples: { titles: ["收入预算总表", "部门收入总表", "收入决算表", "收入总体情况表"] },
  },
  {
    kind: "expenditure_summary",
    name: "部门支出总表",
    titles: ["支出…表"],
    states: { by: "total-row", metrics: ["expenditure_total", "expenditure_basic", "expenditure_project", "expenditure_personnel", "expenditure_public"] },
    examples: { titles: ["支出预算总表", "部门支出总表", "支出决算表", "本年支出总体情况表"] },
  },
] as const satisfies readonly TableKindEntry[];

export type TableKind = Exclude<(typeof TABLE_KINDS)[number]["kind"], "other"> | "other";

/**
 * How tables are numbered before or after their title: 预算01表, 公开01表, 表一, 附表1, 表3-1, 附件2,
 * 部门预算表1. A line that is only a number is no title; a title keeps its number as printed.
 */
export const TABLE_NUMBERS = ["[预算|公开|决算]#表", "[附]表#", "附件#", "{部门|单位}预算表#"];

/**
 * Label lines printed on a table's title line or just under it: "收入总体情况表单位名称：广州市商务局",
 * "编制单位：…", "单位：万元" (matched on width-folded text, so ： is :). What follows them is not the title.
 */
export const TITLE_LINE_LABELS = ["{单位名称|编制单位|部门名称|预算单位|填报单位|部门(单位)|部门|单位|金额单位}:"];

/** What a title line ends with once its label lines are cut: 表, 表（一）, 表1, 情况. */
export const TITLE_ENDINGS = ["表", "表(…)", "表#", "情况"];

/** The metrics a table of this kind states (none for a kind without `states`). */
export function metricsStatedBy(kind: string): ReadonlySet<string> {
  const entry = TABLE_KINDS.find((k) => k.kind === kind && "states" in k);
  return new Set(entry && "states" in entry ? entry.states.metrics : []);
}
