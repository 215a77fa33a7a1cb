import { decimalToFen, decimalToNumber, parseDecimal } from "../normalise/amount.js";
import { BARE_ZERO, CODE_NAME_AFTER_REN, QUANTITY, DATE_AFTER_DIGITS, LABEL_LEAD, LIST_HEAD, MONEY_LABEL, MONEY_UNITS, NUMBERED_ITEM_AFTER, PARTS_SENTENCE, RUN_IN_TITLE, SHARE_LABEL, meaningOfUnit } from "../domain/text-amounts.js";
import { NONE_STATED } from "../domain/metrics.js";
import { foldForMatching } from "../normalise/text.js";

/** A quantity found in running text, before it is tied to a document. */
export interface TextFigure {
  raw: string;
  unit: string;
  label: string;
  amountFen: number | null;
  percent: number | null;
  count: number | null;
  after: string;
  context: string;
  /** The clause before the label ("一般公共预算财政拨款支出年初预算为…，" before "支出决算为"). */
  clauseBefore: string;
  /**
   * The sentence before, when the clause opens with 其中 and so lists that sentence's parts
   * ("一般公共预算财政拨款支出…万元。" before "其中：基本支出…"); "" otherwise.
   */
  sentenceBefore: string;
  /**
   * A run-in title the figure's sentence follows ("1.因公出国（境）费用。" before "2026年预算数36.14万元"):
   * a list marker and a few words ended by 。, with no figure; "" otherwise.
   */
  runIn: string;
  /** Offset of `raw` in the text. */
  start: number;
}

export { MONEY_UNITS };


/** Every quantity in one line or paragraph of text. */
export function findTextFigures(text: string): TextFigure[] {
  const folded = foldForMatching(text);
  const out: TextFigure[] = [];
  for (const m of folded.matchAll(QUANTITY)) {
    const start = (m.index ?? 0) + (m[1] ?? "").length;
    const before = folded[(m.index ?? 0) - 1] ?? "";
    if (/[\dA-Za-z\-_.]/.test(before) && (m[1] ?? "") === "") continue;
    const number = m[2] ?? "";
    // "公务接待费用3.25万" drops the 元: the amount is in 万元 (raw keeps the printed "3.25万").
    const unit = meaningOfUnit(m[3] ?? "");
    if (unit !== "%" && /^\d{4}$/.test(number) && DATE_AFTER_DIGITS.test(folded.slice(start + number.length))) continue;
    const next = folded[(m.index ?? 0) + m[0].length] ?? "";
    // "27个人住宅小区征收安置服务费：100万元" (a numbered list run together): 27 numbers the item.
    if (!(MONEY_UNITS as readonly string[]).includes(unit) && unit !== "%" && NUMBERED_ITEM_AFTER.test(folded.slice((m.index ?? 0) + m[0].length))) continue;
    // "2010101人大事务—行政运行": a classification code before 人大/人民 is not a head count.
    if (!(MONEY_UNITS as readonly string[]).includes(unit) && unit !== "%" && (/^[2359]\d{4}(\d{2})?$/.test(number) || (unit === "人" && CODE_NAME_AFTER_REN.test(next)))) continue;
    const value = parseDecimal(number.replace("−", "-"));
    if (!value) continue;
    const end = (m.index ?? 0) + m[0].length;
    const label = labelBefore(text, start - (m[1] ?? "").length);
    out.push({
      raw: text.slice(m.index ?? 0, end).trim(),
      unit,
      label,
      clauseBefore: clauseBefore(text, start - (m[1] ?? "").length - label.length),
      sentenceBefore: sentenceBefore(text, start - (m[1] ?? "").length - label.length),
      runIn: runInBefore(text, start - (m[1] ?? "").length - label.length),
      amountFen: (MONEY_UNITS as readonly string[]).includes(unit) ? (decimalToFen(value, unit) ?? null) : null,
      percent: unit === "%" ? decimalToNumber(value) : null,
      count: unit !== "%" && !(MONEY_UNITS as readonly string[]).includes(unit) ? decimalToNumber(value) : null,
      after: text.slice(end, end + 24).split(/[，。；,;：:]/)[0] ?? "",
      context: clauseAround(text, start, end),
      start,
    });
  }
  // "“三公”经费预算数为0，与2025年预算持平" (上海): a zero needs no unit to be an amount.
  for (const m of folded.matchAll(BARE_ZERO)) {
    const start = (m.index ?? 0) + m[0].length - 1;
    const label = labelBefore(text, start);
    if (!MONEY_LABEL.test(label) || SHARE_LABEL.test(label)) continue;
    out.push({ raw: "0", unit: "", label, clauseBefore: clauseBefore(text, start - label.length), sentenceBefore: sentenceBefore(text, start - label.length), runIn: runInBefore(text, start - label.length), amountFen: 0, percent: null, count: null, after: "", context: clauseAround(text, start, start + 1), start });
  }
  // "本单位无机关运行经费。": none of it, a zero printed as a word.
  for (const m of folded.matchAll(NONE_STATED.pattern)) {
    const label = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].length;
    if (!MONEY_LABEL.test(label) || SHARE_LABEL.test(label)) continue;
    out.push({ raw: "无", unit: "", label, clauseBefore: "", sentenceBefore: "", runIn: "", amountFen: 0, percent: null, count: null, after: "", context: clauseAround(text, start, start + label.length), start });
  }
  return out.sort((a, b) => a.start - b.start);
}

const STOP = new Set(["，", ",", "。", "；", ";", "：", ":", "、", "\n", "\t", "！", "？"]);

/**
 * The phrase a number measures: the words before it back to the clause break. Bracketed words that
 * close before the number stay in (因公出国（境）费), an unclosed bracket ends the phrase ("（其中：…").
 */
export function labelBefore(text: string, end: number): string {
  let i = end - 1;
  let depth = 0;
  for (; i >= 0 && end - i <= 200; i--) {
    const ch = text[i]!;
    if (ch === "）" || ch === ")") depth++;
    else if (ch === "（" || ch === "(") {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && STOP.has(ch)) break;
  }
  return text
    .slice(i + 1, end)
    .replace(LABEL_LEAD, "")
    .trim();
}

/** The sentence part a figure sits in (between 。；), for checks that read around it. */
function clauseAround(text: string, start: number, end: number): string {
  // Bounded: a paragraph without 。 (a flattened table) must not make every figure scan all of it.
  let a = start;
  while (a > 0 && start - a < 300 && !/[。；;\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 300 && !/[。；;\n]/.test(text[b]!)) b++;
  return text.slice(a, b).slice(0, 300);
}

function clauseBefore(text: string, end: number): string {
  let a = Math.max(0, end);
  while (a > 0 && end - a < 300 && !/[。；;\n]/.test(text[a - 1]!)) a--;
  return text.slice(a, Math.max(a, end));
}

/**
 * What the parts listed after 其中 belong to: the sentence ended by 。 just before a sentence that
 * opens with 其中 (its parts, listed in clauses split by ；), or, within one sentence, the words
 * before its 其中 ("一般公共预算基本支出654.32万元，其中：人员经费…；公用经费…"); else "".
 */
function sentenceBefore(text: string, end: number): string {
  let a = Math.max(0, end);
  while (a > 0 && end - a < 600 && text[a - 1] !== "。") a--;
  const sentence = text.slice(a, end);
  if (PARTS_SENTENCE.test(sentence)) return a === 0 ? "" : clauseBefore(text, a - 1) + "。";
  return LIST_HEAD.exec(sentence)?.[1]?.trim() ?? "";
}


/** The run-in title ended by 。 right before a sentence whose first words are the label, or "". */
function runInBefore(text: string, labelStart: number): string {
  const clause = clauseBefore(text, labelStart);
  const a = Math.max(0, labelStart) - clause.length;
  if (clause.trim() !== "" || text[a - 1] !== "。") return "";
  const title = clauseBefore(text, a - 1);
  return RUN_IN_TITLE.test(title) ? title.trim() : "";
}
