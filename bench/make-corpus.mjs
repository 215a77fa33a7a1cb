// Synthetic disclosures for the ingest benchmark: the seed 部门预算 (fixtures/) with another department
// name and every amount shifted, written as .txt, .html (tables as <table>) and .docx (tables as
// w:tbl), so each file has its own sha256 and realistic structure. PDFs are the committed fixtures,
// one rendered from a synthetic HTML by LibreOffice when it is installed, and the real corpus.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const seed = readFileSync(join(root, "fixtures", "鹿泉区委编办2020年部门预算.txt"), "utf8");
const SEED_DEPARTMENT = "中共石家庄市鹿泉区委机构编制委员会办公室";
const departments = ["财政局", "教育局", "卫生健康局", "司法局", "水利局", "自然资源局", "文化旅游局", "民政局", "统计局", "审计局"];

/** The i-th synthetic disclosure as text: another department and year, every amount shifted. */
export function syntheticText(i) {
  const department = `某某区${departments[i % departments.length]}${Math.floor(i / departments.length) || ""}`;
  const year = 2018 + (i % 8);
  return seed
    .replaceAll(SEED_DEPARTMENT, department)
    .replace(/2020年/g, `${year}年`)
    .replace(/\d+\.\d\d/g, (m) => (Number(m) + (i % 89) / 100).toFixed(2));
}

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Lines → runs of paragraphs and tables (a line with tabs is a table row, as in the seed). */
function runs(text) {
  const out = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const cells = line.split("\t");
    const last = out.at(-1);
    if (cells.length > 1) last?.type === "table" ? last.rows.push(cells) : out.push({ type: "table", rows: [cells] });
    else out.push({ type: "p", text: line });
  }
  return out;
}

export function syntheticHtml(i) {
  const body = runs(syntheticText(i))
    .map((r) => (r.type === "p" ? `<p>${escape(r.text)}</p>` : `<table border="1">${r.rows.map((row) => `<tr>${row.map((c) => `<td>${escape(c)}</td>`).join("")}</tr>`).join("")}</table>`))
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wp = (text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;

export async function syntheticDocx(i) {
  const body = runs(syntheticText(i))
    .map((r) => (r.type === "p" ? wp(r.text) : `<w:tbl>${r.rows.map((row) => `<w:tr>${row.map((c) => `<w:tc>${wp(c)}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`))
    .join("");
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", date: new Date(0) });
}

/** `n` disclosures in `dir`, cycling txt/html/docx (or only `formats`). Reuses files already there. */
export async function makeCorpus(dir, n, formats = ["txt", "html", "docx"]) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const format = formats[i % formats.length];
    const file = join(dir, `doc-${String(i).padStart(5, "0")}.${format}`);
    if (existsSync(file)) continue;
    const bytes = format === "txt" ? syntheticText(i) : format === "html" ? syntheticHtml(i) : await syntheticDocx(i);
    writeFileSync(file, bytes);
  }
  return dir;
}

/** The PDFs to compare with pdftotext, copied into `dir`: fixtures, a rendered one, the real corpus. */
export function collectPdfs(dir) {
  mkdirSync(dir, { recursive: true });
  const sources = readdirSync(join(root, "fixtures", "pdf")).filter((f) => f.endsWith(".pdf")).map((f) => join(root, "fixtures", "pdf", f));
  const corpus = join(root, "..", "shared", "corpus", "dev");
  if (existsSync(corpus)) {
    for (const f of readdirSync(corpus, { recursive: true, encoding: "utf8" })) if (f.endsWith(".pdf")) sources.push(join(corpus, f));
  }
  for (const source of sources) copyFileSync(source, join(dir, basename(source)));
  const rendered = join(dir, "synthetic-rendered.pdf");
  if (!existsSync(rendered)) renderPdf(syntheticHtml(1), rendered);
  return readdirSync(dir).filter((f) => f.endsWith(".pdf")).map((f) => join(dir, f)).sort();
}

/** HTML → PDF with LibreOffice (once; skipped when soffice is missing). */
function renderPdf(html, target) {
  const work = join(dirname(target), "render");
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, "synthetic-rendered.html"), html);
  try {
    execFileSync("soffice", ["--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", dirname(target), join(work, "synthetic-rendered.html")], { stdio: "ignore", timeout: 120_000 });
  } catch {
    // No LibreOffice: the benchmark runs on the other PDFs.
  }
}
