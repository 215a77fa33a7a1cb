import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractWorkbook } from "../../src/extract/xlsx/extract-workbook.js";
import type { TableBlock, TextBlock } from "../../src/model/document.js";
import { CORPUS, hasCorpus } from "../helpers.js";
import { contentOf, extractFile, FORMATS } from "./format-helpers.js";

const tablesOf = (blocks: { type: string }[]) => blocks.filter((b): b is TableBlock => b.type === "table");

describe("a workbook sheet becomes title and unit lines, then a table", () => {
  it("takes the caption from the title row, the unit from the 单位 line, and spans from merges", async () => {
    const doc = await extractFile(join(FORMATS, "tables.xlsx"));
    const [summary] = tablesOf(doc.blocks);
    expect(summary).toMatchObject({ caption: "2020年部门收支预算总表", unit: "万元", page: 1, line: 3 });
    expect(summary?.rows[0]?.map((c) => [c.text, c.colSpan])).toEqual([["本年收入", 2], ["本年支出", 2]]);
    expect(summary?.rows[2]?.map((c) => c.text)).toEqual(["一、一般公共预算拨款收入", "228.50", "一、一般公共服务支出", "200.00"]);
    expect(summary?.rows[2]?.[1]?.line).toBe(5);
    const before = doc.blocks.filter((b): b is TextBlock => b.type === "text" && b.page === 1 && b.line < 3).map((b) => b.text);
    expect(before).toEqual(["2020年部门收支预算总表", "编制单位：鹿泉区委编办 单位：万元"]);
  });

  it("skips a table-number row for the caption and keeps placeholders as text", async () => {
    const doc = await extractFile(join(FORMATS, "tables.xlsx"));
    const threePublic = tablesOf(doc.blocks).find((t) => t.page === 2);
    expect(threePublic?.caption).toBe("“三公”经费支出预算表");
    expect(threePublic?.rows[0]?.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      ["合计", 2, 1],
      ["因公出国（境）费", 2, 1],
      ["公务用车购置及运行费", 1, 2],
      ["公务接待费", 2, 1],
    ]);
    expect(threePublic?.rows[2]?.map((c) => c.text)).toEqual(["XX", "××", "x,xxx", "XX", "XX"]);
  });

  it("reads a sheet of narrative as text lines, one per line of a multi-line cell", async () => {
    const doc = await extractFile(join(FORMATS, "tables.xlsx"));
    const page3 = doc.blocks.filter((b) => b.page === 3);
    expect(page3.every((b) => b.type === "text")).toBe(true);
    expect(contentOf(page3)).toEqual(["名词解释", "（一）财政拨款收入：指本级财政当年拨付的资金。", "（二）基本支出：指人员经费和公用经费。"]);
  });

  it("reads the same content from BIFF .xls as from .xlsx", async () => {
    const xls = await extractFile(join(FORMATS, "tables.xls"));
    const xlsx = await extractFile(join(FORMATS, "tables.xlsx"));
    expect(xls.format).toBe("xls");
    expect(contentOf(xls.blocks)).toEqual(contentOf(xlsx.blocks));
  });

  it("reports a corrupt workbook as an error diagnostic", async () => {
    const doc = await extractWorkbook(Buffer.from("PK\u0003\u0004 not a workbook"), "bad.xlsx");
    expect(doc.diagnostics.map((d) => d.severity)).toEqual(["error"]);
  });
});

describe.skipIf(!hasCorpus)("the budget templates", () => {
  const dir = join(CORPUS, "templates");
  const files = hasCorpus ? readdirSync(dir).filter((f) => /\.xlsx?$/.test(f)) : [];

  it.each(files)("%s: every table sheet has a title caption and a unit, without errors", async (file) => {
    const doc = await extractFile(join(dir, file));
    expect(doc.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const tables = tablesOf(doc.blocks);
    expect(tables.length).toBeGreaterThanOrEqual(9);
    for (const table of tables) {
      expect(table.caption).toMatch(/^2026年.*表$/);
      expect(table.unit).toMatch(/^万?元$/);
    }
    const threePublic = tables.find((t) => t.caption?.includes("三公"));
    expect(threePublic?.unit).toBe("万元");
    expect(threePublic?.rows[0]?.[0]).toMatchObject({ text: "“三公”经费预算数", colSpan: 6 });
  });
});
