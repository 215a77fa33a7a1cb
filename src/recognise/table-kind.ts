import { matchKey } from "../normalise/text.js";

/**
 * Table title → canonical kind (CONTRACT.md). Ordered: the first rule that matches wins, so the
 * specific names (三公, 机关运行经费, 政府性基金) come before the general ones (一般公共预算, 收支总表).
 * Tolerates 部门/单位 prefixes, 决算 names, （功能科目）/（经济科目） suffixes and 表1 / 公开01表 numbering.
 * 财政拨款基本支出预算表 has no canonical kind (Jiangsu 公开06表) and stays `other`.
 */
const RULES: Array<[RegExp, string]> = [
  [/三公/, "three_public"],
  [/机关运行经费/, "operating_expenses"],
  [/政府采购/, "procurement"],
  [/绩效目标|绩效指标/, "performance_targets"],
  [/资产负债/, "other"],
  [/固定资产|国有资产|资产占用|资产占有|资产情况/, "assets"],
  [/机构设置|单位构成|预算单位(构成|情况|名单)|决算单位构成/, "org_units"],
  [/国有资本经营/, "state_capital_expenditure"],
  [/政府性基金/, "gov_fund_expenditure"],
  [/一般公共预算.*基本支出/, "general_budget_basic"],
  [/一般公共预算.*(支出|拨款)/, "general_budget_expenditure"],
  [/财政拨款.*基本支出/, "other"],
  [/财政拨款收(入)?(支出?|支)/, "appropriation_summary"],
  [/财政拨款.*支出/, "appropriation_expenditure"],
  [/收(入)?支(出)?.*总表|收入支出决算|收支预算|收支决算/, "budget_summary"],
  [/收入.*表/, "revenue_summary"],
  [/支出.*表/, "expenditure_summary"],
];

export function tableKind(title: string | null | undefined): string {
  if (!title) return "other";
  const key = matchKey(title);
  for (const [re, kind] of RULES) if (re.test(key)) return kind;
  return "other";
}

/** Does this line read like a standard table's title (used to find titles above a table)? */
export function looksLikeTableTitle(text: string): boolean {
  const key = matchKey(text);
  if (key.length > 60 || /[。；]/.test(key)) return false;
  return /表(\(.{1,12}\))?$|表[一二三四五六七八九十\d]+$|情况$/.test(key.replace(/^(公开)?\d+表/, ""));
}

/** For a table printed without a title: its kind from the header words, where they are decisive. */
export function tableKindFromHeader(headers: string[]): string {
  const key = matchKey(headers.join("|"));
  if (/单位名称/.test(key) && /单位性质|经费性质|人员编制|单位编码|单位规格|财政供给|在职人数/.test(key)) return "org_units";
  if (/因公出国/.test(key) && /公务接待/.test(key)) return "three_public";
  if (/一级指标/.test(key) && /二级指标/.test(key)) return "performance_targets";
  return "other";
}
