import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, SEED, tempDir } from "../helpers.js";
import { spawnCli, waitFor } from "./batch-helpers.js";

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("a database another process is using", () => {
  it("waits for a write lock held 8 s by another connection, says so, and succeeds", async () => {
    const dir = tempDir();
    const db = join(dir, "t.sqlite");
    expect(cli(["ingest", SEED, "--db", db, "--quiet"]).code).toBe(0);
    const other = new Database(db);
    other.exec("BEGIN IMMEDIATE");
    other.prepare("UPDATE documents SET title = title").run();
    const run = spawnCli(["ingest", join(SEED, ".."), "--db", db, "--force"]);
    let out = "";
    run.child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const held = Date.now();
    await waitFor(() => out.includes("waiting for the database"), 120_000);
    await new Promise((r) => setTimeout(r, Math.max(0, 8_000 - (Date.now() - held))));
    other.exec("COMMIT");
    other.close();
    const r = await run.done;
    expect(r.stderr).toMatch(/waiting for the database: another process is writing it/);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/files \d+ {2}ingested \d+ {2}skipped 0 {2}failed \d+/);
  });

  it("lets several first runs on a new database start at once", async () => {
    const db = join(tempDir(), "new.sqlite");
    const runs = [0, 1, 2].map(() => spawnCli(["ingest", SEED, "--db", db, "--quiet"]));
    const results = await Promise.all(runs.map((r) => r.done));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const conn = new Database(db, { readonly: true });
    const versions = conn.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all() as number[];
    expect(versions).toEqual([...new Set(versions)]);
    expect(conn.prepare("SELECT count(*) FROM documents").pluck().get()).toBe(1);
    conn.close();
  });

  it("refuses another application's SQLite file before writing anything to it", () => {
    const dir = tempDir();
    const path = join(dir, "notes.sqlite");
    const foreign = new Database(path);
    foreign.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('keep me');");
    foreign.close();
    const before = sha(path);
    const r = cli(["ingest", SEED, "--db", path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/another application's SQLite database \(tables notes\).*refusing to change it/);
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const text = join(dir, "notes.txt");
    copyFileSync(SEED, text);
    expect(cli(["ingest", SEED, "--db", text]).stderr).toMatch(/not an SQLite database: refusing to change it/);
    expect(sha(text)).toBe(sha(SEED));
  });
});
