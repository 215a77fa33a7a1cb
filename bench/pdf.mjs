// Benchmark (not a test): pages/s of `pdftotext -layout` vs our extractPdf over the same PDFs, in one
// run, plus the full `yusuan ingest` when the CLI is built. Run after `npx tsc -p .`:
//   node bench/pdf.mjs [folder]          (default ../shared/corpus/dev)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const folder = resolve(process.argv[2] ?? join(root, "../shared/corpus/dev"));
const { extractPdf } = await import(join(root, "dist/extract/pdf/extract-pdf.js"));
const files = readdirSync(folder, { recursive: true, encoding: "utf8" })
  .filter((f) => f.toLowerCase().endsWith(".pdf"))
  .map((f) => join(folder, f));

function time(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const baseline = time(() => {
  for (const file of files) spawnSync("pdftotext", ["-layout", "-q", file, "-"], { maxBuffer: 1 << 28 });
});
let pages = 0;
const startOurs = process.hrtime.bigint();
for (const file of files) pages += (await extractPdf(readFileSync(file), file)).pages;
const ours = Number(process.hrtime.bigint() - startOurs) / 1e9;
const peakMb = process.resourceUsage().maxRSS / 1024;

const rate = (s) => (pages / s).toFixed(1);
console.log(`${files.length} PDFs, ${pages} pages in ${folder}`);
console.log(`pdftotext -layout: ${rate(baseline.seconds)} pages/s (${baseline.seconds.toFixed(2)}s)`);
console.log(`extractPdf:        ${rate(ours)} pages/s (${ours.toFixed(2)}s), peak RSS ${peakMb.toFixed(0)} MB`);
console.log(`ratio extractPdf/pdftotext: ${(baseline.seconds / ours).toFixed(2)}`);

if (existsSync(join(root, "dist/cli/main.js"))) {
  const dir = mkdtempSync(join(tmpdir(), "yusuan-bench-"));
  const args = [join(root, "bin/yusuan.js"), "ingest", folder, "--db", join(dir, "bench.sqlite")];
  const timed = existsSync("/usr/bin/time");
  const run = time(() => spawnSync(timed ? "/usr/bin/time" : process.execPath, timed ? ["-f", "%M", process.execPath, ...args] : args, { encoding: "utf8", maxBuffer: 1 << 28 }));
  const rss = timed ? Number(run.value.stderr.trim().split("\n").at(-1)) / 1024 : NaN;
  console.log(`yusuan ingest (all formats in the folder): ${rate(run.seconds)} PDF pages/s (${run.seconds.toFixed(2)}s), exit ${run.value.status}${timed ? `, peak RSS ${rss.toFixed(0)} MB` : ""}`);
  rmSync(dir, { recursive: true, force: true });
}
