import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as pdfiumDocument from "../../src/extract/pdf/pdfium-document.js";
import { extractPdf } from "../../src/extract/pdf/extract-pdf.js";
import { fixOverstatedWidths, viewport, type Glyph } from "../../src/extract/pdf/pdfium-page.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const narrative = readFileSync(join(root, "fixtures/pdf/narrative.pdf"));

afterEach(() => vi.restoreAllMocks());

describe("PDFium is the default engine and pdf.js takes over when it fails", () => {
  it("reads a PDF with PDFium unless pdf.js is asked for, with the same blocks", async () => {
    const spy = vi.spyOn(pdfiumDocument, "readWithPdfium");
    const byDefault = await extractPdf(narrative, "narrative.pdf");
    expect(spy).toHaveBeenCalledTimes(1);
    const byPdfjs = await extractPdf(narrative, "narrative.pdf", { pdfEngine: "pdfjs" });
    expect(spy).toHaveBeenCalledTimes(1);
    const squeeze = (blocks: unknown) => JSON.stringify(blocks).replace(/\s+/g, "");
    expect(squeeze(byDefault.blocks)).toBe(squeeze(byPdfjs.blocks));
    expect(byDefault.diagnostics).toEqual([]);
  });

  it("reads a file PDFium refuses with pdf.js and says so in an info diagnostic", async () => {
    vi.spyOn(pdfiumDocument, "readWithPdfium").mockRejectedValue(new pdfiumDocument.PdfiumFailure("not a PDF or damaged"));
    const doc = await extractPdf(narrative, "narrative.pdf");
    expect(doc.pages).toBe(2);
    expect(doc.blocks.length).toBeGreaterThan(5);
    expect(doc.diagnostics).toEqual([
      { severity: "info", ruleId: "pdf-engine-fallback", message: "PDFium could not read this file (not a PDF or damaged); read with pdf.js instead" },
    ]);
  });

  it("does not retry a document that ran out of time: it is unreadable", async () => {
    const spy = vi.spyOn(pdfiumDocument, "readWithPdfium").mockRejectedValue(new pdfiumDocument.PdfTimeout("page 3"));
    const doc = await extractPdf(narrative, "narrative.pdf");
    expect(spy).toHaveBeenCalledTimes(1);
    expect(doc.pages).toBe(0);
    expect(doc.diagnostics).toMatchObject([{ severity: "error", ruleId: "pdf-unreadable", message: "gave up after 60s" }]);
  });
});

describe("PDFium glyph geometry", () => {
  const glyph = (ch: string, x: number, width: number, spaced = false): Glyph => ({ ch, x, right: x + width, y: 100, size: 10, bold: false, font: 1, spaced });

  it("takes the file's own steps for Latin glyphs a font declares one em wide, so two numbers in neighbouring cells part", () => {
    // "1.81" then "154" drawn 4.66 pt apart per digit by a font that declares every glyph 9.2 pt wide.
    const glyphs = [glyph("1", 0, 9.2), glyph(".", 4.66, 9.2), glyph("8", 9.32, 9.2), glyph("1", 13.98, 9.2), glyph("1", 23.1, 9.2), glyph("5", 27.76, 9.2), glyph("4", 32.42, 9.2)];
    fixOverstatedWidths(glyphs);
    expect(glyphs[3]!.right).toBeCloseTo(13.98 + 4.66); // the "1" before the gap ends where the next "1" of the run began
    expect(glyphs[4]!.x - glyphs[3]!.right).toBeGreaterThan(1); // the gap between the two numbers is back
  });

  it("keeps the full-width box of CJK punctuation set closer than its width", () => {
    const glyphs = [glyph("。", 0, 10), glyph("“", 5, 10), glyph("三", 15, 10)];
    fixOverstatedWidths(glyphs);
    expect(glyphs[0]!.right).toBe(10);
  });

  it("maps PDF user space to top-down page space the way pdf.js's viewport does, /Rotate included", () => {
    const view: [number, number, number, number] = [0, 0, 600, 800];
    expect(viewport(view, 0)).toEqual([1, 0, 0, -1, 0, 800]);
    expect(viewport(view, 90)).toEqual([0, 1, 1, 0, 0, 0]);
    expect(viewport(view, 180)).toEqual([-1, 0, 0, 1, 600, 0]);
    expect(viewport(view, 270)).toEqual([0, -1, -1, 0, 800, 600]);
  });
});
