/**
 * Phrases → matchers, in one place. The domain tables (metrics.ts, table-kinds.ts) write what a
 * document prints as small phrase patterns a reader without regular expressions can review:
 *
 *   收入            the characters as printed (matched on the match key: half-width, simplified,
 *                   without spaces or quotes, brackets as `(` `)`: see normalise/text.ts matchKey)
 *   [本年|当年]     optional: one of the choices, or nothing
 *   {维护|维|营}    one of the choices
 *   …               any characters (none or more), e.g. 一般公共预算…支出
 *   #               a number: 1, 01, 一, 十二, 3-1
 *
 * Choices nest (`[公务用车{购置|运行}]`). Every other character is literal, so 因公出国(境)费 means
 * the brackets as printed. A list of phrases matches when any one of them does.
 */

/** The regular-expression source of one phrase pattern (unanchored). */
export function phraseSource(pattern: string): string {
  let out = "";
  const closers: string[] = [];
  for (const ch of pattern) {
    if (ch === "[" || ch === "{") {
      closers.push(ch === "[" ? ")?" : ")");
      out += "(?:";
    } else if (ch === "]" || ch === "}") {
      const close = closers.pop();
      if (close === undefined) throw new Error(`unbalanced "${ch}" in phrase pattern ${pattern}`);
      out += close;
    } else if (ch === "|" && closers.length > 0) out += "|";
    else if (ch === "…") out += ".*";
    else if (ch === "#") out += "[0-9一二三四五六七八九十]+(?:[-—.][0-9]+)?";
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  if (closers.length > 0) throw new Error(`unclosed choice in phrase pattern ${pattern}`);
  return out;
}

/** Where a phrase must sit in the key it is matched against. */
export type PhrasePlace = "whole" | "anywhere" | "start" | "end";

/** A matcher for one of the patterns, at `place` in the key; `every` finds every match (to replace them all). */
export function phraseMatcher(patterns: readonly string[], place: PhrasePlace, every = false): RegExp {
  return placed(`(?:${patterns.map(phraseSource).join("|")})`, place, every);
}

/**
 * A matcher for a run of the patterns, any number of them one after another (none too), at `place`:
 * the trailing words of a label (预算数为, 安排共计) or a label made of such words only.
 */
export function phraseRun(patterns: readonly string[], place: PhrasePlace): RegExp {
  return placed(`(?:${patterns.map(phraseSource).join("|")})*`, place, false);
}

function placed(choice: string, place: PhrasePlace, every: boolean): RegExp {
  const source = place === "whole" ? `^${choice}$` : place === "start" ? `^${choice}` : place === "end" ? `${choice}$` : choice;
  return new RegExp(source, every ? "gu" : "u");
}

/** A matcher for the whole key: one of the patterns, from start to end. */
export function wholePhrase(patterns: readonly string[]): RegExp {
  return phraseMatcher(patterns, "whole");
}

/** A matcher for a key that contains one of the patterns anywhere. */
export function containsPhrase(patterns: readonly string[]): RegExp {
  return phraseMatcher(patterns, "anywhere");
}

/**
 * A list of phrases a reader looks for, where it looks (`place`, anywhere by default; `run` for any
 * number of them one after another), and examples the table-driven tests in tests/domain/ run:
 * `yes` must match, `no` must not.
 */
export interface PhraseList {
  words: readonly string[];
  place?: PhrasePlace | "run-end" | "run-whole";
  examples: { yes: readonly string[]; no: readonly string[] };
}

/** The matcher of one list: the phrases at their place (`run-end`: a run of them ends the key; `run-whole`: the key is only such a run). */
export function listMatcher(list: PhraseList): RegExp {
  const place = list.place ?? "anywhere";
  if (place === "run-end") return phraseRun(list.words, "end");
  if (place === "run-whole") return phraseRun(list.words, "whole");
  return phraseMatcher(list.words, place);
}

/** The matchers of a record of lists, by the same keys. */
export function listMatchers<K extends string>(lists: Record<K, PhraseList>): Record<K, RegExp> {
  return Object.fromEntries(Object.entries<PhraseList>(lists).map(([k, list]) => [k, listMatcher(list)])) as Record<K, RegExp>;
}
