import { containsPhrase, phraseMatcher } from "./compile.js";
import { MONEY_UNITS } from "./units.js";

/**
 * How running text prints an amount, a count or a share (recognise/text-figures.ts): the units it
 * measures in, and the words around a number that say it is not a quantity (a year, a numbered item,
 * a classification code). Every entry carries examples run by tests/domain/text-amounts.test.ts;
 * phrases are matched as printed (folded to half-width and simplified).
 */

export { MONEY_UNITS };

/** Units a count is printed in (家, 个, 人次 …), as regular-expression choices (longest first where one starts another). */
export const COUNT_UNITS = "家|个|人次|人|名|辆|台|套|次|批次|批|项|团组|处|所|件";

/**
 * A quantity as printed: number + unit, with an optional comparison sign in front (≥3%); group 1
 * the sign, 2 the number, 3 the unit. The number may use thousands separators (the first one may be
 * left out: "120258,600元" is 120,258,600, never "600元"); a unit may follow after a space. Years (2020年) and dates have no unit here, and a
 * digit run glued to a preceding digit or letter is not a quantity (codes like 000-9999-JSN).
 */
export const QUANTITY = new RegExp(
  String.raw`((?:[≥≧≤≦＞＜><约近超]\s*)?)(?<![\d.])(?<!\d,)([-−]?(?:\d{1,3}(?:[,，]\d{3})+|\d{4,12}(?:,\d{3})+|\d{1,15})(?:\.\d{1,8})?)\s*(亿元|万元|千元|元|万(?![元人户次平亩册件辆个台套千亿吨公里米座所家名张份项条余多\d])|%|％|${COUNT_UNITS})`,
  "gu",
);

/** A unit as printed → the unit it means: ％ is %, a bare 万 after an amount is 万元 ("公务接待费用3.25万"). */
export function meaningOfUnit(printed: string): string {
  return printed.replace("％", "%").replace(/^万$/, "万元");
}

/** Right after four digits, 年 or 月 make them a date (2026年), not a quantity. */
export const DATE_AFTER_DIGITS = phraseMatcher(["年", "月"], "start");

/**
 * What follows a count that numbers a list run together: "27个人住宅小区征收安置服务费：100万元" —
 * a name, a colon and an amount in 元, so the 27 numbers the item.
 */
export const NUMBERED_ITEM_AFTER = /^[^，。；,;：:]{1,30}[:：]\s*-?[\d,]+(?:\.\d+)?\s*万?元/;

/** After a classification code "2010101人", 大/民 make it 人大事务 / 人民…, not a head count. */
export const CODE_NAME_AFTER_REN = /[大民]/;

/** A zero after 为 that ends its clause, printed without a unit ("“三公”经费预算数为0，"). */
export const BARE_ZERO = /(?<=为)0(?=[，。；,;]|$)/gu;
/** A bare zero is an amount only after a label naming money … */
export const MONEY_LABEL = containsPhrase(["费", "支出", "收入", "预算", "资金", "拨款"]);
/** … and not a rate or share. */
export const SHARE_LABEL = containsPhrase(["率", "比例", "比重", "占"]);

/** Words that open a listed part before its label ("其中：公务接待费"), not part of the label. */
export const LABEL_LEAD = /^\s*(其中|包括|含)\s*/u;

/** A sentence that lists the parts of the one before it ("其中：人员经费…；公用经费…"): its figures' subject is that sentence's. */
export const PARTS_SENTENCE = /^\s*其中/;

/** A run-in title: a list marker, then a few words and nothing else ("1.因公出国（境）费用", "（二）公务接待费"). */
export const RUN_IN_TITLE = /^\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*[^\d，,。；;：:]{2,24}$/u;
/**
 * The head of a sentence that lists parts after 其中 ("一般公共预算基本支出654.32万元，其中：人员经费580.12万元；
 * 公用经费74.20万元"): group 1 what comes before its last 其中, the subject every listed part shares.
 */
export const LIST_HEAD = /^(.*)其中/su;

/** Examples run by tests/domain/text-amounts.test.ts: [input, expected]. */
export const TEXT_AMOUNT_EXAMPLES = {
  unitMeanings: [["万", "万元"], ["％", "%"], ["万元", "万元"], ["人", "人"]],
  datesAfterDigits: [["年部门预算", true], ["月", true], ["万元", false]],
  numberedItems: [["个人住宅小区征收安置服务费：100万元", true], ["个，比上年增加2个", false]],
  codeNames: [["大事务", true], ["民法院", true], ["，比上年", false]],
  bareZeros: [["“三公”经费预算数为0，与2025年预算持平", true], ["预算数为0.5万元", false], ["为0", true]],
  moneyLabels: [["“三公”经费预算数为", true], ["政府采购资金", true], ["在职人数", false]],
  shareLabels: [["增长率为", true], ["占比为", true], ["预算数为", false]],
  quantities: [["支出1,234.56万元", "1,234.56|万元"], ["收入120258,600元", "120258,600|元"], ["≥3%", "3|%"], ["车辆5辆", "5|辆"], ["3.25万", "3.25|万"], ["接待10万人次", undefined], ["2026年", undefined]],
  partsSentences: [[" 其中：人员经费", true], ["人员经费", false]],
  runInTitles: [["1.因公出国（境）费用", true], ["（二）公务接待费", true], ["（二）公务接待费：12.5万元", false], ["公务接待费", false]],
  labelLeads: [["其中：公务接待费", "：公务接待费"], ["包括 会议费", "会议费"], ["公务接待费", "公务接待费"]],
  listHeads: [["一般公共预算基本支出654.32万元，其中：人员经费580.12万元；", "一般公共预算基本支出654.32万元，"], ["人员经费580.12万元；", undefined]],
} as const;
