import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Block, ExtractedDocument, TableBlock, TextBlock } from "../../src/model/document.js";
import { extractPdf } from "../../src/extract/pdf/extract-pdf.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const fixtures = join(root, "fixtures/pdf");

async function extractFile(path: string): Promise<ExtractedDocument> {
  return extractPdf(readFileSync(path), path);
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

  it("warns about a page without a text layer and invents no text", async () => {
    const doc = await extractFile(join(bad, "scanned.pdf"));
    expect(doc.pages).toBe(1);
    expect(doc.blocks).toEqual([]);
    expect(doc.diagnostics).toEqual([expect.objectContaining({ severity: "warning", ruleId: "pdf-no-text-layer", page: 1 })]);
  });

  it("treats zero bytes as unreadable", async () => {
    const doc = await extractPdf(Buffer.alloc(0), "empty.pdf");
    expect(doc.diagnostics[0]).toMatchObject({ severity: "error", ruleId: "pdf-unreadable" });
  });
});
