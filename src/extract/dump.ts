// Developer tool: print the document model of one file as JSON (`node dist/extract/dump.js FILE`).
import { readFileSync } from "node:fs";
import { detectFormat, extract } from "./index.js";

const path = process.argv[2];
if (!path) {
  console.error("usage: node dist/extract/dump.js FILE [--text]");
  process.exit(2);
}
const bytes = readFileSync(path);
const format = detectFormat(path, bytes);
if (!format) throw new Error(`unsupported file: ${path}`);
const doc = await extract(format, bytes, path);
if (process.argv.includes("--text")) {
  for (const block of doc.blocks) {
    if (block.type === "text") console.log(`${block.page}:${block.line}\t${block.text}`);
    else {
      console.log(`${block.page}:${block.line}\t[table ${block.rows.length} rows${block.caption ? ` caption=${block.caption}` : ""}${block.unit ? ` unit=${block.unit}` : ""}]`);
      for (const row of block.rows) console.log("\t| " + row.map((c) => c.text.replace(/\n/g, "⏎") + ((c.colSpan ?? 1) > 1 ? `{c${c.colSpan}}` : "") + ((c.rowSpan ?? 1) > 1 ? `{r${c.rowSpan}}` : "")).join(" | "));
    }
  }
  for (const d of doc.diagnostics) console.log(`# ${d.severity} ${d.ruleId} ${d.message}`);
} else {
  console.log(JSON.stringify(doc, null, 1));
}
