import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT, tempDir } from "../helpers.js";

/**
 * What each file in fixtures/bad/ (scripts/make-bad-fixtures.mjs) must become. `ok` files are
 * hostile only in shape (encoding, name, scripts); their content is a real disclosure.
 */
const expected: Record<string, "ok" | "partial" | "failed"> = {
  "corrupt.docx": "failed",
  "empty.docx": "failed",
  "empty.pdf": "failed",
  "encrypted.pdf": "failed",
  "garbage.pdf": "failed",
  "gbk.txt": "ok",
  "name with spaces 'single' \"double\" 预算.txt": "ok",
  "photo.pdf": "failed",
  // Pages without a text layer: read, counted and recorded as partial with the reason (no OCR yet).
  "scanned.pdf": "partial",
  "scripts.html": "ok",
  "truncated.docx": "failed",
  "truncated.pdf": "failed",
  // UTF-16 without a byte-order mark is recognised by where its NUL bytes fall.
  "utf16be-no-bom.txt": "ok",
  "utf16le-bom.txt": "ok",
  "zip-bomb-lying.docx": "failed",
  "zip-bomb.docx": "failed",
  // Made at test time (too big to commit, or not a file git can hold).
  "nested-10mb.html": "partial",
  "fifo.txt": "failed",
};

describe("every hostile file is recorded with a readable error and the batch goes on", () => {
  it("ingests fixtures/bad plus the inputs made here", () => {
    const dir = tempDir();
    const folder = join(dir, "bad");
    cpSync(join(ROOT, "fixtures", "bad"), folder, { recursive: true, verbatimSymlinks: true });
    // 10 MB of nested tags behind a script that never ends: read as text, not parsed into a DOM.
    const depth = 10 * 1024 * 1024 / 22;
    writeFileSync(join(folder, "nested-10mb.html"), `<html><body><script>for(;;){}</script>${"<div><span>".repeat(depth)}收入总计1万元${"</span></div>".repeat(depth)}</body></html>`);
    // A FIFO never ends when read: it must be refused from its type, not read.
    execFileSync("mkfifo", [join(folder, "fifo.txt")]);
    const db = join(dir, "bad.sqlite");
    // No tight --timeout: none of these files may hang, and a limit of a few seconds would fail
    // nested-10mb.html whenever the machine is busy (the pool's time limit is tested on its own,
    // with a worker that never answers, in worker-pool.test.ts).
    const r = cli(["ingest", folder, "--db", db, "--jobs", "2"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/files 18 {2}ingested \d+ {2}skipped 0 {2}failed \d+/);
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare("SELECT path, status, error FROM documents").all() as Array<{ path: string; status: string; error: string | null }>;
    const byName = Object.fromEntries(rows.map((row) => [row.path.slice(folder.length + 1), row]));
    expect(Object.keys(byName).sort()).toEqual(Object.keys(expected).sort()); // the symlink loops add nothing
    for (const [name, status] of Object.entries(expected)) {
      const row = byName[name]!;
      expect(row.status, name).toBe(status);
      if (status === "ok") continue;
      expect(row.error, name).toMatch(/^[^\n]{5,200}$/);
      expect(row.error, name).not.toMatch(/\bat .*:\d+:\d+|Error:/);
    }
    expect(byName["nested-10mb.html"]!.error).toMatch(/nest \d+ levels deep; read as plain text/);
    expect(byName["fifo.txt"]!.error).toBe("not a regular file");
    expect(byName["encrypted.pdf"]!.error).toMatch(/encrypted/);
    expect(byName["photo.pdf"]!.error).toMatch(/JPEG/);
    // The numbers a script would print are not content.
    const scripted = conn.prepare("SELECT count(*) FROM figures f JOIN documents d ON d.id = f.document_id WHERE d.path LIKE '%scripts.html' AND f.raw LIKE '%9,999,999%'").pluck().get();
    expect(scripted).toBe(0);
    conn.close();
  });
});
