// Benchmark (not a test) of `yusuan ingest` at scale; every ratio is against a baseline measured in
// the same run, because wall time moves with whatever else the machine does (CPU time is printed too).
// Run after `npm run build`:   node bench/ingest.mjs [--docs N] [--large] [--skip-query]
//   --docs N   synthetic txt/html/docx disclosures in the mixed corpus (default 300)
//   --large    the memory check compares 1,000 with 10,000 documents (default 1,000 with 3,000)
// Work files go to bench/out/ (gitignored) and are reused between runs.
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { collectPdfs, makeCorpus, root } from "./make-corpus.mjs";
import { measure } from "./measure.mjs";
import { benchQuery } from "./query-1m.mjs";

const { values } = parseArgs({ options: { docs: { type: "string", default: "300" }, large: { type: "boolean" }, "skip-query": { type: "boolean" } } });
const out = join(root, "bench", "out");
const cli = join(root, "bin", "yusuan.js");
const f = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");

/** One `yusuan ingest` into `db` (fresh unless `keep`), parsed from its summary line. */
function ingest(inputs, db, jobs, keep = false) {
  if (!keep) for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  const r = measure(process.execPath, [cli, "ingest", ...inputs, "--db", db, "--jobs", String(jobs)], { env: { ...process.env } });
  const n = (key) => Number(new RegExp(`${key} (\\d+)`).exec(r.stdout)?.[1] ?? NaN);
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stdout}`);
  return { ...r, files: n("files"), ingested: n("ingested"), skipped: n("skipped"), failed: n("failed"), pages: n("pages") };
}

const line = (label, r) =>
  `  ${label.padEnd(24)} ${f(r.wall, 2).padStart(7)} s wall  ${f(r.cpu, 2).padStart(7)} s cpu  ${f(r.files / r.wall).padStart(7)} docs/s  ${f(r.pages / r.wall).padStart(7)} pages/s  peak RSS ${f(r.rssMb, 0)} MB`;

// 1. PDFs: the full pipeline against pdftotext -layout, single process, over the same files.
const pdfs = collectPdfs(join(out, "pdfs"));
const baseline = measure("bash", ["-c", 'for f in "$@"; do pdftotext -layout -q "$f" - >/dev/null; done', "bench", ...pdfs]);
const pdf1 = ingest([join(out, "pdfs")], join(out, "pdf-1.sqlite"), 1);
const pdf2 = ingest([join(out, "pdfs")], join(out, "pdf-2.sqlite"), 2);
const basePages = pdf1.pages / baseline.wall;
console.log(`PDFs: ${pdfs.length} files, ${pdf1.pages} pages`);
console.log(`  ${"pdftotext -layout".padEnd(24)} ${f(baseline.wall, 2).padStart(7)} s wall  ${f(baseline.cpu, 2).padStart(7)} s cpu  ${" ".repeat(15)}${f(basePages).padStart(7)} pages/s`);
console.log(line("yusuan --jobs 1", pdf1));
console.log(line("yusuan --jobs 2", pdf2));
console.log(`  --jobs 2 vs pdftotext: ${f(pdf2.pages / pdf2.wall / basePages, 3)}× pages/s (target ≥ 1.0)  [cpu-time ratio ${f(baseline.cpu / pdf2.cpu, 3)}×]`);

// 2. A mixed corpus: synthetic txt/html/docx plus the PDFs; then the same command again, unchanged.
const docs = Number(values.docs);
const mixed = [await makeCorpus(join(out, `mixed-${docs}`), docs), join(out, "pdfs")];
const mixed1 = ingest(mixed, join(out, "mixed-1.sqlite"), 1);
const mixed2 = ingest(mixed, join(out, "mixed-2.sqlite"), 2);
const again = ingest(mixed, join(out, "mixed-2.sqlite"), 2, true);
console.log(`Mixed corpus: ${mixed1.files} files (${docs} synthetic txt/html/docx + ${pdfs.length} PDFs), ${mixed1.pages} pages, ${mixed1.failed} failed`);
console.log(line("yusuan --jobs 1", mixed1));
console.log(line("yusuan --jobs 2", mixed2));
console.log(line("re-ingest, unchanged", again));
console.log(`  --jobs 2 speed-up ${f(mixed1.wall / mixed2.wall, 2)}×; re-ingest took ${f((100 * again.wall) / mixed2.wall, 1)}% of the first run (target ≤ 3%), skipped ${again.skipped}/${again.files}`);
console.log(`  database size ${f(statSync(join(out, "mixed-2.sqlite")).size / 1024 / 1024)} MB`);

// 3. Memory does not grow with the corpus: small text disclosures only, --jobs 2.
const sizes = values.large ? [1000, 10000] : [1000, 3000];
const memory = [];
for (const n of sizes) memory.push({ n, r: ingest([await makeCorpus(join(out, `small-${n}`), n, ["txt"])], join(out, `small-${n}.sqlite`), 2) });
console.log(`Memory (small .txt disclosures, --jobs 2):`);
for (const { n, r } of memory) console.log(line(`${n} documents`, r));
console.log(`  peak RSS ${f(memory[1].r.rssMb / memory[0].r.rssMb, 2)}× for ${sizes[1] / sizes[0]}× the documents (flat ≈ 1.0)`);

// 4. A typical aggregate over 1,000,000 figures.
if (!values["skip-query"]) await benchQuery(join(out, "query-1m.sqlite"), cli);
