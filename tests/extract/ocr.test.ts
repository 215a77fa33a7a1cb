import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Block, ExtractedDocument, TableBlock, TextBlock } from "../../src/model/document.js";
import { extractPdf } from "../../src/extract/pdf/extract-pdf.js";
import { ocrMark } from "../../src/extract/ocr/mark.js";
import { confirmedRules, findRules, fixReading } from "../../src/extract/ocr/read-scan.js";
import { assign } from "../../src/extract/ocr/paddle.js";
import { annotateTables } from "../../src/recognise/annotate-tables.js";

/*
 * fixtures/pdf/scanned.pdf is three of our synthetic pages rasterised as a scanner would (150 dpi,
 * gray JPEG, wrapped by img2pdf, no text layer): narrative.pdf p2 (headings, a paragraph with
 * amounts), tables.pdf p1 (a ruled table with a merged two-level header) and unruled.pdf p2 (a table
 * printed without rules). OCR must read them as the born-digital pages are read.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const fixture = (name: string) => join(root, "fixtures/pdf", name);
const texts = (blocks: Block[]): TextBlock[] => blocks.filter((b): b is TextBlock => b.type === "text");
const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.type === "table");
const cells = (table: TableBlock) => table.rows.map((row) => row.map((c) => [c.text, c.rowSpan ?? 1, c.colSpan ?? 1]));

let scanned: ExtractedDocument;
let ruled: TableBlock;
let unruled: TableBlock;

beforeAll(async () => {
  scanned = await extractPdf(readFileSync(fixture("scanned.pdf")), "scanned.pdf");
  annotateTables(scanned.blocks);
  ruled = tables((await extractPdf(readFileSync(fixture("tables.pdf")), "tables.pdf")).blocks)[0]!;
  unruled = tables((await extractPdf(readFileSync(fixture("unruled.pdf")), "unruled.pdf")).blocks).find((t) => t.page === 2)!;
});

describe("OCR of scanned pages (pages that paint an image and have no text layer)", () => {
  it("reads headings and paragraphs as the text layer would give them", () => {
    const page1 = texts(scanned.blocks).filter((b) => b.page === 1).map((b) => b.text);
    expect(page1).toContain("一、收支预算总体情况说明");
    expect(page1).toContain("（一）一般公共预算支出情况");
    expect(page1).toContain("二、“三公”经费预算情况说明");
    expect(page1.find((t) => t.startsWith("本部门2025年"))).toMatch(/228\.50万元.*12\.30万元.*顺利完成。$/);
  });

  it("finds a ruled table from the rules in the image, with the same cells and spans as the born-digital table, under its title and unit", () => {
    const table = tables(scanned.blocks).find((t) => t.page === 2)!;
    expect(table.caption).toBe("一般公共预算支出表");
    expect(table.unit).toBe("万元");
    expect(cells(table)).toEqual(cells(ruled));
  });

  it("reads a table printed without rules from its aligned columns, as the born-digital one", () => {
    const table = tables(scanned.blocks).find((t) => t.page === 3)!;
    expect(cells(table)).toEqual(cells(unruled));
  });

  it("marks every text block, cell and table made from OCR'd text with the engine and its confidence", () => {
    expect(scanned.blocks.length).toBeGreaterThan(8);
    for (const block of scanned.blocks) {
      expect(block.ocr, JSON.stringify(block).slice(0, 80)).toMatchObject({ engine: "paddleocr-v4" });
      expect(block.ocr!.confidence).toBeGreaterThan(0.9);
      if (block.type === "table") for (const cell of block.rows.flat().filter((c) => c.text)) expect(cell.ocr?.engine).toBe("paddleocr-v4");
    }
  });

  it("says in one info diagnostic how many pages OCR read, with the engine and mean confidence", () => {
    expect(scanned.diagnostics).toEqual([expect.objectContaining({ severity: "info", ruleId: "pdf-ocr" })]);
    expect(scanned.diagnostics[0]!.message).toMatch(/^3 page\(s\) without a text layer read by OCR \(paddleocr-v4, mean confidence 0\.9\d\d\)/);
  });

  it("leaves scanned pages empty with --ocr off, warning that they have no text layer", async () => {
    const doc = await extractPdf(readFileSync(fixture("scanned.pdf")), "scanned.pdf", { ocr: "off" });
    expect(doc.blocks).toEqual([]);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.place?.page])).toEqual([["pdf-no-text-layer", 1], ["pdf-no-text-layer", 2], ["pdf-no-text-layer", 3]]);
  });

  it("reports a page that paints an image where OCR finds no text as without a text layer", async () => {
    const doc = await extractPdf(readFileSync(fixture("bad/scanned.pdf")), "scanned.pdf");
    expect(doc.blocks).toEqual([]);
    expect(doc.diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([["warning", "pdf-no-text-layer"], ["info", "pdf-ocr"]]);
  });
});

describe("OCR reading helpers", () => {
  it("reads a dash before Chinese as 一 (the heading marker -、, -般), and leaves other dashes", () => {
    expect(fixReading("-、收支预算")).toBe("一、收支预算");
    expect(fixReading("-般公共预算")).toBe("一般公共预算");
    expect(fixReading("（-）基本支出")).toBe("（一）基本支出");
    expect(fixReading("-12.50")).toBe("-12.50");
    expect(fixReading("2020-2021年")).toBe("2020-2021年");
  });

  it("finds long thin dark runs as rules, and drops a short stroke that meets no rule (一 of a title)", () => {
    const width = 400, height = 200;
    const data = new Uint8Array(width * height).fill(255);
    const line = (x1: number, x2: number, y: number) => data.fill(40, y * width + x1, y * width + x2);
    line(20, 380, 50); // a table's top rule
    line(20, 380, 150); // its bottom rule
    for (let y = 50; y <= 150; y++) data[y * width + 20] = data[y * width + 379] = 40; // its sides
    line(100, 160, 100); // a partial rule: meets nothing → a stroke, not a rule
    const runs = findRules({ data, width, height }, 50, 5);
    expect(runs).toHaveLength(5);
    const kept = confirmedRules(runs, 200);
    expect(kept.map((r) => [r.horizontal, r.from, r.to])).toEqual([[true, 20, 380], [true, 20, 380], [false, 50, 151], [false, 50, 151]]);
  });

  it("puts each recognised character in the stretch of ink it belongs to, by position and width", () => {
    const h = 20;
    const chars = [..."204公共安全支出87267272.44"].map((ch, k) => ({ ch, x: 0, p: 1, k }));
    // CTC positions are rough: the first CJK character sits left of its stretch.
    chars.forEach((c, k) => (c.x = k < 3 ? 5 + k * 11 : k < 9 ? 50 + (k - 3) * 20 : 240 + (k - 9) * 11));
    const parts = [{ left: 0, right: 34 }, { left: 70, right: 190 }, { left: 240, right: 370 }];
    const groups = assign(chars, parts, h).map((g) => g.map((c) => c.ch).join(""));
    expect(groups).toEqual(["204", "公共安全支出", "87267272.44"]);
  });

  it("gives a cell's mark the mean confidence and the offsets of its uncertain characters in the joined text", () => {
    const mark = ocrMark("合计 1,234.56", [
      { text: "合计", ocr: { engine: "e", chars: [0.99, 0.97] } },
      { text: "1,234.56", ocr: { engine: "e", chars: [1, 1, 0.5, 1, 1, 1, 0.8, 1] } },
    ]);
    expect(mark).toEqual({ engine: "e", confidence: 0.926, uncertain: [5, 9] });
    expect(ocrMark("x", [{ text: "x" }])).toBeUndefined();
  });
});
