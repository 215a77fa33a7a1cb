import { containsPhrase, phraseMatcher, phraseSource, wholePhrase, type PhrasePlace } from "./compile.js";

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
  /** Between a total and a part: the part is one of the total's (…合计100万元，其中基本支出60万元). */
  partsFollow: { words: ["其中", "包括"], examples: { yes: ["，其中：", "，包括"], no: ["，比上年"] } },
  /** A change label that goes down (year-over-year: 比上年减少). */
  decrease: { words: ["减少"], place: "end", examples: { yes: ["比上年减少"], no: ["减少的原因", "增加"] } },
  /** What follows a count of projects ("3个项目", "共3个专项"), at the start of the text after the number. */
  projectCount: { words: ["[个]{项目|专项}"], place: "start", examples: { yes: ["个项目", "项目", "个专项资金"], no: ["人", "个单位"] } },
  /** A sentence about projects or their performance targets. */
  projectContext: { words: ["绩效", "项目"], examples: { yes: ["共3个项目", "绩效目标"], no: ["在职人员3人"] } },
  /** A 基本支出 figure: the parent a 人员经费 / 公用经费 sentence takes its scope from. */
  basicSpending: { words: ["基本支出"], examples: { yes: ["一般公共预算基本支出"], no: ["项目支出"] } },
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

// ---------------------------------------------------------------------------------------------
// A sentence's label, cleaned for comparison with a table's names

/** A list number in front of a label (match key): "1." "1、" "(1)" "三、" "(一)". */
const LIST_NUMBER = /^(\d+[.、．]|\(\d+\)|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))\s*/;

export function dropListNumber(key: string): string {
  return key.replace(LIST_NUMBER, "");
}

/** An item of a list, numbered 1. 2. (or ①), under a head numbered （一） or 一、 (match key). */
const LIST_ITEM = /^(\d+[.、．]|[①-⑳])/;

export function isListItem(key: string): boolean {
  return LIST_ITEM.test(key);
}

/** The classification level a text prints after a name: (类), (款), (项), (204类). */
const LEVEL_NOTE = /\((\d+)?[类款项]\)/g;
/** A memo head: 其中 in front of a label. */
const MEMO_HEAD = phraseMatcher(["其中"], "start");

/** A label's key without its level notes and its 其中 ("其中：人大事务(项)" → 人大事务). */
export function dropLevelNotes(key: string): string {
  return key.replace(LEVEL_NOTE, "").replace(MEMO_HEAD, "");
}

/** Words a label ends with after the name it states ("…支出预算数为", "…安排"). */
export const STATED_TAIL = ["[预算数|决算数|预算|决算|安排][为|是]"] as const;
const TAIL = phraseMatcher(STATED_TAIL, "end");
/** 支出, dropped everywhere: 类 names end in it and texts put it anywhere ("人大事务行政运行（项）支出"). */
const SPENDING = new RegExp(phraseSource("支出"), "g");

/** A label's key without its tail and every 支出 ("人大事务行政运行支出预算数为" → 人大事务行政运行). */
export function dropStatedTail(key: string): string {
  return key.replace(TAIL, "").replace(SPENDING, "");
}

// ---------------------------------------------------------------------------------------------
// Totals a sentence states with their scope, and where the tables print them

/**
 * Totals whose fund scope the sentence names (DOMAIN §2), and where the standard tables print them:
 * `text` matched on the label's key without its list number (at `textPlace`), the table `kinds`, the
 * whole row label (`rows`), the column header (`column`); `scopeFromParent`: the label alone does not
 * give the scope, an earlier 基本支出 figure of the section must name it.
 */
export const SCOPED_TOTALS: ReadonlyArray<{
  text: readonly string[];
  textPlace: PhrasePlace;
  kinds: readonly string[];
  rows: readonly string[];
  column?: readonly string[];
  scopeFromParent?: readonly string[];
  examples: { yes: readonly string[]; no: readonly string[] };
}> = [
  { text: ["财政拨款收[入]支[出]{总计|合计}"], textPlace: "end", kinds: ["appropriation_summary"], rows: ["总计", "收入总计", "支出总计"], examples: { yes: ["财政拨款收支总计", "财政拨款收入支出合计"], no: ["财政拨款收入"] } },
  {
    text: ["一般公共预算[财政拨款]基本支出[预算|决算]"],
    textPlace: "end",
    kinds: ["general_budget_expenditure"],
    rows: ["合计", "总计"],
    column: ["基本支出"],
    examples: { yes: ["一般公共预算财政拨款基本支出", "一般公共预算基本支出预算"], no: ["一般公共预算基本支出增加"] },
  },
  { text: ["人员经费[合计]"], textPlace: "whole", kinds: ["general_budget_basic"], rows: ["人员经费[合计]"], scopeFromParent: ["一般公共预算"], examples: { yes: ["人员经费", "人员经费合计"], no: ["其中人员经费"] } },
  { text: ["[日常]公用经费[合计]"], textPlace: "whole", kinds: ["general_budget_basic"], rows: ["[日常]公用经费[合计]"], scopeFromParent: ["一般公共预算"], examples: { yes: ["日常公用经费", "公用经费合计"], no: ["公用经费增长"] } },
];

/** The scoped totals as matchers. */
export const SCOPED_TOTAL_MATCHERS = SCOPED_TOTALS.map((t) => ({
  text: phraseMatcher(t.text, t.textPlace),
  kinds: [...t.kinds],
  row: wholePhrase(t.rows),
  column: t.column ? containsPhrase(t.column) : undefined,
  scopeFromParent: t.scopeFromParent ? containsPhrase(t.scopeFromParent) : undefined,
}));

// ---------------------------------------------------------------------------------------------
// Placeholders a template left unfilled

/** Placeholder marks (not inside a Latin word) and undecided change words: XX, ××, 增加（减少）. */
export const PLACEHOLDER_MARKS = ["XX", "xx", "ＸＸ", "××", "＊＊"] as const;
export const UNDECIDED_CHANGES = [["增加", "减少"], ["减少", "增加"], ["增长", "下降"], ["下降", "增长"]] as const;
/** All placeholders of a text, for matchAll. */
export const PLACEHOLDER = new RegExp(
  `(?<![A-Za-z])(${PLACEHOLDER_MARKS.map(phraseSource).join("|")})(?![A-Za-z])|` + UNDECIDED_CHANGES.map(([a, b]) => `${phraseSource(a)}[（(]${phraseSource(b)}[）)]`).join("|"),
  "gu",
);

/** Examples run by tests/domain/statements.test.ts: [input, expected]. */
export const STATEMENT_EXAMPLES = {
  listNumbers: [["1.人员经费", "人员经费"], ["(一)基本支出", "基本支出"], ["三、项目支出", "项目支出"], ["(12)培训费", "培训费"], ["201一般公共服务", "201一般公共服务"]],
  listItems: [["1.人员经费", true], ["②公用经费", true], ["(一)基本支出", false]],
  levelNotes: [["人大事务(类)", "人大事务"], ["其中行政运行(20101款)", "行政运行"]],
  statedTails: [["人大事务行政运行支出预算数为", "人大事务行政运行"], ["一般公共服务支出安排", "一般公共服务"], ["行政运行是", "行政运行"]],
  placeholders: [["增加（减少）XX万元", ["增加（减少）", "XX"]], ["XXL码", []], ["较上年增长", []]],
  shareWholes: [["占“三公”经费的比重为", "“三公”经费"], ["其中：基本支出占本年支出合计的", "本年支出合计"], ["占", ""]],
  years: [["2025年当年预算执行数为", 2025], ["2025 年", 2025], ["上年", undefined]],
} as const;
