// Benchmark (not a test): pages/s of `pdftotext -layout` vs our extractPdf over the same PDFs, in one
// run, plus the full `yusuan ingest` when the CLI is built. Run after `npx tsc -p .`:
//   node bench/pdf.mjs [folder] [--dist DIR] [--repeat N] [--no-ingest]
// (default folder ../shared/corpus/dev, DIST the project's dist/). Wall time moves with whatever else
// the machine runs, so CPU time (user+sys, pdftotext's children included) is printed too, and with
// --repeat the fastest of N rounds counts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: "string" }, repeat: { type: "string", default: "1" }, "no-ingest": { type: "boolean" } },
});
const folder = resolve(positionals[0] ?? join(root, "../shared/corpus/dev"));
const dist = resolve(options.dist ?? join(root, "dist"));
const repeat = Math.max(1, Number(options.repeat) || 1);
const { extractPdf } = await import(join(dist, "extract/pdf/extract-pdf.js"));
const files = readdirSync(folder, { recursive: true, encoding: "utf8" })
  .filter((f) => f.toLowerCase().endsWith(".pdf"))
  .map((f) => join(folder, f))
  .sort();

const seconds = (from) => Number(process.hrtime.bigint() - from) / 1e9;

/** One pdftotext round in a shell whose `times` reports its children's CPU. */
function pdftotextRound() {
  const start = process.hrtime.bigint();
  const script = 'for f in "$@"; do pdftotext -layout -q "$f" - >/dev/null; done; times';
  const run = spawnSync("bash", ["-c", script, "bench", ...files], { encoding: "utf8" });
  const wall = seconds(start);
  // `times` prints the shell's then its children's "XmY.YYYs XmY.YYYs" (user, sys).
  const children = run.stdout.trim().split("\n").at(-1) ?? "";
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((s, m) => s + Number(m[1]) * 60 + Number(m[2]), 0);
  return { wall, cpu };
}

async function oursRound() {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let pages = 0;
  for (const file of files) pages += (await extractPdf(readFileSync(file), file)).pages;
  const cpu = process.cpuUsage(cpuStart);
  return { wall: seconds(start), cpu: (cpu.user + cpu.system) / 1e6, pages };
}

const best = (rounds, key) => Math.min(...rounds.map((r) => r[key]));
const baseline = [];
const ours = [];
for (let i = 0; i < repeat; i++) {
  baseline.push(pdftotextRound());
  ours.push(await oursRound());
}
const pages = ours[0].pages;
const peakMb = process.resourceUsage().maxRSS / 1024;

const rate = (s) => (pages / s).toFixed(1);
const line = (name, rounds) =>
  `${name}${rate(best(rounds, "wall"))} pages/s (${best(rounds, "wall").toFixed(2)}s), CPU ${rate(best(rounds, "cpu"))} pages/s (${best(rounds, "cpu").toFixed(2)}s)`;
console.log(`${files.length} PDFs, ${pages} pages in ${folder}${repeat > 1 ? `, best of ${repeat}` : ""}`);
console.log(line("pdftotext -layout: ", baseline));
console.log(`${line("extractPdf:        ", ours)}, peak RSS ${peakMb.toFixed(0)} MB`);
console.log(`ratio extractPdf/pdftotext: ${(best(baseline, "wall") / best(ours, "wall")).toFixed(2)} (CPU ${(best(baseline, "cpu") / best(ours, "cpu")).toFixed(2)})`);

if (!options["no-ingest"] && existsSync(join(root, "dist/cli/main.js"))) {
  const dir = mkdtempSync(join(tmpdir(), "yusuan-bench-"));
  const args = [join(root, "bin/yusuan.js"), "ingest", folder, "--db", join(dir, "bench.sqlite")];
  const timed = existsSync("/usr/bin/time");
  const start = process.hrtime.bigint();
  const run = spawnSync(timed ? "/usr/bin/time" : process.execPath, timed ? ["-f", "%M", process.execPath, ...args] : args, { encoding: "utf8", maxBuffer: 1 << 28 });
  const wall = seconds(start);
  const rss = timed ? Number(run.stderr.trim().split("\n").at(-1)) / 1024 : NaN;
  console.log(`yusuan ingest (all formats in the folder): ${rate(wall)} PDF pages/s (${wall.toFixed(2)}s), exit ${run.status}${timed ? `, peak RSS ${rss.toFixed(0)} MB` : ""}`);
  rmSync(dir, { recursive: true, force: true });
}
