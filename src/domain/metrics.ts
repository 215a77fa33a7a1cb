import { containsPhrase, listMatchers, phraseMatcher, wholePhrase, type PhraseList } from "./compile.js";
import { matchKey } from "../normalise/text.js";

/**
 * The canonical metrics (docs/CONTRACT.md, `figures.metric`): what each one is, how documents print
 * it, and where it sits in the budget's arithmetic. A metric is the current year's figure for the
 * whole department; a label that speaks of a change or of another year names none (recognise/metrics.ts
 * checks that before it asks this table).
 *
 * `printed` are phrase patterns (domain/compile.ts: `[optional]`, `{one|of}`) matched against the
 * whole core of a label — the label without its list marker, year, department and trailing 预算/为
 * — so "（一）人员经费" and "2026年本部门人员经费预算为" both come down to 人员经费. The entries are
 * tried in order and the first that matches wins. Each entry's `examples` are run by
 * tests/domain/metrics.test.ts: `yes` must give this metric, `no` must not.
 *
 * Adding a metric is one entry here (with its examples) and its line in docs/CONTRACT.md.
 */

/** The 口径 a metric's figure covers (DOMAIN.md §5.5). */
export type MetricScope =
  /** all the department's money (全部资金): 部门收支总表 */
  | "all"
  /** the money the budget appropriates (财政拨款): 三公, 机关运行经费 are stated for it */
  | "appropriation";

export interface MetricEntry {
  id: string;
  /** The Chinese name, as the national templates print it. */
  name: string;
  scope: MetricScope;
  /** The metric this one is a part of (三公 → 公务用车 → 购置 / 运行). */
  parent?: string;
  /**
   * A blank cell never states it: a department always has revenue and spending, so a blank 收入总计
   * is a cell left empty (上海 审计局), not a zero. Other blanks read as 0 (上海 and 江苏 print zeros blank).
   */
  neverBlank?: true;
  /**
   * The wider metric this figure also states where the document prints no figure of that one
   * (docs/CONTRACT.md: where only 固定资产 is printed, it is the 资产总额).
   */
  alsoStates?: string;
  /** Phrase patterns for the whole core of a label; empty when the metric is not read from labels yet. */
  printed: readonly string[];
  examples: { yes: readonly string[]; no?: readonly string[] };
}

export const METRICS = [
  {
    id: "revenue_total",
    name: "收入总计",
    scope: "all",
    neverBlank: true,
    printed: ["[本年|当年][预算|决算][总]收入[预算|决算][总计|合计|总额|总预算]", "收入总预算", "总收入"],
    examples: { yes: ["收入总计", "收入预算总计", "收入合计", "本年收入合计", "总收入"], no: ["收入增加", "其他收入"] },
  },
  {
    id: "revenue_general_budget",
    name: "一般公共预算收入",
    scope: "all",
    parent: "revenue_total",
    printed: ["{一般公共预算|公共[财政]预算}[财政][拨款][收[入]|资金|补助][预算][总计|合计]"],
    examples: { yes: ["一般公共预算收入", "一般公共预算拨款收入", "一般公共预算财政拨款", "公共财政预算拨款"], no: ["一般公共预算支出"] },
  },
  {
    id: "revenue_gov_fund",
    name: "政府性基金预算收入",
    scope: "all",
    parent: "revenue_total",
    printed: ["[政府性]基金[预算][财政][拨款][收[入]|资金][预算][总计|合计]"],
    examples: { yes: ["政府性基金预算收入", "基金预算收入", "政府性基金收入", "政府性基金预算拨款"], no: ["政府性基金预算支出"] },
  },
  {
    id: "revenue_state_capital",
    name: "国有资本经营预算收入",
    scope: "all",
    parent: "revenue_total",
    printed: ["国有资本经营预算[财政][拨款][收[入]|资金][预算][总计|合计]"],
    examples: { yes: ["国有资本经营预算收入", "国有资本经营预算拨款"], no: ["国有资本经营预算支出"] },
  },
  {
    id: "revenue_special_account",
    name: "财政专户管理资金收入",
    scope: "all",
    parent: "revenue_total",
    printed: ["财政专户[管理资金][核拨|拨款][收入][预算][总计|合计]"],
    examples: { yes: ["财政专户管理资金收入", "财政专户核拨", "财政专户拨款"], no: ["财政专户管理资金支出"] },
  },
  {
    id: "revenue_other",
    name: "其他收入",
    scope: "all",
    parent: "revenue_total",
    printed: ["其他[资金]收入[资金][预算][总计|合计]"],
    examples: { yes: ["其他收入", "其他资金收入", "九、其他收入资金"], no: ["其他支出"] },
  },
  {
    id: "revenue_carryover",
    name: "上年结转",
    scope: "all",
    parent: "revenue_total",
    printed: ["{上年|年初}{结转[和结余|结余]|结余[、|和]结转}[资金][收入]"],
    examples: { yes: ["上年结转", "上年结转资金", "年初结转和结余", "上年结余、结转"], no: ["结转下年", "上年结余"] },
  },
  {
    id: "revenue_business",
    name: "事业收入",
    scope: "all",
    parent: "revenue_total",
    printed: ["事业收入[资金][预算][总计|合计]"],
    examples: { yes: ["事业收入", "（三）事业收入", "事业收入预算", "五、事业收入资金"], no: ["事业单位经营收入", "事业支出"] },
  },
  {
    id: "revenue_operating",
    name: "经营收入",
    scope: "all",
    parent: "revenue_total",
    printed: ["[事业单位]经营收入[资金][预算][总计|合计]"],
    examples: { yes: ["经营收入", "事业单位经营收入", "四、事业单位经营收入", "八、事业单位经营收入资金"], no: ["经营支出", "国有资本经营预算收入"] },
  },
  {
    id: "expenditure_total",
    name: "支出总计",
    scope: "all",
    neverBlank: true,
    printed: ["[本年|当年][预算|决算][总]支出[预算|决算][总计|合计|总额]", "支出总预算"],
    examples: { yes: ["支出总计", "支出预算总计", "支出合计", "本年支出合计"], no: ["基本支出", "支出增加"] },
  },
  {
    id: "expenditure_basic",
    name: "基本支出",
    scope: "all",
    parent: "expenditure_total",
    // 西安 prints 基本支出 as 人员经费和公用经费支出 (its 部门预算支出经济分类).
    printed: ["{基本支出|人员经费和公用经费[支出]}"],
    examples: { yes: ["基本支出", "（一）基本支出", "1、人员经费和公用经费支出"], no: ["基本支出合计增长", "人员经费"] },
  },
  {
    id: "expenditure_personnel",
    name: "人员经费",
    scope: "all",
    parent: "expenditure_basic",
    printed: ["人员{经费|支出}[支出]"],
    examples: { yes: ["人员经费", "人员经费支出", "人员支出"], no: ["人员编制"] },
  },
  {
    id: "expenditure_public",
    name: "公用经费",
    scope: "all",
    parent: "expenditure_basic",
    printed: ["[日常]公用{经费|支出}[支出]"],
    examples: { yes: ["日常公用经费", "公用经费", "公用支出"], no: ["公用设施"] },
  },
  {
    id: "expenditure_project",
    name: "项目支出",
    scope: "all",
    parent: "expenditure_total",
    // 西安 prints 项目支出 as 专项业务经费支出 (部门综合预算专项业务经费支出表).
    printed: ["{项目支出|专项业务经费[支出]}"],
    examples: { yes: ["项目支出", "二、项目支出", "2、专项业务经费支出"], no: ["项目支出绩效", "专项业务经费支出表"] },
  },
  {
    id: "three_public_total",
    name: "“三公”经费",
    scope: "appropriation",
    printed: ["[一般公共预算][财政拨款][支出]三公经费[一般公共预算|公共预算|一般|公共][财政][拨款][支出][合计|总额|总计]"],
    examples: { yes: ["“三公”经费", "“三公”经费合计", "一般公共预算“三公”经费支出", "三公经费财政拨款支出"], no: ["三公经费增减"] },
  },
  {
    id: "three_public_overseas",
    name: "因公出国（境）费",
    scope: "appropriation",
    parent: "three_public_total",
    printed: ["因公出国(境)[经]费[用][支出]"],
    examples: { yes: ["因公出国（境）费", "因公出国(境)经费", "因公出国（境）费用支出"], no: ["因公出国（境）团组数"] },
  },
  {
    id: "three_public_vehicle",
    name: "公务用车购置及运行（维护）费",
    scope: "appropriation",
    parent: "three_public_total",
    printed: ["公务用车购置{及|和|与}运[行][维[护]|营][费][用][支出]"],
    examples: { yes: ["公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车购置及运维费", "公务用车购置和运行维护费"], no: ["公务用车购置费"] },
  },
  {
    id: "three_public_vehicle_purchase",
    name: "公务用车购置费",
    scope: "appropriation",
    parent: "three_public_vehicle",
    printed: ["{公务用车|车辆}购置[费][用][支出]"],
    examples: { yes: ["公务用车购置费", "1.公务用车购置费", "车辆购置"], no: ["公务用车购置及运行费"] },
  },
  {
    id: "three_public_vehicle_operation",
    name: "公务用车运行（维护）费",
    scope: "appropriation",
    parent: "three_public_vehicle",
    printed: ["{公务用车|车辆}运行[维护]费[用][支出]"],
    examples: { yes: ["公务用车运行维护费", "公务用车运行费", "2.公务用车运行维护费"], no: ["公务用车购置费"] },
  },
  {
    id: "three_public_reception",
    name: "公务接待费",
    scope: "appropriation",
    parent: "three_public_total",
    printed: ["[国内]公务接待费[用][支出]"],
    examples: { yes: ["公务接待费", "（三）公务接待费支出", "国内公务接待费"], no: ["公务接待批次"] },
  },
  {
    id: "meeting_fee",
    name: "会议费",
    scope: "appropriation",
    printed: ["会议费[支出]"],
    examples: { yes: ["会议费", "会议费支出"], no: ["会议室"] },
  },
  {
    id: "training_fee",
    name: "培训费",
    scope: "appropriation",
    printed: ["培训费[支出]"],
    examples: { yes: ["培训费", "培训费支出"], no: ["培训人数"] },
  },
  {
    id: "operating_expenses",
    name: "机关运行经费",
    scope: "appropriation",
    // "机关运行经费财政拨款预算" (深圳); "一般公共预算财政拨款运行经费" (重庆) — a bare 运行经费 is often
    // 公务用车's ("购置费0万元、运行经费5万元"), so without 机关 it needs its 财政拨款 subject.
    printed: ["{[一般公共预算][财政拨款]机关运行{经费|办公费|费}|[一般公共预算]财政拨款运行经费}[财政拨款][支出][合计|总额]"],
    examples: {
      yes: ["机关运行经费", "一般公共预算财政拨款机关运行经费", "机关运行经费支出", "机关运行经费财政拨款", "一般公共预算财政拨款运行经费"],
      no: ["机关运行保障", "运行经费", "公务用车运行经费"],
    },
  },
  {
    id: "procurement_total",
    name: "政府采购预算",
    scope: "all",
    printed: ["政府采购[项目][预算|支出][总额|金额|合计]"],
    examples: { yes: ["政府采购预算", "政府采购支出预算总额", "政府采购金额", "政府采购项目"], no: ["政府采购货物预算", "政府采购服务类项目"] },
  },
  {
    id: "assets_total",
    name: "资产总额",
    scope: "all",
    printed: ["{资产总额|资产总计|国有资产总额}"],
    examples: { yes: ["资产总额", "国有资产总额"], no: ["固定资产增加", "固定资产"] },
  },
  {
    id: "assets_fixed",
    name: "固定资产",
    scope: "all",
    parent: "assets_total",
    // "本部门固定资产金额2,995.16万元" (广州): where the document prints no 资产总额, it is that too.
    printed: ["固定资产[总额|金额|总值|合计|总计]"],
    alsoStates: "assets_total",
    examples: { yes: ["固定资产", "固定资产金额", "固定资产总额"], no: ["固定资产增加", "资产总额"] },
  },
] as const satisfies readonly MetricEntry[];

export type MetricId = (typeof METRICS)[number]["id"];

export const METRIC_IDS: readonly MetricId[] = METRICS.map((m) => m.id);

const byId = new Map<string, MetricEntry>(METRICS.map((m) => [m.id, m]));

/** The entry of a metric id (undefined for a string that is no metric). */
export function metricEntry(id: string): MetricEntry | undefined {
  return byId.get(id);
}

/** Is `id` the metric `ancestor` or one of its parts, at any depth (公务用车购置费 is part of 三公)? */
export function isPartOf(id: string, ancestor: string): boolean {
  for (let m: string | undefined = id; m !== undefined; m = byId.get(m)?.parent) if (m === ancestor) return true;
  return false;
}

/** The direct parts of a metric, in table order (三公 → 出国, 用车, 接待). */
export function partsOf(id: string): MetricId[] {
  return METRICS.filter((m) => "parent" in m && m.parent === id).map((m) => m.id);
}

// ---------------------------------------------------------------------------------------------
// A 三公 item named inside a longer text: a sentence's label, a sub-section title, a header path

/**
 * How a sentence or sub-section title names a 三公 item inside a longer text ("其中：公务接待费",
 * "该车辆运行维护经费"), for labels the recogniser left without a metric (checks/three-public-sum.ts).
 * The first entry wins: one of `words` anywhere in the match key (or one of `atEnd` at its end), and
 * none of `unless`. Phrase patterns as in `printed` (domain/compile.ts).
 */
export const THREE_PUBLIC_MENTIONS: ReadonlyArray<{ id: MetricId; words: readonly string[]; atEnd?: readonly string[]; unless?: readonly string[] }> = [
  { id: "three_public_total", words: ["三公"] },
  { id: "three_public_overseas", words: ["因公出国"] },
  { id: "three_public_reception", words: ["公务接待"] },
  { id: "three_public_vehicle_purchase", words: ["{公务用车|车辆}购置{费|预算|支出}"], atEnd: ["{公务用车|车辆}购置"], unless: ["运行"] },
  { id: "three_public_vehicle_operation", words: ["{公务用车|车辆}{运行|运维}"] },
  { id: "three_public_vehicle", words: ["公务用车购置及运行", "车辆经费"] },
];

const MENTION_RULES = THREE_PUBLIC_MENTIONS.map((m) => ({
  id: m.id,
  words: containsPhrase(m.words),
  atEnd: m.atEnd ? phraseMatcher(m.atEnd, "end") : undefined,
  unless: m.unless ? containsPhrase(m.unless) : undefined,
}));

/** The 三公 item a match key names anywhere ("其中公务接待费支出" → three_public_reception), or undefined. */
export function threePublicMentioned(key: string): MetricId | undefined {
  for (const r of MENTION_RULES) if ((r.words.test(key) || r.atEnd?.test(key)) && !r.unless?.test(key)) return r.id;
  return undefined;
}

/**
 * The words of the 三公 table's headers (and of its row labels when the items run down the rows):
 * each item's leaf, the parent that groups 公务用车's 购置 / 运行 and their 小计, the parent “三公” over
 * its 合计, and the 会议费 / 培训费 some tables print beside it.
 */
export const THREE_PUBLIC_HEADER_WORDS = {
  overseas: ["因公出国"],
  reception: ["公务接待"],
  meeting: ["会议费"],
  training: ["培训费"],
  /** A parent header grouping the vehicle columns. */
  vehicleGroup: ["公务用车", "车辆"],
  /** A leaf that names a vehicle itself. */
  car: ["车"],
  purchase: ["购置"],
  /** A leaf naming 购置 is not the purchase when it names 运行 too (购置及运行). */
  notPurchase: ["运行"],
  operation: ["运行", "运维"],
  /** The vehicle item: anywhere in the leaf, or the whole leaf. */
  vehicle: ["公务用车购置及运{行|维}"],
  vehicleWhole: ["公务用车[费|经费]"],
  /** Whole leaves: the vehicle group's subtotal, and any total. */
  vehicleSubtotal: ["小计", "合计"],
  total: ["小计", "合计", "总计"],
  threePublic: ["三公"],
  /** 机关运行经费 printed in a 三公 header is not the 三公 total. */
  notThreePublic: ["运行经费"],
} as const;

/** A column (or row) of the 三公 table by what it holds; `grand` is a 合计 over “三公” and 会议费 / 培训费. */
export type ThreePublicRole = "total" | "grand" | "overseas" | "vehicle" | "purchase" | "operation" | "reception" | "meeting" | "training";

const H = Object.fromEntries(
  Object.entries(THREE_PUBLIC_HEADER_WORDS).map(([k, list]) => [k, k === "vehicleWhole" || k === "vehicleSubtotal" || k === "total" ? wholePhrase(list) : containsPhrase(list)]),
) as Record<keyof typeof THREE_PUBLIC_HEADER_WORDS, RegExp>;

/** The item a header path (or row label) of the 三公 table names ("公务用车购置及运行维护费 / 公务用车购置费" → purchase). */
export function threePublicHeaderRole(path: readonly string[]): ThreePublicRole | undefined {
  const keys = path.map((s) => matchKey(s));
  const leaf = keys.at(-1) ?? "";
  const parent = keys.slice(0, -1).join("/");
  if (H.overseas.test(leaf)) return "overseas";
  if (H.reception.test(leaf)) return "reception";
  if (H.meeting.test(leaf)) return "meeting";
  if (H.training.test(leaf)) return "training";
  const underVehicle = H.vehicleGroup.test(parent);
  if (H.purchase.test(leaf) && !H.notPurchase.test(leaf) && (underVehicle || H.car.test(leaf))) return "purchase";
  if (H.operation.test(leaf) && !H.purchase.test(leaf) && (underVehicle || H.car.test(leaf))) return "operation";
  if (H.vehicle.test(leaf) || H.vehicleWhole.test(leaf) || (H.vehicleSubtotal.test(leaf) && underVehicle)) return "vehicle";
  if (H.total.test(leaf) && H.threePublic.test(parent)) return "total";
  if (H.threePublic.test(leaf) && !H.notThreePublic.test(leaf)) return "total";
  if (H.total.test(leaf) && !parent) return "grand";
  return undefined;
}

/** Examples run by tests/domain/metrics.test.ts: [input, expected]. */
export const THREE_PUBLIC_EXAMPLES = {
  mentions: [
    ["其中公务接待费支出", "three_public_reception"],
    ["因公出国(境)费用", "three_public_overseas"],
    ["三公经费合计", "three_public_total"],
    ["公务用车购置费", "three_public_vehicle_purchase"],
    ["车辆购置", "three_public_vehicle_purchase"],
    ["公务用车购置及运行费", "three_public_vehicle"],
    ["该车辆运行维护经费", "three_public_vehicle_operation"],
    ["会议费", undefined],
  ],
  headerRoles: [
    [["因公出国（境）费"], "overseas"],
    [["公务用车购置及运行维护费", "公务用车购置费"], "purchase"],
    [["公务用车购置及运行维护费", "公务用车运行维护费"], "operation"],
    [["公务用车购置及运行维护费", "小计"], "vehicle"],
    [["公务用车费"], "vehicle"],
    [["“三公”经费", "合计"], "total"],
    [["合计"], "grand"],
    [["会议费"], "meeting"],
    [["机关运行经费"], undefined],
  ],
} as const;

/**
 * A section titled by a body's name ("十六、深圳鹏城技师学院", "一、市建筑工务署本级") when its
 * neighbours are titled by bodies too: the document goes through the department's units one by
 * one, and what such a section states (项目支出 9,866.11 万元) is the unit's, not the department's.
 * Matched on the match key (half-width brackets, no spaces). A lone such section is the whole
 * department (深圳 本级 documents: "一、深圳市司法局（本级）").
 */
export const UNIT_SECTION_TITLE = {
  pattern:
    /^[^，,。：:、]{2,30}(?:局|委员会|委|办公室|办公厅|厅|署|中心|院|所|站|队|馆|学校|中学|小学|幼儿园|学院|大学|医院|协会|分局|总队|支队)(?:\(?本级\)?)?$/u,
  examples: ["深圳鹏城技师学院", "市建筑工务署本级", "深圳市人力资源和社会保障局(本级)", "深圳市社会保险基金管理局福田分局", "烟台市链长制服务中心"],
  nearMisses: ["部门职责", "机关运行经费", "部门预算收支总体情况", "实施部门预算绩效管理的单位范围", "上海市财政局(单位)主要职能"],
} as const;

/**
 * "本单位无机关运行经费。": the body says it has none of a quantity — a zero, printed as a word.
 * Only the body itself speaking (本/我 + 部门/单位), and what follows 无 up to the clause's end is
 * the quantity's label (recognise/text-figures reads it; the label decides the metric).
 */
export const NONE_STATED = {
  pattern: /(?<=^|[。；;，,\s])(?:本|我)(?:部门|单位)(?:(?:19|20)\d{2}年度?)?无(?=([^，。；,;\s]{2,16})(?:[。；;，,]|$))/gu,
  examples: [["本单位无机关运行经费。", "机关运行经费"], ["本部门2026年无“三公”经费，", "“三公”经费"]] as ReadonlyArray<[string, string]>,
  nearMisses: ["该项目无机关运行经费。", "本部门无。"],
} as const;

// ---------------------------------------------------------------------------------------------
// The words of a label around a metric's name (recognise/metrics.ts)

/**
 * What a text figure's label prints besides the metric's name, and what makes a label name none:
 * "2026年本部门一般公共预算财政拨款安排的机关运行经费预算为" comes down to 机关运行经费 once its
 * year, its subject (本部门), how the money is arranged (…安排的) and its tail (预算为) are dropped.
 * Matched on the match key (normalise/text.ts). Each list's `examples` are run by
 * tests/domain/metrics.test.ts against its matcher.
 */
export const LABEL_WORDS = {
  /** The words a label ends with that say how the amount is stated (any number of them): dropped. */
  statedTail: {
    words: ["预算数", "预算", "决算数", "决算", "控制数", "安排", "共计", "共有", "金额", "数", "为", "是", "达到", "达", "约", "共"],
    place: "run-end",
    examples: { yes: ["收入预算为", "人员经费共计", "公务接待费决算数达"], no: [] },
  },
  /** A label made only of these names no quantity by itself ("2016年预算安排2.7万元"). */
  generic: {
    words: ["预算", "决算", "安排", "经费", "车辆经费", "支出", "费用"],
    place: "run-whole",
    examples: { yes: ["预算安排", "经费", "", "支出预算"], no: ["人员经费", "预算安排为"] },
  },
  /** A change, another year or an adjustment: the label states no level of this year (when in doubt, none). */
  change: {
    words: ["增加", "减少", "增长", "下降", "增减", "持平", "上年", "上一年", "去年", "同比", "较", "比", "变动", "变化", "调增", "调减", "结转下年", "年初", "执行数", "调整"],
    examples: { yes: ["比上年增加", "同比下降", "年初预算", "结转下年"], no: ["公务接待费", "结转"] },
  },
  /** The carry-over itself (上年结转, 年初结转和结余), not a comparison with last year: read as 结转 before `change`. */
  carryover: {
    words: ["{上年|年初}结转[和结余|资金|结余]"],
    examples: { yes: ["上年结转", "年初结转和结余", "上年结转资金"], no: ["上年结余", "结转下年"] },
  },
  /** Before a 的, a carry-over: what follows is the carry-over's part ("上年结转结余的一般公共预算收入"), no metric of the year. */
  carried: { words: ["结转", "结余"], examples: { yes: ["上年结转结余"], no: ["上年"] } },
  /**
   * Words before a department total (支出决算为, 收入) that narrow its subject below all the
   * department's funds: a fund, a classification level (类/款/项), 年初预算, a part of spending.
   */
  narrower: {
    words: ["一般公共预算", "财政拨款", "政府性基金", "国有资本经营", "(类)", "(款)", "(项)", "（类）", "（款）", "（项）", "年初预算", "基本支出中", "项目支出中"],
    examples: { yes: ["一般公共预算财政拨款", "教育支出(类)", "基本支出中"], no: ["本部门", "2026年"] },
  },
  /**
   * Of `narrower`, the 一般公共预算 (or 财政拨款) subject alone: a spending part under it ("一般公共财政拨款支出
   * 1899.9万元，其中基本支出183.93万元") is the department's when all its revenue is 一般公共预算.
   */
  generalBudgetSubject: {
    words: ["一般公共[预算][财政][拨款]", "公共财政[预算][拨款]", "财政拨款"],
    examples: { yes: ["一般公共财政拨款支出", "一般公共预算财政拨款", "财政拨款支出"], no: ["政府性基金", "本部门"] },
  },
  /** A total (revenue_total, expenditure_total) without a subject of its own needs total words. */
  totalWords: { words: ["总", "合计"], examples: { yes: ["收入总计", "支出合计", "总收入"], no: ["收入", "支出"] } },
  /** "公务用车购置为0万元、运行费116.02万元": an item that leaves out the 公务用车 its clause began with … */
  vehicleItem: { words: ["运行[维护][费]", "购置[费]"], place: "start", examples: { yes: ["运行费", "运行维护费", "购置"], no: ["公务用车运行费", "车辆运行"] } },
  /** … and that subject, in the clause before. */
  vehicleSubject: { words: ["公务用车"], examples: { yes: ["公务用车购置为0万元、"], no: ["车辆购置为0万元、"] } },
  /** A carry-over in a clause about a project is the project's ("…项目10,289.74万元,主要包括：…上年结转122.31万元"). */
  projectClause: { words: ["项目"], examples: { yes: ["某某项目10,289.74万元,主要包括:"], no: ["本年收入2203.62万元,"] } },
  /** "2025年末": what is left after the year's 年 (年末's 末) says when, not what. */
  yearEndRest: { words: ["末"], place: "start", examples: { yes: ["末结余"], no: ["结余"] } },
  /** A bare 决算 label ("支出决算为", "决算数为"): says how the amount is stated, not of what. */
  finalOnly: { words: ["[支出]决算[数][为|是]"], place: "whole", examples: { yes: ["支出决算为", "决算数为", "决算为"], no: ["公务接待费支出决算为", "年初预算为"] } },
  /** A label's start: 其中 before the name of a part ("其中：公务接待费"). */
  memoLead: { words: ["其中[:|：]"], place: "start", examples: { yes: ["其中:公务接待费", "其中公务接待费"], no: ["公务接待费"] } },
} as const satisfies Record<string, PhraseList>;

export type LabelWords = keyof typeof LABEL_WORDS;
/** The matchers of LABEL_WORDS (domain/compile.ts). */
export const LABEL_MATCHERS = listMatchers(LABEL_WORDS);
/** `carryover`, to replace every one of them in a label. */
export const CARRYOVER_IN_LABEL = phraseMatcher(LABEL_WORDS.carryover.words, "anywhere", true);
/** `generalBudgetSubject`, to replace every one of them in a clause. */
export const GENERAL_BUDGET_IN_LABEL = phraseMatcher(LABEL_WORDS.generalBudgetSubject.words, "anywhere", true);

/**
 * Words before a metric's name that say who or how (a list marker, 本部门, 财政拨款安排的, 全年):
 * recognise/metrics.ts drops them from a label's start in this order, again while any drops.
 * Phrase patterns (domain/compile.ts), or a regular expression where a phrase cannot say it (a
 * number of characters, what must follow). `examples`: [label's match key, what one pass of this
 * lead leaves].
 */
export const LABEL_LEADS: ReadonlyArray<{ what: string; lead: readonly string[] | RegExp; examples: ReadonlyArray<readonly [string, string]> }> = [
  { what: "a list marker: (一) 1) 一、 2.", lead: /^(?:\(?[一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}[、.])/u, examples: [["(一)人员经费", "人员经费"], ["2.公用经费", "公用经费"], ["人员经费", "人员经费"]] },
  { what: "how the money is arranged", lead: ["[一般公共预算][财政][拨款]安排[的]", "相应安排", "下达"], examples: [["一般公共预算财政拨款安排的机关运行经费", "机关运行经费"], ["下达资金", "资金"]] },
  {
    what: "a body's name before 部门/单位 and the quantity (检验检测认证中心部门收入预算为)",
    lead: /^[\u4e00-\u9fa5()]{1,24}?(?:部门|单位)(?=收入|支出|预算|决算|三公)/u,
    examples: [["检验检测认证中心部门收入预算为", "收入预算为"], ["某某局单位人员经费", "某某局单位人员经费"]],
  },
  { what: "the body itself", lead: ["{我|本|全}{部门|单位|局|委|厅|办|院|会|中心|镇|乡|所|站}[的]", "{部门|单位}[的]"], examples: [["本部门的人员经费", "人员经费"], ["我局公用经费", "公用经费"], ["单位收入", "收入"]] },
  { what: "the year as a whole", lead: ["{全年|年度|本年度|当年|今年}"], examples: [["全年支出", "支出"], ["本年度收入", "收入"]] },
  { what: "the department's budget arranging", lead: ["[部门|单位][预算][安排]"], examples: [["部门预算安排支出", "支出"], ["预算收入", "收入"]] },
];

/** The compiled LABEL_LEADS, in their order. */
export const LABEL_LEAD_MATCHERS: readonly RegExp[] = LABEL_LEADS.map((l) => (l.lead instanceof RegExp ? l.lead : phraseMatcher(l.lead, "start")));

/**
 * The shapes around a label's words (recognise/metrics.ts), as regular expressions with examples
 * that tests/domain/metrics.test.ts runs: `yes` match, `no` do not.
 */
export const LABEL_SHAPES = {
  /** A year in a label and the word after it (2026年, 2025年末, 2026年度): group 1 the year, 2 the word. */
  year: { pattern: /((?:19|20)\d{2})(年末|年度|年)?/g, examples: { yes: ["2026年本部门", "2025年末", "2026"], no: ["本年"] } },
  /** Everything up to and including a label's last year: what follows says what. */
  upToLastYear: { pattern: /.*(?:19|20)\d{2}(?:年末|年度|年)?/, examples: { yes: ["本部门2026年支出"], no: ["本部门支出"] } },
  /**
   * 预算 / 决算 after the name that say how it is stated (公务接待费预算支出, 收入预算总计), not
   * inside a name (一般公共预算, 国有资本经营预算, 政府性基金预算): dropped before the rules are tried.
   */
  statedKind: {
    pattern: /(?<!公共|资本经营|基金)(?:预算|决算)数?(?=支出|安排|为|总计|合计|总额|$)/g,
    examples: { yes: ["公务接待费预算支出", "收入预算总计", "人员经费决算数"], no: ["一般公共预算收入", "政府性基金预算"] },
  },
  /** The list marker of a table row label or header leaf (一、 1. (一)). */
  rowMarker: { pattern: /^[一二三四五六七八九十]+[、.]|^\d+[.、]|^\(\S{1,3}\)/u, examples: { yes: ["一、收入", "1.人员经费", "(一)基本支出"], no: ["人员经费"] } },
  /** A spending item's amount ending the words before a figure ("…服务费7,083.34万元，"): a carry-over after it is the item's. */
  itemAmountBefore: { pattern: /(?:费|费用|项目|工程)[\d,.]+万?元[,，]$/, examples: { yes: ["免除查验没有问题作业服务费7,083.34万元,"], no: ["本年收入2203.62万元,"] } },
  /**
   * A 决算 sentence that gives a subject's 年初预算 first and then its 决算 ("“三公”经费财政拨款支出年初预算为
   * 12.80万元，支出决算为11.65万元"): group 1 the subject, whose metric the bare 决算 label after it states.
   */
  budgetThenFinal: {
    pattern: /^(.{2,40}?)年初预算数?为[\d,.]+万?元[,，]/,
    examples: { yes: ["2024年度“三公”经费财政拨款支出年初预算为12.80万元，", "公务接待费年初预算为2.80万元,"], no: ["公务接待费支出决算为2.30万元，", "年初预算为12.80万元，支"] },
  },
  /**
   * The opening of a final account's overview sentence: [year][subject]年初结转和结余X万元，…
   * (group 1 the year): its 本年收入 / 本年支出 are the year's totals.
   */
  overview: {
    pattern: /^(?:((?:19|20)\d{2})年度?)?[^,，。；;]{0,30}?(?:年初结转和结余|年初结转结余|上年结转和结余)\d[\d,.]*万元[,，]/,
    examples: { yes: ["2016年平潭县人民法院年初结转和结余100.56万元,"], no: ["本年收入2203.62万元,"] },
  },
} as const;

/** In an overview sentence (LABEL_SHAPES.overview), the bare labels that state the year's totals. */
export const OVERVIEW_TOTALS: Readonly<Record<string, MetricId>> = { 本年收入: "revenue_total", 本年支出: "expenditure_total" };
