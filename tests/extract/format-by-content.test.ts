import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/extract/index.js";
import { processBytes } from "../../src/pipeline.js";
import { FORMATS, SEED_NAME } from "./format-helpers.js";

const page = (charset: string) =>
  `\uFEFF<!DOCTYPE html>\n<html><head><meta charset="${charset}"><title>某某市统计局2026年部门预算</title></head>` +
  `<body><h1>某某市统计局2026年部门预算</h1><p>一、部门主要职责</p><p>2026年收入预算总计1,234.56万元。</p></body></html>`;

describe("a file is read by its content when the content is a document format", () => {
  it("reads an HTML page saved as .pdf (a crawler's habit) as HTML, and says so", async () => {
    const records = await processBytes("crawl/某某市统计局.pdf", Buffer.from(page("utf-8")));
    expect(records.document).toMatchObject({ status: "ok", format: "html", department: "某某市统计局", fiscalYear: 2026, docKind: "budget" });
    expect(records.diagnostics.map((d) => d.ruleId)).toContain("format-by-content");
    const total = records.figures.find((f) => f.metric === "revenue_total");
    expect(total?.amountFen).toBe(1_234_560_000);
  });

  it("reads a GBK page without a BOM saved as .doc or .docx as HTML", () => {
    const gbk = iconv.encode(page("gbk").replace(/^\uFEFF/, ""), "gbk");
    expect(detectFormat("a.doc", gbk)).toBe("html");
    expect(detectFormat("a.docx", gbk)).toBe("html");
    // An HTML table saved as .xls is read by the workbook reader, which knows that form.
    expect(detectFormat("a.xls", gbk)).toBe("xls");
  });

  it("reads a Word file named .pdf as Word, and a plain text named .pdf as text", () => {
    expect(detectFormat("a.pdf", readFileSync(join(FORMATS, `${SEED_NAME}.docx`)))).toBe("docx");
    expect(detectFormat("a.pdf", readFileSync(join(FORMATS, `${SEED_NAME}.doc`)))).toBe("doc");
    expect(detectFormat("a.docx", readFileSync(join(FORMATS, "tables.xlsx")))).toBe("xlsx");
    expect(detectFormat("a.pdf", Buffer.from("某某局2021年部门预算\n一、收支总体情况\n"))).toBe("txt");
  });

  it("still refuses content that is not a document: an image, random bytes", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const photo = await processBytes("photo.pdf", png);
    expect(photo.document.status).toBe("failed");
    expect(photo.document.error).toMatch(/PNG image \(wrong extension\?\)/);
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 193 + 71) % 256));
    expect(detectFormat("noise.pdf", noise)).toBe("pdf");
    expect((await processBytes("noise.pdf", noise)).document.status).toBe("failed");
  });

  it("keeps the extension's format when the content agrees or says nothing more", () => {
    expect(detectFormat("a.html", Buffer.from(page("utf-8")))).toBe("html");
    expect(detectFormat("a.txt", Buffer.from("某某局2021年部门预算\n"))).toBe("txt");
    expect(detectFormat("a.pdf", Buffer.from("%PDF-1.7\n"))).toBe("pdf");
  });
});
