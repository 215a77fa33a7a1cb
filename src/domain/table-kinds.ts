import { listMatchers, phraseMatcher, type PhraseList } from "./compile.js";

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
    // Untitled (深圳 第七部分, 广州 项目绩效目标): one row per project, its budget and its targets in words.
    headers: [["一级指标", "二级指标"], ["项目", "预算数", "绩效目标"], ["项目", "绩效指标", "指标值"]],
    examples: {
      titles: ["项目支出绩效目标表", "2022年部门整体支出绩效目标表"],
      headers: [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["二级预算单位名称", "一级项目名称", "预算数（万元）", "绩效目标"],
        ["项目", "预算数（单位：万元）", "绩效目标"],
        ["项目名称", "绩效指标", "指标值"],
      ],
    },
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

/**
 * Lines just above a table that are not its title (on width-folded text): the department's or
 * unit's label line ("部门：…", "编制单位：…", "部门（单位）：…") and a date line ("截止2025年12月31日").
 */
export const LINES_ABOVE_NOT_TITLE = {
  words: ["{部门|单位|编制单位|部门(单位)}{:|：}", "截止"],
  place: "start",
  examples: { yes: ["部门:某某局", "编制单位：某某局", "部门(单位):某某局", "截止2025年12月31日"], no: ["一般公共预算支出表", "单位名称:某某局"] },
} as const satisfies PhraseList;
export const LINE_ABOVE_NOT_TITLE = phraseMatcher(LINES_ABOVE_NOT_TITLE.words, "start");

/** What a title line ends with once its label lines are cut: 表, 表（一）, 表1, 情况. */
export const TITLE_ENDINGS = ["表", "表(…)", "表#", "情况"];

/** The metrics a table of this kind states (none for a kind without `states`). */
export function metricsStatedBy(kind: string): ReadonlySet<string> {
  const entry = TABLE_KINDS.find((k) => k.kind === kind && "states" in k);
  return new Set(entry && "states" in entry ? entry.states.metrics : []);
}

/**
 * The words recognise/table-metric.ts reads in a table's cells to say which cell states a metric:
 * which rows total the table, which column headers hold the year's amount and which another year,
 * a change or a share. Matched on match keys (normalise/text.ts); `place` as in domain/compile.ts
 * (anywhere by default). Each list's examples are run by tests/domain/table-kinds.test.ts.
 */
export const STATING_CELL_WORDS = {
  /** A row that totals the table (its first or last label). */
  totalRow: { words: ["合计", "总计", "小计合计", "本年合计"], place: "whole", examples: { yes: ["合计", "本年合计"], no: ["小计", "合计数"] } },
  /**
   * The total row of one side of a 基本支出 table printed in two halves (the national 决算 template's
   * 人员经费 | 公用经费 side by side, each half ending in its own 合计 row).
   */
  basicPartTotalRow: { words: ["{人员经费|公用经费|日常公用经费}{合计|小计}"], place: "whole", examples: { yes: ["人员经费合计", "公用经费合计"], no: ["合计", "人员经费", "工资福利支出"] } },
  /** A header leaf that says which figure of a column group (the year's budget), not what it is ("公务接待费 / 决算数"). */
  amountWord: { words: ["[本年|年初|全年]{预算数|决算数|预算|决算|金额|执行数}"], place: "whole", examples: { yes: ["决算数", "年初预算", "全年执行数", "金额"], no: ["公务接待费", "预算数合计"] } },
  /** A header leaf that only numbers the column (the 栏次 row of a 决算 table: 1, 2 …): says which column, not what. */
  columnNumber: { words: ["[栏次]#"], place: "whole", examples: { yes: ["1", "2", "栏次3"], no: ["金额", "2026年"] } },
  /** A column that is not the current year's department figure: another year, a change, a share, a column number, a month. */
  otherFigure: {
    words: ["上年", "去年", "增减", "增长", "变动", "比上年", "栏次", "%", "百分比", "占比", "结转下年", "年末结转", "本月", "本期", "月份", "累计"],
    examples: { yes: ["上年预算数", "比上年增减(%)", "1-6月份累计"], no: ["2026年预算数", "合计"] },
  },
  /** A header leaf of the column holding the row's amount (or a 价值 column of the 资产 table). */
  amountColumn: {
    words: ["金额", "合计", "总计", "预算数", "决算数", "本年预算数", "预算金额", "本年支出", "小计", "价值…"],
    place: "whole",
    examples: { yes: ["金额", "本年预算数", "价值(万元)"], no: ["基本支出", "上年预算数"] },
  },
  /** A 决算 document's column printing 预算 without 决算 states last plan, not the account … */
  budgetColumn: { words: ["预算"], examples: { yes: ["年初预算数"], no: ["决算数"] } },
  finalColumn: { words: ["决算"], examples: { yes: ["预算决算数", "决算"], no: ["预算数"] } },
  /** … and a 预算 document's column printing 决算 or 执行 states an account. */
  accountColumn: { words: ["决算", "执行"], examples: { yes: ["2025年执行数", "决算数"], no: ["预算数"] } },
  /** A header of parts already counted (其中). */
  memo: { words: ["其中"], examples: { yes: ["支出/其中:政府采购"], no: ["基本支出"] } },
  /** 三公 table: a 合计 / 小计 leaf … */
  subtotal: { words: ["合计", "小计"], place: "whole", examples: { yes: ["合计", "小计"], no: ["总计"] } },
  /** … under 公务用车 is the vehicles' subtotal, */
  vehicleGroup: { words: ["公务用车"], examples: { yes: ["公务用车购置及运行费/小计"], no: ["合计"] } },
  /** … under “三公” the 三公 total, */
  threePublicGroup: { words: ["三公"], examples: { yes: ["三公经费/合计"], no: ["合计"] } },
  /** … and alone the 三公 total unless the title adds other money to it (会议费, 培训费, 机关运行经费). */
  besidesThreePublic: { words: ["会议", "培训", "机关运行"], examples: { yes: ["“三公”经费、会议费、培训费支出预算表"], no: ["“三公”经费支出表"] } },
  /** 政府采购 table: the total's column. */
  procurementTotal: { words: ["合计", "总计", "金额"], place: "whole", examples: { yes: ["金额"], no: ["货物"] } },
  /** 资产 table: the row of all assets. */
  assetsTotal: { words: ["资产总额", "资产总计", "固定资产合计"], place: "whole", examples: { yes: ["资产总额", "固定资产合计"], no: ["房屋"] } },
  /** 收支总表: a bare 合计 / 总计 row totals its side (重庆 prints "合 计" under 收入 and under 支出) … */
  sideTotal: { words: ["合计", "总计"], place: "whole", examples: { yes: ["合计", "总计"], no: ["小计"] } },
  /** … the side the column's header names. */
  incomeSide: { words: ["[本年]收入"], place: "start", examples: { yes: ["收入/金额", "本年收入"], no: ["支出"] } },
  spendingSide: { words: ["[本年]支出"], place: "start", examples: { yes: ["支出/金额", "本年支出"], no: ["收入"] } },
  /** 收入总表: the total's column, unless under 其中. */
  revenueTotal: { words: ["合计", "总计", "收入合计", "收入总计"], place: "whole", examples: { yes: ["合计", "收入总计"], no: ["本年收入"] } },
  /** A 收入总表 column named …资金 names that revenue (财政拨款资金 is 财政拨款收入). */
  fundsColumn: { words: ["资金"], place: "end", examples: { yes: ["其他资金"], no: ["资金来源"] } },
  /** 支出总表: the total's column, unless under 基本支出 or 项目支出, where 小计 / 合计 is 基本支出. */
  expenditureTotal: { words: ["合计", "总计", "支出合计", "支出总计"], place: "whole", examples: { yes: ["合计", "支出总计"], no: ["基本支出"] } },
  spendingParts: { words: ["基本支出", "项目支出"], examples: { yes: ["基本支出/小计", "项目支出"], no: ["合计"] } },
  basicGroup: { words: ["基本支出"], examples: { yes: ["基本支出/小计"], no: ["项目支出"] } },
} as const satisfies Record<string, PhraseList>;

/** The matchers of STATING_CELL_WORDS (domain/compile.ts). */
export const STATING_CELLS = listMatchers(STATING_CELL_WORDS);

/** A row's number before its label (一、 二、 十二.), dropped before a total row is recognised. */
export const TOP_ROW_NUMBER = { pattern: /^[一二三四五六七八九十]+[、.]/, examples: { yes: ["一、合计", "十二.总计"], no: ["合计", "(一)合计"] } } as const;

/** A header or row label without the years it names ("2024年度决算数" → "决算数"). */
export function withoutYears(key: string): string {
  return key.replace(/(?:19|20)\d{2}年度?/g, "");
}

/** The years a column header names ("2025年预算数 / 2026年预算数" side by side: only the document's year states a metric). */
export function headerYears(key: string): number[] {
  return [...key.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
}

/** What a 收入总表 column named …资金 is read as: the revenue of that name. */
export const FUNDS_AS_REVENUE = "收入";
/** Every kind a table can be given (`tables.kind`), in the order of TABLE_KINDS: the closed list the records are validated against. */
export const TABLE_KIND_IDS = [...new Set(TABLE_KINDS.map((k) => k.kind))] as [TableKind, ...TableKind[]];

/**
 * The scope of funds a table of this kind covers when its title names none (DOMAIN §2): the
 * 一般公共预算, 政府性基金 and 国有资本经营 tables their budget, the 财政拨款 tables the appropriations;
 * undefined for the tables of all the department's funds and for the rest.
 */
export const KIND_SCOPES = [
  ["general_budget", "general_budget"],
  ["gov_fund", "gov_fund"],
  ["state_capital", "state_capital"],
  ["appropriation", "appropriation"],
] as const;

export function scopeOfKind(kind: string): (typeof KIND_SCOPES)[number][1] | undefined {
  return KIND_SCOPES.find(([prefix]) => kind.startsWith(prefix))?.[1];
}
