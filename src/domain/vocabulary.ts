import { matchKey, memoByString } from "../normalise/text.js";
import { containsPhrase, phraseMatcher, wholePhrase } from "./compile.js";

/**
 * The words of budget tables and their explanations that say what a figure is, as data: which
 * labels total other rows, what a column holds (a part of the total, a memo such as 其中 or
 * 政府采购, last year's figure, a column number), which year-kind a column is (预算数 / 执行数 /
 * 决算数), which scope of funds a sentence or table is about, and which words make an amount a
 * change or a carry-over rather than a level. Each list has examples run by
 * tests/domain/vocabulary.test.ts. Everything is matched on the match key (normalise/text.ts).
 */

const words = (list: readonly string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

// ---------------------------------------------------------------------------------------------
// Row labels

/** Labels of rows that total other rows: 合计, 总计, 小计, 收入合计, 本年支出合计 … */
export const TOTAL_WORDS = ["合计", "总计", "小计"] as const;
const TOTAL_LABEL = new RegExp(`(${words(TOTAL_WORDS)})$`);
/** The grand totals of a block (not a 小计): 合计, 总计, 收入合计, 支出总计. */
const GRAND_LABEL = /^(收入|支出)?(合计|总计)$/;

export function isTotalLabel(label: string): boolean {
  return TOTAL_LABEL.test(matchKey(label));
}

/** A 小计 row: the total of one group of rows. */
export function isSubtotalLabel(label: string): boolean {
  return /小计$/.test(matchKey(label));
}

export function isGrandTotalLabel(label: string): boolean {
  return GRAND_LABEL.test(matchKey(label));
}

/**
 * A side's grand total in a 收支 table (carry-overs included): a row ending in 总计, else a
 * 合计 / 收入合计 / 支出合计 row; not a row of this year's money alone (本年收入合计, 当年支出合计).
 */
export const SIDE_GRAND_TOTALS = { first: ["总计"], second: ["[收入|支出]合计"], notThisYearOnly: ["本年", "当年"] } as const;
const SIDE_TOTAL_FIRST = phraseMatcher(SIDE_GRAND_TOTALS.first, "end");
const SIDE_TOTAL_SECOND = wholePhrase(SIDE_GRAND_TOTALS.second);
const THIS_YEAR_ONLY = containsPhrase(SIDE_GRAND_TOTALS.notThisYearOnly);

/** 1 for a …总计 row, 2 for a 合计 row, 0 otherwise (match a printed row name, not its key). */
export function sideGrandTotalRank(name: string): 0 | 1 | 2 {
  return SIDE_TOTAL_FIRST.test(name) ? 1 : SIDE_TOTAL_SECOND.test(name) ? 2 : 0;
}

export function isThisYearOnlyLabel(name: string): boolean {
  return THIS_YEAR_ONLY.test(name);
}

/** The two sides of a 收支 table, by the heading of a block's label and amount columns. */
export const SIDE_WORDS = { income: ["收入"], spending: ["支出"] } as const;
const SIDES = { income: containsPhrase(SIDE_WORDS.income), spending: containsPhrase(SIDE_WORDS.spending) };

export function headsSide(heading: string, side: keyof typeof SIDE_WORDS): boolean {
  return SIDES[side].test(heading);
}

/** A row that lists parts of the row above it (其中：…) rather than a row of its own. */
export function isMemoLabel(label: string): boolean {
  return /^其中/.test(matchKey(label));
}

/**
 * How a 收支总表 row is numbered: `top` for 一、二、… (the rows its 合计 totals), `sub` for the rows
 * that break one down (1. / （一） / 其中 / ①), undefined for an unnumbered row.
 */
export function rowNumbering(label: string): "top" | "sub" | undefined {
  const key = matchKey(label);
  if (/^[一二三四五六七八九十]+、/.test(key)) return "top";
  if (/^(\d+[.、．]|\(|其中|[①-⑳])/.test(key)) return "sub";
  return undefined;
}

/** A header row of column numbers: 栏次 | 1 | 2 | 3 …, or 1 | 2 | 3 alone under a header. */
export function isColumnNumberRow(texts: readonly string[]): boolean {
  const cells = texts.map((t) => matchKey(t)).filter(Boolean);
  if (!cells.length) return false;
  const numbers = cells.filter((t) => /^\d{1,2}$/.test(t));
  const labels = cells.filter((t) => !/^\d{1,2}$/.test(t));
  return numbers.length >= 2 && labels.every((t) => /^(栏次|行次|序号|项目|编码|科目|[甲乙丙丁])$/.test(t)) && isRun(numbers.map(Number));
}

const isRun = (n: number[]) => n.every((x, k) => k === 0 || x === n[k - 1]! + 1 || x === n[k - 1]!);

// ---------------------------------------------------------------------------------------------
// Columns

/**
 * What a column holds, from its header path:
 * - `total`: 合计 / 总计 / 小计 of the columns beside it;
 * - `part`: an amount that adds up into the total (基本支出, 项目支出, 一般公共预算拨款 …);
 * - `memo`: an amount already counted in another column (其中…, 政府采购, 预留给中小企业的份额);
 * - `comparison`: last year's figure, a change or a share (上年预算数, 增减, 比上年, %);
 * - `number`: a row or column number (栏次, 行次, 序号);
 * - `note`: 备注, 说明;
 * - `unknown`: an empty or numeric header: the column cannot be placed in an identity.
 */
export const COLUMN_ROLES = ["total", "part", "memo", "comparison", "number", "note", "unknown"] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const COLUMN_ROLE_WORDS: Record<Exclude<ColumnRole, "total" | "part" | "unknown">, readonly string[]> = {
  memo: ["其中", "政府采购", "预留给中小企业", "预留中小企业", "面向中小企业", "小型、微型企业", "小微企业"],
  comparison: ["增减", "增长", "同比", "比上年", "较上年", "上年预算", "上年决算", "上年执行", "上年数", "变动", "%", "百分", "比重", "占比"],
  number: ["行次", "栏次", "序号"],
  note: ["备注", "说明"],
};

const ROLE_MATCHERS = (Object.entries(COLUMN_ROLE_WORDS) as Array<[ColumnRole, readonly string[]]>).map(([role, list]) => [role, new RegExp(words(list))] as const);

/** The role of one header segment ("其中：政府采购" → memo, "基本支出" → part, "合计" → total). */
export const segmentRole: (segment: string) => ColumnRole = memoByString(readSegmentRole);

function readSegmentRole(segment: string): ColumnRole {
  const key = matchKey(segment);
  if (key === "" || /^[\d.]+$/.test(key)) return "unknown";
  for (const [role, re] of ROLE_MATCHERS) if (re.test(key)) return role;
  if (TOTAL_LABEL.test(key)) return "total";
  return "part";
}

/**
 * A column's role from its whole header path: any memo, comparison, number or note segment makes
 * the column one ("2026年政府采购项目 / 小计" is a memo, not a total); else its last segment decides.
 */
export function columnRole(segments: readonly string[]): ColumnRole {
  if (!segments.length) return "unknown";
  for (const s of segments) {
    const role = segmentRole(s);
    if (role === "memo" || role === "comparison" || role === "number" || role === "note") return role;
  }
  return segmentRole(segments.at(-1)!);
}

/** Headers of the column holding a row's whole amount (合计, 金额, 预算数 …) … */
export const WHOLE_ROW_WORDS = ["合计", "总计", "小计", "金额", "预算数", "决算数", "本年"] as const;
/** … unless they name a component (基本/项目, 人员/公用), a fund or last year. */
export const COMPONENT_WORDS = ["基本", "项目", "人员", "公用", "上年", "结转", "政府性基金", "国有资本"] as const;

/** Does the column hold each row's whole amount ("总 计", "支出预算数"), not a component of it? */
const WHOLE_ROW = new RegExp(words(WHOLE_ROW_WORDS));
const COMPONENT = new RegExp(words(COMPONENT_WORDS));

export function isWholeRowColumn(header: string): boolean {
  const key = matchKey(header);
  return WHOLE_ROW.test(key) && !COMPONENT.test(key);
}

/** Which year's kind of figure a column holds. */
export const COLUMN_KINDS = ["budget", "execution", "final"] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export const COLUMN_KIND_WORDS: Record<ColumnKind, readonly string[]> = {
  budget: ["预算数", "年初预算", "年预算"],
  execution: ["执行数", "预计执行", "执行"],
  final: ["决算数", "决算"],
};

/** The kind a header names, or undefined when it names none ("合计"); 执行/决算 win over 预算 ("预算执行数"). */
const KIND_MATCHERS = { final: new RegExp(words(COLUMN_KIND_WORDS.final)), execution: new RegExp(words(COLUMN_KIND_WORDS.execution)), budget: new RegExp(words(COLUMN_KIND_WORDS.budget)) };

export function columnKind(header: string): ColumnKind | undefined {
  const key = matchKey(header);
  if (KIND_MATCHERS.final.test(key)) return "final";
  if (KIND_MATCHERS.execution.test(key)) return "execution";
  if (KIND_MATCHERS.budget.test(key)) return "budget";
  return undefined;
}

/** The 预算数 / 决算数 pair a 决算 table prints under every item (上海普陀 决算 三公表), as printed. */
export const KIND_GROUP_HEADERS = ["[年初][全年]{预算|决算}[数]"] as const;
const KIND_GROUP = wholePhrase(KIND_GROUP_HEADERS);

/** Is a header segment (as printed) only the 预算数 / 决算数 under an item ("年初预算数", "决算")? */
export function isKindGroupHeader(segment: string): boolean {
  return KIND_GROUP.test(segment);
}

/** Header words of a column about another year or a change (上年预算数, 增减, 比上年), as printed. */
export const PRIOR_OR_CHANGE_HEADER_WORDS = ["上年", "增减", "比"] as const;
const PRIOR_OR_CHANGE_HEADER = containsPhrase(PRIOR_OR_CHANGE_HEADER_WORDS);

export function isPriorOrChangeHeader(segment: string): boolean {
  return PRIOR_OR_CHANGE_HEADER.test(segment);
}

/** The year a header names ("2021年 / 合计" → 2021), or undefined. */
export function columnYear(header: string): number | undefined {
  const m = /(20\d\d)年/.exec(matchKey(header));
  return m ? Number(m[1]) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Scope of funds

/**
 * The money a figure covers (DOMAIN §2): all of the department's funds, 财政拨款 (appropriations:
 * 一般公共预算 + 政府性基金 + 国有资本经营), or one of those budgets.
 */
export const SCOPES = ["all", "appropriation", "general_budget", "gov_fund", "state_capital"] as const;
export type Scope = (typeof SCOPES)[number];

/** Words naming a scope, most specific first. */
export const SCOPE_WORDS: ReadonlyArray<readonly [Scope, readonly string[]]> = [
  ["general_budget", ["一般公共预算", "公共财政"]],
  ["gov_fund", ["政府性基金"]],
  ["state_capital", ["国有资本经营"]],
  ["appropriation", ["财政拨款"]],
];

/** The scope a label, sentence or title names, or undefined when it names none. */
const SCOPE_MATCHERS = SCOPE_WORDS.map(([scope, list]) => [scope, new RegExp(words(list))] as const);

export function scopeNamed(text: string): Scope | undefined {
  const key = matchKey(text);
  let best: { scope: Scope; at: number } | undefined;
  for (const [scope, re] of SCOPE_MATCHERS) {
    const at = key.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { scope, at };
  }
  return best?.scope;
}

/** Can a figure of scope `a` be compared with one of scope `b`? Only within the same scope. */
export function sameScope(a: Scope, b: Scope): boolean {
  return a === b;
}

// ---------------------------------------------------------------------------------------------
// Text amounts

/** Words after which an amount is a change against another year, not a level (减少了 too). */
export const CHANGE_WORDS = ["增加", "减少", "增长", "下降", "降低", "上升", "增幅", "降幅", "减幅", "持平", "调减", "调增", "多", "少"] as const;
/** Matches a label that ends in a change word (as printed: run it on the label, not its key). */
export const CHANGE = new RegExp(`(${words(CHANGE_WORDS)})了?\\s*$`);

/** Which way a change word goes: 增加 … +1, 减少 … −1, 持平 or none 0. */
export const RISE_WORDS = ["增加", "增长", "上升", "增幅", "调增"] as const;
export const FALL_WORDS = ["减少", "下降", "降低", "降幅", "减幅", "调减"] as const;
const RISE = new RegExp(`(${words(RISE_WORDS)})了?\\s*$`);
const FALL = new RegExp(`(${words(FALL_WORDS)})了?\\s*$`);

export function changeDirection(label: string): 1 | -1 | 0 {
  return RISE.test(label) ? 1 : FALL.test(label) ? -1 : 0;
}

export function isChangeLabel(label: string): boolean {
  return CHANGE.test(matchKey(label));
}

/**
 * Words that make an amount this year's money carried over from last year (上年结转, 上年实户资金余额,
 * 结转2025年下达的资金), not last year's level: "上年" in them does not name the prior year.
 */
export const CARRYOVER_WORDS = ["结转", "结余", "余额", "上年实户"] as const;
const CARRYOVER = new RegExp(words(CARRYOVER_WORDS));

export function isCarryoverLabel(label: string): boolean {
  return CARRYOVER.test(matchKey(label));
}

/**
 * Spending parts a paragraph breaks down that are not classification rows: "项目支出57,973.81万元，
 * 具体包括：1.预算准备金… 3.公安执法办案8,560.83万元" lists projects, whose names can repeat a
 * 功能分类 name (执法办案) while covering other money.
 */
export const SPENDING_PART_WORDS = ["项目支出", "基本支出", "人员经费", "公用经费", "在职人员经费", "对个人和家庭的补助"] as const;

const SPENDING_PART = new RegExp(`^(${words(SPENDING_PART_WORDS)})(支出)?$`);

export function isSpendingPartLabel(label: string): boolean {
  const key = matchKey(label).replace(/^(\(?[一二三四五六七八九十\d]+[)、.．]?)/, "");
  return SPENDING_PART.test(key);
}

// ---------------------------------------------------------------------------------------------
// A table's grid (recognise/table-grid.ts, table-records.ts), on cell text without spaces

/** The first cell of a column-number row over the data (栏次 | 1 | 2 …): still header. */
export const NUMBER_ROW_FIRST = wholePhrase(["栏次", "行次", "序号", "项目", "编码"]);
/** The first cell of a totals row (合计 | 1,234.00 …): the first data row. */
export const SUM_ROW_FIRST = wholePhrase(["合计", "总计"]);
/** The 合计 cell of a row as printed, spaces between the characters allowed (合　计). */
export const SUM_CELL = /^合\s*计$/;
/** A title naming a table (…表): its kind is read from it rather than from the header. */
export const TABLE_WORD = containsPhrase(["表"]);

/** A totals row's text as printed: 合计, 总 计, 小计. */
export const TOTAL_CELL = /^(?:合|总|小)\s*计$/;

// ---------------------------------------------------------------------------------------------
// Empty tables

/**
 * Notes that say a table is empty on purpose (江苏 "注：本部门无相关收支项目", 政协 "本部门无该项目",
 * 上海 "…故本表无数据", "此表为空"): the table is published and has nothing to show. One list for every
 * format; as regular-expression choices (… within a few characters: 没有…收支, 无…支出数据).
 */
export const EMPTY_TABLE_NOTES: readonly string[] = [
  "此表为空",
  "本表为空",
  "空表",
  "无相关",
  "无该项",
  "无此项",
  "本表无数据",
  "没有.{0,12}(收支|数据|项目)",
  "无.{0,8}(收入|支出)(预算|决算)?(数据|项目|安排)",
];
export const EMPTY_TABLE_NOTE = new RegExp(EMPTY_TABLE_NOTES.join("|"), "u");

/** Examples run by tests/domain/vocabulary.test.ts: [input, expected]. */
export const VOCABULARY_EXAMPLES = {
  totalLabels: [["合　计", true], ["本年支出合计", true], ["小计", true], ["合计数", false], ["一般公共服务支出", false]],
  subtotalLabels: [["小　计", true], ["支出小计", true], ["合计", false]],
  grandTotals: [["收入总计", true], ["合计", true], ["小计", false], ["本年收入合计", false]],
  columnNumberRows: [[["栏次", "1", "2", "3"], true], [["", "1", "2", "3", "4"], true], [["合计", "100.00", "50.00"], false], [["项目", "12", "30"], false]],
  columnRoles: [
    [["合计"], "total"],
    [["支出预算", "基本支出"], "part"],
    [["2026年政府采购项目", "小计"], "memo"],
    [["其中：政府采购"], "memo"],
    [["上年预算数"], "comparison"],
    [["比上年增减(%)"], "comparison"],
    [["栏次"], "number"],
    [["备注"], "note"],
    [[""], "unknown"],
    [["3"], "unknown"],
  ],
  wholeRowColumns: [["总 计", true], ["支出预算数", true], ["基本支出 / 小计", false], ["上年预算数", false], ["科目名称", false]],
  sideGrandTotalRanks: [["收入总计", 1], ["支出总计", 1], ["合计", 2], ["支出合计", 2], ["本年收入合计", 0], ["小计", 0]],
  thisYearOnly: [["本年收入合计", true], ["当年支出合计", true], ["收入总计", false]],
  incomeHeadings: [["收入/项目", true], ["支出/功能分类科目", false]],
  kindGroupHeaders: [["预算数", true], ["年初预算", true], ["全年决算数", true], ["预算数合计", false]],
  priorOrChangeHeaders: [["上年预算数", true], ["比上年增减", true], ["本年预算数", false]],
  columnKinds: [["2025年预算数", "budget"], ["2025年预算执行数", "execution"], ["决算数", "final"], ["合计", undefined]],
  scopes: [
    ["一般公共预算财政拨款基本支出", "general_budget"],
    ["财政拨款收入支出总计", "appropriation"],
    ["政府性基金预算支出表", "gov_fund"],
    ["部门收支总体情况", undefined],
  ],
  changeLabels: [["较上年增加了", true], ["比上年减少", true], ["项目支出", false]],
  carryoverLabels: [["上年结转", true], ["上年实户资金余额", true], ["另有结转2025年下达的资金", true], ["上年预算", false], ["2025年年初预算数为", false]],
  changeDirections: [["较上年增加", 1], ["下降", -1], ["减少了", -1], ["与上年持平", 0]],
  rowNumberings: [["一、财政拨款", "top"], ["1.一般公共预算", "sub"], ["（一）基本支出", "sub"], ["其中：政府采购", "sub"], ["上年结转", undefined]],
  numberRowFirsts: [["栏次", true], ["编码", true], ["科目", false]],
  sumRowFirsts: [["合计", true], ["总计", true], ["小计", false]],
  sumCells: [["合　计", true], ["合计", true], ["合计数", false]],
  tableWords: [["一般公共预算支出表", true], ["部门预算", false]],
  totalCells: [["合计", true], ["总 计", true], ["小计", true], ["合计数", false]],
  emptyNotes: [
    ["注：本部门无相关收支项目", true],
    ["本部门无该项目", true],
    ["本部门2026年无国有资本经营预算收支，故本表无数据", true],
    ["此表为空", true],
    ["本单位没有政府性基金收支", true],
    ["本部门无政府性基金预算支出数据", true],
    ["注：本表为部门汇总数据", false],
  ],
  spendingParts: [["（五）项目支出", true], ["基本支出", true], ["3.公安执法办案", false]],
} as const;
