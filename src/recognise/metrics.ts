import { wholePhrase } from "../domain/compile.js";
import { departmentNames } from "../domain/identity.js";
import { CARRYOVER_IN_LABEL, GENERAL_BUDGET_IN_LABEL, LABEL_LEAD_MATCHERS, LABEL_MATCHERS as W, LABEL_SHAPES as S, LABEL_WORDS, METRICS, OVERVIEW_TOTALS, type MetricId } from "../domain/metrics.js";
import { foldWidth, matchKey } from "../normalise/text.js";

export { departmentNames };

/**
 * Label → canonical metric (CONTRACT.md). A metric is the current year's figure for the whole
 * department, so a label that speaks of a change (增加, 减少, 增长), of last year (上年, another
 * year) or of a part (其中本级项目支出) gets none. Patterns are anchored on the whole core phrase:
 * when in doubt, no metric — a wrong value is worse than a missing one. The words around a
 * metric's name are domain/metrics.ts's LABEL_WORDS, LABEL_LEADS and LABEL_SHAPES.
 */
const SUFFIX_AT_END = W.statedTail;

/** What is left of a label that names no quantity by itself ("2016年预算安排2.7万元"). */
export const GENERIC_LABEL = W.generic;

/** The printed phrasings of domain/metrics.ts, compiled once, in their order. */
const TEXT_RULES: Array<[MetricId, RegExp]> = METRICS.filter((m) => m.printed.length > 0).map((m) => [m.id, wholePhrase(m.printed)]);

/** Metrics a bare label (支出决算为, 收入) states only when nothing earlier in the sentence narrows it. */
const NARROWABLE = new Set(["revenue_total", "expenditure_total", "expenditure_basic", "expenditure_project", "expenditure_personnel", "expenditure_public"]);

/** The label without its year, department, list marker and trailing 预算/为 (what it names). */
export function labelCore(label: string, fiscalYear: number | null, department: string | null): string {
  const key = withoutPrefixes(withoutDepartment(matchKey(label), department).replace(S.upToLastYear.pattern, ""));
  return key.replace(SUFFIX_AT_END, "");
}

/** The metric a text figure states, or null. `department` and `fiscalYear` are stripped from the label. */
export function textMetric(label: string, fiscalYear: number | null, department: string | null, clauseBefore = ""): MetricId | null {
  return scopedTextMetric(label, fiscalYear, department, clauseBefore)?.metric ?? null;
}

/**
 * The metric a text figure states and the scope of funds its sentence narrows it to: `general_budget`
 * for the 一般公共预算 part of the department's spending ("一般公共财政拨款支出…，其中基本支出…"),
 * which recognise-document settles as the department's or not; null for the department's own.
 */
export function scopedTextMetric(label: string, fiscalYear: number | null, department: string | null, clauseBefore = ""): { metric: MetricId; scope: "general_budget" | null } | null {
  const metric = readTextMetric(label, fiscalYear, department, clauseBefore);
  if (metric === null) return null;
  return typeof metric === "string" ? { metric, scope: null } : metric;
}

function readTextMetric(label: string, fiscalYear: number | null, department: string | null, clauseBefore: string): MetricId | { metric: MetricId; scope: "general_budget" } | null {
  let metric = labelMetric(label, fiscalYear, department);
  // "公务用车购置为0万元、运行费116.02万元": the second item leaves out the 公务用车 the clause began with.
  if (metric === null && W.vehicleItem.test(matchKey(label)) && W.vehicleSubject.test(clauseBefore)) {
    metric = labelMetric(LABEL_WORDS.vehicleSubject.words[0] + label, fiscalYear, department);
  }
  // "2016年平潭县人民法院年初结转和结余100.56万元，本年收入2203.62万元，本年支出2220.35万元": the
  // accounts' overview sentence. Its 本年收入/本年支出 are the year's totals; the subject is the
  // sentence's (a NARROWER subject such as 一般公共预算财政拨款 still vetoes below).
  // "“三公”经费财政拨款支出年初预算为12.80万元，支出决算为11.65万元": the 决算 of the subject that the
  // 年初预算 clause named (a narrower subject, 一般公共预算…, still vetoes below).
  let subject: string | undefined;
  if (metric === null && W.finalOnly.test(matchKey(label))) {
    subject = S.budgetThenFinal.pattern.exec(foldWidth(clauseBefore).replace(/\s+/g, ""))?.[1];
    if (subject) metric = labelMetric(subject, fiscalYear, department);
  }
  const overview = S.overview.pattern.exec(foldWidth(clauseBefore).replace(/\s+/g, ""));
  if (metric === null && overview && (overview[1] === undefined || Number(overview[1]) === fiscalYear)) {
    metric = OVERVIEW_TOTALS[matchKey(label)] ?? null;
  }
  // "2022年本部门一般公共财政拨款支出1899.9万元，其中基本支出183.93万元": the 一般公共预算 part; the
  // department's too when all its revenue is 一般公共预算 (recognise-document settles it). After a
  // 年初预算 clause, its subject is what narrows (年初预算 itself says which figure, not whose).
  if (metric) {
    const narrowed = narrowedMetric(metric, subject ?? clauseBefore);
    if (narrowed !== metric) return narrowed;
  }
  // "…项目10,289.74万元,主要包括：…服务2,520.00万元，上年结转122.31万元，用于…": a project's own carry-over.
  // "免除查验没有问题作业服务费7,083.34万元，上年结转564.09万元，用于…": right after an item's
  // amount, the carry-over is that item's.
  if (metric === "revenue_carryover" && (W.projectClause.test(clauseBefore) || S.itemAmountBefore.pattern.test(foldWidth(clauseBefore).replace(/\s+/g, "")))) return null;
  return metric;
}

/**
 * The metric under a subject `words` print before it: unchanged, none where they narrow it (政府性基金,
 * a class 类/款/项), or its 一般公共预算 part (scope `general_budget`, settled by recognise-document)
 * where only 一般公共预算/财政拨款 narrows a spending figure.
 */
function narrowedMetric(metric: MetricId, words: string): MetricId | { metric: MetricId; scope: "general_budget" } | null {
  if (!narrowsScope(metric, words)) return metric;
  const onlyGeneral = metric.startsWith("expenditure_") && !narrowsScope(metric, words.replace(GENERAL_BUDGET_IN_LABEL, ""));
  return onlyGeneral ? { metric, scope: "general_budget" } : null;
}

/** Whether `words` before a figure narrow its subject below the department's all funds (一般公共预算…). */
export function narrowsScope(metric: string, words: string): boolean {
  return NARROWABLE.has(metric) && W.narrower.test(words);
}

function withoutDepartment(key: string, department: string | null): string {
  if (!department) return key;
  for (const name of departmentNames(department)) key = key.split(name).join("");
  return key;
}

function labelMetric(label: string, fiscalYear: number | null, department: string | null): MetricId | null {
  // Asides in brackets ("（以合同签订为准）") say how, not what; 因公出国（境） keeps its one-character one.
  let key = withoutDepartment(matchKey(label).replace(/\([^)]{3,}\)/g, ""), department);
  // 上年结转 and 年初结转和结余 name the carry-over itself, not a comparison with last year.
  if (W.change.test(key.replace(CARRYOVER_IN_LABEL, LABEL_WORDS.carried.words[0]))) return null;
  const years = [...key.matchAll(S.year.pattern)];
  for (const y of years) {
    const isCurrent = fiscalYear !== null && Number(y[1]) === fiscalYear;
    const isPriorYearEnd = fiscalYear !== null && Number(y[1]) === fiscalYear - 1 && y[2] === "年末";
    if (!isCurrent && !isPriorYearEnd) return null;
  }
  const printed = key;
  const yearAt = [...key.matchAll(S.year.pattern)].at(-1);
  key = key.replace(S.upToLastYear.pattern, "").replace(W.yearEndRest, "");
  key = withoutPrefixes(key);
  // "…参公事业单位财政拨款的机关运行经费预算为": the phrase after the last 的 names the quantity.
  // "上年结转结余的一般公共预算收入" is the carry-over's part, not the year's 一般公共预算 revenue.
  const head = key.slice(0, Math.max(0, key.lastIndexOf("的")));
  let metric = matchRules(key) ?? (key.includes("的") && !W.carried.test(head) ? matchRules(key.slice(key.lastIndexOf("的") + 1)) : null);
  // "（二）公务接待费2016年预算安排0.99万元": the year and 预算安排 say when; the words before the
  // year say what.
  if (metric === null && yearAt && GENERIC_LABEL.test(key.replace(SUFFIX_AT_END, ""))) {
    const head = withoutPrefixes(printed.slice(0, yearAt.index));
    if (head !== "" && !/\d/.test(head)) metric = matchRules(head);
  }
  // A bare "支出决算为" continues a sentence whose subject may be narrower: a total needs its own
  // subject (a year, the department, 本部门) or total words (合计, 总计).
  const hasSubject = printed !== key || Boolean(department && matchKey(label).includes(matchKey(department)));
  if ((metric === "revenue_total" || metric === "expenditure_total") && !hasSubject && !W.totalWords.test(key)) return null;
  return metric;
}

function withoutPrefixes(phrase: string): string {
  let key = phrase;
  for (let changed = true; changed; ) {
    const before = key;
    for (const re of LABEL_LEAD_MATCHERS) key = key.replace(re, "");
    changed = key !== before && key !== "";
  }
  return key;
}

/**
 * Tries the rules on the phrase as printed and without its trailing words (预算, 为, 总计 …):
 * "收入预算总计" matches as printed, "公务接待费预算支出" once 预算 is dropped. 预算 inside a name
 * (一般公共预算) stays.
 */
function matchRules(phrase: string): MetricId | null {
  const bare = phrase.replace(S.statedKind.pattern, "");
  for (const key of [phrase, bare, bare.replace(SUFFIX_AT_END, "")]) {
    if (key === "") continue;
    for (const [metric, re] of TEXT_RULES) if (re.test(key)) return metric;
  }
  return null;
}

/** The metric a core phrase names (a table row label or header leaf), without the text-only checks. */
export function phraseMetric(phrase: string): MetricId | null {
  let key = matchKey(phrase)
    .replace(S.rowMarker.pattern, "")
    .replace(W.memoLead, "");
  return matchRules(key);
}
