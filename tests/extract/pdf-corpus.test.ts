import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Block, ExtractedDocument, TableBlock, TextBlock } from "../../src/model/document.js";
import { extractPdf } from "../../src/extract/pdf/extract-pdf.js";
import { annotateTables } from "../../src/recognise/annotate-tables.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const corpus = join(root, "../shared/corpus/dev");
const jiangsu = join(corpus, "jiangsu/江苏省委办公厅");
const shanghai = join(corpus, "shanghai");

const cache = new Map<string, Promise<ExtractedDocument>>();
function extractFile(path: string): Promise<ExtractedDocument> {
  if (!cache.has(path)) cache.set(path, extractPdf(readFileSync(path), path).then((doc) => (annotateTables(doc.blocks), doc)));
  return cache.get(path)!;
}
const texts = (blocks: Block[]): TextBlock[] => blocks.filter((b): b is TextBlock => b.type === "text");
const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.type === "table");

describe.skipIf(!existsSync(corpus))("PDF extractor on the real corpus", () => {
  const tablesFile = join(jiangsu, "江苏省委办公厅2019年度部门预算公开表格.pdf");
  const narrative = join(jiangsu, "江苏省委办公厅2019年度部门预算公开文件.pdf");

  it("reads the Jiangsu 2019 function table with codes in their own column", async () => {
    const doc = await extractFile(tablesFile);
    const table = tables(doc.blocks).find((t) => t.rows.some((r) => r[0]?.text === "201"))!;
    expect(table.unit).toBe("万元");
    expect(table.rows.find((r) => r[0]?.text === "2013101")!.map((c) => c.text)).toEqual(["2013101", "行政运行", "9,370.12"]);
  });

  it("puts 27,664.22 in the 合计 rows of the Jiangsu 2019 收支预算总表", async () => {
    const doc = await extractFile(tablesFile);
    const summary = tables(doc.blocks)[0]!;
    const total = summary.rows.find((r) => r[0]?.text === "收入合计")!;
    expect(total.map((c) => c.text)).toEqual(["收入合计", "27,664.22", "支出合计", "27,664.22"]);
  });

  it("rebuilds the three-level “三公” header into whole cells", async () => {
    const doc = await extractFile(tablesFile);
    const sanGong = tables(doc.blocks).find((t) => t.caption?.includes("“三公”经费"))!;
    const header = sanGong.rows.slice(0, 3).flat().map((c) => c.text);
    expect(header).toEqual(expect.arrayContaining(["因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费"]));
    expect(sanGong.rows[3]!.map((c) => c.text)).toEqual(["1,471.70", "508.20", "70.00", "411.20", "", "411.20", "27.00", "933.50", "30.00"]);
  });

  it("marks the empty 政府性基金 table with its note", async () => {
    const doc = await extractFile(tablesFile);
    const fund = tables(doc.blocks).find((t) => t.caption === "财政拨款政府性基金支出预算表")!;
    expect(fund.emptyNote).toBe("注：本部门无相关收支项目");
  });

  it("keeps the 部门 line above a table as a text block", async () => {
    const doc = await extractFile(tablesFile);
    expect(texts(doc.blocks).map((b) => b.text)).toContain("部门：中共江苏省委办公厅");
  });

  it("never emits a bare page number", async () => {
    for (const file of [narrative, join(shanghai, "上海市普陀区财政局2024年度部门决算.pdf")]) {
      const doc = await extractFile(file);
      for (const block of texts(doc.blocks)) expect(block.text).not.toMatch(/^[-—\s]*\d{1,3}[-—\s]*$/);
    }
  });

  it("joins a paragraph cut by a page break and keeps numbered headings apart", async () => {
    const doc = await extractFile(narrative);
    const blocks = texts(doc.blocks).map((b) => b.text);
    expect(blocks).toContain("第三部分 2019年度部门预算情况说明");
    expect(blocks).toContain("十二、政府采购支出预算情况说明");
    const split = blocks.find((t) => t.startsWith("江苏省委办公厅2019年度收入、支出预算总计27664.22万元"))!;
    expect(split).toContain("增长13.11%。其中：");
  });

  it("marks the heading fonts of the Jiangsu narrative bold", async () => {
    const doc = await extractFile(narrative);
    const heading = texts(doc.blocks).find((b) => b.text === "一、收支预算总体情况说明")!;
    expect(heading.style?.bold).toBe(true);
  });

  it("reads Shanghai budget tables in 元 and stitches tables across pages", async () => {
    const budget = await extractFile(join(shanghai, "上海市普陀区人民政府办公室25年预算.pdf"));
    expect(tables(budget.blocks)[0]!.unit).toBe("元");
    const accounts = await extractFile(join(shanghai, "上海市普陀区财政局2024年度部门决算.pdf"));
    const summary = tables(accounts.blocks).find((t) => t.caption === "收入支出决算总表")!;
    expect(summary.pageLast).toBe(7);
    expect(summary.rows.at(-1)!.map((c) => c.text)).toEqual(["总计", "2,995.39", "总计", "2,995.39"]);
  });

  it("joins a title that wraps onto a second line", async () => {
    const doc = await extractFile(join(shanghai, "上海市普陀区财政局2024年度部门决算.pdf"));
    expect(texts(doc.blocks).map((b) => b.text)).toContain("第三部分上海市普陀区财政局2024年度部门决算情况说明");
  });

  it("reads every corpus PDF without an error", async () => {
    const files = [
      ...readdirSync(join(corpus, "jiangsu"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".pdf")).map((f) => join(corpus, "jiangsu", f)),
      ...readdirSync(shanghai).filter((f) => f.endsWith(".pdf")).map((f) => join(shanghai, f)),
    ];
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const file of files) {
      const doc = await extractFile(file);
      expect(doc.diagnostics.filter((d) => d.severity === "error"), file).toEqual([]);
      expect(doc.blocks.length, file).toBeGreaterThan(10);
    }
  });
});
