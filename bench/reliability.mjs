// Reliability benchmark (issue 14), two parts, modest on 2 shared cores:
//   node bench/reliability.mjs ingest   5,000 small documents (the seed 部门预算 with other departments,
//                                       years and amounts: one page, ~19 KB of text and tables each):
//                                       first ingest, unchanged rerun (target ≤ 3% of the first), one
//                                       changed file (target ≤ 5%)
//   node bench/reliability.mjs checks   the cross-document checks on 1k / 5k / 20k stored documents
//                                       (all new: a full run), and after one changed document at each
//                                       size; growth from 1k to 20k must be no worse than n log n
// Without an argument both run. Needs `npm run build`. Work files go to $TMPDIR/yusuan-bench-reliability.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticText } from "./make-corpus.mjs";
import { measure } from "./measure.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "bin", "yusuan.js");
const work = join(tmpdir(), "yusuan-bench-reliability");
const parts = process.argv.slice(2);
const wants = (part) => parts.length === 0 || parts.includes(part);

const bodies = ["财政局", "教育局", "卫生健康局", "司法局", "水利局", "自然资源局", "文化旅游局", "民政局", "统计局", "审计局"];

function benchIngest(n = 5000) {
  const dir = join(work, "ingest");
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, "docs");
  for (let i = 0; i < n; i++) {
    const folder = join(docs, String(Math.floor(i / 500)));
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `doc-${String(i).padStart(5, "0")}.txt`), syntheticText(i));
  }
  const db = join(dir, "bench.sqlite");
  const run = (label) => {
    const r = measure(process.execPath, [cli, "ingest", docs, "--db", db]);
    if (r.status !== 0) throw new Error(`${label} failed: ${r.stdout}`);
    return { ...r, summary: r.stdout.trim().replace(/\s+→.*$/, "") };
  };
  const first = run("first ingest");
  const unchanged = run("unchanged rerun");
  writeFileSync(join(docs, "3", "doc-01700.txt"), syntheticText(1700).replace("机关运行经费", "机关运行经费（调整）"));
  const changed = run("one changed file");
  const pct = (r) => ((100 * r.wall) / first.wall).toFixed(1);
  console.log(`Ingest of ${n.toLocaleString("en")} small documents (--jobs = cores):`);
  console.log(`  first ingest      ${first.wall.toFixed(1)} s wall, ${first.cpu.toFixed(1)} s CPU, ${first.rssMb.toFixed(0)} MB peak   ${first.summary}`);
  console.log(`  unchanged rerun   ${unchanged.wall.toFixed(2)} s = ${pct(unchanged)}% of the first  [target ≤ 3%]   ${unchanged.summary}`);
  console.log(`  one changed file  ${changed.wall.toFixed(2)} s = ${pct(changed)}% of the first  [target ≤ 5%]   ${changed.summary}`);
}

/** A stored document's records without extraction: department/unit pairs, years in a row, text figures. */
function records(i) {
  const group = Math.floor(i / 8);
  const year = 2018 + (i % 4);
  const unit = (i >> 2) % 2 === 1;
  // Half the bodies print their city in front in one of their files: found by containment, not by key.
  const department = `${unit && group % 2 ? "某市" : ""}某${group}区${bodies[group % bodies.length]}`;
  const fen = (wan) => Math.round(wan * 1_000_000);
  const total = unit ? 400 + (i % 13) : 900 + (i % 17);
  const figure = (metric, label, wan, line) => ({
    sectionIndex: null, tableIndex: null, metric, label, raw: `${wan.toFixed(2)}万元`, unit: "万元", amountFen: fen(wan),
    percent: null, count: null, page: 1, line, source: "text", row: null, col: null, context: `ctx${line}`,
  });
  const figures = [
    figure("expenditure_total", "支出预算总计", total, 3),
    { ...figure(null, "与上年相比增加", 12.5, 3), context: "ctx3" },
    figure("three_public_total", "“三公”经费", unit ? 30 : 20, 5),
    figure("operating_expenses", "机关运行经费", 50, 7),
  ];
  return {
    document: { path: `bench/${i}.txt`, sha256: String(i), format: "txt", title: null, department, fiscalYear: year, docKind: "budget", scope: unit ? "unit" : "department", status: "ok", error: null, pages: 1, sizeBytes: 100 },
    diagnostics: [], sections: [], tables: [], lineItems: [], figures, flags: [],
  };
}

async function benchChecks(sizes = [1000, 5000, 20000]) {
  const { openDatabase } = await import(join(root, "dist", "store", "open-database.js"));
  const { writeDocument } = await import(join(root, "dist", "store", "write-document.js"));
  const { runCorpusChecks } = await import(join(root, "dist", "checks", "corpus", "run-corpus-checks.js"));
  const dir = join(work, "checks");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rows = [];
  for (const n of sizes) {
    const db = openDatabase(join(dir, `${n}.sqlite`));
    db.transaction(() => {
      for (let i = 0; i < n; i++) writeDocument(db, records(i));
    })();
    const seconds = async (f) => {
      const start = process.hrtime.bigint();
      const result = await f();
      return { s: Number(process.hrtime.bigint() - start) / 1e9, result };
    };
    const full = await seconds(() => runCorpusChecks(db));
    const unchanged = await seconds(() => runCorpusChecks(db));
    writeDocument(db, records(Math.floor(n / 2)));
    const one = await seconds(() => runCorpusChecks(db));
    rows.push({ n, full, unchanged, one });
    db.close();
  }
  console.log("Cross-document checks (department-vs-unit, narrative-vs-tables-file, year-over-year):");
  for (const r of rows) {
    console.log(`  ${String(r.n).padStart(6)} documents: all new ${r.full.s.toFixed(2)} s (${r.full.result.flags} flags, ${(r.full.s / r.n * 1e6).toFixed(0)} µs per document) · unchanged ${(r.unchanged.s * 1000).toFixed(1)} ms · one changed ${(r.one.s * 1000).toFixed(0)} ms (${r.one.result.documents} documents recomputed)`);
  }
  const [a, b] = [rows[0], rows.at(-1)];
  const nlogn = (b.n * Math.log(b.n)) / (a.n * Math.log(a.n));
  console.log(`  growth ${a.n} → ${b.n}: ×${(b.full.s / a.full.s).toFixed(1)} in time for ×${b.n / a.n} documents (n log n allows ×${nlogn.toFixed(1)})  [target ≤ n log n]`);
}

mkdirSync(work, { recursive: true });
if (wants("checks")) await benchChecks();
if (wants("ingest")) benchIngest();
