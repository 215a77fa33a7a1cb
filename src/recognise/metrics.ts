import { wholePhrase } from "../domain/compile.js";
import { METRICS } from "../domain/metrics.js";
import { foldWidth, matchKey } from "../normalise/text.js";

/**
 * Label → canonical metric (CONTRACT.md). A metric is the current year's figure for the whole
 * department, so a label that speaks of a change (增加, 减少, 增长), of last year (上年, another
 * year) or of a part (其中本级项目支出) gets none. Patterns are anchored on the whole core phrase:
 * when in doubt, no metric — a wrong value is worse than a missing one.
 */
const SUFFIX = String.raw`(?:预算数|预算|决算数|决算|控制数|安排|共计|共有|金额|数|为|是|达到|达|约|共)*`;
const SUFFIX_AT_END = new RegExp(`${SUFFIX}$`);

/** What is left of a label that names no quantity by itself ("2016年预算安排2.7万元"). */
export const GENERIC_LABEL = /^(?:预算|决算|安排|经费|车辆经费|支出|费用)*$/;

/** The printed phrasings of domain/metrics.ts, compiled once, in their order. */
const TEXT_RULES: Array<[string, RegExp]> = METRICS.filter((m) => m.printed.length > 0).map((m) => [m.id, wholePhrase(m.printed)]);

const CHANGE = /增加|减少|增长|下降|增减|持平|上年|上一年|去年|同比|较|比|变动|变化|调增|调减|结转下年|年初|执行数|调整/;
const PREFIXES = [
  /^(?:\(?[一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}[、.])/u,
  /^(?:一般公共预算)?(?:财政)?(?:拨款)?安排的?|^相应安排|^下达/u,
  // "检验检测认证中心部门收入预算为": a body's name before 部门/单位 and the quantity.
  /^[\u4e00-\u9fa5()]{1,24}?(?:部门|单位)(?=收入|支出|预算|决算|三公)/u,
  /^(?:我|本|全)(?:部门|单位|局|委|厅|办|院|会|中心|镇|乡|所|站)(?:的)?|^(?:部门|单位)(?:的)?/u,
  /^(?:全年|年度|本年度|当年|今年)/u,
  /^(?:部门|单位)?(?:预算)?(?:安排)?/u,
];

/** Metrics a bare label (支出决算为, 收入) states only when nothing earlier in the sentence narrows it. */
const NARROWABLE = new Set(["revenue_total", "expenditure_total", "expenditure_basic", "expenditure_project", "expenditure_personnel", "expenditure_public"]);
/** Words that make what follows a carry-over's part (上年结转结余的…). */
const CARRIED = /结转|结余/;
const NARROWER = /一般公共预算|财政拨款|政府性基金|国有资本经营|\(类\)|\(款\)|\(项\)|（类）|（款）|（项）|年初预算|基本支出中|项目支出中/;

/** The label without its year, department, list marker and trailing 预算/为 (what it names). */
export function labelCore(label: string, fiscalYear: number | null, department: string | null): string {
  const key = withoutPrefixes(withoutDepartment(matchKey(label), department).replace(/.*(?:19|20)\d{2}(?:年末|年度|年)?/, ""));
  return key.replace(SUFFIX_AT_END, "");
}

/** The metric a text figure states, or null. `department` and `fiscalYear` are stripped from the label. */
export function textMetric(label: string, fiscalYear: number | null, department: string | null, clauseBefore = ""): string | null {
  let metric = labelMetric(label, fiscalYear, department);
  // "公务用车购置为0万元、运行费116.02万元": the second item leaves out the 公务用车 the clause began with.
  if (metric === null && /^(?:运行(?:维护)?费?|购置费?)/.test(matchKey(label)) && /公务用车/.test(clauseBefore)) {
    metric = labelMetric(`公务用车${label}`, fiscalYear, department);
  }
  // "2016年平潭县人民法院年初结转和结余100.56万元，本年收入2203.62万元，本年支出2220.35万元": the
  // accounts' overview sentence. Its 本年收入/本年支出 are the year's totals; the subject is the
  // sentence's (a NARROWER subject such as 一般公共预算财政拨款 still vetoes below).
  const overview = OVERVIEW.exec(foldWidth(clauseBefore).replace(/\s+/g, ""));
  if (metric === null && overview && (overview[1] === undefined || Number(overview[1]) === fiscalYear)) {
    const bare = /^本年(收入|支出)$/.exec(matchKey(label));
    if (bare) metric = bare[1] === "收入" ? "revenue_total" : "expenditure_total";
  }
  if (metric && narrowsScope(metric, clauseBefore)) return null;
  // "…项目10,289.74万元,主要包括：…服务2,520.00万元，上年结转122.31万元，用于…": a project's own carry-over.
  // "免除查验没有问题作业服务费7,083.34万元，上年结转564.09万元，用于…": right after an item's
  // amount, the carry-over is that item's.
  if (metric === "revenue_carryover" && (/项目/.test(clauseBefore) || ITEM_AMOUNT_BEFORE.test(foldWidth(clauseBefore).replace(/\s+/g, "")))) return null;
  return metric;
}

/** Whether `words` before a figure narrow its subject below the department's all funds (一般公共预算…). */
export function narrowsScope(metric: string, words: string): boolean {
  return NARROWABLE.has(metric) && NARROWER.test(words);
}

/** A spending item's amount ending the words before a figure ("…服务费7,083.34万元，"). */
const ITEM_AMOUNT_BEFORE = /(?:费|费用|项目|工程)[\d,.]+万?元[,，]$/;

/** The opening of a final account's overview sentence: [year][subject]年初结转和结余X万元，… */
const OVERVIEW = /^(?:((?:19|20)\d{2})年度?)?[^,，。；;]{0,30}?(?:年初结转和结余|年初结转结余|上年结转和结余)\d[\d,.]*万元[,，]/;

/**
 * The department as a sentence names it: "平潭综合实验区苏澳镇人民政府" is also "苏澳镇人民政府",
 * "苏澳镇政府" and "苏澳镇". Longest first.
 */
export function departmentNames(department: string): string[] {
  const full = matchKey(department);
  const local = full.replace(/^.{0,12}?(?:综合实验区|自治州|自治县|[省市县区])(?=.{2,})/u, "");
  const names = new Set([full, local]);
  for (const n of [full, local]) {
    const bare = n.replace(/人民政府$/, "");
    if (bare !== n && bare.length >= 2) names.add(`${bare}政府`).add(bare);
  }
  return [...names].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}

function withoutDepartment(key: string, department: string | null): string {
  if (!department) return key;
  for (const name of departmentNames(department)) key = key.split(name).join("");
  return key;
}

function labelMetric(label: string, fiscalYear: number | null, department: string | null): string | null {
  // Asides in brackets ("（以合同签订为准）") say how, not what; 因公出国（境） keeps its one-character one.
  let key = withoutDepartment(matchKey(label).replace(/\([^)]{3,}\)/g, ""), department);
  // 上年结转 and 年初结转和结余 name the carry-over itself, not a comparison with last year.
  if (CHANGE.test(key.replace(/(?:上年|年初)结转(?:和结余|资金|结余)?/g, "结转"))) return null;
  const years = [...key.matchAll(/((?:19|20)\d{2})(年末|年度|年)?/g)];
  for (const y of years) {
    const isCurrent = fiscalYear !== null && Number(y[1]) === fiscalYear;
    const isPriorYearEnd = fiscalYear !== null && Number(y[1]) === fiscalYear - 1 && y[2] === "年末";
    if (!isCurrent && !isPriorYearEnd) return null;
  }
  const printed = key;
  const yearAt = [...key.matchAll(/(?:19|20)\d{2}(?:年末|年度|年)?/g)].at(-1);
  key = key.replace(/.*(?:19|20)\d{2}(?:年末|年度|年)?/, "").replace(/^末/, "");
  key = withoutPrefixes(key);
  // "…参公事业单位财政拨款的机关运行经费预算为": the phrase after the last 的 names the quantity.
  // "上年结转结余的一般公共预算收入" is the carry-over's part, not the year's 一般公共预算 revenue.
  const head = key.slice(0, Math.max(0, key.lastIndexOf("的")));
  let metric = matchRules(key) ?? (key.includes("的") && !CARRIED.test(head) ? matchRules(key.slice(key.lastIndexOf("的") + 1)) : null);
  // "（二）公务接待费2016年预算安排0.99万元": the year and 预算安排 say when; the words before the
  // year say what.
  if (metric === null && yearAt && GENERIC_LABEL.test(key.replace(SUFFIX_AT_END, ""))) {
    const head = withoutPrefixes(printed.slice(0, yearAt.index));
    if (head !== "" && !/\d/.test(head)) metric = matchRules(head);
  }
  // A bare "支出决算为" continues a sentence whose subject may be narrower: a total needs its own
  // subject (a year, the department, 本部门) or total words (合计, 总计).
  const hasSubject = printed !== key || Boolean(department && matchKey(label).includes(matchKey(department)));
  if ((metric === "revenue_total" || metric === "expenditure_total") && !hasSubject && !/总|合计/.test(key)) return null;
  return metric;
}

function withoutPrefixes(phrase: string): string {
  let key = phrase;
  for (let changed = true; changed; ) {
    const before = key;
    for (const re of PREFIXES) key = key.replace(re, "");
    changed = key !== before && key !== "";
  }
  return key;
}

/**
 * Tries the rules on the phrase as printed and without its trailing words (预算, 为, 总计 …):
 * "收入预算总计" matches as printed, "公务接待费预算支出" once 预算 is dropped. 预算 inside a name
 * (一般公共预算) stays.
 */
function matchRules(phrase: string): string | null {
  const bare = phrase.replace(/(?<!公共|资本经营|基金)(?:预算|决算)数?(?=支出|安排|为|总计|合计|总额|$)/g, "");
  for (const key of [phrase, bare, bare.replace(SUFFIX_AT_END, "")]) {
    if (key === "") continue;
    for (const [metric, re] of TEXT_RULES) if (re.test(key)) return metric;
  }
  return null;
}

/** The metric a core phrase names (a table row label or header leaf), without the text-only checks. */
export function phraseMetric(phrase: string): string | null {
  let key = matchKey(phrase)
    .replace(/^[一二三四五六七八九十]+[、.]|^\d+[.、]|^\(\S{1,3}\)/u, "")
    .replace(/^其中[:：]?/, "");
  return matchRules(key);
}
