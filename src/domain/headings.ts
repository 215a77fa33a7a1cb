import { containsPhrase, phraseMatcher, wholePhrase } from "./compile.js";

/**
 * What a section heading of a 部门预算 / 部门决算 looks like, and the lines that look like one but are
 * not. Read by `recognise/heading-marker.ts`, `recognise/headings.ts` and `recognise/toc.ts`; every
 * entry carries examples that `tests/domain/headings.test.ts` runs.
 */

/** The numbering families of section headings, outermost first as they usually nest. */
export type MarkerKind = "part" | "cn" | "paren-cn" | "arabic" | "paren-arabic" | "plain";

const CN = "[一二三四五六七八九十]+";

export interface MarkerFamily {
  kind: Exclude<MarkerKind, "plain">;
  /** On the width-folded line: group 1 the marker, group 2 its number, group 3 the title. */
  pattern: RegExp;
  examples: Array<{ line: string; marker: string; number: number; title: string }>;
}

/** Section markers, tried in this order (第N部分 before 一、, （一） before 1、). */
export const MARKER_FAMILIES: MarkerFamily[] = [
  {
    kind: "part",
    pattern: new RegExp(`^(第\\s*(${CN})\\s*部\\s*分)[\\s、．.:：]*(.*)$`, "u"),
    examples: [
      { line: "第一部分 部门概况", marker: "第一部分", number: 1, title: "部门概况" },
      { line: "第 二 部 分", marker: "第二部分", number: 2, title: "" },
      { line: "第三部分2026年部门预算情况说明", marker: "第三部分", number: 3, title: "2026年部门预算情况说明" },
    ],
  },
  {
    kind: "paren-cn",
    pattern: new RegExp(`^([（(]\\s*(${CN})\\s*[）)])[\\s、．.]*(.*)$`, "u"),
    examples: [
      { line: "（一）主要职责", marker: "（一）", number: 1, title: "主要职责" },
      { line: "(十二) 机构设置", marker: "(十二)", number: 12, title: "机构设置" },
    ],
  },
  {
    kind: "cn",
    pattern: new RegExp(`^((${CN}))\\s*[、．.]\\s*(.*)$`, "u"),
    examples: [
      { line: "一、收支预算总体情况说明", marker: "一", number: 1, title: "收支预算总体情况说明" },
      { line: "十一．名词解释", marker: "十一", number: 11, title: "名词解释" },
    ],
  },
  {
    kind: "paren-arabic",
    pattern: /^([（(]\s*(\d{1,2})\s*[）)])[\s、．.]*(.*)$/u,
    examples: [{ line: "(1)财政拨款收入", marker: "(1)", number: 1, title: "财政拨款收入" }],
  },
  {
    kind: "arabic",
    pattern: /^((\d{1,2}))\s*(?:[、．]|\.(?!\d))\s*(.*)$/u,
    examples: [
      { line: "1．财政拨款", marker: "1", number: 1, title: "财政拨款" },
      { line: "2、支出说明", marker: "2", number: 2, title: "支出说明" },
    ],
  },
];

export interface LinePattern {
  /** Matched on the line's match key (no spaces, quotes folded) unless said otherwise. */
  pattern: RegExp;
  examples: string[];
  /** Lines that must not match. */
  nearMisses: string[];
}

/** The title of a table of contents page. */
export const CONTENTS_TITLE: LinePattern = {
  pattern: wholePhrase(["目录", "目次"]),
  examples: ["目 录", "目录", "目　次"],
  nearMisses: ["目录管理", "政府采购目录"],
};

/**
 * A glossary section: its numbered lines are the terms it defines ("十二、社会保障和就业支出（类）…"),
 * not sub-headings.
 */
export const GLOSSARY_TITLE: LinePattern = {
  pattern: containsPhrase(["名词解释", "术语解释", "名词说明", "专业名词"]),
  examples: ["名词解释", "专业性名词解释", "专业名词解释", "名词解释说明"],
  nearMisses: ["部门概况", "其他重要事项的情况说明"],
};

/** A sentence that introduces a list: the numbered lines after it are the list's items. */
export const LIST_INTRO: LinePattern = {
  pattern: /[:：]$/u,
  examples: ["纳入2026年部门预算编制范围的二级预算单位包括：", "直接审计下列事项，出具审计报告，提出处理处罚的建议："],
  nearMisses: ["本部门预算为汇总预算，包括本级预算和下属单位预算。"],
};

/**
 * Section titles the 部门预算 / 部门决算 templates print (after a marker, a year or a body's name). A part
 * printed on its own line ("第二部分") takes the next line as its title when it reads like one of these.
 */
export const KNOWN_SECTION_TITLES: LinePattern = {
  pattern: phraseMatcher(["概况", "职能", "职责", "机构设置", "{预算|单位}构成", "工作任务", "{预算|决算}表", "说明", "名词解释", "公开报表", "附件", "附表"], "end"),
  examples: ["部门概况", "2026年部门预算表", "2026年度部门预算情况说明", "专业名词解释", "部门预算公开报表", "2026年部门预算情况和重要事项说明"],
  nearMisses: ["苏州市交通运输局", "2026年度"],
};

/** The line under a table's title that names its unit or body: with it, the title still heads the table. */
export const TABLE_CAPTION_LINE: LinePattern = {
  pattern: /单位:|^部门:|^编制单位/u,
  examples: ["单位：万元", "部门（单位）：烟台市审计局 单位：万元", "部门：苏州市交通运输局", "编制单位：某某局"],
  nearMisses: ["本部门无政府性基金预算支出。", "一、部门概况"],
};

export interface NonHeadingShape extends LinePattern {
  id: string;
  /** Why a line of this shape is not a section heading. */
  why: string;
  /** Which lines the shape judges: every title, or only unnumbered ones. */
  applies: "any" | "unnumbered";
}

/** Titles (a heading's text after its marker, or an unnumbered line) that are not sections. */
export const NON_HEADING_SHAPES: NonHeadingShape[] = [
  {
    id: "table-label",
    why: "the label printed above a table (表一, 公开表1, 附表3-1, 预算01表)",
    applies: "unnumbered",
    pattern: wholePhrase(["[附|公开|预算]表#", "预算#表", "附件[#]"]),
    examples: ["表一", "表 6", "公开表1", "附表3-1", "预算01表", "附件2"],
    nearMisses: ["表格部分", "名词解释"],
  },
  {
    id: "table-title",
    why: "a table's title: it ends in 表, maybe with a bracketed qualifier (上海 prints them as page titles)",
    applies: "unnumbered",
    pattern: /表(?:\S{0,12}[）)])?$/u,
    examples: ["2026年部门收支总体情况表", "政策和项目预算绩效目标表", "一般公共预算支出表（按功能分类）"],
    nearMisses: ["部门概况", "2026年部门预算编制说明"],
  },
  {
    id: "bracketed-subtitle",
    why: "a subtitle wholly in brackets under a table title: (2026年度), （按经济分类科目分）",
    applies: "unnumbered",
    pattern: /^[（(][^（）()]*[）)]$/u,
    examples: ["(2026年度)", "（按经济分类科目分）", "（按支出经济分类科目-不含上年结转）"],
    nearMisses: ["（一）收入情况", "其他相关情况说明"],
  },
  {
    id: "chart-placeholder",
    why: "a chart's label left unfilled by the word processor",
    applies: "any",
    pattern: /\[(?:值|类别名称|系列名称|百分比|单元格区域)\]/u,
    examples: ["[值]", "[类别名称] [值]", "[类别名称][百分比]"],
    nearMisses: ["主要职能", "[2026]1号文件"],
  },
  {
    id: "project-code",
    why: "a project or account named with its code, as in a performance table (236-中央高校基本科研业务费)",
    applies: "unnumbered",
    pattern: /^\d{2,}\s*[-－—–]\s*\D/u,
    examples: ["236-中央高校基本科研业务费", "2010101－行政运行"],
    nearMisses: ["2026年部门预算编制说明", "1-2月预算执行情况"],
  },
  {
    id: "page-number",
    why: "a page number between dashes",
    applies: "unnumbered",
    pattern: /^[—\-－–]+\d{1,3}[—\-－–]+$/u,
    examples: ["—2—", "- 17 -", "－3－"],
    nearMisses: ["2026年", "名词解释"],
  },
  {
    id: "amount",
    why: "a line that states an amount is a sentence (1．财政拨款收入预算总计27664.22万元)",
    applies: "any",
    pattern: /\d\s*(?:万元|亿元|千元|元|%|％)/u,
    examples: ["财政拨款收入预算总计27664.22万元", "增长3.5%"],
    nearMisses: ["2026年部门预算表", "三公经费支出情况"],
  },
  {
    id: "contents-title",
    why: "the title of a 目录 (a list of tables in the tables part is one too)",
    applies: "unnumbered",
    pattern: CONTENTS_TITLE.pattern,
    examples: CONTENTS_TITLE.examples,
    nearMisses: CONTENTS_TITLE.nearMisses,
  },
  {
    id: "body-name",
    why: "a body's name printed alone (a cover line, a title's second line) names no section; numbered, it is an item of the list of a 部门's units when its neighbour is one too",
    applies: "unnumbered",
    pattern:
      /^(?:\d{4}年度?)?[^，,。：:、]{2,30}(?:局|委员会|委|办公室|办公厅|厅|中心|院|所|站|队|馆|学校|中学|小学|幼儿园|学院|大学|医院|协会|分局|总队|支队)(?:\(?本级\)?)?$/u,
    examples: ["苏州市交通运输局", "无锡市交通运输局（本级）", "烟台市审计服务中心", "广州医科大学附属第一医院", "深圳市社会保险基金管理局本级"],
    nearMisses: ["部门概况", "名词解释", "上海市财政局（单位）主要职能", "部门机构设置", "2026年度部门预算情况说明"],
  },
];

/** The shapes that judge a title with the given marker kind. */
export function nonHeadingShape(title: string, kind: MarkerKind, key: (s: string) => string): NonHeadingShape | undefined {
  const k = key(title);
  return NON_HEADING_SHAPES.find((s) => (s.applies === "any" || kind === "plain") && s.pattern.test(k));
}
