import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cli, ROOT, tempDir } from "../helpers.js";

/**
 * The bundled examples (examples/README.md) are what a new user sees first: two of them must come
 * out clean with their totals, and the third must show exactly the two contradictions printed in it.
 */
describe("the bundled examples", () => {
  const db = join(tempDir("yusuan-examples-"), "x.sqlite");
  const run = cli(["ingest", join(ROOT, "examples"), "--db", db, "-q"]);
  const open = () => new Database(db, { readonly: true });

  it("are read as three budgets and a final account of two bodies, none partial or failed", () => {
    expect(run.code).toBe(0);
    const docs = open().prepare("SELECT department, fiscal_year, doc_kind, status FROM documents ORDER BY department, fiscal_year, doc_kind").all();
    expect(docs).toEqual([
      { department: "示例县农业农村局", fiscal_year: 2024, doc_kind: "budget", status: "ok" },
      { department: "示例县农业农村局", fiscal_year: 2024, doc_kind: "final_account", status: "ok" },
      { department: "示例县农业农村局", fiscal_year: 2025, doc_kind: "budget", status: "ok" },
      { department: "示例县教育局", fiscal_year: 2025, doc_kind: "budget", status: "ok" },
    ]);
  });

  it("give the 农业农村局's totals for both years, and no flag above a note", () => {
    const metric = (year: number, name: string, kind = "budget") =>
      open().prepare(`SELECT DISTINCT f.amount_wan FROM figures f JOIN documents d ON d.id = f.document_id
        WHERE d.department = '示例县农业农村局' AND d.fiscal_year = ? AND d.doc_kind = ? AND f.metric = ? ORDER BY 1`).pluck().all(year, kind, name);
    expect(metric(2024, "expenditure_total")).toEqual([1380.2]);
    expect(metric(2025, "expenditure_total")).toEqual([1469.96]);
    expect(metric(2025, "revenue_general_budget")).toEqual([1149.96]);
    expect(metric(2025, "three_public_total")).toEqual([12.3]);
    expect(metric(2025, "expenditure_basic")).toEqual([654.32]);
    const flags = open().prepare(`SELECT count(*) FROM flags f JOIN documents d ON d.id = f.document_id
      WHERE d.department = '示例县农业农村局' AND f.severity IN ('error', 'warning')`).pluck().get();
    expect(flags).toBe(0);
  });

  it("read the national 决算 template: 栏次 rows, 预算数 beside 决算数, 人员经费 | 公用经费 halves", () => {
    const metric = (name: string) =>
      open().prepare(`SELECT DISTINCT f.amount_wan FROM figures f JOIN documents d ON d.id = f.document_id
        WHERE d.doc_kind = 'final_account' AND f.metric = ? ORDER BY 1`).pluck().all(name);
    // 本年支出合计 1,363.60 and 总计 (with 年末结转和结余) 1,372.30 both state the year's spending.
    expect(metric("expenditure_total")).toEqual([1363.6, 1372.3]);
    expect(metric("expenditure_basic")).toEqual([626.8]);
    expect(metric("expenditure_personnel")).toEqual([556.85]);
    expect(metric("expenditure_public")).toEqual([69.95]);
    // The 三公 table prints 预算数 12.80 and 决算数 11.65: a 决算 states the 决算数.
    expect(metric("three_public_total")).toEqual([11.65]);
    expect(metric("three_public_vehicle_operation")).toEqual([9.35]);
    const tables = open().prepare(`SELECT t.kind FROM tables t JOIN documents d ON d.id = t.document_id
      WHERE d.doc_kind = 'final_account' ORDER BY t.page_first`).pluck().all();
    expect(tables).toEqual(["budget_summary", "revenue_summary", "expenditure_summary", "appropriation_summary", "general_budget_expenditure",
      "general_budget_basic", "three_public", "gov_fund_expenditure", "state_capital_expenditure"]);
  });

  it("find the two contradictions printed in the 教育局 budget, as errors, and no others", () => {
    const errors = open().prepare(`SELECT f."check", f.expected_fen, f.actual_fen FROM flags f JOIN documents d ON d.id = f.document_id
      WHERE d.department = '示例县教育局' AND f.severity = 'error' ORDER BY 1`).all();
    expect(errors).toEqual([
      // 表5: 合计 10,623.05 printed; its 类 rows, with 205 printed 8,407.05 instead of 8,397.05, make 10,633.05.
      { check: "table-totals", expected_fen: 10_633_050_000, actual_fen: 10_623_050_000 },
      // “三公”经费预算数为13.80万元 beside its parts 0.00 + 9.60 + 3.20.
      { check: "three-public-sum", expected_fen: 12_800_000, actual_fen: 13_800_000 },
    ]);
  });
});
