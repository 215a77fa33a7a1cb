import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { recogniseDocument } from "../../src/recognise/recognise-document.js";

/**
 * A county department's 部门决算 in the national template (财政部 部门决算公开模板: 收入支出决算总表 with
 * 行次 and 栏次, 一般公共预算财政拨款支出决算表 with 年初预算数 beside 本年支出, 年初预算为…支出决算为…
 * sentences, an empty 政府性基金 table with its note). Synthetic: made for this test, modelled on the
 * public disclosures of 陕西, 四川 and 湖北 counties.
 */
const html = readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "templates", "county-final-account.html"));

describe("a county 部门决算 in the national template", async () => {
  const doc = await extract("html", html, "county-final-account.html");
  const r = recogniseDocument(doc, "county-final-account.html");
  const amounts = (metric: string) => [...new Set(r.figures.filter((f) => f.metric === metric).map((f) => f.amountFen! / 1_000_000))].sort((a, b) => a - b);

  it("is the department's final account of its year", () => {
    expect([r.meta.department, r.meta.fiscalYear, r.meta.docKind]).toEqual(["青石县审计局", 2023, "final_account"]);
  });
  it("reads both sides of the 收入支出决算总表 under its 栏次 row", () => {
    expect(amounts("revenue_total")).toEqual([500, 520]);
    expect(amounts("expenditure_total")).toEqual([510, 520]);
    expect(amounts("revenue_carryover")).toEqual([20]);
  });
  it("reads the 三公 account after its 年初预算, and no 一般公共预算 figure as the department's", () => {
    expect(amounts("three_public_total")).toEqual([5]);
    expect(amounts("expenditure_basic")).toEqual([410]);
  });
  it("knows every table's kind", () => {
    expect(r.tables.map((t) => t.kind)).toEqual(["budget_summary", "general_budget_expenditure", "gov_fund_expenditure"]);
  });
});
