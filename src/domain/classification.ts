import { foldWidth, matchKey } from "../normalise/text.js";

/**
 * The classification codes of 政府收支分类科目 (财政部, revised every year; docs: DOMAIN §3), read in
 * one place. Every stage that meets a code in a table asks here: recognise (which cells are codes,
 * which code a row carries), extract (a flattened web table's rows), and the checks (类 = Σ 款 by
 * prefix, a sentence naming a 项).
 *
 * The grammar: a 类 is 3 digits, a 款 adds 2, a 项 adds 2 more (201 ⊇ 20101 ⊇ 2010101). 支出功能分类
 * classes are 2xx, 部门预算支出经济分类 3xx, 政府预算支出经济分类 5xx, 收入分类 1xx. Shanghai and
 * Xi'an print a code over three columns (类 | 款 | 项 → 204 | 06 | 01). A number of that shape whose
 * 类 does not exist (245, 600) is a unit code or an amount, not a classification code.
 */

export const CODE_LEVELS = ["类", "款", "项"] as const;
export type CodeLevel = (typeof CODE_LEVELS)[number];
export type CodeSystem = "revenue" | "function" | "economic" | "government-economic";

export interface ClassEntry {
  code: string;
  name: string;
}

/** The 类 of each system (2026 科目; a few older classes kept, since archives go back years). */
export const CLASSES: Record<CodeSystem, readonly ClassEntry[]> = {
  revenue: [
    { code: "101", name: "税收收入" },
    { code: "102", name: "社会保险基金收入" },
    { code: "103", name: "非税收入" },
    { code: "105", name: "债务收入" },
    { code: "110", name: "转移性收入" },
  ],
  function: [
    { code: "201", name: "一般公共服务支出" },
    { code: "202", name: "外交支出" },
    { code: "203", name: "国防支出" },
    { code: "204", name: "公共安全支出" },
    { code: "205", name: "教育支出" },
    { code: "206", name: "科学技术支出" },
    { code: "207", name: "文化旅游体育与传媒支出" },
    { code: "208", name: "社会保障和就业支出" },
    { code: "209", name: "社会保险基金支出" },
    { code: "210", name: "卫生健康支出" },
    { code: "211", name: "节能环保支出" },
    { code: "212", name: "城乡社区支出" },
    { code: "213", name: "农林水支出" },
    { code: "214", name: "交通运输支出" },
    { code: "215", name: "资源勘探工业信息等支出" },
    { code: "216", name: "商业服务业等支出" },
    { code: "217", name: "金融支出" },
    { code: "219", name: "援助其他地区支出" },
    { code: "220", name: "自然资源海洋气象等支出" },
    { code: "221", name: "住房保障支出" },
    { code: "222", name: "粮油物资储备支出" },
    { code: "223", name: "国有资本经营预算支出" },
    { code: "224", name: "灾害防治及应急管理支出" },
    { code: "227", name: "预备费" },
    { code: "229", name: "其他支出" },
    { code: "230", name: "转移性支出" },
    { code: "231", name: "债务还本支出" },
    { code: "232", name: "债务付息支出" },
    { code: "233", name: "债务发行费用支出" },
    { code: "234", name: "抗疫特别国债安排的支出" },
  ],
  economic: [
    { code: "301", name: "工资福利支出" },
    { code: "302", name: "商品和服务支出" },
    { code: "303", name: "对个人和家庭的补助" },
    { code: "307", name: "债务利息及费用支出" },
    { code: "309", name: "资本性支出（基本建设）" },
    { code: "310", name: "资本性支出" },
    { code: "311", name: "对企业补助（基本建设）" },
    { code: "312", name: "对企业补助" },
    { code: "313", name: "对社会保障基金补助" },
    { code: "399", name: "其他支出" },
  ],
  "government-economic": [
    { code: "501", name: "机关工资福利支出" },
    { code: "502", name: "机关商品和服务支出" },
    { code: "503", name: "机关资本性支出（一）" },
    { code: "504", name: "机关资本性支出（二）" },
    { code: "505", name: "对事业单位经常性补助" },
    { code: "506", name: "对事业单位资本性补助" },
    { code: "507", name: "对企业补助" },
    { code: "508", name: "对企业资本性支出" },
    { code: "509", name: "对个人和家庭的补助" },
    { code: "510", name: "对社会保障基金补助" },
    { code: "511", name: "债务利息及费用支出" },
    { code: "512", name: "债务还本支出" },
    { code: "513", name: "转移性支出" },
    { code: "514", name: "预备费及预留" },
    { code: "599", name: "其他支出" },
  ],
};

/**
 * Which system a 类 belongs to. Beyond the named classes above, any 类 in the ranges the 科目 have
 * used (收入 101–117, 功能 201–235 and 299, 经济 301–313 and 399, 政府经济 501–514 and 599) is
 * accepted, since a year's revision adds classes; outside them (245, 600) a number is not a code.
 */
function systemOf(klass: string): CodeSystem | undefined {
  const n = Number(klass);
  if ((n >= 101 && n <= 117)) return "revenue";
  if ((n >= 201 && n <= 235) || n === 299) return "function";
  if ((n >= 301 && n <= 313) || n === 399) return "economic";
  if ((n >= 501 && n <= 514) || n === 599) return "government-economic";
  return undefined;
}

/**
 * 项 names the classification repeats under many 款 (2010101 行政运行, 2040201 行政运行, …): a text naming
 * only one of them does not say which 项 it means, unless it names the 款 too ("人大事务行政运行").
 */
export const GENERIC_ITEM_NAMES: readonly string[] = ["行政运行", "一般行政管理事务", "机关服务", "事业运行", "信息化建设", "专项业务", "专项服务", "其他"];

/** Column headers over codes that are not classification codes (unit, project and row numbers). */
const NOT_CLASSIFICATION_HEADER = /单位(编码|代码|编号)|项目(编码|代码|编号)|序号|行次|栏次/;

/** Examples run by tests/domain/classification.test.ts. */
export const CODE_EXAMPLES = {
  codes: [
    ["201", "201", "类", "function"],
    ["20101", "20101", "款", "function"],
    ["2010101", "2010101", "项", "function"],
    ["２０８０５０５", "2080505", "项", "function"],
    ["301", "301", "类", "economic"],
    ["30217", "30217", "款", "economic"],
    ["50201", "50201", "款", "government-economic"],
    ["1030401", "1030401", "项", "revenue"],
  ],
  notCodes: ["245", "600", "245001", "1500", "20", "201130236", "12.00", "2010101 行政运行", ""],
  /** A row's label cells left to right → the code it carries. */
  rows: [
    [["204", "06", "01", "司法行政运行"], "2040601"],
    [["2010101", "行政运行"], "2010101"],
    [["301", "13", "住房公积金", "505", "01", "工资福利支出"], "30113"],
    [["合计", "合计"], undefined],
    [["201", "03", "01", "36", "采购项目"], "2010301"],
    [["245", "西安市医疗保障局"], undefined],
  ],
} as const;

/** The code a cell prints, or undefined: "2010101", "２０８０５" (not "201 行政运行", not 245 or 1500). */
export function readCode(text: string): string | undefined {
  const t = foldWidth(text).trim();
  return hasCodeShape(t) && systemOf(t.slice(0, 3)) ? t : undefined;
}

/** 3, 5 or 7 digits, whatever the 类: a column all of this shape holds codes, not amounts. */
export function hasCodeShape(text: string): boolean {
  return /^\d{3}(\d{2}){0,2}$/.test(foldWidth(text).trim());
}

export function isCode(text: string): boolean {
  return readCode(text) !== undefined;
}

/** A 款 or 项 part printed in its own column ("06"). */
export function isCodePart(text: string): boolean {
  return /^\d{2}$/.test(foldWidth(text).trim());
}

export function codeLevel(code: string): CodeLevel {
  return code.length === 3 ? "类" : code.length === 5 ? "款" : "项";
}

export function codeSystem(code: string): CodeSystem | undefined {
  return systemOf(code.slice(0, 3));
}

/** The 类 name of a code ("20101" → 一般公共服务支出). */
export function className(code: string): string | undefined {
  const system = codeSystem(code);
  return system ? CLASSES[system].find((c) => c.code === code.slice(0, 3))?.name : undefined;
}

/** Is `parent` the 类 of a 款 or the 款 of a 项 (201 → 20101, 20101 → 2010101)? */
export function isChildOf(child: string, parent: string): boolean {
  return child.length === parent.length + 2 && child.startsWith(parent);
}

/**
 * The first code a row prints among its label cells, left to right: one cell (2010101), or a 类
 * followed by its 款 and 项 parts (204 | 06 | 01 → 2040601, at most 7 digits: a fourth part is a
 * project number, not a code). Reading stops at the first name, so a second code system printed
 * after it (政府经济分类 505 | 01 beside 部门经济分类 301 | 13) is not the row's code.
 */
export function rowCode(texts: readonly string[]): string | undefined {
  let code = "";
  for (const raw of texts) {
    const t = foldWidth(raw).trim();
    if (t === "") continue;
    if (!code) {
      const whole = readCode(t);
      // A leading row number (序号 1, 2 …) is not the code.
      if (!whole && /^\d{1,2}$/.test(t)) continue;
      if (!whole) return undefined;
      code = whole;
      continue;
    }
    if (isCodePart(t) && code.length < 7) code += t;
    else break;
  }
  return code || undefined;
}

/**
 * The code printed left of position `end` in a row (exclusive), read leftwards from the nearest
 * code cell: a row of two label/amount pairs (301… | 302…) gives each amount its own pair's code.
 * Parts (06 | 01) join the 类 to their left. `undefined` when a name or number sits between.
 */
export function codeLeftOf(texts: readonly string[], end: number): string | undefined {
  const parts: string[] = [];
  for (let i = end - 1; i >= 0; i--) {
    const t = foldWidth(texts[i] ?? "").trim();
    if (t === "") continue;
    if (isCodePart(t)) {
      parts.unshift(t);
      continue;
    }
    const code = readCode(t);
    if (code && code.length === 3 && parts.length) return rowCode([code, ...parts]);
    if (code && !parts.length) return code;
    return undefined;
  }
  return undefined;
}

/** A code printed in front of its name in one cell: "2010101 行政运行" → 2010101 + 行政运行. */
export function splitCodeName(text: string): { code: string; name: string } | undefined {
  const m = /^(\d{3}(?:\d{2}){0,2})\s*(\D.*)$/.exec(foldWidth(text).trim());
  return m && readCode(m[1]!) ? { code: m[1]!, name: m[2]!.trim() } : undefined;
}

/** Does a column header say its codes are not classification codes (单位编码, 项目编码, 序号)? */
export function isOtherCodeHeader(header: string): boolean {
  return NOT_CLASSIFICATION_HEADER.test(matchKey(header));
}

/** A 项 name that many 款 share (行政运行, 其他…支出): it names a 项 only with its 款. */
export function isGenericItemName(name: string): boolean {
  const key = matchKey(name).replace(/支出$/, "");
  return GENERIC_ITEM_NAMES.some((g) => (g === "其他" ? key.startsWith(g) : key === g));
}
