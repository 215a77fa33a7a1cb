import { phraseMatcher, phraseSource, type PhrasePlace } from "./compile.js";

/**
 * The words by which the explanations' sentences say what a printed figure is — compared with another
 * year, a share of a whole, the parts of an amount just stated, last year's level — as the text checks
 * (src/checks/stated-*.ts, three-public-sum.ts, text-figures.ts) read them. Each entry is a list of
 * phrase patterns (domain/compile.ts) matched `anywhere` unless it says otherwise, on the text as the
 * check passes it (a figure's label as printed, or its match key where the entry says so), with
 * examples run by tests/domain/statements.test.ts.
 */
export interface StatementWords {
  words: readonly string[];
  place?: PhrasePlace;
  examples: { yes: readonly string[]; no: readonly string[] };
}

export const STATEMENT_WORDS = {
  /** A figure compared with another one (比上年, 较2025年, 与上年相比): a change, not a level. */
  compared: { words: ["比", "较", "与…相比"], examples: { yes: ["比上年增加", "较年初预算", "与上年相比"], no: ["公务接待费"] } },
  /** A year named in a comparison ("比2024年", "与2024年相比"): the year is the other side, not the figure's. */
  yearCompared: { words: ["比", "较", "与"], examples: { yes: ["比2024年", "与2024年"], no: ["2024年"] } },
  /** Last year's figure (match key): 上年, 去年, 上一年, 上年度. */
  priorYear: { words: ["上年", "去年", "上一年", "上年度"], examples: { yes: ["上年预算数", "去年"], no: ["本年预算"] } },
  /** A 决算's sentence about the year's 年初预算 rather than the final figure. */
  budget: { words: ["预算"], examples: { yes: ["年初预算"], no: ["决算数"] } },
  /** A money unit (元, 万元, 亿元), at the end of the unit. */
  money: { words: ["元"], place: "end", examples: { yes: ["万元", "元"], no: ["个", "%"] } },
  /** A 三公 sentence's label about a change, another year or another fee names no item of its sub-section. */
  notThreePublicItem: {
    words: ["增加", "减少", "增长", "下降", "上年", "比", "较", "会议", "培训"],
    examples: { yes: ["较上年减少", "会议费"], no: ["2016年预算安排"] },
  },
  /** A sub-section title that lists several items (、，) or names 会议 / 培训 is no one 三公 item's. */
  listTitle: { words: ["、", "，", "会议", "培训"], examples: { yes: ["（一）因公出国（境）费、公务接待费", "会议费和培训费"], no: ["（一）公务接待费"] } },
  /** A stated share: 占…的 P%. */
  share: { words: ["占"], examples: { yes: ["占“三公”经费的"], no: ["增长"] } },
  /** Words after which a paragraph lists the parts of the amount just stated (…2940.05万元，主要用于以下方面：…). */
  listsParts: { words: ["其中", "主要用于", "包括", "具体{用于|情况}", "分别"], examples: { yes: ["，其中：", "，主要用于以下方面：", "，具体情况如下"], no: ["。"] } },
} as const satisfies Record<string, StatementWords>;

export type StatementKind = keyof typeof STATEMENT_WORDS;

const MATCHERS = Object.fromEntries(
  Object.entries(STATEMENT_WORDS).map(([kind, e]) => [kind, phraseMatcher(e.words, ("place" in e ? e.place : undefined) ?? "anywhere")]),
) as Record<StatementKind, RegExp>;

/** Does `text` carry one of the words of `kind`? */
export function says(kind: StatementKind, text: string): boolean {
  return MATCHERS[kind].test(text);
}

/** Words a share's label ends with after its whole (占“三公”经费的比重为 → “三公”经费). */
export const SHARE_TAIL_WORDS = ["的", "比重", "比例", "为", "约", "达"] as const;
const SHARE_HEAD = new RegExp(`^.*${phraseSource("占")}`);
const SHARE_TAIL = new RegExp(`(?:${SHARE_TAIL_WORDS.map(phraseSource).join("|")})+$`, "g");

/** The whole a share's label names after 占 ("其中：基本支出占本年支出合计的比重为" → 本年支出合计), "" when none. */
export function shareWhole(label: string): string {
  return label.replace(SHARE_HEAD, "").replace(SHARE_TAIL, "");
}

/** The year printed in a label ("2025年当年预算执行数为" → 2025), or undefined. */
export function yearIn(label: string): number | undefined {
  const m = YEAR.exec(label);
  return m ? Number(m[1]) : undefined;
}
const YEAR = new RegExp(`(20\\d\\d)\\s*${phraseSource("年")}`);

/** Examples run by tests/domain/statements.test.ts: [input, expected]. */
export const STATEMENT_EXAMPLES = {
  shareWholes: [["占“三公”经费的比重为", "“三公”经费"], ["其中：基本支出占本年支出合计的", "本年支出合计"], ["占", ""]],
  years: [["2025年当年预算执行数为", 2025], ["2025 年", 2025], ["上年", undefined]],
} as const;
