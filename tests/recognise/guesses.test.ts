import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { recogniseDocument } from "../../src/recognise/recognise-document.js";

/** A small web page: a title, a paragraph, then the given tables (HTML). */
async function page(tables: string, title = "某市某局2026年部门预算"): Promise<ReturnType<typeof recogniseDocument>> {
  const html = `<html><head><title>${title}</title></head><body><h2>${title}</h2>\n<p>一、部门职责</p><p>本局负责全市某项工作。</p>\n${tables}</body></html>`;
  return recogniseDocument(await extract("html", Buffer.from(html), "a.html"), "a.html");
}
const rules = (r: Awaited<ReturnType<typeof page>>) => r.diagnostics.map((d) => d.ruleId);

const THREE_PUBLIC = (unitLine: string) => `<p>“三公”经费支出预算表</p>${unitLine}<table>
<tr><td>合计</td><td>因公出国（境）费</td><td>公务用车购置及运行费</td><td>公务接待费</td></tr>
<tr><td>6.50</td><td>0.00</td><td>3.80</td><td>2.70</td></tr></table>`;

describe("recognise says what it guessed, once per document, as an info diagnostic with its place", () => {
  it("a 三公 table that lost its 单位 line is read in 万元, and says so", async () => {
    const r = await page(THREE_PUBLIC(""));
    expect(r.tables[0]).toMatchObject({ kind: "three_public", unit: "万元" });
    const d = r.diagnostics.find((x) => x.ruleId === "unit-assumed");
    expect(d).toMatchObject({ severity: "info", place: { page: 1 } });
    expect(d?.message).toContain("“三公”经费支出预算表");
  });

  it("a 三公 table that prints its unit is not a guess", async () => {
    expect(rules(await page(THREE_PUBLIC("<p>单位：万元</p>")))).not.toContain("unit-assumed");
  });

  it("a table without a title read by its header words says so, naming the kind", async () => {
    const untitled = `<table><tr><td>合计</td><td>因公出国（境）费</td><td>公务用车购置及运行费</td><td>公务接待费</td></tr>
<tr><td>6.50</td><td>0.00</td><td>3.80</td><td>2.70</td></tr></table>`;
    const r = await page(`<p>单位：万元</p>${untitled}`);
    expect(r.tables[0]!.kind).toBe("three_public");
    const d = r.diagnostics.filter((x) => x.ruleId === "kind-from-header");
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain("three_public");
  });

  it("several guessed tables make one diagnostic, not one each", async () => {
    const untitled = `<table><tr><td>合计</td><td>因公出国（境）费</td><td>公务用车购置及运行费</td><td>公务接待费</td></tr>
<tr><td>6.50</td><td>0.00</td><td>3.80</td><td>2.70</td></tr></table>`;
    const r = await page(`<p>单位：万元</p>${untitled}<p>第二部分</p><p>单位：万元</p>${untitled}`);
    expect(rules(r).filter((x) => x === "kind-from-header")).toHaveLength(1);
    expect(r.diagnostics.find((x) => x.ruleId === "kind-from-header")!.message).toMatch(/\(2\): /);
  });

  it("一般公共预算 人员经费 and 公用经费 read as the department's, because they add up to its 基本支出, say so", async () => {
    const spending = `<p>部门支出总表</p><p>单位：万元</p><table><tr><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>合计</td><td>1,000.00</td><td>420.00</td><td>580.00</td></tr></table>`;
    const basic = (personnel: string) => `<p>一般公共预算基本支出表</p><p>单位：万元</p><table><tr><td>科目名称</td><td>合计</td><td>人员经费</td><td>公用经费</td></tr>
<tr><td>合计</td><td>420.00</td><td>${personnel}</td><td>120.00</td></tr></table>`;
    const r = await page(spending + basic("300.00"));
    expect(r.figures.filter((f) => f.metric === "expenditure_personnel").map((f) => f.amountFen)).toEqual([300_000_000]);
    expect(r.diagnostics.filter((d) => d.ruleId === "scope-from-totals")).toHaveLength(1);
    // Not all of its basic spending 一般公共预算: no metric, nothing guessed.
    const other = await page(spending + basic("200.00"));
    expect(other.figures.filter((f) => f.metric === "expenditure_personnel")).toEqual([]);
    expect(rules(other)).not.toContain("scope-from-totals");
  });

  it("a 三公 total row printed without its blank cells, placed over the columns by its sums, says so", async () => {
    const flattened = `<p>“三公”经费支出预算表</p><p>单位：万元</p><table><tr><td>项目</td><td>预算数</td></tr>
<tr><td>合计</td><td>4.90</td><td>3.19</td><td>3.19</td><td>1.71</td></tr></table>`;
    const r = await page(flattened);
    expect(r.figures.filter((f) => f.metric === "three_public_reception").map((f) => f.amountFen)).toEqual([1_710_000]);
    expect(rules(r)).toContain("three-public-by-sums");
  });

  it("a titled table read from its title guesses nothing", async () => {
    expect(rules(await page(THREE_PUBLIC("<p>单位：万元</p>")))).toEqual([]);
  });
});
