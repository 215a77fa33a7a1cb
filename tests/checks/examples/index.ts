import type { CheckInput } from "../../../src/checks/check.js";
import { exampleDoc } from "./build.js";
import { tableExamples } from "./table-examples.js";

/** One ok and one not-ok example per check; `expect` strings must appear in one flag's message. */
export interface Example {
  check: string;
  ok: CheckInput;
  notOk: CheckInput;
  expect: string[];
}

const functionTable = (total: string) => ({
  kind: "general_budget_expenditure",
  title: "一般公共预算支出预算表",
  rows: [
    ["科目编码", "科目名称", "合计"],
    ["201", "一般公共服务支出", "10,528.33"],
    ["20101", "人大事务", "10,528.33"],
    ["2010101", "行政运行", total],
  ],
});

const THREE = { three_public_total: "三公", three_public_overseas: "因公出国", three_public_reception: "公务接待", three_public_vehicle: "公务用车购置及运行" };

export const examples: Example[] = [
  {
    check: "count-mismatch",
    ok: exampleDoc({ text: ["对289家事业单位法人进行监督检查。", "共有289家事业单位法人参加年报。"] }),
    notOk: exampleDoc({ text: ["对289家事业单位法人进行监督检查。", "共有281家事业单位法人参加年报。"] }),
    expect: ["289", "281"],
  },
  {
    check: "stated-change",
    ok: exampleDoc({ text: ["行政运行支出6106.99万元，与上年相比增加101.48万元，增长1.69%。"] }),
    notOk: exampleDoc({ text: ["行政运行支出6106.99万元，与上年相比增加101.48万元，增长1.66%。"] }),
    expect: ["101.48", "1.66%"],
  },
  {
    check: "stated-share",
    ok: exampleDoc({ text: ["本年支出合计9759.38万元，其中：基本支出5377.64万元，占55.10%。"] }),
    notOk: exampleDoc({ text: ["一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%。"] }),
    expect: ["2106.66", "71.73%"],
  },
  {
    check: "narrative-vs-table",
    ok: exampleDoc({ text: ["1. 人大事务行政运行（项）支出4545.94万元。"], tables: [functionTable("4,545.94")] }),
    notOk: exampleDoc({ text: ["1. 人大事务行政运行（项）支出10528.33万元。"], tables: [functionTable("4,545.94")] }),
    expect: ["10528.33", "4,545.94"],
  },
  {
    check: "unit-slip",
    ok: exampleDoc({ text: ["财政拨款收入支出总计2961.68万元。"], tables: [{ kind: "appropriation_summary", rows: [["项目", "决算数"], ["总计", "2,961.68"]] }] }),
    notOk: exampleDoc({ text: ["财政拨款收入支出总计0.3万元。"], tables: [{ kind: "appropriation_summary", rows: [["项目", "决算数"], ["总计", "2,961.68"]] }] }),
    expect: ["0.3", "2,961.68"],
  },
  {
    check: "three-public-sum",
    ok: exampleDoc({ text: ["“三公”经费预算6.5万元。", "因公出国（境）费0万元，公务接待费2.7万元，公务用车购置及运行费3.8万元。"], metrics: THREE }),
    notOk: exampleDoc({ text: ["“三公”经费预算6.6万元。", "公务接待费2.7万元，公务用车购置及运行费3.8万元。"], metrics: THREE }),
    expect: ["6.6", "2.7", "3.8"],
  },
  {
    check: "code-hierarchy",
    ok: exampleDoc({ tables: [hierarchy("5,982.39")] }),
    notOk: exampleDoc({ tables: [hierarchy("6,982.39")] }),
    expect: ["20101", "10,528.33", "6,982.39"],
  },
  {
    check: "placeholders",
    ok: withSection("与上年相比增加31.71万元，增长16.1%。"),
    notOk: withSection("政府性基金收入预算0万元，与上年相比增加（减少）XX万元。"),
    expect: ["增加（减少）"],
  },
  ...tableExamples,
];

function withSection(text: string) {
  const doc = exampleDoc({ text: [text] });
  doc.sections.push({ parentIndex: null, level: 1, marker: "一", title: "收入预算情况", ordinal: 1, page: 1, line: 1, text });
  return doc;
}

function hierarchy(second: string) {
  return {
    kind: "general_budget_expenditure",
    rows: [
      ["科目编码", "科目名称", "合计"],
      ["201", "一般公共服务支出", "10,528.33"],
      ["20101", "人大事务", "10,528.33"],
      ["2010101", "行政运行", "4,545.94"],
      ["2010102", "一般行政管理事务", second],
    ],
  };
}
