import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { checks } from "../../src/checks/index.js";
import { corpusChecks } from "../../src/checks/corpus/run-corpus-checks.js";
import { CHECK_IDS } from "../../src/i18n/index.js";
import { groupFlags, type ReportDocument, type ReportFlag } from "../../src/report/load-report.js";
import { cli, ROOT, SEED, tempDir } from "../helpers.js";

const EN = { LANG: "C", LC_ALL: "", LC_MESSAGES: "" };

/** A folder with one document of every status the summary table names. */
function mixedFolder(): string {
  const dir = join(tempDir(), "in");
  mkdirSync(dir);
  copyFileSync(SEED, join(dir, "a.txt"));
  copyFileSync(SEED, join(dir, "b-copy.txt"));
  copyFileSync(join(ROOT, "fixtures", "bad", "garbage.pdf"), join(dir, "garbage.pdf"));
  copyFileSync(join(ROOT, "fixtures", "bad", "scanned.pdf"), join(dir, "scanned.pdf"));
  copyFileSync(join(ROOT, "fixtures", "pdf", "narrative.pdf"), join(dir, "narrative.pdf"));
  writeFileSync(join(dir, "memo.txt"), "会议纪要\n今天下午三点在二楼会议室开会，讨论办公用品采购事宜。\n");
  return dir;
}

describe("the report accounts for every document", () => {
  const db = join(tempDir(), "mixed.sqlite");
  let md = "";
  beforeAll(() => {
    expect(cli(["ingest", mixedFolder(), "--db", db, "-q"]).code).toBe(0);
    const r = cli(["report", "--db", db], EN);
    expect(r.code).toBe(0);
    md = r.stdout;
  });

  it("opens with a table naming every document and what became of it", () => {
    const table = md.slice(md.indexOf("## Every document"), md.indexOf("\n\n", md.indexOf("|---|")));
    for (const name of ["a.txt", "b-copy.txt", "garbage.pdf", "scanned.pdf", "narrative.pdf", "memo.txt"]) expect(table).toContain(name);
    expect(table).toMatch(/\| 1 warning \| [^|]*a\.txt \|/);
    expect(table).toMatch(/duplicate of [^|]*a\.txt \| [^|]*b-copy\.txt/);
    expect(table).toMatch(/failed: not a valid PDF[^|]*\| [^|]*garbage\.pdf/);
    expect(table).toMatch(/partial: no text layer[^|]*\| [^|]*scanned\.pdf/);
    expect(table).toMatch(/not a disclosure[^|]*\| [^|]*memo\.txt/);
    expect(table).toMatch(/checked and clean \| [^|]*narrative\.pdf/);
  });

  it("lists a duplicate's flags once, under the original", () => {
    expect(md.match(/count-mismatch/g)).toHaveLength(1);
    expect(md).toContain("6 documents · 0 errors · 1 warning · 0 notes · 1 failed file");
  });

  it("offers one row per document in the document_summary view, and department_key in metrics", () => {
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare("SELECT path, department_key, fiscal_year, doc_kind, status, errors, warnings, notes, revenue_total_wan, duplicate_of FROM document_summary ORDER BY path").all() as Array<Record<string, unknown>>;
    const byName = (name: string) => rows.find((r) => String(r.path).endsWith(name))!;
    expect(rows).toHaveLength(6);
    expect(byName("a.txt")).toMatchObject({ department_key: "石家庄市鹿泉区委机构编制委员会办公室", fiscal_year: 2020, doc_kind: "budget", status: "flagged", errors: 0, warnings: 1, revenue_total_wan: 228.5 });
    expect(String(byName("b-copy.txt").duplicate_of)).toMatch(/a\.txt$/);
    expect(byName("memo.txt").status).toBe("not_a_disclosure");
    const key = conn.prepare("SELECT DISTINCT department_key FROM metrics WHERE metric = 'revenue_total' AND path LIKE '%a.txt'").pluck().get();
    expect(key).toBe("石家庄市鹿泉区委机构编制委员会办公室");
    conn.close();
  });

  it("refuses a check id that does not exist, listing the valid ones", () => {
    const r = cli(["report", "--db", db, "--check", "nosuch"], EN);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no check "nosuch"');
    expect(r.stderr).toContain("table-totals");
    expect(cli(["report", "--db", db, "--check", "count-mismatch"], EN).code).toBe(0);
  });

  it("infers the format from --out and says where it wrote", () => {
    const out = join(tempDir(), "r.html");
    const r = cli(["report", "--db", db, "--out", out, "--no-evidence"], EN);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^<!doctype html>/);
    expect(r.stderr).toContain(`wrote the HTML report to ${out}`);
    const json = join(tempDir(), "r.json");
    expect(cli(["report", "--db", db, "--out", json], EN).code).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8"))).toHaveLength(6);
    expect(existsSync(json)).toBe(true);
  });
});

describe("the order of the flags", () => {
  let id = 0;
  const flag = (severity: ReportFlag["severity"], check = "table-totals"): ReportFlag => ({
    id: ++id, check, severity, message: `${check} ${id}`, expectedFen: null, actualFen: null, page: 1, line: 1, figures: [],
  });
  const doc = (departmentKey: string | null, fiscalYear: number, flags: ReportFlag[]): ReportDocument => ({
    id: ++id, path: `${departmentKey ?? "template"}-${fiscalYear}.pdf`, department: departmentKey, departmentKey, fiscalYear, docKind: "budget", status: "ok", error: null, flags,
  });

  it("is errors, warnings, notes, then template placeholders; within each by department and year, unknown departments last", () => {
    const docs = [
      doc(null, 2026, [flag("error"), flag("warning", "placeholders")]),
      doc("乙局", 2019, [flag("warning"), flag("error")]),
      doc("甲局", 2020, [flag("info")]),
      doc("甲局", 2018, [flag("error"), flag("warning", "placeholders")]),
    ];
    const groups = groupFlags(docs).map((g) => [g.section, g.documents.map((e) => `${e.document.departmentKey ?? "?"}${e.document.fiscalYear}`)]);
    expect(groups).toEqual([
      ["error", ["甲局2018", "乙局2019", "?2026"]],
      ["warning", ["乙局2019"]],
      ["info", ["甲局2020"]],
      ["template", ["甲局2018", "?2026"]],
    ]);
  });
});

describe("the check catalogue", () => {
  it("knows every check the project runs", () => {
    for (const c of [...checks, ...corpusChecks]) expect(CHECK_IDS, c.id).toContain(c.id);
    expect(CHECK_IDS).toContain("unit-slip");
  });
});
