import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { code, md } from "../../src/report/render-markdown.js";
import { cli, ROOT, SEED, tempDir } from "../helpers.js";

/** Bytes that would drive a terminal: ESC (CSI, OSC), BEL, the 8-bit CSI. */
const CONTROL = /[\u001b\u0007\u009b]/;

describe("text from documents and file names never drives the terminal", () => {
  const dir = tempDir();
  const folder = join(dir, "in");
  mkdirSync(folder);
  // A real disclosure (it has a flag) and an empty file (a failure), both with hostile names.
  const flagged = "鹿泉\u001b[2J\u001b]0;pwned\u0007`<script>alert(1).txt";
  const failed = "x`[a](javascript:alert(1))`<img src=x onerror=alert(1)>\u009b31m.txt";
  copyFileSync(SEED, join(folder, flagged));
  writeFileSync(join(folder, failed), "");
  const db = join(dir, "t.sqlite");
  const ingest = cli(["ingest", folder, "--db", db]);

  it("escapes control characters in ingest's lines, show, query and report", () => {
    expect(ingest.code).toBe(0);
    expect(ingest.stderr).toContain("\\x9B31m.txt  error  the file is empty");
    const outputs = {
      ingest: ingest.stdout + ingest.stderr,
      showMd: cli(["show", "鹿泉", "--db", db]).stdout,
      showJson: cli(["show", "鹿泉", "--db", db, "--format", "json"]).stdout,
      queryTable: cli(["query", "SELECT path FROM documents", "--db", db]).stdout,
      queryJson: cli(["query", "SELECT path FROM documents", "--db", db, "--format", "json"]).stdout,
      reportMd: cli(["report", "--db", db]).stdout,
      reportJson: cli(["report", "--db", db, "--format", "json"]).stdout,
      usage: cli(["show", "\u001b[2J", "--db", db]).stderr,
    };
    for (const [name, text] of Object.entries(outputs)) expect(CONTROL.test(text), name).toBe(false);
    expect(outputs.showMd).toContain("鹿泉\\x1B[2J\\x1B]0;pwned\\x07");
    expect(outputs.queryTable).toContain("\\x1B[2J");
    // JSON keeps the text exactly: the escapes read back as the same characters.
    expect(JSON.parse(outputs.queryJson).map((r: { path: string }) => r.path).sort()).toEqual([join(folder, failed), join(folder, flagged)].sort());
  });

  it("keeps HTML, code spans and links inert in the Markdown report", () => {
    const report = cli(["report", "--db", db]).stdout;
    // In the table of documents the name is text: no tag opens, no link forms.
    expect(report).toContain("x\\`\\[a\\](javascript:alert(1))\\`&lt;img src=x onerror=alert(1)>\\x9B31m.txt |");
    expect(report).not.toMatch(/<img|(?<!\\)\]\(javascript/);
    // The path holds a single backtick: its code span is fenced with two, so it cannot end early.
    expect(report).toMatch(/``[^`\n]*鹿泉[^\n]*<script>[^\n]*``/); // inside a code span, where HTML is text
    expect(md("<script>alert(1)</script> [a](javascript:alert(1)) *b* `c` &amp;")).toBe("&lt;script>alert(1)&lt;/script> \\[a\\](javascript:alert(1)) \\*b\\* \\`c\\` &amp;amp;");
    expect(md("<img src=x onerror=alert(1)>\nnext")).toBe("&lt;img src=x onerror=alert(1)> next");
    expect(code("a`b``c")).toBe("```a`b``c```");
    expect(code("`edge")).toBe("`` `edge ``");
  });
});

describe("query", () => {
  const db = join(tempDir(), "q.sqlite");
  cli(["ingest", SEED, "--db", db]);

  it("streams 200,000 rows in table format", () => {
    const sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) SELECT x, '行' || x AS label FROM c";
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "yusuan.js"), "query", sql, "--db", db], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(200_003);
    expect(lines.at(-2)).toBe("200000  行200000");
    expect(lines.at(-1)).toBe("(200000 rows)");
  });

  it("stops a query past --timeout", () => {
    const r = cli(["query", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c", "--db", db, "--timeout", "1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stopped after 1 s/);
  });

  it("refuses every statement that is not a read, with a clear message", () => {
    for (const sql of ["WITH a AS (SELECT 1) INSERT INTO documents (path, format, status) SELECT 'x', 'txt', 'ok' FROM a", "PRAGMA journal_mode(DELETE)", "PRAGMA user_version = 3", "BEGIN", "VACUUM"]) {
      const r = cli(["query", sql, "--db", db]);
      expect(r.code, sql).toBe(2);
      expect(r.stderr, sql).toMatch(/query is read-only/);
    }
  });

  it("reads a database in a folder the user cannot write", () => {
    const dir = tempDir();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    const bytes = readFileSync(db);
    expect([bytes[18], bytes[19]]).toEqual([2, 2]); // a WAL database: readers need a -shm file beside it
    writeFileSync(join(locked, "q.sqlite"), bytes);
    chmodSync(dir, 0o755);
    chmodSync(locked, 0o555);
    // As root permissions do not bind: read as `nobody`, for whom they do.
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin", "yusuan.js"), ...args], { cwd: ROOT, encoding: "utf8", ...user });
    const q = run(["query", "SELECT count(*) AS n FROM documents", "--db", join(locked, "q.sqlite"), "--format", "csv"]);
    expect(q.stderr).toBe("");
    expect(q.stdout).toBe("n\n1\n");
    expect(run(["report", "--db", join(locked, "q.sqlite")]).status).toBe(0);
    chmodSync(locked, 0o755);
  });
});
