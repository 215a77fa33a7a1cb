import { exampleDoc, type ExampleTable } from "./build.js";
import type { Example } from "./index.js";

/** 支出总表 by function code: 合计 = Σ 类 rows, and 合计 = 基本支出 + 项目支出 on every row (DOMAIN §5.2). */
const expenditure = (basic: string): ExampleTable => ({
  kind: "expenditure_summary",
  title: "支出预算总表",
  rows: [
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    ["合计", "合计", "300.00", basic, "100.00"],
    ["201", "一般公共服务支出", "250.00", "150.00", "100.00"],
    ["208", "社会保障和就业支出", "50.00", "50.00", ""],
  ],
});

const summary = (spending: string, project: string): ExampleTable => ({
  kind: "budget_summary",
  title: "收支预算总表",
  rows: [
    ["收入项目", "收入金额", "支出项目", "支出金额"],
    ["一、财政拨款", "100.00", "一、基本支出", "60.00"],
    ["二、其他资金", "", "二、项目支出", project],
    ["收入总计", "100.00", "支出总计", spending],
  ],
});

/** 政协 2019's “三公” row (DOMAIN §5.6): 106.00 + (0 + 156.60) + 397.50 = 660.10. */
const threePublic = (vehicle: string): ExampleTable => ({
  kind: "three_public",
  title: "“三公”经费支出预算表",
  rows: [
    ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费"],
    ["660.10", "106.00", vehicle, "0.00", "156.60", "397.50"],
  ],
});

/** 鹿泉区委编办 2020: three 绩效目标表 of 3 + 12 + 5 = 20 = 项目支出. */
const project = (title: string, budget: string): ExampleTable => ({
  kind: "performance_targets",
  title,
  rows: [
    ["项目编码", "000-9999", "专项资金名称", title],
    ["预算规模及资金用途", "预算数", budget, "其中：财政资金"],
  ],
});
const projects = (last: string) =>
  exampleDoc({
    text: ["本部门2020年预算支出228.50万元，其中：人员经费支出178.69万元，日常公用经费29.81万元，项目支出20万元。"],
    metrics: { expenditure_project: "项目支出" },
    tables: [project("机构编制实名制管理", "3.00"), project("中文域名注册管理", "12.00"), project("事业单位法人监督管理", last)],
  });

const plan = (october: string): ExampleTable => ({
  kind: "performance_targets",
  title: "机构编制实名制管理绩效目标表",
  rows: [
    ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"],
    ["", "25.00", "50.00", october, "100.00"],
  ],
});

const standard = (kind: string): ExampleTable => ({ kind, rows: [["项目", "金额"], ["合计", "1.00"]] });
const KINDS = ["budget_summary", "revenue_summary", "expenditure_summary", "appropriation_summary", "general_budget_expenditure", "general_budget_basic", "three_public", "gov_fund_expenditure"];

export const tableExamples: Example[] = [
  {
    check: "table-totals",
    ok: exampleDoc({ tables: [expenditure("200.00")] }),
    notOk: exampleDoc({ tables: [expenditure("210.00")] }),
    expect: ["合计 “300.00”", "基本支出 “210.00”", "项目支出 “100.00”", "310.00万元"],
  },
  {
    check: "table-totals",
    ok: exampleDoc({ tables: [summary("100.00", "40.00")] }),
    notOk: exampleDoc({ tables: [summary("110.00", "50.00")] }),
    expect: ["收入总计 “100.00”", "支出总计 “110.00”"],
  },
  {
    check: "three-public-table-sum",
    ok: exampleDoc({ tables: [threePublic("156.60")] }),
    notOk: exampleDoc({ tables: [threePublic("166.60")] }),
    expect: ["合计 “660.10”", "“166.60”", "670.10万元"],
  },
  {
    check: "project-budgets",
    ok: projects("5.00"),
    notOk: projects("15.00"),
    expect: ["30.00万元", "“3.00”", "“15.00”", "项目支出 “20万元”"],
  },
  {
    check: "spending-plan",
    ok: exampleDoc({ tables: [plan("75.00")] }),
    notOk: exampleDoc({ tables: [plan("40.00")] }),
    expect: ["6月底 “50.00”", "10月底 “40.00”", "falls"],
  },
  {
    check: "required-tables",
    ok: exampleDoc({ tables: KINDS.map(standard) }),
    notOk: exampleDoc({ tables: KINDS.filter((k) => k !== "three_public").map(standard) }),
    expect: ["“三公”经费支出表 not found"],
  },
];
