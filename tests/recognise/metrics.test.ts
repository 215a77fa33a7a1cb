import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { recogniseDocument } from "../../src/recognise/recognise-document.js";
import type { FigureRecord } from "../../src/model/records.js";
import { textMetric } from "../../src/recognise/metrics.js";
import { dropMisreadTableMetrics, tableMetric, type CellContext } from "../../src/recognise/table-metric.js";

describe("textMetric names the quantity a label states, or nothing", () => {
  it("reads the current year's totals and parts", () => {
    expect(textMetric("中共某局2020年预算收入总计", 2020, "中共某局")).toBe("revenue_total");
    expect(textMetric("（一）人员经费", 2020, null)).toBe("expenditure_personnel");
    expect(textMetric("2019年度政府采购支出预算总额", 2019, null)).toBe("procurement_total");
    expect(textMetric("财政专户拨款", 2016, null)).toBe("revenue_special_account");
  });
  it("gives no metric to changes, other years and narrower scopes", () => {
    expect(textMetric("与上年相比增加", 2020, null)).toBeNull();
    expect(textMetric("2019年公务接待费", 2020, null)).toBeNull();
    expect(textMetric("支出决算为", 2024, null, "一般公共预算财政拨款支出年初预算为10210.34万元，")).toBeNull();
    expect(textMetric("其中本级项目支出", 2020, null)).toBeNull();
  });
  it("reads 本年收入/本年支出 of a final account's overview sentence as the year's totals", () => {
    const opening = "2016年平潭县人民法院年初结转和结余100.56万元，";
    expect(textMetric("本年收入", 2016, "平潭县人民法院", opening)).toBe("revenue_total");
    expect(textMetric("本年支出", 2016, "平潭县人民法院", `${opening}本年收入2203.62万元，`)).toBe("expenditure_total");
    // the same sentence about one kind of money, and a bare 本年收入 elsewhere, state no total
    expect(textMetric("本年收入", 2016, null, "（一）一般公共预算财政拨款年初结转结余99.96万元，")).toBeNull();
    expect(textMetric("本年收入", 2016, null, "其中：")).toBeNull();
    expect(textMetric("本年收入", 2017, null, opening)).toBeNull();
  });
  it("reads a final account's 支出决算为 after the plan as the plan's subject", () => {
    expect(textMetric("支出决算为", 2023, null, "2023年度“三公”经费财政拨款支出年初预算为6.00万元，")).toBe("three_public_total");
    expect(textMetric("支出决算为", 2023, "某局", "2023年度某局支出年初预算为500.00万元，")).toBe("expenditure_total");
    expect(textMetric("支出决算为", 2023, null, "一般公共预算财政拨款支出年初预算为480.00万元，")).toBeNull();
    expect(textMetric("支出决算为", 2023, null, "2022年度“三公”经费财政拨款支出年初预算为6.00万元，")).toBeNull();
  });
  it("restores the 公务用车 a list of items leaves out", () => {
    expect(textMetric("运行费", 2015, null, "（二）公务用车购置为0万元、")).toBe("three_public_vehicle_operation");
    expect(textMetric("运行费", 2015, null, "办公楼")).toBeNull();
  });
});

describe("a 决算 sentence that gives a subject's 年初预算 and then its 决算", () => {
  it("states the subject's metric with its bare 决算 label, unless the subject is narrower than the department", () => {
    expect(textMetric("支出决算为", 2024, null, "2024年度“三公”经费财政拨款支出年初预算为12.80万元，")).toBe("three_public_total");
    expect(textMetric("支出决算为", 2024, null, "公务接待费支出年初预算为2.80万元，")).toBe("three_public_reception");
    expect(textMetric("年初预算为", 2024, null, "2024年度“三公”经费财政拨款支出")).toBeNull();
    expect(textMetric("支出决算为", 2024, null, "一般公共预算财政拨款支出年初预算为10210.34万元，")).toBeNull();
    expect(textMetric("支出决算为", 2024, null, "本年支出合计1,363.60万元，")).toBeNull();
  });
});

describe("tableMetric names the metric a table cell states, or nothing", () => {
  const cell = (over: Partial<CellContext>): CellContext => ({ kind: "three_public", title: null, docKind: "budget", rowLabels: [], header: "", firstAmountColumn: false, onlyDataRow: true, ...over });

  it("reads a 三公 table turned on its side from the row of the document's own figure", () => {
    const turned = (docKind: CellContext["docKind"], label: string, header: string) =>
      cell({ docKind, fiscalYear: 2024, rowLabels: [label], header, onlyDataRow: false });
    expect(tableMetric(turned("final_account", "决算数", "合计"))).toBe("three_public_total");
    expect(tableMetric(turned("final_account", "决算数", "公务用车购置及运行费 / 公务用车运行费"))).toBe("three_public_vehicle_operation");
    expect(tableMetric(turned("final_account", "年初预算数", "合计"))).toBeNull();
    expect(tableMetric(turned("budget", "2024年预算数", "合计"))).toBe("three_public_total");
    expect(tableMetric(turned("budget", "2023年预算数", "合计"))).toBeNull();
    expect(tableMetric(turned("budget", "2023年执行数", "公务接待费"))).toBeNull();
  });

  it("reads each half's own 合计 row of a 基本支出 table printed as 人员经费 | 公用经费 side by side", () => {
    const half = (label: string, header: string) => cell({ kind: "general_budget_basic", docKind: "final_account", rowLabels: ["人员经费合计", label].slice(label === "人员经费合计" ? 1 : 0), header, onlyDataRow: false });
    expect(tableMetric(half("人员经费合计", "人员经费 / 决算数"))).toBe("expenditure_personnel");
    expect(tableMetric(half("公用经费合计", "公用经费 / 决算数"))).toBe("expenditure_public");
    expect(tableMetric(cell({ kind: "general_budget_basic", docKind: "final_account", rowLabels: ["工资福利支出"], header: "人员经费 / 决算数", onlyDataRow: false }))).toBeNull();
  });

  it("reads only the document's year when a table prints two years side by side", () => {
    expect(tableMetric(cell({ header: "2026年预算数 / 合计", fiscalYear: 2026 }))).toBe("three_public_total");
    expect(tableMetric(cell({ header: "2025年预算数 / 合计", fiscalYear: 2026 }))).toBeNull();
  });

  it("reads a bare 合计 row of a 收支总表 as its side's total", () => {
    const summary = (header: string) => cell({ kind: "budget_summary", rowLabels: ["合 计"], header, onlyDataRow: false });
    expect(tableMetric(summary("收入 / 预 算 数"))).toBe("revenue_total");
    expect(tableMetric(summary("支出 / 预 算 数"))).toBe("expenditure_total");
  });

  it("reads a 收支总表's side under a column number (栏次 1, 2) as under 金额", () => {
    const summary = (label: string, header: string) => cell({ kind: "budget_summary", docKind: "final_account", rowLabels: [label], header, onlyDataRow: false });
    expect(tableMetric(summary("本年支出合计", "支出 / 金额 / 2"))).toBe("expenditure_total");
    expect(tableMetric(summary("本年收入合计", "收入 / 金额 / 1"))).toBe("revenue_total");
  });

  it("reads every 预算数 column of a 收支总表 that prints its spending several ways", () => {
    expect(tableMetric(cell({ kind: "budget_summary", rowLabels: ["支出总计"], header: "支 出 / 预算数", onlyDataRow: false }))).toBe("expenditure_total");
  });

  it("reads 事业收入 and 经营收入 from the total row of a 收入总表", () => {
    const revenue = (header: string) => cell({ kind: "revenue_summary", rowLabels: ["合计"], header, onlyDataRow: false });
    expect(tableMetric(revenue("事业收入"))).toBe("revenue_business");
    expect(tableMetric(revenue("事业单位经营收入"))).toBe("revenue_operating");
  });

  it("reads 西安's names: 人员经费和公用经费支出 is 基本支出, 专项业务经费支出 is 项目支出, 人员经费支出 is 人员经费", () => {
    const spending = (header: string) => cell({ kind: "expenditure_summary", rowLabels: ["合计"], header, onlyDataRow: false });
    expect(tableMetric(spending("部门预算 / 人员经费和公用经费支出"))).toBe("expenditure_basic");
    expect(tableMetric(spending("部门预算 / 专项业务经费支出"))).toBe("expenditure_project");
    expect(tableMetric(spending("部门预算 / 人员经费支出"))).toBe("expenditure_personnel");
    const side = (label: string) => cell({ kind: "budget_summary", rowLabels: [label], header: "支出 / 预算数", onlyDataRow: false });
    expect(tableMetric(side("1、人员经费和公用经费支出"))).toBe("expenditure_basic");
    expect(tableMetric(side("上年结余、结转"))).toBe("revenue_carryover");
    expect(tableMetric(cell({ kind: "general_budget_basic", rowLabels: ["合计"], header: "人员经费支出", onlyDataRow: false }))).toBe("expenditure_personnel"); // with its table's scope, settled by recognise-document
  });

  it("reads the parts of the spending total's row under one column group of a 收支总表 (上海 财务收支预算总表)", () => {
    const total = (header: string) => cell({ kind: "budget_summary", rowLabels: ["支出总计"], header, onlyDataRow: false });
    expect(tableMetric(total("本年支出 / 预算数 / 基本支出 / 人员经费"))).toBe("expenditure_personnel");
    expect(tableMetric(total("本年支出 / 预算数 / 项目支出"))).toBe("expenditure_project");
    expect(tableMetric(cell({ kind: "budget_summary", rowLabels: ["一、教育支出"], header: "本年支出 / 预算数 / 基本支出 / 人员经费", onlyDataRow: false }))).toBeNull();
  });
});

describe("dropMisreadTableMetrics keeps no metric of a misread row", () => {
  const figure = (metric: string | null, wan: number, label: string): FigureRecord => ({
    sectionIndex: null, tableIndex: 0, metric, label, raw: String(wan), unit: "万元", amountFen: Math.round(wan * 1_000_000), percent: null, count: null, page: 1, line: 1, source: "table", row: 2, col: 0,
  });

  it("drops a total whose parts add up to more than it", () => {
    const row = [figure("revenue_total", 100, "合计 / 合计"), figure("revenue_business", 80, "合计 / 事业收入"), figure("revenue_other", 30, "合计 / 其他收入")];
    dropMisreadTableMetrics(row);
    expect(row.map((f) => f.metric)).toEqual([null, null, null]);
  });

  it("drops a row with an amount among its labels (a wrapped figure split between cells)", () => {
    const row = [figure("revenue_total", 244_895, "合计 / 总计"), figure(null, 13_486, "2192,446.79 / 财政专户管理资金收入")];
    dropMisreadTableMetrics(row);
    expect(row[0]!.metric).toBeNull();
  });

  it("keeps a total whose known parts leave room for columns that are no metric", () => {
    const row = [figure("revenue_total", 100, "合计 / 合计"), figure("revenue_business", 60, "合计 / 事业收入"), figure(null, 40, "合计 / 上级补助收入")];
    dropMisreadTableMetrics(row);
    expect(row[0]!.metric).toBe("revenue_total");
  });
});

describe("textMetric leaves carry-overs' parts and projects' carry-overs alone", () => {
  it("does not take the carry-over's 一般公共预算 part for the year's 一般公共预算 revenue", () => {
    expect(textMetric("上年结转结余的一般公共预算收入", 2026, null)).toBeNull();
    expect(textMetric("（1）一般公共预算拨款收入", 2026, null)).toBe("revenue_general_budget");
  });
  it("does not take a project's 上年结转 for the department's", () => {
    expect(textMetric("上年结转", 2026, null, "3.上级转移支付项目10,289.74万元,主要包括：口岸区物业管理服务2,520.00万元，")).toBeNull();
    expect(textMetric("上年结转", 2026, null, "收入预算1,000万元，其中：一般公共预算拨款900万元，")).toBe("revenue_carryover");
  });
  it("does not take the carry-over printed right after an item's amount for the department's", () => {
    expect(textMetric("上年结转", 2026, null, "免除查验作业服务费7,083.34万元，")).toBeNull();
    expect(textMetric("上年结转", 2026, null, "本年收入1,000万元，")).toBe("revenue_carryover");
  });
});

/** A small web page: the text paragraphs, then (optionally) a 部门支出总表 in 万元. */
async function page(paragraphs: string[], table = ""): Promise<ReturnType<typeof recogniseDocument>> {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join("\n");
  const html = `<html><head><title>某市某局2026年部门预算</title></head><body><h2>某市某局2026年部门预算</h2>\n${body}\n${table}</body></html>`;
  const doc = await extract("html", Buffer.from(html), "a.html");
  return recogniseDocument(doc, "a.html");
}
const SPENDING_TABLE = `<p>部门支出总表</p><p>单位：万元</p><table><tr><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>合计</td><td>1,000.00</td><td>420.00</td><td>580.00</td></tr><tr><td>201一般公共服务支出</td><td>1,000.00</td><td>420.00</td><td>580.00</td></tr></table>`;
const amounts = (r: Awaited<ReturnType<typeof page>>, metric: string) => r.figures.filter((f) => f.metric === metric).map((f) => [f.source, f.amountFen]);

describe("the parts listed after 其中 share the scope of the sentence before", () => {
  const scoped = ["一、财政拨款情况说明", "2026年一般公共预算财政拨款支出900.00万元，比2025年增加10.00万元。其中：基本支出400.00万元，主要用于人员工资；项目支出500.00万元，主要用于重点工作。"];
  it("takes the department's 基本支出/项目支出 from the table, not the 一般公共预算 parts of the text", async () => {
    const r = await page(scoped, SPENDING_TABLE);
    expect(amounts(r, "expenditure_basic")).toEqual([["table", 420_000_000]]);
    expect(amounts(r, "expenditure_project")).toEqual([["table", 580_000_000]]);
  });
  it("also when the parts follow 其中 within the sentence, each after a ；", async () => {
    const within = ["一、财政拨款情况说明", "2026年一般公共预算财政拨款支出900.00万元，其中：基本支出400.00万元，主要用于人员工资；项目支出500.00万元，主要用于重点工作。"];
    const r = await page(within, SPENDING_TABLE);
    expect(amounts(r, "expenditure_basic")).toEqual([["table", 420_000_000]]);
    expect(amounts(r, "expenditure_project")).toEqual([["table", 580_000_000]]);
  });
  it("keeps the text's parts where no table states the metric", async () => {
    const r = await page(scoped);
    expect(amounts(r, "expenditure_basic")).toEqual([["text", 400_000_000]]);
    expect(amounts(r, "expenditure_project")).toEqual([["text", 500_000_000]]);
  });
});

describe("sections that go through the department's units one by one", () => {
  it("state the units' amounts, not the department's", async () => {
    const r = await page(["一、部门支出情况", "2026年部门预算项目支出580.00万元。", "二、单位预算情况", "（一）某市某局本级", "项目支出300.00万元。", "（二）某市某事务中心", "项目支出280.00万元。"]);
    expect(amounts(r, "expenditure_project")).toEqual([["text", 580_000_000]]);
  });
  it("but a lone section titled by the department is the department", async () => {
    const r = await page(["一、部门预算支出具体情况", "（一）某市某局（本级）", "项目支出300.00万元。"]);
    expect(amounts(r, "expenditure_project")).toEqual([["text", 300_000_000]]);
  });
});

describe("a blank cell", () => {
  it("states no total revenue, but may state a zero part", () => {
    const blank = (metric: string): FigureRecord => ({ sectionIndex: null, tableIndex: 0, metric, label: "收入总计 / 本年收入", raw: "", unit: "万元", amountFen: 0, percent: null, count: null, page: 1, line: 1, source: "table", row: 9, col: 1 });
    const figures = [blank("revenue_total"), blank("revenue_gov_fund")];
    dropMisreadTableMetrics(figures);
    expect(figures.map((f) => f.metric)).toEqual([null, "revenue_gov_fund"]);
  });
});

describe("more phrasings of text metrics", () => {
  it("reads 机关运行经费 printed before its 财政拨款 subject, and 一般公共预算财政拨款运行经费", () => {
    expect(textMetric("2026年本单位机关运行经费财政拨款预算", 2026, null)).toBe("operating_expenses");
    expect(textMetric("2026年一般公共预算财政拨款运行经费", 2026, null)).toBe("operating_expenses");
    expect(textMetric("运行经费", 2026, null, "公务用车购置费0万元、")).not.toBe("operating_expenses");
  });
  it("reads the department's 政府采购项目共有 as its procurement total", () => {
    expect(textMetric("某局纳入2026年部门预算的政府采购项目共有", 2026, "某局")).toBe("procurement_total");
    expect(textMetric("服务类项目", 2026, "某局")).toBeNull();
  });
  it("names a bare amount by the run-in title before it, for the document's year only", async () => {
    const r = await page(["一、“三公”经费预算情况", "“三公”经费2026年预算数50.00万元。1.因公出国（境）费用。2026年预算数36.14万元，较2025年增加1.00万元。2.公务接待费。2025年预算数1.65万元。"]);
    expect(amounts(r, "three_public_overseas")).toEqual([["text", 36_140_000]]);
    expect(amounts(r, "three_public_reception")).toEqual([]);
  });
});

describe("the 一般公共预算 basic table's 人员经费 and 公用经费", () => {
  const basicTable = (rows: string) => `<p>一般公共预算基本支出表</p><p>单位：万元</p><table><tr><td>科目名称</td><td>合计</td><td>人员经费</td><td>公用经费</td></tr>${rows}</table>`;
  const spending = `<p>部门支出总表</p><p>单位：万元</p><table><tr><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>合计</td><td>1,000.00</td><td>420.00</td><td>580.00</td></tr><tr><td>201一般公共服务支出</td><td>1,000.00</td><td>420.00</td><td>580.00</td></tr></table>`;
  const text = ["一、收支总体情况", "2026年收入预算1,000.00万元，其中一般公共预算拨款900.00万元，事业收入100.00万元。", "二、部门预算表", "各表如下。"];
  it("are the department's when they add up to its all-funds 基本支出", async () => {
    const r = await page(text, spending + basicTable("<tr><td>合计</td><td>420.00</td><td>400.00</td><td>20.00</td></tr>"));
    expect(amounts(r, "expenditure_personnel")).toEqual([["table", 400_000_000]]);
  });
  it("are not when part of the basic spending is other money", async () => {
    const r = await page(text, spending + basicTable("<tr><td>合计</td><td>410.00</td><td>390.00</td><td>20.00</td></tr>"));
    expect(amounts(r, "expenditure_personnel")).toEqual([]);
  });
});

describe("a 收支 table whose first row is the department itself", () => {
  const table = (title: string) => `<p>${title}</p><p>单位：万元</p><table><tr><td>预算单位</td><td>支出总计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>某市某局</td><td>1,000.00</td><td>420.00</td><td>580.00</td></tr><tr><td>某市某局本级</td><td>700.00</td><td>300.00</td><td>400.00</td></tr><tr><td>某市某中心</td><td>300.00</td><td>120.00</td><td>180.00</td></tr></table>`;
  const intro = ["一、部门预算表", "各表如下。"];
  it("reads that row as the department's totals when no 合计 row is printed", async () => {
    const r = await page(intro, table("某市某局支出总表"));
    expect(amounts(r, "expenditure_total")).toEqual([["table", 1_000_000_000]]);
    expect(amounts(r, "expenditure_basic")).toEqual([["table", 420_000_000]]);
    // …and says so, once: the total is inferred, not printed.
    expect(r.diagnostics.filter((d) => d.ruleId === "total-from-department-row").map((d) => d.message)).toEqual(["no 合计 row: the row of the department itself, 某市某局 “1,000.00” (p.1 l.7), is read as its total"]);
  });
  it("but not in a table of one part (基本支出总表)", async () => {
    const r = await page(intro, table("某市某局基本支出总表"));
    expect(amounts(r, "expenditure_total")).toEqual([]);
  });
});

describe("a quantity the body says it has none of", () => {
  it("is a zero of that metric", async () => {
    const r = await page(["一、机关运行经费", "本单位无机关运行经费。"]);
    expect(amounts(r, "operating_expenses")).toEqual([["text", 0]]);
  });
});

describe("固定资产", () => {
  it("is the fixed assets, and the assets total where the document prints no 资产总额", async () => {
    const r = await page(["一、国有资产占用情况", "截至2026年1月31日，本部门固定资产金额2,995.16万元。"]);
    expect(amounts(r, "assets_fixed")).toEqual([["text", 2_995_160_000]]);
    expect(amounts(r, "assets_total")).toEqual([["text", 2_995_160_000]]);
    expect(r.diagnostics.filter((d) => d.ruleId === "metric-from-narrower")).toHaveLength(1);
  });
  it("is not the assets total where 资产总额 is printed", async () => {
    const r = await page(["一、国有资产占用情况", "截至2025年12月31日，本部门资产总额5,000.00万元，其中固定资产2,995.16万元。"]);
    expect(r.diagnostics.map((d) => d.ruleId)).not.toContain("metric-from-narrower");
    expect(amounts(r, "assets_fixed")).toEqual([["text", 2_995_160_000]]);
    expect(amounts(r, "assets_total")).toEqual([["text", 5_000_000_000]]);
  });
});

describe("a sentence's 一般公共预算 part", () => {
  const spending = "2026年本部门一般公共预算财政拨款支出1,000.00万元，其中基本支出420.00万元，项目支出580.00万元。";
  it("is the department's when all its revenue is 一般公共预算", async () => {
    const r = await page(["一、收支情况", "2026年本部门收入预算1,000.00万元，其中一般公共预算拨款收入1,000.00万元。", spending]);
    expect(amounts(r, "expenditure_basic")).toEqual([["text", 420_000_000]]);
  });
  it("is not when part of the revenue is other money", async () => {
    const r = await page(["一、收支情况", "2026年本部门收入预算1,100.00万元，其中一般公共预算拨款收入1,000.00万元，事业收入100.00万元。", spending]);
    expect(amounts(r, "expenditure_basic")).toEqual([]);
  });
});

describe("a section whose title narrows the subject", () => {
  const sections = ["一、部门预算表说明", "各表如下。", "二、财政拨款收入支出总体情况说明", "2026年本年支出合计900.00万元，其中：基本支出400.00万元。"];
  it("states parts of that subject: where a table states the department's, the text's give way", async () => {
    const r = await page(sections, SPENDING_TABLE);
    expect(amounts(r, "expenditure_total")).toEqual([["table", 1_000_000_000]]);
    expect(amounts(r, "expenditure_basic")).toEqual([["table", 420_000_000]]);
  });
  it("but keeps 人员经费 of the 一般公共预算 basic spending", async () => {
    const r = await page(["一、一般公共预算财政拨款基本支出决算情况说明", "2024年一般公共预算财政拨款基本支出1,050.00万元，其中：", "人员经费950.00万元，主要包括基本工资。"]);
    expect(amounts(r, "expenditure_personnel")).toEqual([["text", 950_000_000]]);
  });
});
