// Benchmark (not a test) of the whole pipeline on real PDFs, run as processes the way a user runs
// the CLI, in one run with `pdftotext -layout` over the same files. Run after `npm run build`:
//   node bench/pipeline.mjs [--rounds N] [--dev DIR] [--wide DIR] [--no-wide]
// Each round runs pdftotext, `yusuan ingest --jobs 1` and `--jobs 2` back to back (fresh databases);
// the fastest round of each counts, and every ratio is between figures of the same run. The machine
// is shared: the load average before and after is printed, CPU time (user+sys) beside wall time, and
// the CPU time of every thread, from which the time on two idle cores is estimated.
// Then, in this process: what each stage costs per page (PDFium reading vs layout, recognition,
// checks and the database write), and the re-ingest of the unchanged wide corpus.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { root } from "./make-corpus.mjs";
import { measure } from "./measure.mjs";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    dev: { type: "string", default: join(root, "../shared/corpus/dev") },
    wide: { type: "string", default: join(root, "../shared/corpus/wide") },
    "no-wide": { type: "boolean" },
  },
});
const out = join(root, "bench", "out");
const cli = join(root, "bin", "yusuan.js");
const dist = join(root, "dist");
const f = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");
const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");
const pdfsUnder = (dir) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((p) => p.toLowerCase().endsWith(".pdf")).map((p) => join(dir, p)).sort();

if (!existsSync(values.dev)) {
  console.log(`no dev corpus at ${values.dev}: nothing to measure`);
  process.exit(0);
}
const pdfs = pdfsUnder(values.dev);

/**
 * Runs a command while reading /proc every 20 ms: CPU time per thread (main, workers) and the peak
 * RSS. On a busy machine the wall time says little about --jobs (Linux's autogroup scheduler gives a
 * session the same share of the cores however many threads it runs), so the time the run would take
 * on two idle cores is estimated too: at least the busiest thread's CPU time, and at least half of
 * the total.
 */
async function measureThreads(command, args, jobs = 1) {
  const start = process.hrtime.bigint();
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.resume();
  const threads = new Map();
  let rssMb = 0;
  const tick = 1 / 100; // USER_HZ
  const poll = () => {
    try {
      for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
        const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
        const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
        // fields[19] is the thread's start time (clock ticks since boot): V8's own threads start with the process.
        threads.set(tid, { tid: Number(tid), name, start: Number(fields[19]), cpu: (Number(fields[11]) + Number(fields[12])) * tick });
      }
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (hwm) rssMb = Math.max(rssMb, Number(hwm[1]) / 1024);
    } catch {
      // the process or a thread ended between two reads
    }
  };
  const timer = setInterval(poll, 20);
  const status = await new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  clearInterval(timer);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const list = [...threads.values()].filter((t) => t.cpu > 0.02).sort((a, b) => b.cpu - a.cpu);
  const cpu = list.reduce((a, t) => a + t.cpu, 0);
  return { wall, cpu, rssMb, stdout, status, threads: list, idleWall: Math.max(list[0]?.cpu ?? 0, cpu / 2), roles: roles(child.pid, [...threads.values()], jobs) };
}

/**
 * Whose CPU time it is: the main thread (the writer: hashing, SQLite, corpus checks); V8's helper
 * threads (TurboFan compiling, concurrent GC, for all workers): the six threads Node starts before
 * any JavaScript runs (its 4 platform workers, `--v8-pool-size`, a delayed-task thread and the
 * SIGUSR1 watcher), so the first six by start; the worker threads (the `jobs` busiest of the rest); and the rest (libuv's
 * pool, replacement workers).
 */
function roles(pid, all, jobs) {
  const main = all.find((t) => t.tid === pid);
  const byStart = all.filter((t) => t !== main).sort((a, b) => a.start - b.start || a.tid - b.tid);
  const helpers = byStart.slice(0, 6);
  const late = byStart.slice(6).sort((a, b) => b.cpu - a.cpu);
  const workers = late.slice(0, jobs);
  const sum = (list) => list.reduce((a, t) => a + t.cpu, 0);
  return { main: main?.cpu ?? 0, helpers: sum(helpers), workers: workers.map((t) => t.cpu), other: sum(late) - sum(workers) };
}

async function ingest(inputs, db, jobs, { keep = false, extra = [] } = {}) {
  if (!keep) for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  const r = await measureThreads(process.execPath, [cli, "ingest", ...inputs, "--db", db, "--jobs", String(jobs), "--force-jobs", ...extra], jobs);
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stdout}`);
  const n = (key) => Number(new RegExp(`${key} (\\d+)`).exec(r.stdout)?.[1] ?? NaN);
  return { ...r, files: n("files"), skipped: n("skipped"), failed: n("failed"), pages: n("pages") };
}

// 1. The 16 dev PDFs: pdftotext, --jobs 1, --jobs 2, rounds interleaved.
console.log(`load average before: ${load()} (2 cores)`);
const rounds = { pdftotext: [], jobs1: [], jobs2: [] };
for (let i = 0; i < Number(values.rounds); i++) {
  rounds.pdftotext.push(measure("bash", ["-c", 'for f in "$@"; do pdftotext -layout -q "$f" - >/dev/null; done', "bench", ...pdfs]));
  rounds.jobs1.push(await ingest(pdfs, join(out, "dev-1.sqlite"), 1));
  rounds.jobs2.push(await ingest(pdfs, join(out, "dev-2.sqlite"), 2));
}
const best = (list) => list.reduce((a, b) => (b.wall < a.wall ? b : a));
const [base, one, two] = [best(rounds.pdftotext), best(rounds.jobs1), best(rounds.jobs2)];
const pages = one.pages;
const rate = (r) => pages / r.wall;
const row = (label, r, extra = "") =>
  `  ${label.padEnd(20)} ${f(r.wall, 2).padStart(6)} s wall ${f(r.cpu, 2).padStart(6)} s cpu ${f(rate(r)).padStart(7)} pages/s  ${f(rate(r) / rate(base), 3).padStart(6)}× pdftotext${extra}`;
console.log(`Dev PDFs: ${pdfs.length} files, ${pages} pages; best of ${values.rounds} rounds`);
console.log(row("pdftotext -layout", base));
console.log(row("yusuan --jobs 1", one, `  peak RSS ${f(one.rssMb, 0)} MB (1 worker + main)`));
console.log(row("yusuan --jobs 2", two, `  peak RSS ${f(two.rssMb, 0)} MB (2 workers + main)`));
console.log(`  targets: --jobs 1 ≥ 0.25× → ${f(rate(one) / rate(base), 3)}; --jobs 2 ≥ 0.45× → ${f(rate(two) / rate(base), 3)}; --jobs 2 / --jobs 1 ≥ 1.6 → ${f(one.wall / two.wall, 2)}`);
console.log(`  cpu-time ratios: pdftotext/jobs 1 ${f(base.cpu / one.cpu, 3)}, jobs 1/jobs 2 ${f(one.cpu / two.cpu, 2)}`);
const threads = (r) => `main ${f(r.roles.main, 2)}, workers ${r.roles.workers.map((c) => f(c, 2)).join(" + ") || "none"}, V8 helpers (JIT, GC) ${f(r.roles.helpers, 2)}, other ${f(r.roles.other, 2)}`;
console.log(`  CPU s by thread: jobs 1 ${threads(one)}; jobs 2 ${threads(two)}`);
const idle = (r) => pages / r.idleWall;
console.log(`  on two idle cores (estimate from the threads' CPU time): --jobs 1 ${f(one.idleWall, 2)} s → ${f(idle(one) / (pages / base.cpu), 3)}× pdftotext; --jobs 2 ${f(two.idleWall, 2)} s → ${f(idle(two) / (pages / base.cpu), 3)}×; speed-up ${f(one.idleWall / two.idleWall, 2)}`);
console.log(`  every round (wall s): pdftotext ${rounds.pdftotext.map((r) => f(r.wall, 2)).join(" ")} | jobs 1 ${rounds.jobs1.map((r) => f(r.wall, 2)).join(" ")} | jobs 2 ${rounds.jobs2.map((r) => f(r.wall, 2)).join(" ")}`);

// 2. Stages, in this process (CPU time, one thread): PDFium reading vs everything after it.
const { readWithPdfium } = await import(join(dist, "extract/pdf/pdfium-document.js"));
const { layoutPage } = await import(join(dist, "extract/pdf/layout-page.js"));
const { assembleBlocks } = await import(join(dist, "extract/pdf/assemble-blocks.js"));
const { processBytes } = await import(join(dist, "pipeline.js"));
const { openDatabase } = await import(join(dist, "store/open-database.js"));
const { writeDocument } = await import(join(dist, "store/write-document.js"));
const cpuMs = (from) => {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1000;
};
const stageDb = join(out, "stages.sqlite");
const stages = { read: Infinity, layout: Infinity, pipeline: Infinity, store: Infinity };
for (let round = 0; round < Number(values.rounds); round++) {
  // A fresh database each round: the store is timed as a first ingest writes, not replacing documents.
  for (const suffix of ["", "-wal", "-shm"]) rmSync(stageDb + suffix, { force: true });
  const db = openDatabase(stageDb);
  const t = { read: 0, layout: 0, pipeline: 0, store: 0 };
  for (const file of pdfs) {
    const bytes = readFileSync(file);
    let c = process.cpuUsage();
    const doc = await readWithPdfium(bytes, Date.now() + 60_000);
    t.read += cpuMs(c);
    c = process.cpuUsage();
    assembleBlocks(doc.pages.map((p) => layoutPage(p.content)));
    t.layout += cpuMs(c);
    c = process.cpuUsage();
    const records = await processBytes(file, bytes, { pdfEngine: "pdfium" });
    t.pipeline += cpuMs(c);
    c = process.cpuUsage();
    writeDocument(db, records);
    t.store += cpuMs(c);
  }
  db.close();
  for (const k of Object.keys(stages)) stages[k] = Math.min(stages[k], t[k]);
}
// processBytes = read + layout + recognise + checks (+ hashing, validation): the rest is its excess over reading.
const rest = stages.pipeline - stages.read + stages.store;
console.log(`Stages (CPU ms for all ${pages} pages, best of ${values.rounds}, one thread):`);
console.log(`  PDFium reading ${f(stages.read, 0)} | layout ${f(stages.layout, 0)} | recognise+checks+validation ${f(stages.pipeline - stages.read - stages.layout, 0)} | store ${f(stages.store, 0)}`);
console.log(`  layout+recognise+checks+store = ${f((100 * rest) / stages.read, 0)}% of extraction (target ≤ 30%)`);
// A worker's CPU time beyond what the same work costs once warm (module load, cold code, compiling
// PDFium's functions on first call, structured clone of the records): its warm-up, paid per worker.
const worker1 = one.roles.workers.reduce((a, c) => a + c, 0) * 1000;
console.log(`  warm-up per worker ≈ ${f(worker1 - stages.pipeline, 0)} ms CPU (--jobs 1 worker thread ${f(worker1, 0)} ms − the same files warm ${f(stages.pipeline, 0)} ms); V8 helper threads ${f(one.roles.helpers * 1000, 0)} ms`);

// 3. The unchanged wide corpus, ingested again.
if (!values["no-wide"] && existsSync(values.wide)) {
  const wideDb = join(out, "wide.sqlite");
  const single = await ingest([values.wide], join(out, "wide-1.sqlite"), 1);
  const first = await ingest([values.wide], wideDb, 2);
  const again = await ingest([values.wide], wideDb, 2, { keep: true });
  console.log(`Wide corpus: ${first.files} files, ${first.pages} pages`);
  console.log(`  --jobs 1 ${f(single.wall, 2)} s wall ${f(single.cpu, 2)} s cpu (idle-cores estimate ${f(single.idleWall, 2)} s); --jobs 2 ${f(first.wall, 2)} s wall ${f(first.cpu, 2)} s cpu (estimate ${f(first.idleWall, 2)} s): speed-up ${f(single.wall / first.wall, 2)} wall, ${f(single.idleWall / first.idleWall, 2)} estimated`);
  console.log(`  CPU s by thread: --jobs 1 ${threads(single)}; --jobs 2 ${threads(first)}`);
  console.log(`  first ingest --jobs 2 ${f(first.wall, 2)} s wall (${f(first.cpu, 2)} s cpu, peak RSS ${f(first.rssMb, 0)} MB); again, unchanged ${f(again.wall, 2)} s (skipped ${again.skipped}/${again.files})`);
  console.log(`  re-ingest = ${f((100 * again.wall) / first.wall, 1)}% of the first (target ≤ 3%)`);
}
console.log(`load average after: ${load()}`);
