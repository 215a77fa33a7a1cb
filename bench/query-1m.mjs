// `yusuan query` over a database holding 1,000,000 figures, bulk-inserted with a recursive CTE (no
// extraction involved): the SQL alone, timed in-process, and the whole command as a user runs it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { measure } from "./measure.mjs";
import { root } from "./make-corpus.mjs";

const { openDatabase, openReadOnly } = await import(join(root, "dist", "store", "open-database.js"));
const { runReadOnly } = await import(join(root, "dist", "cli", "query.js"));

const metrics = ["revenue_total", "expenditure_total", "expenditure_basic", "expenditure_project", "three_public_total", "three_public_reception", "meeting_fee", "training_fee", null, null];
const departments = 100;

function build(path) {
  const db = openDatabase(path);
  db.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
    INSERT INTO documents (id, path, sha256, format, department, fiscal_year, doc_kind, status, pages)
    SELECT i, 'bench/doc-' || i || '.pdf', hex(randomblob(32)), 'pdf', '部门' || (i % ${departments}), 2015 + i % 10, 'budget', 'ok', 20 FROM n;
    CREATE TEMP TABLE m (k INTEGER PRIMARY KEY, metric TEXT);
    INSERT INTO m VALUES ${metrics.map((m, k) => `(${k}, ${m ? `'${m}'` : "NULL"})`).join(", ")};
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999)
    INSERT INTO figures (document_id, metric, label, raw, unit, amount_fen, page, line, source)
    SELECT 1 + i / 1000, (SELECT metric FROM m WHERE k = i % 10), '收入总计', '1,234.56', '万元', abs(random() % 10000000000), 1 + i % 20, 1 + i % 50, 'table' FROM n;
    ANALYZE;`);
  db.close();
}

export async function benchQuery(path, cli) {
  if (!existsSync(path)) build(path);
  const sql = "SELECT department, fiscal_year, sum(amount_fen) / 1e6 AS wan, count(*) AS n FROM metrics WHERE metric = 'three_public_total' GROUP BY department, fiscal_year ORDER BY department, fiscal_year";
  const scan = "SELECT metric, count(*) AS n, sum(amount_fen) AS fen FROM figures GROUP BY metric";
  const db = openReadOnly(path);
  const time = (q) => {
    runReadOnly(db, q); // warm the page cache, as a user's second query would be
    const start = process.hrtime.bigint();
    const rows = runReadOnly(db, q).length;
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, rows };
  };
  const [metric, full] = [time(sql), time(scan)];
  db.close();
  const command = measure(process.execPath, [cli, "query", sql, "--db", path, "--format", "csv"]);
  const count = measure(process.execPath, [cli, "query", "SELECT 1", "--db", path]);
  console.log(`Query over 1,000,000 figures (1,000 documents):`);
  console.log(`  metrics view, one metric by department and year: ${metric.ms.toFixed(1)} ms SQL (${metric.rows} rows)  [target < 200 ms]`);
  console.log(`  full scan, every metric summed:                  ${full.ms.toFixed(1)} ms SQL (${full.rows} rows)`);
  console.log(`  the whole \`yusuan query\` command:                ${(command.wall * 1000).toFixed(0)} ms wall (of which start-up ≈ ${(count.wall * 1000).toFixed(0)} ms: \`SELECT 1\`)`);
}
