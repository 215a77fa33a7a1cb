import { describe, expect, it } from "vitest";
import type { CheckInput } from "../../src/checks/check.js";
import { runChecks } from "../../src/checks/index.js";
import { exampleDoc, type ExampleTable } from "./examples/build.js";

/**
 * Readings that used to raise false `error` flags on real disclosures (issue 9: table headers and
 * scope). Each document here is consistent as printed; the check must read it so, and still find
 * the real contradiction where one is planted.
 */
const errors = (doc: CheckInput) => runChecks(doc).filter((f) => f.severity === "error");
const flagsOf = (doc: CheckInput, check: string) => runChecks(doc).filter((f) => f.ruleId === check);

const spending = (project: string): ExampleTable => ({
  kind: "expenditure_summary",
  title: "支出总表",
  rows: [
    ["科目编码", "科目名称", "支出总计", "基本支出", "项目支出", "2026年政府采购项目 / 小计", "2026年政府采购项目 / 其中：预留给中小企业"],
    ["", "合计", "300.00", "200.00", project, "80.00", "20.00"],
    ["201", "一般公共服务支出", "300.00", "200.00", project, "80.00", "20.00"],
  ],
});

describe("table headers", () => {
  it("does not add a 政府采购 column group to the 支出总计 it sits beside", () => {
    expect(errors(exampleDoc({ tables: [spending("100.00")] }))).toEqual([]);
    expect(errors(exampleDoc({ tables: [spending("110.00")] })).map((f) => f.ruleId)).toContain("table-totals");
  });

  it("does not add a 其中 column or last year's column into 合计", () => {
    const table: ExampleTable = {
      kind: "expenditure_summary",
      rows: [
        ["科目名称", "合计", "基本支出", "项目支出", "其中：政府采购", "上年执行数"],
        ["一般公共服务支出", "300.00", "200.00", "100.00", "50.00", "280.00"],
      ],
    };
    expect(errors(exampleDoc({ tables: [table] }))).toEqual([]);
  });

  it("does not add a 执行数 column into a 预算数 合计", () => {
    const table: ExampleTable = {
      kind: "expenditure_summary",
      rows: [
        ["科目名称", "合计", "基本支出", "项目支出", "2025年执行数"],
        ["一般公共服务支出", "300.00", "200.00", "100.00", "280.00"],
      ],
    };
    expect(errors(exampleDoc({ tables: [table] }))).toEqual([]);
  });

  it("counts a two-level header's 小计 once, not with its own components", () => {
    const table: ExampleTable = {
      kind: "general_budget_expenditure",
      rows: [
        ["科目名称", "合计", "基本支出 / 小计", "基本支出 / 人员经费", "基本支出 / 公用经费", "项目支出"],
        ["一般公共服务支出", "300.00", "200.00", "150.00", "50.00", "100.00"],
      ],
    };
    expect(errors(exampleDoc({ tables: [table] }))).toEqual([]);
  });

  it("does not read a column-number row (栏次 1 2 3) as amounts", () => {
    const table: ExampleTable = {
      kind: "expenditure_summary",
      rows: [
        ["项目", "合计", "基本支出", "项目支出"],
        ["栏次", "1", "2", "3"],
        ["合计", "300.00", "200.00", "100.00"],
      ],
    };
    expect(errors(exampleDoc({ tables: [table] }))).toEqual([]);
  });

  it("checks no column sum when a sibling column's header is not understood", () => {
    const table: ExampleTable = {
      kind: "expenditure_summary",
      rows: [
        ["科目名称", "合计", "基本支出", "", "项目支出"],
        ["一般公共服务支出", "300.00", "200.00", "40.00", "100.00"],
      ],
    };
    expect(flagsOf(exampleDoc({ tables: [table] }), "table-totals")).toEqual([]);
  });

  it("does not total codes that repeat on item rows (a 政府采购 table)", () => {
    const table: ExampleTable = {
      kind: "procurement",
      unit: "元",
      rows: [
        ["科目编码", "采购项目", "预算金额"],
        ["", "合计", "300.00"],
        ["2010301", "全额", "300.00"],
        ["2010301", "办公桌", "100.00"],
        ["2010301", "办公椅", "200.00"],
      ],
    };
    expect(errors(exampleDoc({ tables: [table] }))).toEqual([]);
  });

  it("keys an economic table's rows by the first code system when it prints two (部门 301 13 | 政府 505 01)", () => {
    const table: ExampleTable = {
      kind: "general_budget_basic",
      rows: [
        ["部门经济 类", "款", "名称", "政府经济 类", "款", "名称", "合计"],
        ["301", "13", "住房公积金", "505", "01", "工资福利支出", "50.00"],
        ["302", "", "商品和服务支出", "505", "", "对事业单位经常性补助", "30.00"],
        ["302", "01", "办公费", "505", "02", "商品和服务支出", "30.00"],
      ],
    };
    expect(flagsOf(exampleDoc({ tables: [table] }), "code-hierarchy")).toEqual([]);
  });

  it("gives a table whose sums mostly fail one table-uncertain note instead of errors", () => {
    const shifted: ExampleTable = {
      kind: "general_budget_basic",
      unit: "元",
      rows: [
        ["科目名称", "合计", "人员经费", "公用经费"],
        ["工资福利支出", "940.00", "1,300.00", "90.00"],
        ["商品和服务支出", "50.00", "0.00", "300.00"],
        ["办公费", "30.00", "0.00", "500.00"],
        ["印刷费", "20.00", "0.00", "120.00"],
      ],
    };
    const flags = runChecks(exampleDoc({ tables: [shifted] }));
    expect(flags.filter((f) => f.severity === "error")).toEqual([]);
    expect(flags.filter((f) => f.ruleId === "table-uncertain")).toHaveLength(1);
  });

  it("reads a table continued on the next page as one table", () => {
    const pages = (total: string): ExampleTable[] => [
      { kind: "general_budget_expenditure", title: "一般公共预算支出表", rows: [["科目编码", "科目名称", "合计"], ["", "合计", total], ["201", "一般公共服务支出", "250.00"], ["20101", "人大事务", "250.00"]] },
      { kind: "general_budget_expenditure", title: "一般公共预算支出表", rows: [["科目编码", "科目名称", "合计"], ["208", "社会保障和就业支出", "50.00"], ["20805", "行政事业单位养老支出", "50.00"]] },
    ];
    expect(runChecks(exampleDoc({ tables: pages("300.00") })).filter((f) => f.ruleId === "table-totals" || f.ruleId === "code-hierarchy")).toEqual([]);
    expect(errors(exampleDoc({ tables: pages("290.00") })).map((f) => f.message).join()).toContain("208 “50.00”");
  });

  it("does not trust a table whose numbers were broken across lines (“12,063.9” among two-decimal amounts)", () => {
    const table: ExampleTable = {
      kind: "revenue_summary",
      rows: [
        ["科目名称", "总计", "一般公共预算拨款收入", "财政专户管理资金收入", "事业收入"],
        ["教育支出", "64,945.40", "32,368.57", "12,063.9", "611,476.19"],
        ["职业教育", "64,926.28", "32,349.45", "12,063.9", "611,476.19"],
      ],
    };
    const flags = runChecks(exampleDoc({ tables: [table] }));
    expect(flags.filter((f) => f.severity === "error")).toEqual([]);
    expect(flags.find((f) => f.ruleId === "table-uncertain")?.message).toContain("12,063.9");
  });
});

const functionTable: ExampleTable = {
  kind: "expenditure_summary",
  title: "支出总表",
  rows: [
    ["科目编码", "科目名称", "合计"],
    ["204", "公共安全支出", "9,000.00"],
    ["20402", "公安", "9,000.00"],
    ["2040201", "行政运行", "2,269.17"],
    ["2040220", "执法办案", "6,730.83"],
  ],
};

describe("scope", () => {
  it("does not compare a project listed under 项目支出 with the classification row of the same name", () => {
    const doc = exampleDoc({
      text: ["（五）项目支出57,973.81万元，具体包括：", "1.预算准备金2,000.00万元，主要用于保障临时性任务。", "2.公安执法办案8,560.83万元，主要包括：侦查办案费962.93万元。"],
      tables: [functionTable],
    });
    expect(errors(doc)).toEqual([]);
  });

  it("does not take a 行政运行 named alone for one 款's 行政运行", () => {
    const doc = exampleDoc({ text: ["5.综合管理367.65万元,主要包括：行政运行85.04万元，用于档案整理工作。"], tables: [functionTable] });
    expect(errors(doc)).toEqual([]);
  });

  it("compares a sentence without a scope with a narrower table only as a warning", () => {
    const fund: ExampleTable = {
      kind: "gov_fund_expenditure",
      title: "政府性基金预算支出表",
      rows: [
        ["科目编码", "科目名称", "合计"],
        ["215", "资源勘探工业信息等支出", "41,534.73"],
      ],
    };
    const doc = exampleDoc({ text: ["资源勘探工业信息等支出41,772.73万元。"], tables: [fund] });
    expect(errors(doc)).toEqual([]);
    expect(flagsOf(doc, "narrative-vs-table").map((f) => f.severity)).toEqual(["warning"]);
  });

  it("reads a 总 计 header with a space as the whole row", () => {
    const table: ExampleTable = {
      kind: "expenditure_summary",
      rows: [
        ["科目编码", "科目名称", "总 计", "基本支出", "项目支出"],
        ["215", "资源勘探工业信息等支出", "41,772.73", "", "41,772.73"],
      ],
    };
    expect(errors(exampleDoc({ text: ["资源勘探工业信息等支出41,772.73万元。"], tables: [table] }))).toEqual([]);
  });

  it("does not take 上年结转 or 上年实户资金余额 for last year's total", () => {
    const doc = exampleDoc({
      text: ["本部门当年预算收入344,447.70万元，其中：一般公共预算拨款324,638.50万元、上年结转13,102.70万元、上年实户资金余额3,262.49万元、其他收入3,444.00万元，较上年减少129,422.00万元，下降27.31%。"],
    });
    expect(errors(doc)).toEqual([]);
  });

  it("reads 减少了 as a change, not a level", () => {
    const doc = exampleDoc({ text: ["一般公共预算拨款支出74868.34万元，较上年增加了6915.49万元，其中基本支出减少了8627.56万元，项目支出增加15496.49万元。"] });
    expect(errors(doc)).toEqual([]);
  });

  it("does not take a part listed after 其中 for this year's level", () => {
    const doc = exampleDoc({ text: ["2021年本部门财政拨款支出105364.27万元，其中一般公共预算拨款支出105364.27万元、政府性基金拨款支出0.00万元，2022年本部门财政拨款支出较上年增加29447.58万元。"], year: 2022 });
    expect(errors(doc)).toEqual([]);
  });

  it("does not compute a percentage on a base that may be zero as printed", () => {
    const doc = exampleDoc({ text: ["公务用车运行维护费0万元，比上年减少0.4万元，下降100％。"] });
    expect(errors(doc)).toEqual([]);
  });

  it("reads the 公务用车 item from its 购置费 and 运行维护费 when the text states them apart", () => {
    const doc = exampleDoc({
      text: ["本部门当年一般公共预算“三公”经费预算支出10.10万元。", "因公出国（境）经费0.00万元；公务接待费1.00万元；公务用车运行维护费9.10万元；公务用车购置费0.00万元。"],
      metrics: { three_public_total: "三公", three_public_overseas: "因公出国", three_public_reception: "公务接待", three_public_vehicle_operation: "公务用车运行", three_public_vehicle_purchase: "公务用车购置费" },
    });
    expect(flagsOf(doc, "three-public-sum")).toEqual([]);
  });

  it("does not sum a 三公 item printed inside a reason when the breakdown fits", () => {
    const doc = exampleDoc({
      text: [
        "2026年本部门财政拨款安排“三公”经费162.53万元，主要原因是将用于支付因公出国（境）工作的国内服务费3.2万元由委托业务费调整为因公出国（境）经费。",
        "其中：因公出国（境）费86.47万元，公务用车购置及运行维护费61.49万元，公务接待费14.57万元。",
      ],
    });
    expect(flagsOf(doc, "three-public-sum")).toEqual([]);
  });
});
