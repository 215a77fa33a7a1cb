import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SEED, tempDir } from "../helpers.js";

const disclosure = (total: number) => `某某局2021年部门预算\n一、收支总体情况\n2021年预算收入总计${total}万元。\n`;

/**
 * The compiled CLI run from `cwd`. As root, permissions do not stop reads, so a test about an
 * unreadable folder runs the CLI as `nobody` (`asUser`), for whom they do.
 */
function run(args: string[], cwd: string, asUser = false) {
  const user = asUser && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "yusuan.js"), ...args], { cwd, encoding: "utf8", ...user });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function rows(db: string, sql: string): Array<Record<string, unknown>> {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare(sql).all() as Array<Record<string, unknown>>;
  } finally {
    conn.close();
  }
}

describe("a document is its file, not the spelling that reached it", () => {
  it("keeps two working folders' docs/a.txt apart in one database", () => {
    const dir = tempDir();
    const db = join(dir, "shared.sqlite");
    for (const [name, total] of [["A", 10], ["B", 20]] as const) {
      mkdirSync(join(dir, name, "docs"), { recursive: true });
      writeFileSync(join(dir, name, "docs", "a.txt"), disclosure(total));
    }
    expect(run(["ingest", "docs", "--db", db], join(dir, "A")).code).toBe(0);
    expect(run(["ingest", "docs", "--db", db], join(dir, "B")).code).toBe(0);
    const docs = rows(db, "SELECT path, real_path FROM documents ORDER BY real_path");
    expect(docs).toEqual([
      { path: "docs/a.txt", real_path: join(realpathSync(dir), "A", "docs", "a.txt") },
      { path: "docs/a.txt", real_path: join(realpathSync(dir), "B", "docs", "a.txt") },
    ]);
    const totals = rows(db, "SELECT amount_fen FROM figures WHERE metric = 'revenue_total' ORDER BY amount_fen").map((r) => r.amount_fen);
    expect(totals).toEqual([10_000_000, 20_000_000]);
    // --prune . in B removes nothing of A's, even though A's documents were also typed "docs/…".
    writeFileSync(join(dir, "B", "docs", "b.txt"), disclosure(30));
    const pruned = run(["ingest", ".", "--db", db, "--prune"], join(dir, "B"));
    expect(pruned.stdout).toMatch(/pruned 0/);
    expect(rows(db, "SELECT count(*) AS n FROM documents")[0]!.n).toBe(3);
  });

  it("stores one file reached by four spellings once, so its figures count once", () => {
    const dir = tempDir();
    const db = join(dir, "t.sqlite");
    mkdirSync(join(dir, "docs"));
    writeFileSync(join(dir, "docs", "a.txt"), disclosure(10));
    symlinkSync(join(dir, "docs", "a.txt"), join(dir, "link.txt"));
    for (const spelling of ["docs/a.txt", "./docs/a.txt", join(dir, "docs", "a.txt"), "link.txt"]) {
      expect(run(["ingest", spelling, "--db", db], dir).code, spelling).toBe(0);
    }
    expect(rows(db, "SELECT path FROM documents")).toEqual([{ path: "docs/a.txt" }]);
    expect(rows(db, "SELECT count(*) AS n FROM figures WHERE metric = 'revenue_total'")[0]!.n).toBe(1);
  });

  it("--prune leaves the documents of a folder it cannot read, and says why", () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const input = join(dir, "in");
    mkdirSync(join(input, "locked"), { recursive: true, mode: 0o777 });
    chmodSync(input, 0o777);
    writeFileSync(join(input, "open.txt"), disclosure(10));
    writeFileSync(join(input, "locked", "kept.txt"), disclosure(20));
    writeFileSync(join(input, "gone.txt"), disclosure(30));
    for (const f of ["open.txt", "gone.txt", "locked/kept.txt"]) chmodSync(join(input, f), 0o666);
    const db = join(dir, "t.sqlite");
    expect(run(["ingest", input, "--db", db], dir, true).code).toBe(0);
    chmodSync(join(input, "locked"), 0o000);
    rmSync(join(input, "gone.txt"));
    const r = (() => {
      try {
        return run(["ingest", input, "--db", db, "--prune"], dir, true);
      } finally {
        chmodSync(join(input, "locked"), 0o777);
      }
    })();
    // gone.txt went: pruned; kept.txt may still exist (its folder is unreadable): kept.
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/locked {2}error {2}cannot read folder: permission denied/);
    expect(r.stdout).toMatch(/pruned 1 {2}kept 1 under unreadable folders/);
    const paths = rows(db, "SELECT path, status FROM documents ORDER BY path").map((x) => `${String(x.path).slice(input.length + 1)} ${x.status}`);
    expect(paths).toEqual(["locked failed", "locked/kept.txt ok", "open.txt ok"]);
  });

  it("reads files whose names are GBK bytes, keeps two such names apart, and shows them escaped", () => {
    const dir = tempDir();
    const folder = join(dir, "in");
    mkdirSync(folder);
    // 预算.txt and 决算.txt in GBK: not UTF-8, so node's string paths cannot name them.
    const gbk = (hex: string) => Buffer.concat([Buffer.from(folder + "/"), Buffer.from(hex, "hex"), Buffer.from(".txt")]);
    writeFileSync(gbk("d4a4cbe3"), disclosure(10));
    writeFileSync(gbk("bef6cbe3"), disclosure(20));
    const db = join(dir, "t.sqlite");
    const first = run(["ingest", folder, "--db", db], dir);
    expect(first.stdout, first.stderr).toMatch(/files 2 {2}ingested 2 {2}skipped 0 {2}failed 0/);
    const docs = rows(db, "SELECT path, status, file_key FROM documents ORDER BY path");
    expect(docs.map((d) => [String(d.path).slice(folder.length + 1), d.status])).toEqual([
      ["\\xBE\\xF6\\xCB\\xE3.txt", "ok"],
      ["\\xD4\\xA4\\xCB\\xE3.txt", "ok"],
    ]);
    // The identity holds the exact bytes (lossless): a rerun finds both files unchanged.
    expect((docs[1]!.file_key as Buffer).subarray(-8)).toEqual(Buffer.from("d4a4cbe32e747874", "hex"));
    expect(run(["ingest", folder, "--db", db], dir).stdout).toMatch(/files 2 {2}ingested 0 {2}skipped 2/);
  });

  it("reads a link to a file outside the inputs (said once), and walks a link to a folder outside only with --follow-links", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    mkdirSync(join(dir, "outside"));
    mkdirSync(join(dir, "elsewhere"));
    writeFileSync(join(dir, "outside", "linked.txt"), readFileSync(SEED));
    writeFileSync(join(dir, "elsewhere", "b.txt"), disclosure(20));
    writeFileSync(join(dir, "in", "a.txt"), disclosure(10));
    symlinkSync(join(dir, "outside", "linked.txt"), join(dir, "in", "linked.txt")); // a folder of links to documents
    symlinkSync(join(dir, "elsewhere"), join(dir, "in", "more")); // a folder outside the inputs
    symlinkSync(join(dir, "in", "a.txt"), join(dir, "in", "inside.txt")); // inside the inputs: the same file, once
    const db = join(dir, "t.sqlite");
    const r = run(["ingest", "in", "--db", db], dir);
    expect(r.stdout).toMatch(/files 2 {2}ingested 2/);
    expect(r.stderr).toMatch(/read 1 file through symbolic links to outside the inputs/);
    expect(r.stderr).toMatch(/in\/more {2}skipped {2}symbolic link to .*elsewhere, outside the inputs/);
    expect(run(["ingest", "in", "--db", db, "--follow-links"], dir).stdout).toMatch(/files 3 {2}ingested 1 {2}skipped 2/);
  });
});

describe("one entry that cannot be read does not stop the walk", () => {
  it("records a path over the system's length limit and ingests the rest", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ok.txt"), disclosure(10));
    // 20 folders of 250 bytes: deeper than PATH_MAX (4,096), made with relative cd steps.
    const name = "d".repeat(250);
    spawnSync("bash", ["-c", `cd "${dir}" && for i in $(seq 20); do mkdir ${name} && cd ${name} || exit 1; done; echo 收入总计1万元 > deep.txt`]);
    const db = join(dir, "t.sqlite");
    const r = run(["ingest", dir, "--db", db], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/(cannot read folder|cannot read the file): path too long/);
    const docs = rows(db, "SELECT path, status FROM documents ORDER BY length(path)");
    expect(docs[0]).toEqual({ path: join(dir, "ok.txt"), status: "ok" });
    expect(docs.slice(1).every((d) => d.status === "failed")).toBe(true);
  });
});
