import { localisePlaces } from "../diagnostics/place.js";
import type { Lang } from "./lang.js";

type Rule = [RegExp, string | ((...groups: string[]) => string)];

interface CheckText {
  /** What the check compares, in each language. */
  title: Record<Lang, string>;
  /**
   * How its English message becomes Chinese: the sentence's English wording replaced around the
   * quoted printed text, which stays as printed. Applied in order, after the places.
   */
  zh: Rule[];
}

/** Sum wording shared by the checks that add table cells (table-totals, three-public-table-sum). */
const SUM_RULES: Rule[] = [
  [/; off by (.+?), tolerance (.+?)\)$/, "；相差 $1，容差 $2）"],
  [/; off by (.+?)\)$/, "；相差 $1）"],
  [/Σ top-level codes/g, "Σ 类级科目"],
  [/Σ rows of (.+?)(?=[,;)])/g, "Σ $1 以下各行"],
  [/Σ 小计 rows/g, "Σ 小计行"],
  [/Σ (\S+) rows/g, "Σ $1 各行"],
  [/ \+ the rows below it/g, " 及其下各行"],
  [/(\S+) columns, row /g, "$1 各列，行 "],
  [/\(row /g, "（行 "],
  [/“三公” row /g, "“三公”经费 行 "],
  [/\(column /g, "（列 "],
  [/“三公” column /g, "“三公”经费 列 "],
  [/: 收入 and 支出 must balance/, "：收入与支出应当平衡"],
  [/… (\d+) more/g, "…另 $1 项"],
];

/**
 * Every check's message in both languages, keyed by check id (the `check` column of `flags`). The
 * checks write English sentences around the printed Chinese figures; this catalogue turns them
 * into the documents' own terms (总计, 合计, 一般公共预算, “三公”经费).
 */
export const CHECK_TEXTS: Record<string, CheckText> = {
  "table-totals": {
    title: { en: "table totals: 合计/总计/小计 rows and columns, 收入 = 支出", zh: "表内合计、总计、小计与收支平衡" },
    zh: SUM_RULES,
  },
  "table-uncertain": {
    title: { en: "a table not read with confidence: its sums are not checked", zh: "未能确定读对的表格：不核对其合计" },
    zh: [
      [/: not read with confidence, its sums are not checked: it prints (.+) among amounts of (\d+) decimals, a number the extraction likely broke across lines$/, "：未能确定读对，不核对其合计：表中 $1 与其他 $2 位小数的金额不一致，数字可能在提取时跨行断开"],
      [/: not read with confidence, its sums are not checked: (\d+) of (\d+) sums do not hold \(columns shifted or a header not understood\)$/, "：未能确定读对，不核对其合计：$2 项合计中 $1 项不符（列错位或表头未读懂）"],
    ],
  },
  "code-hierarchy": {
    title: { en: "classification codes: 类 = Σ 款, 款 = Σ 项", zh: "科目层级：类 = Σ 款，款 = Σ 项" },
    zh: [[/\(column (.+)\)$/, "（列 $1）"]],
  },
  "three-public-table-sum": {
    title: { en: "“三公” table: total = 出国 + 公务用车 + 接待", zh: "“三公”经费表：合计 = 出国 + 公务用车 + 接待" },
    zh: SUM_RULES,
  },
  "three-public-sum": {
    title: { en: "“三公” in the text: total = sum of its parts", zh: "正文“三公”经费：合计 = 各项之和" },
    zh: [[/ \((.+) not stated\)$/, "（未列明 $1）"]],
  },
  "narrative-vs-table": {
    title: { en: "a figure in the text against the table row it names", zh: "正文数字与表格对应行" },
    zh: [
      [/ in the text, but the table prints (.+) \((\S+)\)$/, "（正文），但表格印为 $1（$2）"],
      [/ in the text, but the table prints /, "（正文），但表格印为 "],
    ],
  },
  "unit-slip": {
    title: { en: "元 and 万元 confused (10,000× off)", zh: "元与万元混淆（相差一万倍）" },
    zh: [[/^(.+) is 10,000 times off (.+): 元 and 万元 confused$/, "$1 与 $2 相差一万倍：元与万元混淆"]],
  },
  "stated-change": {
    title: { en: "stated change (增长 x%, 增加 y万元) against the values printed with it", zh: "所述增减（增长x%、增加y万元）与所印数值" },
    zh: [
      [/: from (.+) to (.+) is a change of (\S+)%, not (\S+?)(;|$)/, "：从 $1 到 $2，变动 $3%，而非 $4$5"],
      [/: (.+) on last year's (.+) is a change of (\S+)%, not (\S+?)(;|$)/, "：$1 相对上年 $2，变动 $3%，而非 $4$5"],
      [/: (.+) on (.+) less the change \(last year (.+)\) is a change of (\S+)%, not (\S+?)(;|$)/, "：$1 相对 $2 减去增减额（上年 $3），变动 $4%，而非 $5$6"],
      [/; the printed (\S+) fits (.+), printed for the same item$/, "；所印 $1 与同一项目所印 $2 相符"],
      [/: from (.+) to (.+) the change is (.+)$/, "：从 $1 到 $2，增减额为 $3"],
    ],
  },
  "stated-share": {
    title: { en: "stated share (占 z%) against the values printed with it", zh: "所述占比（占z%）与所印数值" },
    zh: [
      [/the “三公” total /g, "“三公”经费合计 "],
      [/: (\S+) of (.+) is (\S+)%, not (\S+)$/, "：$1 占 $2 的 $3%，而非 $4"],
    ],
  },
  "count-mismatch": {
    title: { en: "the same count printed twice", zh: "同一数量两处印法不一" },
    zh: [
      [/ in the text/g, "（正文）"],
      [/ in a table/g, "（表格）"],
      [/ vs /, " 与 "],
      [/: the number of (.+) is printed as (.+) and as (.+)$/, "：$1 的数量一处印为 $2，另一处印为 $3"],
    ],
  },
  "project-budgets": {
    title: { en: "project budgets against the total they add up to", zh: "项目预算之和与所述总额" },
    zh: [
      [
        /^the (\d+) projects listed add up to (.+?) \((.*)\), but (.+) is (less|more)$/,
        (n, sum, list, stated, dir) => `所列 ${n} 个项目合计 ${sum}（${list}），但 ${stated} ${dir === "less" ? "少于此数" : "多于此数"}`,
      ],
    ],
  },
  "spending-plan": {
    title: { en: "spending plan: cumulative shares rise to 100%", zh: "资金支出计划：累计比例应升至100%" },
    zh: [
      [/: the cumulative share falls from (.+) to (.+)$/, "：累计比例从 $1 到 $2 不升反降"],
      [/: the cumulative share ends at (.+)%, not 100%$/, "：累计比例止于 $1%，而非100%"],
    ],
  },
  "required-tables": {
    title: { en: "the tables 财预〔2016〕143号 requires", zh: "财预〔2016〕143号要求公开的表格" },
    zh: [
      [/^(.+) not found among the (\d+) tables \((\S+) tables required by (.+)\)$/, "在 $2 张表中未找到 $1（$4 要求公开的$3表格）"],
      [/ prints no amounts and no note that it is empty \(such as (.+)\)$/, " 未列金额，也未注明为空表（如 $1）"],
    ],
  },
  placeholders: {
    title: { en: "template placeholders left in (XX, ××, 增加（减少）)", zh: "未替换的模板占位内容（XX、××、增加（减少））" },
    zh: [
      [/^template placeholder left in /, "模板占位内容未替换："],
      [/ and (\d+) more$/, " 等，另有 $1 处"],
    ],
  },
  "year-over-year": {
    title: { en: "this year's stated change against last year's document", zh: "所述增减与上年文件" },
    zh: [[/, but (\d{4})'s document (.+?) prints (.+): the change is (.+)$/, "，但 $1 年的文件 $2 印为 $3：增减额实为 $4"]],
  },
  "narrative-vs-tables-file": {
    title: { en: "the narrative file against its separate tables file", zh: "说明文件与单独公开的表格文件" },
    zh: [[/, but the tables file (.+?) prints (.+): off by (.+)$/, "，但表格文件 $1 印为 $2：相差 $3"]],
  },
  "department-vs-unit": {
    title: { en: "a unit's figure against its department's", zh: "单位数字与所属部门数字" },
    zh: [[/^the unit's (.+) exceeds its department's (.+) by (.+)$/, "单位的 $1 超过所属部门的 $2，超出 $3"]],
  },
};

/** Every check id the report knows, in catalogue order. */
export const CHECK_IDS = Object.keys(CHECK_TEXTS);

/** The check's one-line title, or its id for a check the catalogue does not know. */
export function checkTitle(check: string, lang: Lang): string {
  return CHECK_TEXTS[check]?.title[lang] ?? check;
}

/**
 * A flag's message in the reader's language. The stored message stays as the check wrote it; in
 * Chinese the check's wording rules replace the English around the printed figures.
 */
export function flagMessage(check: string, message: string, lang: Lang): string {
  if (lang === "en") return message;
  // (p.8 l.1) and (p.16 l.7, 表名) in the documents' way of citing a place (diagnostics/place.ts).
  let out = localisePlaces(message, lang);
  for (const [pattern, replacement] of CHECK_TEXTS[check]?.zh ?? []) {
    out = typeof replacement === "string" ? out.replace(pattern, replacement) : out.replace(pattern, (_m, ...g: string[]) => replacement(...g));
  }
  // The remaining ASCII brackets and separators of the English sentence, outside quoted text.
  return out
    .split(/(“[^”]*”)/)
    .map((part, i) => (i % 2 ? part : part.replace(/(^|[,，(（] ?)other(?=[;；)）,，]|$)/g, "$1未归类表格").replace(/\(/g, "（").replace(/\)/g, "）").replace(/: /g, "：").replace(/; /g, "；").replace(/, /g, "，")))
    .join("");
}
