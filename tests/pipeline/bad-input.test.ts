import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/batch/run-batch.js";
import { openDatabase } from "../../src/store/open-database.js";
import { tempDir } from "../helpers.js";

describe("bad input gives a recorded, readable error and the batch goes on", () => {
  const dir = tempDir();
  const folder = join(dir, "in");
  mkdirSync(folder);
  writeFileSync(join(folder, "empty.txt"), "");
  writeFileSync(join(folder, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(folder, "gbk.txt"), iconv.encode("某某局2021年部门预算\n一、收支总体情况\n2021年预算收入总计1,234.56万元。\n", "gbk"));
  writeFileSync(join(folder, "recipe.txt"), "番茄炒蛋\n鸡蛋两个，番茄一个，盐少许。先炒蛋，再放番茄。\n");
  const missing = join(dir, "does-not-exist.pdf");

  it("records each file and goes on", async () => {
    const db = openDatabase(join(dir, "t.sqlite"));
    const summary = await runBatch(db, { inputs: [folder, missing] });
    expect(summary.seen).toBe(5);
    const rows = db.prepare("SELECT path, status, error, department, fiscal_year, doc_kind FROM documents ORDER BY path").all() as Array<Record<string, unknown>>;
    const byName = Object.fromEntries(rows.map((r) => [String(r.path).split("/").pop(), r]));
    expect(byName["empty.txt"]).toMatchObject({ status: "failed", error: "the file is empty" });
    expect(byName["binary.txt"]).toMatchObject({ status: "failed" });
    expect(String(byName["binary.txt"]!.error)).toMatch(/PNG image \(wrong extension\?\)/);
    expect(byName["does-not-exist.pdf"]).toMatchObject({ status: "failed", error: "no such file or folder" });
    expect(byName["gbk.txt"]).toMatchObject({ status: "ok", department: "某某局", fiscal_year: 2021, doc_kind: "budget" });
    expect(byName["recipe.txt"]).toMatchObject({ status: "ok", doc_kind: "unknown" });
    const gbkTotal = db.prepare("SELECT amount_fen FROM figures f JOIN documents d ON d.id = f.document_id WHERE d.path LIKE '%gbk.txt' AND metric = 'revenue_total'").pluck().get();
    expect(gbkTotal).toBe(1_234_560_000);
    const recipeMetrics = db.prepare("SELECT count(*) FROM figures f JOIN documents d ON d.id = f.document_id WHERE d.path LIKE '%recipe.txt' AND metric IS NOT NULL").pluck().get();
    expect(recipeMetrics).toBe(0);
    for (const r of rows.filter((r) => r.status === "failed")) expect(String(r.error)).not.toContain("\n");
    db.close();
  });

  it("skips an unchanged file and replaces a changed one", async () => {
    const db = openDatabase(join(dir, "t2.sqlite"));
    const file = join(dir, "one.txt");
    writeFileSync(file, "某某局2021年部门预算\n2021年预算收入总计10万元。\n");
    expect((await runBatch(db, { inputs: [file] })).ingested).toBe(1);
    expect((await runBatch(db, { inputs: [file] })).skipped).toBe(1);
    expect((await runBatch(db, { inputs: [file], force: true })).ingested).toBe(1);
    writeFileSync(file, "某某局2021年部门预算\n2021年预算收入总计20万元。\n");
    expect((await runBatch(db, { inputs: [file] })).ingested).toBe(1);
    const totals = db.prepare("SELECT amount_fen FROM figures WHERE metric = 'revenue_total'").pluck().all();
    expect(totals).toEqual([20_000_000]);
    expect(db.prepare("SELECT count(*) FROM documents").pluck().get()).toBe(1);
    db.close();
  });
});

describe("a file named twice on the command line", () => {
  it("is stored once whether given as ./a.txt or found in its folder", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "某某局2021年部门预算\n2021年预算收入总计10万元。\n");
    const db = openDatabase(join(dir, "t.sqlite"));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await runBatch(db, { inputs: ["./a.txt", "."] });
    } finally {
      process.chdir(cwd);
    }
    expect(db.prepare("SELECT path FROM documents").pluck().all()).toEqual(["a.txt"]);
    db.close();
  });
});
