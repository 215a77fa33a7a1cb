import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cli, ROOT, SEED, tempDir } from "../helpers.js";

const EN = { LANG: "C", LC_ALL: "" };

describe("the command line a user expects", () => {
  it("prints its version", () => {
    const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(cli(["--version"]).stdout).toBe(`yusuan ${version}\n`);
  });

  it("answers a misspelt verb or option with one line saying what was meant", () => {
    const verb = cli(["reprot"], EN);
    expect(verb.code).toBe(2);
    expect(verb.stderr).toBe('yusuan: unknown command "reprot": did you mean "yusuan report"? (yusuan --help lists them)\n');
    const option = cli(["report", "--formt", "html"], EN);
    expect(option.code).toBe(2);
    expect(option.stderr.split("\n")[0]).toBe("yusuan report: unknown option --formt: did you mean --format?");
    expect(cli(["reprot"], { LANG: "zh_CN.UTF-8", LC_ALL: "" }).stderr).toBe("yusuan: 没有“reprot”这个命令：是否要用“yusuan report”？（yusuan --help 列出全部命令）\n");
  });

  it("refuses a missing input path as a usage error and stores nothing", () => {
    const dir = tempDir();
    const db = join(dir, "x.sqlite");
    const r = cli(["ingest", SEED, join(dir, "nowhere.pdf"), "--db", db], EN);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no such file or folder");
    expect(existsSync(db)).toBe(false);
    mkdirSync(join(dir, "my docs"));
    const spaced = cli(["ingest", join(dir, "my"), "docs", "--db", db], EN);
    expect(spaced.code).toBe(2);
    expect(spaced.stderr).toContain(`did you mean "${join(dir, "my docs")}"? (quote a path with spaces)`);
    expect(existsSync(db)).toBe(false);
  });

  it("exits 3 with --fail-on when flags of that severity exist", () => {
    const db = join(tempDir(), "f.sqlite");
    expect(cli(["ingest", SEED, "--db", db, "-q", "--fail-on", "warning"]).code).toBe(3);
    expect(cli(["ingest", SEED, "--db", db, "-q", "--fail-on", "error"]).code).toBe(0);
    expect(cli(["ingest", SEED, "--db", db, "-q", "--fail-on", "never"]).code).toBe(2);
  });

  it("keeps document ids across --force", () => {
    const dir = tempDir();
    const db = join(dir, "ids.sqlite");
    const pdf = join(ROOT, "fixtures", "pdf", "narrative.pdf");
    expect(cli(["ingest", SEED, pdf, "--db", db, "-q"]).code).toBe(0);
    const ids = () => new Database(db, { readonly: true }).prepare("SELECT id, path FROM documents ORDER BY id").all();
    const before = ids();
    expect(cli(["ingest", SEED, pdf, "--db", db, "-q", "--force"]).code).toBe(0);
    expect(ids()).toEqual(before);
  });

  it("takes SQL from a file or standard input, and writes CSV with a byte-order mark for Excel", () => {
    const dir = tempDir();
    const db = join(dir, "q.sqlite");
    expect(cli(["ingest", SEED, "--db", db, "-q"]).code).toBe(0);
    const sql = 'SELECT "check", severity FROM flags';
    writeFileSync(join(dir, "q.sql"), `${sql};\n`);
    expect(cli(["query", "--file", join(dir, "q.sql"), "--db", db, "--format", "csv"]).stdout).toBe("check,severity\ncount-mismatch,warning\n");
    const stdin = spawnSync(process.execPath, [join(ROOT, "bin", "yusuan.js"), "query", "-", "--db", db, "--format", "csv", "--bom"], { input: sql, encoding: "utf8" });
    expect(stdin.stdout).toBe("\uFEFFcheck,severity\ncount-mismatch,warning\n");
    expect(cli(["query", "--file", join(dir, "none.sql"), "--db", db]).code).toBe(2);
  });

  it("shows a document's tables as Markdown tables that render (with the |---| row)", () => {
    const db = join(tempDir(), "s.sqlite");
    expect(cli(["ingest", SEED, "--db", db, "-q"]).code).toBe(0);
    const md = cli(["show", "鹿泉区委编办2020年部门预算.txt", "--db", db]).stdout;
    const table = md.slice(md.indexOf("### 部门机构设置情况")).split("\n").slice(2, 5);
    expect(table[0]).toMatch(/^\| 单位编码 \| 单位名称 \|/);
    expect(table[1]).toBe("|---|---|---|---|---|");
    expect(table[2]).toMatch(/^\| 316002 \|/);
  });

  it("records identical content under two paths once, the other as its duplicate, and reads the copy when the original goes", () => {
    const dir = tempDir();
    const folder = join(dir, "in");
    mkdirSync(folder);
    copyFileSync(SEED, join(folder, "one.txt"));
    copyFileSync(SEED, join(folder, "two.txt"));
    const db = join(dir, "d.sqlite");
    expect(cli(["ingest", folder, "--db", db, "-q"]).code).toBe(0);
    const md = cli(["report", "--db", db], EN).stdout;
    expect(md).toMatch(/duplicate of [^|]*one\.txt \| [^|]*two\.txt/);
    expect(md.match(/count-mismatch/g)).toHaveLength(1);
    // A name several documents end with is the user's to narrow, never a silent pick.
    const ambiguous = cli(["show", ".txt", "--db", db], EN);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/"\.txt" matches 2 documents: 1 \S*one\.txt, 2 \S*two\.txt/);
    const figures = () => new Database(db, { readonly: true }).prepare("SELECT d.path, count(f.id) AS n FROM documents d LEFT JOIN figures f ON f.document_id = d.id GROUP BY d.id ORDER BY d.path").all() as Array<{ path: string; n: number }>;
    const [one, two] = figures();
    expect(one!.n).toBeGreaterThan(50);
    expect(two!.n).toBe(0);
    rmSync(join(folder, "one.txt"));
    expect(cli(["ingest", folder, "--db", db, "-q", "--prune"]).code).toBe(0);
    const after = figures();
    expect(after).toHaveLength(1);
    expect(after[0]!.n).toBe(one!.n);
    expect(cli(["report", "--db", db], EN).stdout).toMatch(/\| 1 warning \| [^|]*two\.txt/);
  });
});

describe("the README tour", () => {
  it("runs verbatim: every line of its first block exits 0", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const tour = /## A short tour[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]!.split("\n").filter((l) => l.trim() && !l.startsWith("#"));
    expect(tour[0]).toBe("npm start");
    // A fresh folder with the repository's bin/, examples/ and fixtures/, and npm / npx standing for the
    // installed package (npm start runs package.json's start script; npx yusuan the built CLI).
    const dir = tempDir("yusuan-tour-");
    for (const name of ["bin", "examples", "fixtures", "package.json"]) symlinkSync(join(ROOT, name), join(dir, name));
    const shims = join(dir, ".shims");
    mkdirSync(shims);
    const start = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
    writeFileSync(join(shims, "npm"), `#!/bin/sh\n[ "$1" = start ] || exit 9\n${start}\n`);
    writeFileSync(join(shims, "npx"), `#!/bin/sh\n[ "$1" = yusuan ] || exit 9\nshift\nexec "${process.execPath}" "${join(ROOT, "bin", "yusuan.js")}" "$@"\n`);
    chmodSync(join(shims, "npm"), 0o755);
    chmodSync(join(shims, "npx"), 0o755);
    for (const line of tour) {
      const r = spawnSync("sh", ["-c", line], { cwd: dir, encoding: "utf8", env: { ...process.env, ...EN, PATH: `${shims}:${process.env.PATH}` } });
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
    }
    expect(readFileSync(join(dir, "report.html"), "utf8")).toContain("<table class=\"documents\">");
    const docs = new Database(join(dir, "db", "demo.sqlite"), { readonly: true }).prepare("SELECT count(*) FROM documents WHERE status = 'failed'").pluck().get();
    expect(docs).toBe(0);
  });
});
