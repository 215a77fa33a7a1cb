import { containsPhrase } from "./compile.js";

/**
 * The units budget tables and texts print amounts in, and the header words that say a column holds
 * no money (a count, a share, a code). Read by recognise/table-units.ts, table-records.ts and
 * text-figures.ts; every entry carries examples run by tests/domain/units.test.ts.
 */

/** Units of money, largest first. */
export const MONEY_UNITS = ["亿元", "万元", "千元", "元"] as const;

const MONEY = MONEY_UNITS.join("|");

/** "单位：万元" / "金额单位：元" above or inside a table (on width-folded text): group 1 the unit. */
export const UNIT_LINE = new RegExp(`(?:单位|金额单位)\\s*[:：]\\s*(${MONEY})`);

/** A unit in a column header: "单位：万元", "金额（万元）", "（元）": group 1 the unit. */
export const UNIT_IN_HEADER = new RegExp(`(?:单位[:：]?\\s*|[（(])(${MONEY})[）)]?`);

/** Header words of columns that hold no amount of money: counts, codes, numbers, shares, years. */
export const NOT_MONEY_HEADER = containsPhrase(["数量", "个数", "人数", "编码", "代码", "序号", "栏次", "行次", "%", "比例", "百分比", "年度", "年份", "指标值"]);

/** A header's last segment naming the row (名称, 项目, 科目, a code, 单位): the column holds labels. */
export const LABEL_HEADER = new RegExp(`${containsPhrase(["名称", "项目", "科目", "编码", "代码"]).source}|单位$`, "u");

/** A column of shares: its header prints %, 百分比 or 比例. */
export const PERCENT_HEADER = containsPhrase(["%", "百分比", "比例"]);

/** A column of counts: 数量, 个数, 人数, 辆, （个）, 次数, 家. */
export const COUNT_HEADER = containsPhrase(["数量", "个数", "人数", "辆", "（个）", "(个)", "次数", "家"]);

/** A header cell that gives the unit ("单位：万元"), not a column's name. */
export const UNIT_LABEL_START = /^单位[:：]/;

/**
 * A unit label in a sheet's heading rows ("单位：万元", "金额单位：元"), but not 编制单位 / 填报单位 /
 * 预算单位 / 主管单位 (those name the department): group 1 the unit as printed.
 */
export const SHEET_UNIT = /(?<![制报算管])单位\s*[:：]\s*([^\s，,；;）)]+)/;

/** Examples run by tests/domain/units.test.ts: [input, expected]. */
export const UNIT_EXAMPLES = {
  unitLines: [["单位：万元", "万元"], ["金额单位: 元", "元"], ["部门：某某局", undefined]],
  unitsInHeaders: [["金额（万元）", "万元"], ["单位:千元", "千元"], ["预算数", undefined]],
  notMoneyHeaders: [["车辆数量", true], ["比上年增减(%)", true], ["功能分类科目编码", true], ["预算数", false]],
  labelHeaders: [["科目名称", true], ["项目", true], ["预算单位", true], ["支出预算", false]],
  percentHeaders: [["增长比例", true], ["占比(%)", true], ["金额", false]],
  unitLabels: [["单位：万元", true], ["预算单位", false]],
  sheetUnits: [["单位：万元", "万元"], ["金额单位:元", "元"], ["编制单位：某某局", undefined], ["预算单位：某某局", undefined]],
  countHeaders: [["车辆数（辆）", true], ["因公出国（境）团组数（个）", true], ["公务接待批次", false], ["金额", false]],
} as const;
