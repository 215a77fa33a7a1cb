import { containsPhrase, phraseMatcher } from "../domain/compile.js";
import { TABLE_KINDS, TABLE_NUMBERS, TITLE_ENDINGS, TITLE_LINE_LABELS, type TableKind } from "../domain/table-kinds.js";
import { foldWidth, matchKey } from "../normalise/text.js";

/** The title rules of domain/table-kinds.ts, compiled once, in their order. */
const TITLE_RULES = TABLE_KINDS.map((k) => ({ kind: k.kind as TableKind, title: containsPhrase(k.titles) }));
const HEADER_RULES = TABLE_KINDS.flatMap((k) => ("headers" in k ? k.headers.map((sig) => ({ kind: k.kind as TableKind, words: sig.map((w) => containsPhrase([w])) })) : []));
const NUMBER = phraseMatcher(TABLE_NUMBERS, "start");
const ONLY_NUMBER = phraseMatcher(TABLE_NUMBERS, "whole");
const ENDING = phraseMatcher(TITLE_ENDINGS, "end");
/** "单位名称：", "单位：万元" — where a title line's own text ends. */
const LABEL = phraseMatcher(TITLE_LINE_LABELS, "anywhere");
const LEADING_LABEL = phraseMatcher(TITLE_LINE_LABELS, "start");

/** Table title → canonical kind (docs/CONTRACT.md), by the first entry of domain/table-kinds.ts it contains. */
export function tableKind(title: string | null | undefined): TableKind {
  if (!title) return "other";
  const key = matchKey(title);
  for (const rule of TITLE_RULES) if (rule.title.test(key)) return rule.kind;
  return "other";
}

/** Is this line only a table's number ("表2", "预算01表", "附表1")? */
export function isTableNumber(text: string): boolean {
  return ONLY_NUMBER.test(matchKey(text));
}

/**
 * The title a line prints, without the label lines run onto it ("收入总体情况表单位名称：广州市商务局"
 * → "收入总体情况表") and with a title printed twice over (a fake-bold text layer:
 * "表1表1表1") read once.
 */
export function titleText(text: string): string {
  const once = withoutRepeats(text.trim());
  const label = LABEL.exec(foldWidth(once));
  return (label && label.index > 0 && !LEADING_LABEL.test(foldWidth(once)) ? once.slice(0, label.index) : once).trim();
}

/** Does this line read like a standard table's title (used to find titles above a table)? */
export function looksLikeTableTitle(text: string): boolean {
  const key = matchKey(titleText(text));
  if (key.length > 60 || /[。；]/.test(key)) return false;
  const bare = key.replace(NUMBER, "");
  return bare !== "" && ENDING.test(bare);
}

/** For a table printed without a title: its kind from the header words, where they are decisive. */
export function tableKindFromHeader(headers: string[]): TableKind {
  const key = matchKey(headers.join("|"));
  for (const rule of HEADER_RULES) if (rule.words.every((w) => w.test(key))) return rule.kind;
  return "other";
}

/** "表1表1表1" → "表1"; a text that is one phrase printed k ≥ 2 times (the last copy may be cut off). */
function withoutRepeats(text: string): string {
  for (let size = 2; size * 2 <= text.length; size++) {
    const unit = text.slice(0, size);
    if (!text.startsWith(unit, size)) continue;
    let at = size;
    while (text.startsWith(unit, at)) at += size;
    if (at >= text.length || unit.startsWith(text.slice(at))) return unit;
  }
  return text;
}
