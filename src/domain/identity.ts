/**
 * Whose document, for which year, of which kind: how budget disclosures across China print their
 * identity. recognise/metadata.ts reads titles, covers and label lines with these lists; every entry
 * carries small examples that tests/domain/identity.test.ts runs.
 *
 * All words are phrase patterns (domain/compile.ts; these are plain characters) matched on folded
 * text (half-width, simplified, without spaces: normalise/text.ts), so "2026 年度" is 2026年度 and
 * "部门（单位）" is 部门(单位).
 */

import { matchKey } from "../normalise/text.js";
import { phraseMatcher, phraseSource } from "./compile.js";

export type DocKind = "budget" | "final_account";
export type DocScope = "department" | "unit";

/**
 * Words that name the kind of document: a text that prints any 决算 word is a final account (it may
 * also name the budget it executed), else any 预算 word makes it a budget; longest first.
 * `scope` says whether it is a 部门 (the department with its units) or a 单位 (one unit) document.
 */
export const KIND_WORDS: ReadonlyArray<{ word: string; kind: DocKind; scope?: DocScope; examples: readonly string[] }> = [
  { word: "部门决算", kind: "final_account", scope: "department", examples: ["上海市普陀区财政局2024年度部门决算"] },
  { word: "单位决算", kind: "final_account", scope: "unit", examples: ["某某大学2024年度单位决算公开"] },
  { word: "决算", kind: "final_account", examples: ["某某局2024年度决算公开", "三公经费支出决算批复表", "2024年度部门预算执行情况及决算"] },
  { word: "部门综合预算", kind: "budget", scope: "department", examples: ["西安市商务局2022年部门综合预算"] },
  { word: "部门预算", kind: "budget", scope: "department", examples: ["2026年深圳市司法局(本级)部门预算", "江苏省财政厅2019年部门预算公开"] },
  { word: "单位预算", kind: "budget", scope: "unit", examples: ["上海市2026年市级单位预算", "无锡市教育局(本级)2026年度单位预算公开"] },
  { word: "预算", kind: "budget", examples: ["省人大办公厅2018预算公开", "上海市财政局25年预算"] },
];

/**
 * Names of a kind of money, not of a document: "一般公共预算三公经费支出决算情况" is a 决算, and
 * "一般公共预算支出表" alone says nothing about the kind of document.
 */
export const FUND_NAMES: readonly string[] = ["一般公共预算", "公共财政预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算"];

/** "…2015年三公经费支出情况": what was spent, i.e. a final account, when no kind word is printed. */
export const SPENT_WORDS: readonly string[] = ["支出情况"];

/**
 * The fiscal year as titles print it; the first form found in a text wins. `(?:19|20)\d{2}` is a
 * year; `年度`, `年` or a kind word right after it make it the document's year.
 */
export const YEAR_FORMS: ReadonlyArray<{ form: string; examples: ReadonlyArray<[string, number]> }> = [
  { form: "a range: the plan's first year", examples: [["2017—2019年预算编制说明", 2017]] },
  { form: "four digits before 年 / 年度 / 预算 / 决算", examples: [["2026 年度无锡市商务局部门预算公开", 2026], ["西安市信访局(汇总)2026年部门预算公开说明", 2026], ["省人大办公厅2018预算公开", 2018]] },
  { form: "Chinese numerals before 年", examples: [["二〇二〇年部门预算", 2020]] },
  { form: "two digits before 年 and a kind word", examples: [["上海市财政局25年预算", 2025], ["某某单位25年度单位预算", 2025]] },
];

/**
 * Label lines that name the body a document (or its tables) is for: "预算单位：上海市审计局",
 * "部门名称：深圳市司法局（本级）", "部门（单位）：烟台市教育局". Longest first. A bare "单位：" more
 * often gives the unit of amounts (单位：万元): its value counts only when it names an organisation.
 * `departmentOnly`: the label names the department above a unit ("主管部门"), so it is the body only
 * of a 部门 document ("上海市普陀区2026年区级部门预算" / "预算主管部门：上海市普陀区司法局").
 */
export const BODY_LABELS: ReadonlyArray<{ label: string; departmentOnly?: true; examples: ReadonlyArray<[string, string | null]> }> = [
  { label: "预算主管部门", departmentOnly: true, examples: [["预算主管部门：上海市普陀区司法局", "上海市普陀区司法局"]] },
  { label: "主管部门", departmentOnly: true, examples: [["主管部门：某某市教育局", "某某市教育局"]] },
  { label: "部门(单位)", examples: [["部门（单位）：烟台市教育局          单位：万元", "烟台市教育局"]] },
  { label: "单位名称", examples: [["单位名称：广州市规划和自然资源局", "广州市规划和自然资源局"]] },
  { label: "部门名称", examples: [["部门名称：深圳市交通运输局（本级）", "深圳市交通运输局"]] },
  { label: "预算单位", examples: [["预算单位：上海水产老干部活动室", "上海水产老干部活动室"], ["预算单位：上海市花卉良种试验场", "上海市花卉良种试验场"]] },
  { label: "编制单位", examples: [["编制单位：某某县教育局", "某某县教育局"]] },
  { label: "编制部门", examples: [["编制部门：上海市普陀区司法局                单位：元", "上海市普陀区司法局"]] },
  { label: "部门", examples: [["部门：中共江苏省委办公厅 单位：万元", "中共江苏省委办公厅"], ["部门：财政拨款", null]] },
  { label: "单位", examples: [["单位：无锡市教育局（本级）", "无锡市教育局"], ["单位：万元", null]] },
];

/**
 * Words printed after a body's name that say which part of it the document covers, not who it is:
 * "深圳市交通运输局（本级）", "西安市信访局（汇总）". They are dropped from the department.
 */
export const BODY_QUALIFIERS: readonly string[] = ["本级", "汇总", "合并", "单位", "部门", "本部"];
/** The same, printed without brackets: "苏州市自然资源和规划局本级". */
export const BARE_QUALIFIERS: readonly string[] = ["本级"];

/** A cover line ending so names who printed the document, not the document: "江苏省财政厅印制". */
export const PRINTER_ENDINGS: readonly string[] = ["印制", "印发", "制"];

/**
 * How the names of organisations end (局, 委员会, 办公室, 中心, 学院, 试验场 …): a text that does not
 * end so is not taken for a department. A whole government (平潭综合实验区) is a body only where a
 * title names it before its budget (REGION_ENDINGS).
 */
export const ORGANISATION_ENDINGS: readonly string[] = [
  "办公厅", "办公室", "委员会", "人民政府", "政府", "局", "厅", "委", "办", "院", "会", "部", "处", "所", "站", "队", "馆",
  "中心", "公司", "集团", "学校", "校", "大学", "中学", "小学", "医院", "团", "社", "台", "署", "庭", "室", "场", "园", "宫", "库",
  "监狱", "联", "协",
];

export const ORGANISATION_EXAMPLES: ReadonlyArray<[string, boolean]> = [
  ["上海市花卉良种试验场", true],
  ["上海水产老干部活动室", true],
  ["中共西安市委党校", true],
  ["上海交通职业技术学院", true],
  ["深圳市交通运输局", true],
  ["某某市第一中学", true],
  ["某某市妇联", true],
  ["某某市政协", true],
  ["某某县某某镇人民政府", true],
  ["某某街道办事处", true],
  ["某某监狱", true],
  ["上海市", false],
  ["本部门", false],
  ["万元", false],
  ["财政拨款", false],
];

/**
 * The names one body is printed under, folded to one key (normalise/department-key.ts), in this
 * order: 中国共产党江苏省委员会办公厅, 中共江苏省委办公厅 and 江苏省委办公厅 are one body.
 */
export const NAME_FOLDS: ReadonlyArray<{ from: RegExp; to: string; examples: ReadonlyArray<[string, string]> }> = [
  { from: /^中国共产党/, to: "中共", examples: [["中国共产党江苏省委员会办公厅", "中共江苏省委员会办公厅"]] },
  { from: /([省市区县州盟旗])委员会/, to: "$1委", examples: [["中共江苏省委员会办公厅", "中共江苏省委办公厅"], ["某某市教育委员会", "某某市教育委员会"]] },
  { from: /^中共/, to: "", examples: [["中共江苏省委办公厅", "江苏省委办公厅"]] },
];

/**
 * How a sentence shortens the department's name: without the region before it, and a 人民政府 as
 * 政府 or as the place alone ("平潭综合实验区苏澳镇人民政府" is also "苏澳镇人民政府", "苏澳镇政府"
 * and "苏澳镇"). `regionLead` is the region (at most 12 characters up to 综合实验区 / 自治州 / 自治县 /
 * 省 / 市 / 县 / 区, leaving at least two). Examples run by tests/domain/identity.test.ts.
 */
export const SHORT_NAMES = {
  regionLead: /^.{0,12}?(?:综合实验区|自治州|自治县|[省市县区])(?=.{2,})/u,
  government: "人民政府",
  shortGovernment: "政府",
  examples: [["平潭综合实验区苏澳镇人民政府", ["平潭综合实验区苏澳镇人民政府", "平潭综合实验区苏澳镇政府", "平潭综合实验区苏澳镇", "苏澳镇人民政府", "苏澳镇政府", "苏澳镇"]]],
} as const;

/** The department as a sentence may name it, longest first (SHORT_NAMES), on match keys. */
export function departmentNames(department: string): string[] {
  const full = matchKey(department);
  const local = full.replace(SHORT_NAMES.regionLead, "");
  const names = new Set([full, local]);
  for (const n of [full, local]) {
    const bare = n.endsWith(SHORT_NAMES.government) ? n.slice(0, -SHORT_NAMES.government.length) : n;
    if (bare !== n && bare.length >= 2) names.add(`${bare}${SHORT_NAMES.shortGovernment}`).add(bare);
  }
  return [...names].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}

/** Words that refer to a body without naming it ("本部门", "各单位", "下属单位"). */
export const NOT_A_NAME_STARTS: readonly string[] = ["本", "各", "该", "所属", "下属", "其他", "其中"];

/**
 * Besides funds' names and kind words, what a government's name in a title stops before (quoted or
 * not): "2018年平原镇“三公”经费支出决算情况" names 平原镇.
 */
export const REGION_NAME_STOPS: readonly string[] = ["三公"];

export const REGION_ENDINGS: readonly string[] = ["区", "县", "市", "省", "镇", "乡", "旗", "州", "街道"];

/**
 * Whole titles as real disclosures print them (a line break as "⏎"), with the identity they give:
 * the cases recognise/metadata.ts must keep reading. Run by tests/domain/identity.test.ts.
 */
export const TITLE_EXAMPLES: ReadonlyArray<{
  lines: readonly string[];
  department: string | null;
  year: number | null;
  kind: DocKind | "unknown";
  scope?: DocScope | null;
  why: string;
}> = [
  { lines: ["2026 年深圳市交通运输局（本级）部", "门预算", "目 录"], department: "深圳市交通运输局", year: 2026, kind: "budget", scope: "department", why: "a title wrapped mid-word, with （本级）" },
  { lines: ["西安市信访局（汇总）", "2026年部门预算公开说明", "目录"], department: "西安市信访局", year: 2026, kind: "budget", why: "the name alone on the line above, with （汇总）" },
  { lines: ["西安市商务局", "2022 年部门综合预算", "目 录"], department: "西安市商务局", year: 2022, kind: "budget", why: "the department printed alone above the title" },
  { lines: ["2026 年度", "无锡市交通运输局（本级）", "单位预算公开", "目 录"], department: "无锡市交通运输局", year: 2026, kind: "budget", scope: "unit", why: "a cover over three lines, 年度" },
  { lines: ["上海市2026年市级单位预算", "预算单位：上海市花卉良种试验场", "目 录"], department: "上海市花卉良种试验场", year: 2026, kind: "budget", scope: "unit", why: "a region's title and the unit on a label line" },
  { lines: ["2026 年度苏州市科学技术局单位预算公开", "目 录"], department: "苏州市科学技术局", year: 2026, kind: "budget", scope: "unit", why: "year, body and kind on one line" },
  { lines: ["某某大学2024年度决算公开", "目 录"], department: "某某大学", year: 2024, kind: "final_account", why: "a university's 决算公开" },
  { lines: ["2016年度平潭综合实验区一般公共预算三公经费支出决算情况"], department: "平潭综合实验区", year: 2016, kind: "final_account", why: "a government named after the year; 一般公共预算 names money, not the kind" },
  { lines: ["2018年平原镇“三公”经费支出决算情况"], department: "平原镇", year: 2018, kind: "final_account", why: "a government's name stops before 三公" },
  { lines: ["二〇二〇年某某县财政局部门预算"], department: "某某县财政局", year: 2020, kind: "budget", why: "the year in Chinese numerals" },
  { lines: ["2026年某某街道部门预算", "目 录"], department: "某某街道", year: 2026, kind: "budget", scope: "department", why: "a 街道 is a government of its own" },
  { lines: ["上海市2026年市级单位预算", "目 录"], department: null, year: 2026, kind: "budget", why: "a region is not the department: none rather than a wrong one" },
];

// ---------------------------------------------------------------------------------------------
// Years and dates, as titles and covers print them (matched on the match key unless said otherwise)

/** A year right before 年 / 预算 / 决算: the document's year on a line that prints a kind word. */
export const YEAR_BEFORE_KIND = /(?:19|20)\d{2}(?=年|预算|决算)/;
/** The year that splits a title into the text before it and the text up to its kind word. */
export const TITLE_YEAR = /(?:(?:19|20)\d{2}|\d{2})年度?|(?:19|20)\d{2}/;
/** Years and digits a title part opens with ("2026年度", "25 "): not part of a body's name. */
export const LEADING_YEARS = /^(?:(?:19|20)\d{2}年?度?|[\d\s])+/;
/** A month or a run of months ending a name ("平原镇1月份", "…1-9月"): the period, not the body. */
export const MONTHS_AT_END = /(?:1[0-2]|[1-9])(?:[-－—~至到](?:1[0-2]|[1-9]))?月份?$/;
/** A region's level, not a region ("市级", "区级"): "上海市2026年市级单位预算" names no body. */
export const LEVEL_ENDING = /级$/;

/** "1月份", "1-9月", "2018年2月份": a month or a run of months, i.e. part of a year (on folded text). */
const PART_YEAR = /(?:^|[^\d])(?:1[0-2]|[1-9])(?:\s*[-－—~至到]\s*(?:1[0-2]|[1-9]))?\s*月(?:份)?(?!\d)/;
/** A date a title ends in ("…市级单位预算2026年1月"), and the years in it: neither is a month's report. */
const TITLE_DATE_AT_END = /(?:19|20)\d{2}\s*年\s*(?:1[0-2]|[1-9])\s*月\s*$/;
const YEAR_WORD = /(?:19|20)\d{2}\s*年/g;

/** Does a (folded) title name part of a year: 1月份, 1-9月? A date it ends in and its years do not count. */
export function namesPartOfYear(folded: string): boolean {
  return PART_YEAR.test(folded.replace(TITLE_DATE_AT_END, "").replace(YEAR_WORD, "年"));
}

const PRINTING_DATE = /^(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?$/;

/** "2026年1月", "二〇二六年一月十日": the date a cover was printed on, alone on its line. */
export function isPrintingDate(line: string): boolean {
  return PRINTING_DATE.test(matchKey(line));
}

const YEAR_RANGE = /((?:19|20)\d{2})年?[-－—–~至到]+(?:19|20)\d{2}年/;
const FULL_YEAR = /((?:19|20)\d{2})(?:年|预算|决算|年度)/;
const BARE_YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/;
const SHORT_YEAR = /(?:^|[^\d])(\d{2})年(?:度)?(?:部门|单位)?(?:预算|决算)/;

/** The year a text names first (a range's first year): "2026 年度…", "二〇二〇年…", "25年预算" (YEAR_FORMS). */
export function yearIn(text: string): number | null {
  const t = matchKey(chineseYears(text));
  // "2017—2019年预算编制说明": a plan over several years is the first year's budget.
  const range = YEAR_RANGE.exec(t);
  if (range) return Number(range[1]);
  const full = FULL_YEAR.exec(t) ?? BARE_YEAR.exec(t);
  if (full) return Number(full[1]);
  const short = SHORT_YEAR.exec(t);
  if (short) return 2000 + Number(short[1]);
  return null;
}

const CHINESE_YEAR = /[〇零一二三四五六七八九]{4}(?=年)/g;
const YEAR_DIGIT: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

/** "二〇二〇年" → "2020年": years printed in Chinese numerals. */
export function chineseYears(text: string): string {
  return text.replace(CHINESE_YEAR, (y) => [...y].map((c) => YEAR_DIGIT[c]).join(""));
}

/** A table of contents' title a line opens with (目录, 目 录): not a document's title. */
export const CONTENTS_START = /^目\s*录/;
/** The title of a table ends in 表 (domain/layout.ts). */
export { TABLE_TITLE_END } from "./layout.js";

// ---------------------------------------------------------------------------------------------
// The lists above compiled into matchers (recognise/metadata.ts reads them; folded text, spaces removed)

const anyOf = (words: readonly string[]) => words.map(phraseSource).join("|");
const FUNDS = new RegExp(anyOf(FUND_NAMES), "g");
const KIND = new RegExp(anyOf(KIND_WORDS.map((k) => k.word)));
/** A label, its colon, and the name up to a space, the next 单位: label or the end of the line: group 1 the name. */
const labelLine = (labels: typeof BODY_LABELS) => new RegExp(`(?:^|\\s)(?:${anyOf(labels.map((l) => l.label))}):(\\S{3,40}?)(?=\\s|单位:|$)`);

export const IDENTITY_MATCHERS = {
  ORG_END: phraseMatcher(ORGANISATION_ENDINGS, "end"),
  REGION_END: phraseMatcher(REGION_ENDINGS, "end"),
  NOT_A_NAME: phraseMatcher(NOT_A_NAME_STARTS, "start"),
  /** 本级, （汇总）… at a name's end. */
  QUALIFIER: new RegExp(`(?:[(](?:${anyOf(BODY_QUALIFIERS)})[)]|${anyOf(BARE_QUALIFIERS)})+$`),
  PRINTER: phraseMatcher(PRINTER_ENDINGS, "end"),
  /** Funds' names, every one (to blank them out of a title). */
  FUNDS,
  KIND,
  SPENT: phraseMatcher(SPENT_WORDS, "anywhere"),
  /** A body's label line (BODY_LABELS but the department-only ones). */
  LABEL: labelLine(BODY_LABELS.filter((l) => !l.departmentOnly)),
  /** A body's label line in a 部门 document (all BODY_LABELS). */
  DEPARTMENT_LABEL: labelLine(BODY_LABELS),
  /** "2016年度平潭综合实验区一般公共预算…": the words after the year up to a fund, 三公 or a kind word (group 1: a government's name). */
  REGION_AFTER_YEAR: new RegExp(`(?:19|20)\\d{2}年度?(.{3,30}?)(?:${FUNDS.source}|[“"]?(?:${anyOf(REGION_NAME_STOPS)})|${KIND.source})`),
};

/** Examples run by tests/domain/identity.test.ts: [input, expected]. */
export const DATE_EXAMPLES = {
  partOfYear: [["2018年平原镇1月份三公经费支出情况", true], ["某某县1-9月预算执行情况", true], ["上海市2026年市级单位预算2026年1月", false], ["2026年部门预算", false]],
  printingDates: [["2026年1月", true], ["二〇二六年一月十日", true], ["2026年部门预算", false]],
  chineseYears: [["二〇二〇年部门预算", "2020年部门预算"], ["一二三", "一二三"]],
  monthsAtEnd: [["平原镇1月份", true], ["某某镇1-9月", true], ["某某镇", false]],
  levelEndings: [["市级", true], ["平潭综合实验区", false]],
  tableTitles: [["一般公共预算支出表", true], ["部门预算", false]],
  contents: [["目 录", true], ["目录", true], ["部门预算目录", false]],
} as const;
