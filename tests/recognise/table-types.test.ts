import { describe, expect, it } from "vitest";
import { checks } from "../../src/checks/index.js";
import { amountCells } from "../../src/checks/table-cells.js";
import type { CheckInput } from "../../src/checks/check.js";
import type { TableBlock } from "../../src/model/document.js";
import { groupAt } from "../../src/model/typed-table.js";
import { FigureRecordSchema, TableRecordSchema, type TableRecord } from "../../src/model/records.js";
import { recogniseTable } from "../../src/recognise/table-records.js";

/** A table as printed (rows of cell texts) read by recognise, with its title and unit line. */
function read(title: string, unit: string, rows: string[][]): TableRecord {
  return recognise(title, unit, rows).table;
}

function recognise(title: string, unit: string, rows: string[][]) {
  const block: TableBlock = { type: "table", page: 1, line: 1, pageLast: 1, rows: rows.map((row, r) => row.map((text) => ({ text, page: 1, line: r + 2 }))) };
  return recogniseTable(block, { tableIndex: 0, sectionIndex: null, docKind: "budget", fiscalYear: 2026, heading: { title, titleBlocks: [], unitFromText: unit } });
}

function doc(table: TableRecord): CheckInput {
  return {
    document: { path: "t.txt", sha256: "", format: "txt", title: null, department: "示例部门", fiscalYear: 2026, docKind: "budget", scope: "department", status: "ok", error: null, pages: 1, sizeBytes: 0 },
    sections: [],
    tables: [table],
    lineItems: [],
    figures: [],
    diagnostics: [],
  };
}

const cell = (t: TableRecord, row: number, col: number) => t.cells.find((c) => c.row === row && c.col === col)!;

describe("the typed reading of a table (recognise/table-types.ts)", () => {
  const spending = read("一般公共预算支出表", "元", [
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    ["栏次", "", "1", "2", "3"],
    ["", "合计", "2500", "1500", "1000"],
    ["201", "一般公共服务支出", "2500", "1500", "1000"],
    ["20101", "人大事务", "1500", "1500", ""],
    ["2010101", "行政运行", "1500", "1500", ""],
    ["20102", "政协事务", "1000", "", "1000"],
  ]);

  it("gives a whole-number amount of a 元 table (1500) an amount, never a code, and its row the code printed left of it", () => {
    expect(cell(spending, 4, 2).amountFen).toBe(150_000);
    expect(groupAt(spending, 4, 2)).toMatchObject({ code: "20101", level: "款", name: "人大事务", role: "item" });
    expect(groupAt(spending, 5, 3)).toMatchObject({ code: "2010101", level: "项" });
    // The checks read the same: each amount with its row's code.
    expect(amountCells(doc(spending)).filter((c) => c.cell.row === 4).map((c) => [c.code, c.fen])).toEqual([["20101", 150_000], ["20101", 150_000]]);
  });

  it("reads each column's role, what it holds and its group, and each row's role (栏次, 合计, items)", () => {
    expect(spending.columns.map((c) => c.holds)).toEqual(["label", "label", "amount", "amount", "amount"]);
    expect(spending.columns.map((c) => c.role)).toEqual(["part", "part", "total", "part", "part"]);
    expect(new Set(spending.columns.map((c) => c.group))).toEqual(new Set([0]));
    expect(spending.rows.map((r) => r.role)).toEqual(["header", "column-numbers", "total", "item", "item", "item", "item"]);
    expect(spending.scope).toBe("general_budget");
    expect(spending.columns[2]).toMatchObject({ unit: "元", decimals: 0 });
  });

  it("checks the 类 = Σ 款 of a 元 table whose amounts are whole numbers", () => {
    const wrong = read("部门支出总表", "元", [
      ["科目编码", "科目名称", "合计"],
      ["201", "一般公共服务支出", "2600"],
      ["20101", "人大事务", "1500"],
      ["20102", "政协事务", "1500"],
    ]);
    expect(wrong.scope).toBe("all");
    const flags = checks.find((c) => c.id === "code-hierarchy")!.run(doc(wrong));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: "error", expectedFen: 300_000, actualFen: 260_000 });
  });

  it("joins a code printed over 类 | 款 | 项 columns, and reads no code from a 单位编码 column", () => {
    const split = read("部门支出总表", "万元", [
      ["单位编码", "类", "款", "项", "科目名称", "金额"],
      ["245001", "204", "06", "01", "司法行政运行", "12.50"],
      ["245001", "", "", "", "小计", "12.50"],
      ["", "", "", "", "其中：政府采购", "3.00"],
    ]);
    expect(split.columns[0]!.otherCodes).toBe(true);
    expect(groupAt(split, 1, 5)).toMatchObject({ code: "2040601", level: "项", label: "司法行政运行" });
    expect(groupAt(split, 2, 5)).toMatchObject({ code: null, role: "subtotal" });
    expect(groupAt(split, 3, 5)?.role).toBe("memo");
    expect(cell(split, 1, 5)).toMatchObject({ amountFen: 12_500_000, decimals: 2, number: 12.5 });
  });

  it("reads a 收支总表's 收入 and 支出 pairs as two groups, each on its side", () => {
    const summary = read("部门收支总表", "万元", [
      ["收入", "收入", "支出", "支出"],
      ["项目", "预算数", "项目", "预算数"],
      ["一般公共预算拨款收入", "100.00", "一般公共服务支出", "80.00"],
      ["", "", "教育支出", "20.00"],
      ["收入总计", "100.00", "支出总计", "100.00"],
    ]);
    expect(summary.columns.map((c) => [c.group, c.side, c.kind])).toEqual([
      [0, "income", null],
      [0, "income", "budget"],
      [1, "spending", null],
      [1, "spending", "budget"],
    ]);
    // A blank 收入 cell does not lend its row's 支出 label to the 收入 side, nor the other way.
    expect(groupAt(summary, 3, 1)).toBeUndefined();
    expect(groupAt(summary, 3, 3)).toMatchObject({ name: "教育支出" });
    expect(groupAt(summary, 4, 1)?.role).toBe("total");
  });

  it("reads a column's year kind, year and scope from its header", () => {
    const t = read("部门支出总表", "万元", [
      ["项目", "2025年执行数", "2026年预算数", "一般公共预算拨款"],
      ["合计", "9.00", "10.00", "8.00"],
    ]);
    expect(t.columns.slice(1).map((c) => [c.kind, c.year, c.scope])).toEqual([
      ["execution", 2025, null],
      ["budget", 2026, null],
      [null, null, "general_budget"],
    ]);
  });

  it("gives a figure its table's scope of funds as a field, its metric unprefixed (一般公共预算 人员经费)", () => {
    const { table, figures } = recognise("一般公共预算基本支出表", "万元", [
      ["科目名称", "合计", "人员经费", "公用经费"],
      ["合计", "10.00", "8.00", "2.00"],
    ]);
    expect(table.scope).toBe("general_budget");
    expect(figures.filter((f) => f.metric !== null).map((f) => [f.metric, f.scope, f.amountFen])).toEqual([
      ["expenditure_personnel", "general_budget", 8_000_000],
      ["expenditure_public", "general_budget", 2_000_000],
    ]);
  });

  it("validates kind, metric and scope against the closed lists of src/domain where records leave the pipeline", () => {
    const { table, figures } = recognise("一般公共预算基本支出表", "万元", [
      ["科目名称", "合计", "人员经费", "公用经费"],
      ["合计", "10.00", "8.00", "2.00"],
    ]);
    const figure = figures.find((f) => f.metric !== null)!;
    expect(FigureRecordSchema.safeParse(figure).success).toBe(true);
    expect(TableRecordSchema.safeParse(table).success).toBe(true);
    // Scope is its own field, never a prefix inside metric.
    expect(FigureRecordSchema.safeParse({ ...figure, metric: "general_budget:expenditure_personnel" }).success).toBe(false);
    expect(FigureRecordSchema.safeParse({ ...figure, scope: "department" }).success).toBe(false);
    expect(TableRecordSchema.safeParse({ ...table, kind: "budget_table" }).success).toBe(false);
  });
});
