import type { CheckInput } from "../../../src/checks/check.js";
import { exampleDoc, type ExampleTable } from "./build.js";

/** Cross-document examples: the documents of a batch, stored together, then the corpus check run. */
export interface CorpusExample {
  check: string;
  ok: CheckInput[];
  notOk: CheckInput[];
  expect: string[];
}

/** A table figure with a metric, as the recogniser makes for a 合计 cell. */
function withTableFigure(doc: CheckInput, metric: string, raw: string): CheckInput {
  const fen = Math.round(Number(raw.replace(/,/g, "")) * 100) * 10_000;
  doc.figures.push({ sectionIndex: null, tableIndex: 0, metric, scope: null, label: "合计", raw, unit: "万元", amountFen: fen, percent: null, count: null, page: 3, line: 4, source: "table", row: 1, col: 2, after: "", context: "合计" });
  return doc;
}

const filler = (kind: string): ExampleTable => ({ kind, rows: [["项目", "金额"], ["合计", "1.00"]] });
const tablesFile = (procurement: string, department = "中共江苏省委办公厅") =>
  withTableFigure(
    exampleDoc({ path: "2018年度部门预算公开表.pdf", department, year: 2018, tables: ["budget_summary", "revenue_summary", "expenditure_summary", "appropriation_summary", "procurement"].map(filler) }),
    "procurement_total",
    procurement,
  );
const narrative = (procurement: string) =>
  exampleDoc({ path: "2018年度部门预算公开文件.pdf", department: "江苏省委办公厅", year: 2018, text: [`2018年度政府采购支出预算总额${procurement}万元。`], metrics: { procurement_total: "政府采购" } });

/** 上海普陀区政府办 2025 publishes a 部门 and a 单位 budget; the unit's 三公 cannot exceed the department's. */
const scoped = (scope: "department" | "unit", total: string) =>
  withTableFigure(exampleDoc({ path: `${scope}.pdf`, department: "上海市普陀区人民政府办公室", year: 2025, scope }), "three_public_total", total);

/** 人大 2019 (DOMAIN §5.7): 18,330.37 − 15,897.44 = 2,432.93, as the 说明 states. */
const yearly = (year: number, text: string) => exampleDoc({ path: `${year}.pdf`, department: "江苏省人大常委会办公厅", year, text: [text], metrics: { expenditure_total: "支出预算总计" } });

export const corpusExamples: CorpusExample[] = [
  {
    check: "year-over-year",
    ok: [yearly(2018, "支出预算总计15897.44万元。"), yearly(2019, "支出预算总计18330.37万元，与上年相比增加2432.93万元。")],
    notOk: [yearly(2018, "支出预算总计15897.44万元。"), yearly(2019, "支出预算总计18330.37万元，与上年相比增加2342.93万元。")],
    expect: ["“2342.93万元”", "“15897.44万元”"],
  },
  {
    check: "narrative-vs-tables-file",
    ok: [narrative("1449.5"), tablesFile("1,449.50")],
    notOk: [narrative("1494.50"), tablesFile("1,449.50")],
    expect: ["“1494.50万元”", "“1,449.50”", "2018年度部门预算公开表.pdf"],
  },
  {
    check: "department-vs-unit",
    ok: [scoped("department", "867.50"), scoped("unit", "346.30")],
    notOk: [scoped("department", "346.30"), scoped("unit", "867.50")],
    expect: ["“867.50”", "“346.30”", "department.pdf"],
  },
];
