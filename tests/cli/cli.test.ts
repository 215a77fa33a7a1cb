import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verbs } from "../../src/cli/main.js";
import { cli, ROOT, SEED, tempDir } from "../helpers.js";

describe("the yusuan command line", () => {
  const db = join(tempDir(), "cli.sqlite");

  it("ingests the seed and prints a summary", () => {
    const r = cli(["ingest", SEED, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/files 1 +ingested 1 +skipped 0 +failed 0/);
  });

  it("reports the seed's 289 vs 281 inconsistency with both places", () => {
    const r = cli(["report", "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("289");
    expect(r.stdout).toContain("281");
    expect(r.stdout).toMatch(/鹿泉区委编办2020年部门预算\.txt:1:\d+/);
  });

  it("answers SQL in table, csv and json", () => {
    const sql = "SELECT metric, amount_wan FROM figures WHERE metric = 'revenue_total' LIMIT 1";
    expect(cli(["query", sql, "--db", db, "--format", "csv"]).stdout).toBe("metric,amount_wan\nrevenue_total,228.5\n");
    expect(JSON.parse(cli(["query", sql, "--db", db, "--format", "json"]).stdout)).toEqual([{ metric: "revenue_total", amount_wan: 228.5 }]);
    expect(cli(["query", sql, "--db", db]).stdout).toContain("(1 row)");
  });

  it("searches section text for a Chinese phrase", () => {
    const sql = "SELECT s.marker FROM sections_search JOIN sections s ON s.id = sections_search.rowid WHERE sections_search MATCH '机关运行' ORDER BY s.id";
    expect(cli(["query", sql, "--db", db, "--format", "csv"]).stdout.split("\n")).toContain("三");
  });

  it("refuses SQL that writes", () => {
    for (const sql of ["DELETE FROM documents", "ATTACH 'x.db' AS x", "PRAGMA journal_mode = DELETE", "SELECT 1; DELETE FROM documents"]) {
      const r = cli(["query", sql, "--db", db]);
      expect(r.code, sql).toBe(2);
      expect(r.stderr).toMatch(/read-only|one statement/);
    }
    expect(cli(["query", "SELECT count(*) AS n FROM documents", "--db", db, "--format", "csv"]).stdout).toBe("n\n1\n");
  });

  it("shows one document with its sections, tables and figures", () => {
    const r = cli(["show", "鹿泉区委编办2020年部门预算.txt", "--db", db, "--format", "json"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.document.department).toBe("中共石家庄市鹿泉区委机构编制委员会办公室");
    expect(doc.sections.filter((s: { level: number }) => s.level === 1)).toHaveLength(9);
    expect(doc.tables.map((t: { kind: string }) => t.kind)).toContain("assets");
  });

  it("exits 2 with help for a usage error", () => {
    const r = cli(["ingest"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("yusuan ingest <file-or-folder>");
  });

  it("runs the README's example questions", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /```sql\n([\s\S]*?)```/.exec(readme)![1]!;
    const statements = block.split(";").map((q) => q.replace(/--.*$/gm, "").trim()).filter(Boolean);
    expect(statements).toHaveLength(3);
    for (const sql of statements) expect(cli(["query", sql, "--db", db]).code, sql).toBe(0);
  });

  it("documents every verb in the README", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const verb of Object.keys(verbs)) expect(readme).toContain(`yusuan ${verb}`);
  });
});
