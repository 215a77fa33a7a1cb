#!/usr/bin/env node
// Simulated OCR over born-digital documents (issue 13), to measure the OCR-trust rules without an engine:
// every block and cell is marked as read by OCR, and digits are misread at a given rate (a confusion
// print makes: 6→8, 1→7, …), a share of them marked uncertain. The records go through the same
// recognise → trust → checks → store as an ingest, so the dev keys score them.
//   node scripts/simulate-ocr.mjs --db /tmp/x.sqlite [--rate 0.01] [--uncertain 0.5] [--seed 1] FILE_OR_DIR...
// Build first (npm run build). Then: python3 ../shared/eval/score.py --db /tmp/x.sqlite --answers DIR
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { detectFormat, extract } from "../dist/extract/index.js";
import { recogniseDocument } from "../dist/recognise/recognise-document.js";
import { trustOcrReadings } from "../dist/checks/ocr-trust.js";
import { runChecks } from "../dist/checks/index.js";
import { DocumentRecordsSchema } from "../dist/model/records.js";
import { openDatabase } from "../dist/store/open-database.js";
import { writeDocument } from "../dist/store/write-document.js";
import { confusedWith } from "../dist/domain/ocr.js";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const k = args.indexOf(`--${name}`);
  if (k < 0) return fallback;
  const v = args[k + 1];
  args.splice(k, 2);
  return v;
};
const db = openDatabase(opt("db", "/tmp/simulated-ocr.sqlite"));
const rate = Number(opt("rate", "0"));
const uncertainShare = Number(opt("uncertain", "0.5"));
let seed = Number(opt("seed", "1"));
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const files = args.flatMap((a) => (statSync(a).isDirectory() ? walk(a) : [a]));
let flips = 0;

for (const path of files) {
  const bytes = readFileSync(path);
  const format = detectFormat(path, bytes);
  if (!format) continue;
  const extracted = await extract(format, bytes, path);
  for (const block of extracted.blocks) {
    if (block.type === "text") block.ocr = read(block, "text");
    else {
      block.ocr = { engine: "simulated", confidence: 0.9 };
      for (const row of block.rows) for (const cell of row) cell.ocr = read(cell, "text");
    }
  }
  const recognised = recogniseDocument(extracted, path);
  const { meta } = recognised;
  const document = { path, sha256: "", format, title: meta.title, department: meta.department, fiscalYear: meta.fiscalYear, docKind: meta.docKind, scope: meta.scope, status: "ok", error: null, pages: extracted.pages, sizeBytes: bytes.length };
  const input = trustOcrReadings({ document, sections: recognised.sections, tables: recognised.tables, lineItems: recognised.lineItems, figures: recognised.figures, diagnostics: [...extracted.diagnostics, ...(meta.diagnostics ?? [])] });
  const records = DocumentRecordsSchema.parse({ ...input, flags: runChecks(input) });
  writeDocument(db, records);
  const repairs = records.diagnostics.filter((d) => d.ruleId === "ocr-repair").length;
  const errors = records.flags.filter((f) => f.severity === "error").length;
  console.log(`${path}: ${records.figures.filter((f) => f.metric).length} metrics, ${repairs} repairs, ${errors} error flags`);
}
console.log(`${flips} digits misread`);

/** An OCR mark for a text, misreading one digit of it at the given rate (the text is changed in place). */
function read(holder, key) {
  const text = holder[key];
  const mark = { engine: "simulated", confidence: 0.95 };
  const digits = [...text].flatMap((ch, k) => (/[0-9]/.test(ch) && confusedWith(ch).length ? [k] : []));
  if (!digits.length || random() >= rate * Math.max(1, digits.length / 6)) return mark;
  const at = digits[Math.floor(random() * digits.length)];
  const partners = confusedWith(text[at]);
  holder[key] = text.slice(0, at) + partners[Math.floor(random() * partners.length)] + text.slice(at + 1);
  flips++;
  if (random() < uncertainShare) mark.uncertain = [at];
  mark.confidence = 0.8;
  return mark;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === "answers") return [];
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
