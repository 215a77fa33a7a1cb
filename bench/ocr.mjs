// Benchmark (not a test) of OCR on scanned copies of the dev PDFs, run as processes the way a user
// runs the CLI. Run after `npm run build`:
//   node bench/ocr.mjs [--scans DIR] [--dev DIR] [--files N]
// The scans are made with scripts/make-scans.sh (150 dpi gray JPEG pages, img2pdf) when DIR has none.
// Prints, for `ingest --jobs 1` and `--jobs 2`: pages/s (wall), CPU seconds per page (load-independent),
// the time on two idle cores (≈ CPU time / jobs), and peak RSS; then the same files
// born-digital, for the ratio. Target (issue 13): ≥ 1 page/s with --jobs 2 on 2 cores, ≤ 1 GB per worker.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { root } from "./make-corpus.mjs";
import { measure } from "./measure.mjs";

const { values } = parseArgs({
  options: {
    scans: { type: "string", default: "/tmp/yusuan-scans" },
    dev: { type: "string", default: join(root, "../shared/corpus/dev") },
    files: { type: "string" },
  },
});
const out = join(root, "bench", "out");
const cli = join(root, "bin", "yusuan.js");
const f = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");
const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");
const pdfsUnder = (dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((p) => p.toLowerCase().endsWith(".pdf")).sort();

if (!existsSync(values.dev)) {
  console.log(`no dev corpus at ${values.dev}: nothing to measure`);
  process.exit(0);
}
if (!existsSync(values.scans) || pdfsUnder(values.scans).length === 0) {
  const made = spawnSync("bash", [join(root, "scripts", "make-scans.sh"), values.scans, values.dev], { stdio: "inherit" });
  if (made.status !== 0) process.exit(1);
}
const names = pdfsUnder(values.scans).slice(0, values.files ? Number(values.files) : undefined);
const scans = names.map((p) => join(values.scans, p));
const born = names.map((p) => join(values.dev, p)).filter(existsSync);

/** One ingest as a process: wall and CPU time, peak RSS (GNU time), and on two idle cores ≈ CPU / jobs. */
function ingest(inputs, db, jobs) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  const r = measure(process.execPath, [cli, "ingest", ...inputs, "--db", db, "--jobs", String(jobs), "--force-jobs", "--timeout", "600"]);
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stdout}`);
  // The work splits by document, so two workers at best halve the CPU time on two idle cores.
  return { ...r, idleWall: r.cpu / jobs, pages: Number(/pages (\d+)/.exec(r.stdout)?.[1] ?? NaN) };
}

console.log(`load average before: ${load()} (2 cores)`);
const one = ingest(scans, join(out, "ocr-1.sqlite"), 1);
const two = ingest(scans, join(out, "ocr-2.sqlite"), 2);
const digital = ingest(born, join(out, "ocr-born.sqlite"), 2);
const pages = one.pages;
const row = (label, r) =>
  `  ${label.padEnd(26)} ${f(r.wall, 1).padStart(7)} s wall ${f(r.pages / r.wall, 2).padStart(6)} pages/s  ${f(r.cpu / r.pages, 2).padStart(5)} CPU s/page  idle 2 cores ≈ ${f(r.pages / r.idleWall, 2)} pages/s  peak RSS ${f(r.rssMb, 0)} MB`;
console.log(`Scanned dev PDFs: ${scans.length} files, ${pages} pages (150 dpi gray JPEG)`);
console.log(row("OCR --jobs 1 (1 worker)", one));
console.log(row("OCR --jobs 2 (2 workers)", two));
console.log(row("born-digital --jobs 2", digital));
console.log(`  --jobs 2 / --jobs 1: ${f(one.wall / two.wall, 2)}× wall, ${f(one.idleWall / two.idleWall, 2)}× on idle cores; one more worker adds ${f(two.rssMb - one.rssMb, 0)} MB`);
console.log(`  scanned / born-digital (--jobs 2): ${f(two.wall / digital.wall, 1)}× the wall time, ${f(two.cpu / digital.cpu, 1)}× the CPU time`);
console.log(`  target ≥ 1 page/s with --jobs 2 on 2 idle cores → ${f(pages / two.idleWall, 2)} pages/s; ≤ 1 GB per worker → ${f(two.rssMb - one.rssMb, 0)} MB`);
console.log(`load average after: ${load()}`);
