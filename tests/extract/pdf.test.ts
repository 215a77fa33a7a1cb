import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Block, ExtractedDocument, TableBlock, TextBlock } from "../../src/model/document.js";
import { extractPdf } from "../../src/extract/pdf/extract-pdf.js";
import { annotateTables } from "../../src/recognise/annotate-tables.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const fixtures = join(root, "fixtures/pdf");

/** The extracted document with its tables' titles, units and empty-notes read, as recognise sees it. */
async function extractFile(path: string): Promise<ExtractedDocument> {
  const doc = await extractPdf(readFileSync(path), path);
  annotateTables(doc.blocks);
  return doc;
}
const texts = (blocks: Block[]): TextBlock[] => blocks.filter((b): b is TextBlock => b.type === "text");
const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.type === "table");
const cellTexts = (table: TableBlock): string[] => table.rows.flat().map((c) => c.text);

describe("PDF extractor on the generated fixtures", () => {
  it("joins the wrapped lines of a paragraph into one block and keeps headings apart", async () => {
    const doc = await extractFile(join(fixtures, "narrative.pdf"));
    const lines = texts(doc.blocks).map((b) => b.text);
    expect(lines).toContain("一、收支预算总体情况说明");
    expect(lines).toContain("（一）一般公共预算支出情况");
    const paragraph = lines.find((t) => t.includes("228.50万元"));
    expect(paragraph).toMatch(/^本部门2025年.*顺利完成。$/);
  });

  it("keeps every 目录 entry as its own block", async () => {
    const doc = await extractFile(join(fixtures, "narrative.pdf"));
    const toc = texts(doc.blocks).filter((b) => b.page === 1 && b.text.includes("……"));
    expect(toc).toHaveLength(4);
  });

  it("gives every text block a page and a line within that page", async () => {
    const doc = await extractFile(join(fixtures, "narrative.pdf"));
    expect(doc.pages).toBe(2);
    const heading = texts(doc.blocks).find((b) => b.text === "一、收支预算总体情况说明")!;
    expect(heading).toMatchObject({ page: 2, line: 1 });
  });

  it("reads a ruled table with a merged two-level header, its unit and its title", async () => {
    const doc = await extractFile(join(fixtures, "tables.pdf"));
    const table = tables(doc.blocks)[0]!;
    expect(table.unit).toBe("万元");
    expect(table.caption).toBe("一般公共预算支出表");
    expect(table.rows[0]!.map((c) => [c.text, c.colSpan ?? 1, c.rowSpan ?? 1])).toEqual([
      ["科目编码", 1, 2], ["科目名称", 1, 2], ["一般公共预算支出", 3, 1],
    ]);
    expect(table.rows[5]!.map((c) => c.text)).toEqual(["2010301", "行政运行", "128.50", "128.50", ""]);
    const before = texts(doc.blocks).filter((b) => b.page === 1).map((b) => b.text);
    expect(before).toEqual(expect.arrayContaining(["一般公共预算支出表", "单位：万元"]));
  });

  it("marks a table printed empty with its note", async () => {
    const doc = await extractFile(join(fixtures, "tables.pdf"));
    const empty = tables(doc.blocks).find((t) => t.caption === "政府性基金预算支出表")!;
    expect(empty.emptyNote).toContain("此表为空");
    expect(empty.rows[0]!.map((c) => c.text)).toEqual(["科目编码", "科目名称", "金额"]);
  });

  it("stitches a table running onto the next pages into one block without the repeated header", async () => {
    const doc = await extractFile(join(fixtures, "tables.pdf"));
    const long = tables(doc.blocks).find((t) => t.caption === "项目支出明细表")!;
    expect(long.unit).toBe("元");
    expect(long.pageLast).toBeGreaterThan(long.page);
    expect(long.rows).toHaveLength(72);
    expect(cellTexts(long).filter((t) => t === "科目编码")).toHaveLength(1);
    expect(long.rows.every((row) => row.length === 5)).toBe(true);
  });
});

describe("PDF extractor on tables printed without ruling lines", () => {
  const rowTexts = (table: TableBlock): string[][] => table.rows.map((row) => row.map((c) => c.text));

  it("reads a 收支总表 of 收入 | 金额 | 支出 | 金额 pairs without borders, blank amounts kept blank", async () => {
    const doc = await extractFile(join(fixtures, "unruled.pdf"));
    const summary = tables(doc.blocks).find((t) => t.caption === "收支预算总表")!;
    expect(summary.unit).toBe("万元");
    expect(rowTexts(summary)).toEqual([
      ["收入", "金额", "支出", "金额"],
      ["一、一般公共预算拨款收入", "1,234.56", "一、一般公共服务支出", "1,034.56"],
      ["二、政府性基金预算拨款收入", "", "二、教育支出", "100.00"],
      ["三、事业收入", "65.44", "三、社会保障和就业支出", "120.00"],
      ["四、其他收入", "", "四、住房保障支出", "45.44"],
      ["收入合计", "1,300.00", "支出合计", "1,300.00"],
    ]);
    // The title and the unit line stay text blocks before the table.
    const before = texts(doc.blocks).filter((b) => b.page === 1).map((b) => b.text);
    expect(before).toEqual(["收支预算总表", "部门：示例单位", "单位：万元"]);
  });

  it("rebuilds a two-row header over code | name | 合计 | 基本支出 | 项目支出 columns", async () => {
    const doc = await extractFile(join(fixtures, "unruled.pdf"));
    const general = tables(doc.blocks).find((t) => t.caption === "一般公共预算支出表")!;
    expect(general.rows[0]!.map((c) => [c.text, c.colSpan ?? 1, c.rowSpan ?? 1])).toEqual([
      ["科目编码", 1, 2], ["科目名称", 1, 2], ["一般公共预算支出", 3, 1],
    ]);
    expect(rowTexts(general)[1]).toEqual(["合计", "基本支出", "项目支出"]);
    expect(rowTexts(general)[2]).toEqual(["", "合计", "1,234.56", "834.56", "400.00"]);
    expect(rowTexts(general)[5]).toEqual(["2010301", "行政运行", "634.56", "634.56", ""]);
    expect(rowTexts(general)[6]).toEqual(["2010302", "一般行政管理事务", "400.00", "", "400.00"]);
    expect(general.rows).toHaveLength(10);
  });

  it("reads a 三公 table with horizontal rules only and one row of amounts", async () => {
    const doc = await extractFile(join(fixtures, "unruled.pdf"));
    const sanGong = tables(doc.blocks).find((t) => t.caption?.includes("三公"))!;
    expect(sanGong.rows[0]!.map((c) => [c.text, c.colSpan ?? 1, c.rowSpan ?? 1])).toEqual([
      ["合计", 1, 2], ["因公出国（境）费", 1, 2], ["公务用车购置及运行维护费", 3, 1], ["公务接待费", 1, 2],
    ]);
    expect(rowTexts(sanGong)[1]).toEqual(["小计", "公务用车购置费", "公务用车运行维护费"]);
    expect(rowTexts(sanGong)[2]).toEqual(["32.50", "", "24.50", "0.00", "24.50", "8.00"]);
    expect(sanGong.rows[2]![0]).toMatchObject({ page: 3, line: 6 });
  });

  // unruled-spaced.pdf: LibreOffice's borderless tables, rows a blank line apart, headers centred.
  it("reads a 收支总表 whose 收入 side is blank for several rows, rows set wide apart", async () => {
    const doc = await extractFile(join(fixtures, "unruled-spaced.pdf"));
    const summary = tables(doc.blocks).find((t) => t.page === 1)!;
    expect(rowTexts(summary)).toEqual([
      ["收入", "金额", "支出", "金额"],
      ["一、一般公共预算拨款收入", "10,623.05", "一、教育支出", "8,397.05"],
      ["二、政府性基金预算拨款收入", "", "二、社会保障和就业支出", "1,218.60"],
      ["三、国有资本经营预算拨款收入", "", "三、卫生健康支出", "398.10"],
      ["四、财政专户管理资金收入", "", "四、住房保障支出", "609.30"],
      ["五、事业收入", "", "", ""],
      ["六、其他收入", "", "", ""],
      ["本年收入合计", "10,623.05", "本年支出合计", "10,623.05"],
      ["上年结转", "", "年末结转", ""],
      ["收入总计", "10,623.05", "支出总计", "10,623.05"],
    ]);
  });

  it("keeps the heads of columns the data leaves blank, beyond the data's last column", async () => {
    const doc = await extractFile(join(fixtures, "unruled-spaced.pdf"));
    const revenue = tables(doc.blocks).find((t) => t.page === 2)!;
    expect(rowTexts(revenue)[0]).toEqual(["科目编码", "科目名称", "合计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "其他收入"]);
    expect(rowTexts(revenue)[2]).toEqual(["205", "教育支出", "8,397.05", "8,397.05", "", ""]);
  });

  it("reads a 三公 table of one row of amounts without any rule, under its three-line header", async () => {
    const doc = await extractFile(join(fixtures, "unruled-spaced.pdf"));
    const sanGong = tables(doc.blocks).find((t) => t.page === 3)!;
    expect(sanGong.rows[0]!.map((c) => [c.text, c.colSpan ?? 1, c.rowSpan ?? 1])).toEqual([
      ["合计", 1, 2], ["因公出国（境）费", 1, 2], ["公务用车购置及运行费", 3, 1], ["公务接待费", 1, 2],
    ]);
    expect(rowTexts(sanGong)[2]).toEqual(["12.80", "0.00", "9.60", "0.00", "9.60", "3.20"]);
  });

  it("leaves a paragraph that quotes amounts as text", async () => {
    const doc = await extractFile(join(fixtures, "unruled.pdf"));
    expect(tables(doc.blocks).filter((t) => t.page === 4)).toEqual([]);
    expect(texts(doc.blocks).some((b) => b.page === 4 && b.text.includes("1,200.00"))).toBe(true);
    expect(tables(doc.blocks)).toHaveLength(3);
  });
});

describe("PDF extractor on bad input", () => {
  const bad = join(fixtures, "bad");
  it.each([
    ["encrypted.pdf", /encrypted PDF/],
    ["truncated.pdf", /PDF/],
    ["photo-renamed.pdf", /not a valid PDF/],
  ])("returns an unreadable-PDF error for %s instead of throwing", async (name, message) => {
    const doc = await extractFile(join(bad, name));
    expect(doc).toMatchObject({ format: "pdf", pages: 0, blocks: [] });
    expect(doc.diagnostics).toHaveLength(1);
    expect(doc.diagnostics[0]).toMatchObject({ severity: "error", ruleId: "pdf-unreadable" });
    expect(doc.diagnostics[0]!.message).toMatch(message);
  });

  it("warns about a page without a text layer and invents no text (OCR off)", async () => {
    const doc = await extractPdf(readFileSync(join(bad, "scanned.pdf")), "scanned.pdf", { ocr: "off" });
    expect(doc.pages).toBe(1);
    expect(doc.blocks).toEqual([]);
    expect(doc.diagnostics).toEqual([expect.objectContaining({ severity: "warning", ruleId: "pdf-no-text-layer", place: { page: 1 } })]);
  });

  it("treats zero bytes as unreadable", async () => {
    const doc = await extractPdf(Buffer.alloc(0), "empty.pdf");
    expect(doc.diagnostics[0]).toMatchObject({ severity: "error", ruleId: "pdf-unreadable" });
  });
});
