import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Block, ExtractedDocument } from "../../src/model/document.js";
import { extractPdf } from "../../src/extract/pdf/extract-pdf.js";
import { annotateTables } from "../../src/recognise/annotate-tables.js";

/*
 * Golden files: everything the PDF extractor says about each fixture (text, styles, table cells with
 * their spans and places, captions, units, notes, diagnostics) in one readable text per PDF, kept in
 * tests/extract/__snapshots__/pdf/. A change to the extractor's output shows up as a diff there;
 * regenerate only on purpose (`npx vitest run tests/extract/pdf-golden.test.ts -u`) and read the diff.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const fixtures = ["narrative.pdf", "tables.pdf", "unruled.pdf", "scanned.pdf", "bad/scanned.pdf", "bad/truncated.pdf", "bad/encrypted.pdf", "bad/photo-renamed.pdf"];

describe("PDF extractor golden files", () => {
  it.each(fixtures)("%s", async (name) => {
    const path = join(root, "fixtures/pdf", name);
    const doc = await extractPdf(readFileSync(path), path);
    // Titles, units and empty-notes as recognise reads them from the lines around each table.
    annotateTables(doc.blocks);
    await expect(render(doc)).toMatchFileSnapshot(`./__snapshots__/pdf/${name.replace(/\//g, "_")}.txt`);
  });
});

/** One line per text block (`page:line  text  style`), a header line and one line per row for a table. */
function render(doc: ExtractedDocument): string {
  const out = [`format ${doc.format}, ${doc.pages} pages${doc.metaTitle !== undefined ? `, metaTitle ${JSON.stringify(doc.metaTitle)}` : ""}`];
  for (const block of doc.blocks) out.push(...renderBlock(block));
  for (const d of doc.diagnostics) out.push(`# ${d.severity} ${d.ruleId}${d.place ? ` p${d.place.page}` : ""}${d.place?.line ? `:${d.place.line}` : ""}: ${d.message}`);
  return out.join("\n") + "\n";
}

function renderBlock(block: Block): string[] {
  if (block.type === "text") return [`${block.page}:${block.line}\t${block.text}${block.style ? `\t${JSON.stringify(block.style)}` : ""}`];
  const about = [
    `${block.rows.length} rows`, `pages ${block.page}-${block.pageLast}`,
    block.caption !== undefined ? `caption=${block.caption}` : "", block.unit !== undefined ? `unit=${block.unit}` : "",
    block.emptyNote !== undefined ? `empty=${block.emptyNote}` : "",
  ].filter(Boolean);
  const rows = block.rows.map((row) => "\t| " + row.map((c) => {
    const spans = `${(c.colSpan ?? 1) > 1 ? `{c${c.colSpan}}` : ""}${(c.rowSpan ?? 1) > 1 ? `{r${c.rowSpan}}` : ""}${c.header ? "{h}" : ""}`;
    return `${c.text}${spans} @${c.page}:${c.line}`;
  }).join(" | "));
  return [`${block.page}:${block.line}\t[table ${about.join(", ")}]`, ...rows];
}
