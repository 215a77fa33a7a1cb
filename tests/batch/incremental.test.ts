import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/batch/run-batch.js";
import { openDatabase } from "../../src/store/open-database.js";
import { tempDir } from "../helpers.js";
import { makeTextCorpus } from "./batch-helpers.js";

const paths = (db: ReturnType<typeof openDatabase>) => db.prepare("SELECT path FROM documents ORDER BY path").pluck().all() as string[];

describe("incremental ingest", () => {
  it("--prune removes documents whose files are gone, only under the given inputs", async () => {
    const dir = tempDir();
    const [a, b] = [join(dir, "a"), join(dir, "b")];
    makeTextCorpus(a, 3);
    makeTextCorpus(b, 2);
    const db = openDatabase(join(dir, "t.sqlite"));
    await runBatch(db, { inputs: [a, b], jobs: 1 });
    rmSync(join(a, "doc-0001.txt"));
    rmSync(join(b, "doc-0000.txt"));
    const kept = await runBatch(db, { inputs: [a], jobs: 1 });
    expect(kept.pruned).toBe(0);
    const pruned = await runBatch(db, { inputs: [a + "/"], jobs: 1, prune: true });
    expect(pruned).toMatchObject({ pruned: 1, skipped: 2, ingested: 0 });
    expect(paths(db)).toEqual([join(a, "doc-0000.txt"), join(a, "doc-0002.txt"), join(b, "doc-0000.txt"), join(b, "doc-0001.txt")]);
    db.close();
  });

  it("records a file that disappears after it was found, and goes on", async () => {
    const dir = tempDir();
    makeTextCorpus(dir, 3);
    const gone = join(dir, "doc-0001.txt");
    const db = openDatabase(join(dir, "t.sqlite"));
    const summary = await runBatch(db, { inputs: [dir], jobs: 2, onStart: () => rmSync(gone) });
    expect(summary).toMatchObject({ seen: 3, ingested: 2, failed: 1 });
    expect(db.prepare("SELECT status, error FROM documents WHERE path = ?").get(gone)).toEqual({ status: "failed", error: "cannot read the file: no such file" });
    db.close();
  });

  it("skips unchanged files without a worker and re-reads a changed one", async () => {
    const dir = tempDir();
    makeTextCorpus(dir, 2);
    const db = openDatabase(join(dir, "t.sqlite"));
    await runBatch(db, { inputs: [dir], jobs: 1 });
    writeFileSync(join(dir, "doc-0000.txt"), "某某局2021年部门预算\n2021年预算收入总计20万元。\n");
    const second = await runBatch(db, { inputs: [dir], jobs: 1 });
    expect(second).toMatchObject({ ingested: 1, skipped: 1 });
    expect(db.prepare("SELECT department FROM documents WHERE path = ?").pluck().get(join(dir, "doc-0000.txt"))).toBe("某某局");
    db.close();
  });
});
